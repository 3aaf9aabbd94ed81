/**
 * The composition root: a Kooste app is a function of its services (and, for tests and embeds,
 * its router history). Nothing in here touches the network itself.
 */
import { createApp } from 'vue'
import type { RouterHistory } from 'vue-router'
import App from './App.vue'
import { createKoosteRouter } from './router'
import { servicesKey, type Services } from './services'
import { createI18n, installI18n } from './i18n'
import { readLanguages } from './domain/route'

/** Builds the app over the given services. */
export function createKooste(services: Services, options: { history?: RouterHistory } = {}) {
  const router = createKoosteRouter(options.history)
  const app = createApp(App)
  const search = new URLSearchParams(globalThis.location?.search ?? '')
  const { uilang } = readLanguages(
    { uilang: search.get('uilang') },
    globalThis.navigator?.language ?? 'en',
  )
  app.use(router)
  installI18n(app, createI18n(uilang))
  app.provide(servicesKey, services)
  return { app, router }
}
