import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { featureGroupOf, featureMessageGroups } from '../src/messageGroups.ts'

const prefix = 'virtual:kooste-messages/'
/** `en-core`, then one part per feature group (`en-timeline`…). */
const parts = new Set<string>(['core', ...featureMessageGroups].map((group) => `en-${group}`))
const english = fileURLToPath(new URL('../i18n/en.json', import.meta.url))

/**
 * Serves the English UI messages in parts: `virtual:kooste-messages/en-core` (bundled with the
 * app) and `virtual:kooste-messages/en-<group>` for each feature group (src/messageGroups.ts), a
 * chunk of its own that holds only that group's keys and loads when a loader asks for the group
 * (src/featureMessages.ts). i18n/en.json stays the one file translators and translatewiki see.
 */
export function messagesPlugin(): Plugin {
  return {
    name: 'kooste-messages',
    resolveId(id) {
      return id.startsWith(prefix) && parts.has(id.slice(prefix.length)) ? `\0${id}` : null
    },
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null
      const group = id.slice(prefix.length + 1 + 'en-'.length)
      this.addWatchFile(english)
      const all = JSON.parse(await readFile(english, 'utf8')) as Record<string, unknown>
      const chosen = Object.fromEntries(
        Object.entries(all).filter(
          ([key]) => key !== '@metadata' && (featureGroupOf(key) ?? 'core') === group,
        ),
      )
      return `export default ${JSON.stringify(chosen)}`
    },
  }
}
