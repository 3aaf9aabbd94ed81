// @vitest-environment node
// The UI messages (i18n/*.json, translatewiki's banana format) against each other and against the
// code: every English message is documented in qqq.json, translations have no stray keys and keep
// the English parameters, fi and sv are complete, and the keys the code asks for are the keys
// en.json has, no more and no fewer.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { factGroups } from '../../src/domain/facts'
import { upstreams } from '../../src/api/http'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const i18nDir = path.join(root, 'i18n')
const srcDir = path.join(root, 'src')

type MessageFile = Record<string, unknown>

function readJson(file: string): MessageFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as MessageFile
}

/** The message keys of a banana file (everything but `@metadata`). */
const keysOf = (messages: MessageFile) =>
  Object.keys(messages)
    .filter((key) => key !== '@metadata')
    .sort()

/** The `$n` parameters a message uses, as a sorted list without repeats. */
const paramsOf = (text: string) => [...new Set(text.match(/\$\d+/g) ?? [])].sort()

const languageFiles = fs
  .readdirSync(i18nDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
const en = readJson(path.join(i18nDir, 'en.json'))
const qqq = readJson(path.join(i18nDir, 'qqq.json'))
const enKeys = keysOf(en)
const translations = languageFiles
  .filter((name) => name !== 'en.json' && name !== 'qqq.json')
  .map((name) => [name, readJson(path.join(i18nDir, name))] as const)

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

const sources = sourceFiles(srcDir).map((file) => ({
  file: path.relative(root, file),
  text: fs.readFileSync(file, 'utf8'),
}))

/** Keys written out whole in the code: `msg('kooste-…')`, `` msg(`kooste-…`) ``, `'kooste-…'`. */
const literalKeys = new Map<string, string>()
/** Keys the code builds at run time: `` msg(`kooste-facts-group-${id}`) `` gives the prefix. */
const dynamicPrefixes = new Map<string, string>()
for (const { file, text } of sources) {
  for (const match of text.matchAll(/(['"`])((?:kooste|cdx)-[a-z0-9-]+)\1/g)) {
    if (match[2]?.startsWith('kooste-')) literalKeys.set(match[2], file)
  }
  for (const match of text.matchAll(/`(kooste-[a-z0-9-]*)\$\{/g)) {
    if (match[1]) dynamicPrefixes.set(match[1], file)
  }
}

/** The families of keys built at run time, with every value the code can build them from. */
const dynamicFamilies: Record<string, readonly string[]> = {
  'kooste-facts-group-': factGroups,
  'kooste-upstream-': upstreams,
}
const dynamicKeys = Object.entries(dynamicFamilies).flatMap(([prefix, ids]) =>
  ids.map((id) => `${prefix}${id}`),
)

describe('i18n message files', () => {
  it('finds the English, documentation, Finnish and Swedish files', () => {
    expect(languageFiles).toEqual(
      expect.arrayContaining(['en.json', 'qqq.json', 'fi.json', 'sv.json']),
    )
    expect(enKeys.length).toBeGreaterThan(50)
  })

  it.each(languageFiles)(
    '%s has @metadata with authors and only non-empty string messages',
    (name) => {
      const messages = readJson(path.join(i18nDir, name))
      const metadata = messages['@metadata'] as { authors?: unknown } | undefined
      expect(Array.isArray(metadata?.authors)).toBe(true)
      for (const key of keysOf(messages)) {
        const value = messages[key]
        expect.soft(typeof value === 'string' && value.trim() !== '', `${name}: ${key}`).toBe(true)
      }
    },
  )

  it.each(languageFiles)('%s is tab-indented JSON like en.json', (name) => {
    const text = fs.readFileSync(path.join(i18nDir, name), 'utf8')
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, '\t') + '\n')
  })

  it('qqq.json documents exactly the keys of en.json', () => {
    expect(keysOf(qqq)).toEqual(enKeys)
  })

  it('qqq.json documents every parameter of a message', () => {
    for (const key of enKeys) {
      const documented = String(qqq[key] ?? '')
      for (const param of paramsOf(String(en[key]))) {
        expect
          .soft(documented.includes(param), `qqq.json ${key} does not explain ${param}`)
          .toBe(true)
      }
    }
  })

  it('qqq.json says that the cdx-* messages are strings of Codex', () => {
    for (const key of enKeys.filter((k) => k.startsWith('cdx-'))) {
      expect.soft(String(qqq[key] ?? ''), key).toMatch(/Codex/)
    }
  })

  it.each(translations.map(([name]) => name))('%s has only keys that en.json has', (name) => {
    const messages = translations.find(([n]) => n === name)?.[1] ?? {}
    expect(keysOf(messages).filter((key) => !(key in en))).toEqual([])
  })

  it.each(['fi.json', 'sv.json'])('%s translates every key of en.json', (name) => {
    const messages = readJson(path.join(i18nDir, name))
    expect(enKeys.filter((key) => !(key in messages))).toEqual([])
  })

  it.each(translations.map(([name]) => name))('%s keeps the $n parameters of English', (name) => {
    const messages = translations.find(([n]) => n === name)?.[1] ?? {}
    for (const key of keysOf(messages).filter((k) => k in en)) {
      expect
        .soft(paramsOf(String(messages[key])), `${name}: ${key}`)
        .toEqual(paramsOf(String(en[key])))
    }
  })

  it.each(['fi.json', 'sv.json'])(
    '%s uses ” ” quotation marks, not English or straight ones',
    (name) => {
      const messages = readJson(path.join(i18nDir, name))
      for (const key of keysOf(messages)) {
        expect.soft(String(messages[key]), `${name}: ${key}`).not.toMatch(/[“"]/)
      }
    },
  )
})

describe('i18n keys used by the code', () => {
  it('finds message keys in src/', () => {
    expect(literalKeys.size).toBeGreaterThan(50)
    expect(literalKeys.has('kooste-tagline')).toBe(true)
  })

  it('has every literal key used in src/ in en.json', () => {
    const missing = [...literalKeys]
      .filter(([key]) => !(key in en))
      .map(([key, file]) => `${key} (${file})`)
    expect(missing).toEqual([])
  })

  it('builds keys at run time only in the families checked here', () => {
    expect([...dynamicPrefixes.keys()].filter((prefix) => !(prefix in dynamicFamilies))).toEqual([])
  })

  it.each(Object.keys(dynamicFamilies))(
    'has a %s… message for every id the code builds it from',
    (prefix) => {
      const ids = dynamicFamilies[prefix] ?? []
      expect(ids.length).toBeGreaterThan(0)
      expect(ids.map((id) => `${prefix}${id}`).filter((key) => !(key in en))).toEqual([])
    },
  )

  it('has no unused key in en.json (cdx-* keys are used by Codex)', () => {
    const used = new Set([...literalKeys.keys(), ...dynamicKeys])
    expect(enKeys.filter((key) => !key.startsWith('cdx-') && !used.has(key))).toEqual([])
  })

  it('has only cdx-* keys that Codex asks for', () => {
    const codex = fs.readFileSync(
      path.join(root, 'node_modules/@wikimedia/codex/dist/codex.js'),
      'utf8',
    )
    const unknown = enKeys.filter((key) => key.startsWith('cdx-') && !codex.includes(`"${key}"`))
    expect(unknown).toEqual([])
  })
})
