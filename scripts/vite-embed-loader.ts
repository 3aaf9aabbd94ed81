import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'vite'

const entry = fileURLToPath(new URL('../src/embed/embed-js.ts', import.meta.url))

/** Bundles the loader as one small classic script (an IIFE: `document.currentScript` works). */
export async function bundleEmbedLoader(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['iife'], name: 'KoosteEmbedLoader', fileName: () => 'embed.js' },
    },
  })
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue
    const chunk = output.output.find((item) => item.type === 'chunk')
    if (chunk?.type === 'chunk') return chunk.code
  }
  throw new Error('kooste-embed-loader: the loader bundle has no code')
}

/**
 * Serves and builds the embed loader at a stable, unhashed URL, `<base>embed.js`
 * (docs/embedding.md): host pages keep one script tag across releases.
 */
export function embedLoaderPlugin(): Plugin {
  let base = '/'
  return {
    name: 'kooste-embed-loader',
    configResolved(config) {
      base = config.base
    },
    async generateBundle(options) {
      if (options.format !== 'es') return
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await bundleEmbedLoader() })
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}embed.js`) return next()
        bundleEmbedLoader().then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8')
            response.setHeader('Cache-Control', 'no-cache')
            response.end(code)
          },
          (error: unknown) => next(error),
        )
      })
    },
  }
}
