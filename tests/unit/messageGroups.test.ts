// The English messages of features load with feature code (src/messageGroups.ts), so code that
// the app loads before any feature section must not use them: it would show the bare key.
import { readFileSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../i18n/en.json'
import { featureMessageGroups, isFeatureMessage } from '../../src/messageGroups'
import core from 'virtual:kooste-messages/en-core'
import features from 'virtual:kooste-messages/en-features'

const root = resolve(import.meta.dirname, '../..')

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(candidate) && /\.(ts|vue)$/.test(candidate)) return candidate
  }
  return null
}

/** Files reached from the entries by static imports only (dynamic `import()` is a later chunk). */
function staticGraph(entries: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    // `import type` is erased from the build.
    for (const match of source.matchAll(
      /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;'"]*?from\s+'(\.[^']+)'/g,
    )) {
      const target = resolveImport(file, match[1]!)
      if (target) queue.push(target)
    }
    for (const match of source.matchAll(/(?:^|\n)\s*import\s+'(\.[^']+)'/g)) {
      const target = resolveImport(file, match[1]!)
      if (target) queue.push(target)
    }
  }
  return seen
}

/** The route views, which load with their route rather than with a feature section. */
function routeViews(): string[] {
  const router = resolve(root, 'src/router.ts')
  const source = readFileSync(router, 'utf8')
  return [...source.matchAll(/import\('(\.[^']+)'\)/g)]
    .map((m) => resolveImport(router, m[1]!))
    .filter((file): file is string => file !== null)
}

describe('feature messages', () => {
  it('split English in two parts that together are i18n/en.json', () => {
    const keys = Object.keys(en).filter((key) => key !== '@metadata')
    expect(Object.keys(core).length + Object.keys(features).length).toBe(keys.length)
    expect({ ...core, ...features }).toEqual(
      Object.fromEntries(Object.entries(en).filter(([key]) => key !== '@metadata')),
    )
    expect(Object.keys(features).every(isFeatureMessage)).toBe(true)
    expect(Object.keys(core).some(isFeatureMessage)).toBe(false)
    expect(Object.keys(features).length).toBeGreaterThan(100)
  })

  it('are not used by code that loads before any feature section', () => {
    const initial = staticGraph([resolve(root, 'src/main.ts'), ...routeViews()])
    expect(initial.size).toBeGreaterThan(20)
    const pattern = new RegExp(
      `['\`"]kooste-(?:${featureMessageGroups.join('|')})-[\\w$\\{\\}-]*`,
      'g',
    )
    const offenders = [...initial].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(pattern)].map(
        (m) => `${file.slice(root.length + 1)}: ${m[0].slice(1)}`,
      ),
    )
    expect(offenders).toEqual([])
  })
})
