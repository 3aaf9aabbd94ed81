// First: the Trusted Types default policy must exist before anything writes to a script sink.
import './security/trustedTypes'
import '@wikimedia/codex-design-tokens/theme-wikimedia-ui-root.css'
import '@wikimedia/codex/dist/codex.style-bidi.css'
import './styles.css'
import { defaultConfig, mergeConfig } from './config'
import { createServices } from './services'
import { createKooste } from './app'

// A `config.json` beside index.html may point the app at other endpoints; index.html preloads it
// so this costs no extra wave. A missing or broken file means the defaults.
async function loadConfig() {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}config.json`, {
      credentials: 'same-origin',
    })
    return response.ok ? mergeConfig(defaultConfig, await response.json()) : defaultConfig
  } catch {
    return defaultConfig
  }
}

const { app } = createKooste(createServices(await loadConfig()))
app.mount('#app')
