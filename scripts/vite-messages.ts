import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { isFeatureMessage } from '../src/messageGroups.ts'

const prefix = 'virtual:kooste-messages/'
const parts = ['en-core', 'en-features'] as const
const english = fileURLToPath(new URL('../i18n/en.json', import.meta.url))

/**
 * Serves English UI messages in two parts, `virtual:kooste-messages/en-core` (bundled with the
 * app) and `virtual:kooste-messages/en-features` (loaded with the first feature section), split by
 * key (src/messageGroups.ts). i18n/en.json stays the one file translators and translatewiki see.
 */
export function messagesPlugin(): Plugin {
  return {
    name: 'kooste-messages',
    resolveId(id) {
      return id.startsWith(prefix) && (parts as readonly string[]).includes(id.slice(prefix.length))
        ? `\0${id}`
        : null
    },
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null
      const part = id.slice(prefix.length + 1)
      this.addWatchFile(english)
      const all = JSON.parse(await readFile(english, 'utf8')) as Record<string, unknown>
      const chosen = Object.fromEntries(
        Object.entries(all).filter(
          ([key]) => key !== '@metadata' && isFeatureMessage(key) === (part === 'en-features'),
        ),
      )
      return `export default ${JSON.stringify(chosen)}`
    },
  }
}
