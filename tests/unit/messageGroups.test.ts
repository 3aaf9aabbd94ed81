// @vitest-environment node
// The English messages of features load group by group with feature code (src/messageGroups.ts):
// code that the app loads before any feature must not use them, and code behind a lazy loader
// must use only the groups that loader brings, or it would show the bare key.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../i18n/en.json'
import {
  featureGroupOf,
  featureMessageGroups,
  isFeatureMessage,
  type FeatureMessageGroup,
} from '../../src/messageGroups'
import { featureMessageLoaders } from '../../src/featureMessages'
import core from 'virtual:kooste-messages/en-core'

const root = resolve(import.meta.dirname, '../..')
const english = Object.fromEntries(Object.entries(en).filter(([key]) => key !== '@metadata'))

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(candidate) && /\.(ts|vue)$/.test(candidate)) return candidate
  }
  return null
}

const groupList = (list: string) =>
  [...list.matchAll(/'([a-z]+)'/g)].map((m) => m[1]!) as FeatureMessageGroup[]

// A section's `lazy(['map'], () => import('…'))` (src/components/topic/sections.ts), and
// `Promise.all([import('…'), loadFeatureMessages(['embed'])])` anywhere else.
const lazyLoader = /\blazy\(\s*\[([^\]]*)\],\s*\(\)\s*=>\s*import\('([^']+)'\)/g
const promiseLoader =
  /Promise\.all\(\[\s*import\('([^']+)'\),\s*loadFeatureMessages\(\[([^\]]*)\]\)/g

/** The lazy loaders of a file, which bring message groups with code: groups by import specifier. */
function loaderSites(source: string): Map<string, FeatureMessageGroup[]> {
  const sites = new Map<string, FeatureMessageGroup[]>()
  for (const m of source.matchAll(lazyLoader)) sites.set(m[2]!, groupList(m[1]!))
  for (const m of source.matchAll(promiseLoader)) sites.set(m[1]!, groupList(m[2]!))
  return sites
}

const read = (file: string) => readFileSync(file, 'utf8')

const dataDirs = ['src/api/', 'src/domain/'].map((dir) => resolve(root, dir) + '/')

/**
 * Files that load with the entries: static imports and dynamic `import()`s, except those of a
 * loader, whose code comes with its own groups (checked apart), and dynamic imports of data code
 * (src/api, src/domain), which draws nothing: a text helper that lazily loaded data code brings
 * along (the gallery's licence line, with the files of a topic's timeline) is called by the
 * feature's components, which import it statically and are checked where they load.
 */
function graph(entries: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = entries.map((file) => ({ file, lazily: false }))
  while (queue.length) {
    const { file, lazily } = queue.pop()!
    if (seen.has(file) || (lazily && dataDirs.some((dir) => file.startsWith(dir)))) continue
    seen.add(file)
    const source = read(file)
    const sites = loaderSites(source)
    const statics = [
      // `import type` is erased from the build.
      ...source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;'"]*?from\s+'(\.[^']+)'/g),
      ...source.matchAll(/(?:^|\n)\s*import\s+'(\.[^']+)'/g),
    ].map((m) => ({ spec: m[1]!, lazily: false }))
    const dynamics = [...source.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)]
      .filter((m) => !sites.has(m[1]!))
      .map((m) => ({ spec: m[1]!, lazily: true }))
    for (const { spec, lazily } of [...statics, ...dynamics]) {
      const target = resolveImport(file, spec)
      if (target) queue.push({ file: target, lazily })
    }
  }
  return seen
}

const groupPattern = new RegExp(
  `['\`"]kooste-(${featureMessageGroups.join('|')})-[\\w$\\{\\}-]*`,
  'g',
)

/** The feature keys each file of a graph uses, as `file: key`, by group. */
function featureKeysIn(files: Set<string>): Map<FeatureMessageGroup, string[]> {
  const used = new Map<FeatureMessageGroup, string[]>()
  for (const file of files) {
    for (const m of read(file).matchAll(groupPattern)) {
      const group = m[1] as FeatureMessageGroup
      used.set(group, [
        ...(used.get(group) ?? []),
        `${file.slice(root.length + 1)}: ${m[0].slice(1)}`,
      ])
    }
  }
  return used
}

const sources = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|vue)$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => resolve(root, 'src', file))

/** Every lazy loader in src, with the groups it brings. */
function everyLoader(): { file: string; spec: string; groups: FeatureMessageGroup[] }[] {
  return sources.flatMap((file) =>
    [...loaderSites(read(file))].map(([spec, groups]) => ({ file, spec, groups })),
  )
}

/** The route views, which load with their route rather than with a feature section. */
function routeViews(): string[] {
  const router = resolve(root, 'src/router.ts')
  return [...read(router).matchAll(/import\('(\.[^']+)'\)/g)]
    .map((m) => resolveImport(router, m[1]!))
    .filter((file): file is string => file !== null)
}

async function groupMessages(group: FeatureMessageGroup) {
  return (await featureMessageLoaders[group]()).default
}

describe('feature messages', () => {
  it('split English into the core and one part per group, together i18n/en.json', async () => {
    const parts = await Promise.all(featureMessageGroups.map(groupMessages))
    expect(Object.keys(core).length + parts.reduce((n, p) => n + Object.keys(p).length, 0)).toBe(
      Object.keys(english).length,
    )
    expect(Object.assign({}, core, ...parts)).toEqual(english)
    expect(Object.keys(core).some(isFeatureMessage)).toBe(false)
  })

  it.each(featureMessageGroups)(
    "put in the %s chunk that group's keys and nothing else",
    async (group) => {
      const messages = await groupMessages(group)
      const own = Object.keys(english).filter((key) => featureGroupOf(key) === group)
      expect(own.length).toBeGreaterThan(5)
      expect(Object.keys(messages).sort()).toEqual(own.sort())
      expect(Object.keys(messages).every((key) => key.startsWith(`kooste-${group}-`))).toBe(true)
    },
  )

  it('tell a group by its prefix only', () => {
    expect(featureGroupOf('kooste-timeline-title')).toBe('timeline')
    expect(featureGroupOf('kooste-viz-works')).toBe('viz')
    expect(featureGroupOf('kooste-section-embed')).toBeNull()
    expect(featureGroupOf('kooste-timelines-x')).toBeNull()
    expect(featureGroupOf('timeline-x')).toBeNull()
  })

  it('are not used by code that loads before any feature section', () => {
    const initial = graph([resolve(root, 'src/main.ts'), ...routeViews()])
    expect(initial.size).toBeGreaterThan(20)
    expect(Object.fromEntries(featureKeysIn(initial))).toEqual({})
  })

  it('come with every lazy loader for the groups its code uses', () => {
    const loaders = everyLoader()
    // Seven section components, the embed dialog, the embed frame, the query builder and embed.
    expect(loaders.length).toBeGreaterThanOrEqual(11)
    const missing = loaders.flatMap(({ file, spec, groups }) => {
      const target = resolveImport(file, spec)
      expect(target, `${file}: ${spec}`).not.toBeNull()
      const used = featureKeysIn(graph([target!]))
      return [...used]
        .filter(([group]) => !groups.includes(group))
        .map(([group, uses]) => `${spec} needs ${group} (${uses[0]})`)
    })
    expect(missing).toEqual([])
  })

  it('are asked for only in loaders that this test reads', () => {
    const count = (source: string, pattern: RegExp) => [...source.matchAll(pattern)].length
    const unread = sources.flatMap((file) => {
      if (file.endsWith('src/i18n.ts')) return []
      const source = read(file)
      const lazyUses = count(source, /\blazy\(/g)
      // sections.ts asks in its one `lazy` helper, which every section goes through.
      const helper = lazyUses > 0 ? 1 : 0
      const ok =
        count(source, /\bloadFeatureMessages\(/g) === count(source, promiseLoader) + helper &&
        lazyUses === count(source, lazyLoader)
      return ok ? [] : [file.slice(root.length + 1)]
    })
    expect(unread).toEqual([])
  })
})
