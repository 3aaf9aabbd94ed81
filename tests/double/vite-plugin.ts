import type { Plugin } from 'vite'
import { createDouble, type Double } from './index.ts'
import { doubleMiddleware } from './node-adapter.ts'

/**
 * Mounts the Wikimedia double on Vite's dev and preview servers under `/_double/`, and serves a
 * `config.json` that points the app at it. The dataset is read on the first request.
 */
export function doublePlugin(options: { dataset?: string } = {}): Plugin {
  let double: Promise<Double> | undefined
  const middleware = doubleMiddleware(() => {
    double ??= createDouble({ dataset: options.dataset })
    return double
  })
  return {
    name: 'kooste:wikimedia-double',
    configureServer(server) {
      server.middlewares.use(middleware)
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware)
    },
  }
}
