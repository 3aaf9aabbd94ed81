/** Mounts the whole Kooste app at a route, over the live services (answered by the double). */
import { createMemoryHistory } from 'vue-router'
import { defaultConfig, mergeConfig } from '../../src/config'
import { createServices } from '../../src/services'
import { createKooste } from '../../src/app'

/** Mounts Kooste at `path` in a fresh element; returns the element and the router. */
export async function mountKooste(path: string, overrides: object = {}) {
  const { app, router } = createKooste(createServices(mergeConfig(defaultConfig, overrides)), {
    history: createMemoryHistory(),
  })
  const element = document.createElement('div')
  document.body.replaceChildren(element)
  await router.push(path)
  app.mount(element)
  return { element, router, unmount: () => app.unmount() }
}
