import { defineConfig, type PluginOption } from 'vite'
import vue from '@vitejs/plugin-vue'
import pkg from './package.json' with { type: 'json' }
import { messagesPlugin } from './scripts/vite-messages.ts'
import { embedLoaderPlugin } from './scripts/vite-embed-loader.ts'
import { cspPlugin } from './scripts/vite-csp.ts'

// `npm run demo` is `vite --mode demo`: the app is served with the Wikimedia double mounted on the
// same origin, so it runs with no internet. Every other mode talks to live Wikimedia.
export default defineConfig(async ({ mode }) => {
  const plugins: PluginOption[] = [vue(), messagesPlugin(), embedLoaderPlugin(), cspPlugin()]
  if (mode === 'demo') {
    const { doublePlugin } = await import('./tests/double/vite-plugin.ts')
    plugins.push(doublePlugin({ dataset: process.env.KOOSTE_DATASET }))
  }
  return {
    base: process.env.KOOSTE_BASE ?? '/',
    plugins,
    define: {
      __KOOSTE_VERSION__: JSON.stringify(pkg.version),
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: true,
      manifest: true,
      rolldownOptions: {
        // Codex's single ES module defines its components with Vue's defineComponent, whose
        // no-side-effects annotation is lost there: declaring it pure lets unused components go.
        // wikibase-sdk has no side effects but does not say so (package.json `sideEffects`):
        // without the rule its barrel keeps WBK, every query builder and simplify helper for the
        // three id and sitelink helpers Kooste uses.
        treeshake: {
          manualPureFunctions: ['defineComponent'],
          moduleSideEffects: [
            { test: /[\\/]node_modules[\\/]wikibase-sdk[\\/]/, sideEffects: false },
          ],
        },
        // Vue's runtime packages and the router are needed by every page and every frame: one
        // chunk instead of six (3 KB gzip less, measured on the topic route and the embeds).
        // Grouping the app's own small shared modules was tried too and cost more than it saved.
        output: {
          codeSplitting: {
            groups: [{ name: 'vue', test: /[\\/]node_modules[\\/](@vue|vue|vue-router)[\\/]/ }],
          },
        },
      },
    },
  }
})
