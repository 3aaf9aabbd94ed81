// @vitest-environment node
// The embed routes' parameters: every section that can be embedded, every kind of invalid value,
// and the registry's embedParams against the query keys the sections really read and write.
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../src/domain/entity'
import { topicSections, type TopicSection } from '../../src/components/topic/sections'
import {
  embedName,
  embedState,
  embeddableNames,
  findEmbedSection,
  parseEmbedRequest,
  readEmbedTheme,
} from '../../src/embed/params'
import { galleryQueryKeys } from '../../src/domain/galleryFilters'
import { TIMELINE_PARAM } from '../../src/domain/timelineUrl'
import { mapViewQuery } from '../../src/domain/map'
import { textParam } from '../../src/domain/wikisource'

const names = embeddableNames(topicSections)

function entity(id: string, statements: Entity['statements'] = {}): Entity {
  return {
    id,
    kind: id.startsWith('P') ? 'property' : 'item',
    labels: { en: 'Test' },
    descriptions: {},
    aliases: {},
    statements,
    sitelinks: {},
    datatype: null,
    modified: null,
  }
}

describe('embeddable sections', () => {
  it('are every registered section with embedParams, by name, in page order', () => {
    const known = ['campaigns', 'wikisource', 'gallery', 'map', 'timeline', 'relations']
    expect(names.filter((name) => known.includes(name))).toEqual(known)
    expect(new Set(names).size).toBe(names.length)
    // Every section the registry has today can be embedded.
    for (const section of topicSections) expect(section.embedParams, section.id).toBeDefined()
  })

  it('follow the deployment’s sections setting', () => {
    expect(embeddableNames(topicSections, ['map', 'gallery'])).toEqual(['gallery', 'map'])
    expect(embeddableNames(topicSections, [])).toEqual([])
  })

  it('name variants by their family: wikisource-work is embedded as wikisource', () => {
    expect(embedName({ id: 'wikisource-work' })).toBe('wikisource')
    expect(embedName({ id: 'map' })).toBe('map')
  })
})

describe('embedParams', () => {
  const params = (id: string) => topicSections.find((s) => s.id === id)?.embedParams
  it('hold the query keys each section reads and writes', () => {
    expect(params('gallery')).toEqual([...galleryQueryKeys])
    expect(params('timeline')).toEqual([TIMELINE_PARAM])
    const mapKeys = Object.keys(mapViewQuery({ center: { lat: 1, lon: 2 }, zoom: 3, layers: [] }))
    expect(params('map')).toEqual(mapKeys)
    expect(params('wikisource')).toEqual(['text'])
    expect(params('wikisource-work')).toEqual(['text'])
    expect(textParam({ lang: 'fi', title: 'A B' })).toBe('fi:A_B')
    expect(params('relations')).toEqual([])
    expect(params('campaigns')).toEqual([])
  })

  it('never collide with the keys every embed reads', () => {
    for (const section of topicSections) {
      for (const key of ['lang', 'uilang', 'theme']) {
        expect(section.embedParams, section.id).not.toContain(key)
      }
    }
  })
})

describe('parseEmbedRequest', () => {
  const parse = (id: string | undefined, section: string | undefined, query = {}) =>
    parseEmbedRequest({ id, section }, query, names)

  it.each(names)('accepts /embed/Q217447/%s, light by default', (section) => {
    expect(parse('Q217447', section)).toEqual({
      ok: true,
      request: { id: 'Q217447', section, theme: 'light' },
    })
  })

  it.each([
    ['q217447', 'map', {}, { id: 'Q217447', section: 'map', theme: 'light' }],
    [' Q1 ', 'timeline', { theme: 'dark' }, { id: 'Q1', section: 'timeline', theme: 'dark' }],
    ['P31', 'relations', { theme: 'light' }, { id: 'P31', section: 'relations', theme: 'light' }],
    ['Q1', 'map', { lang: 'se', uilang: 'fi' }, { id: 'Q1', section: 'map', theme: 'light' }],
    ['Q1', 'map', { lang: 'zh-yue' }, { id: 'Q1', section: 'map', theme: 'light' }],
    ['Q1', 'map', { theme: ['dark', 'light'] }, { id: 'Q1', section: 'map', theme: 'dark' }],
  ])('reads %s/%s %o', (id, section, query, request) => {
    expect(parse(id, section, query)).toEqual({ ok: true, request })
  })

  it.each([
    ['Q0', 'map', {}, { kind: 'malformed-id', given: 'Q0' }],
    ['Qabc', 'map', {}, { kind: 'malformed-id', given: 'Qabc' }],
    ['', 'map', {}, { kind: 'malformed-id', given: '' }],
    [undefined, undefined, {}, { kind: 'malformed-id', given: '' }],
    ['<script>', 'map', {}, { kind: 'malformed-id', given: '<script>' }],
    ['L7', 'map', {}, { kind: 'unsupported-id', given: 'L7' }],
    ['M12', 'gallery', {}, { kind: 'unsupported-id', given: 'M12' }],
    ['Q1', undefined, {}, { kind: 'missing-section', names }],
    ['Q1', ' ', {}, { kind: 'missing-section', names }],
    ['Q1', 'nope', {}, { kind: 'unknown-section', given: 'nope', names }],
    ['Q1', 'Map', {}, { kind: 'unknown-section', given: 'Map', names }],
    ['Q1', 'wikisource-work', {}, { kind: 'unknown-section', given: 'wikisource-work', names }],
    ['Q1', 'map', { theme: 'blue' }, { kind: 'bad-theme', given: 'blue' }],
    ['Q1', 'map', { theme: '' }, { kind: 'bad-theme', given: '' }],
    ['Q1', 'map', { theme: 'DARK' }, { kind: 'bad-theme', given: 'DARK' }],
    [
      'Q1',
      'map',
      { lang: 'not a language' },
      { kind: 'bad-language', key: 'lang', given: 'not a language' },
    ],
    ['Q1', 'map', { uilang: '1' }, { kind: 'bad-language', key: 'uilang', given: '1' }],
  ])('rejects %s/%s %o', (id, section, query, problem) => {
    expect(parse(id, section, query)).toEqual({ ok: false, problem })
  })

  it('shortens a long given value for the frame’s message', () => {
    const result = parse('Q1', 'x'.repeat(500))
    expect(result.ok).toBe(false)
    if (!result.ok && result.problem.kind === 'unknown-section') {
      expect(result.problem.given).toHaveLength(61)
      expect(result.problem.given.endsWith('…')).toBe(true)
    }
  })

  it('checks the id first, then the section, the languages and the theme', () => {
    expect(parse('x', 'nope', { theme: 'blue' })).toMatchObject({
      problem: { kind: 'malformed-id' },
    })
    expect(parse('Q1', 'nope', { theme: 'blue' })).toMatchObject({
      problem: { kind: 'unknown-section' },
    })
    expect(parse('Q1', 'map', { lang: '!', theme: 'blue' })).toMatchObject({
      problem: { kind: 'bad-language' },
    })
  })
})

describe('readEmbedTheme', () => {
  it.each([
    [{}, 'light'],
    [{ theme: 'light' }, 'light'],
    [{ theme: 'dark' }, 'dark'],
    [{ theme: 'sepia' }, null],
    [{ theme: null }, 'light'],
  ])('%o is %s', (query, theme) => {
    expect(readEmbedTheme(query)).toBe(theme)
  })
})

describe('findEmbedSection', () => {
  const fake = (id: string, applies: (e: Entity) => boolean, embedParams?: string[]) =>
    ({ id, placement: 'after-facts', applies, component: {}, embedParams }) as TopicSection
  const sections = [
    fake('text-work', (e) => e.id === 'Q1', []),
    fake('text', (e) => e.id !== 'Q1', []),
    fake('secret', () => true),
  ]

  it('finds the variant that applies to the entity', () => {
    expect(findEmbedSection(sections, 'text', entity('Q1'))).toMatchObject({
      ok: true,
      section: { id: 'text-work' },
    })
    expect(findEmbedSection(sections, 'text', entity('Q2'))).toMatchObject({
      ok: true,
      section: { id: 'text' },
    })
  })

  it('does not embed a section without embedParams', () => {
    expect(findEmbedSection(sections, 'secret', entity('Q1'))).toEqual({
      ok: false,
      problem: { kind: 'unknown-section', given: 'secret', names: ['text'] },
    })
  })

  it('says when the section does not apply to the topic', () => {
    const dateless = entity('Q5')
    expect(findEmbedSection(topicSections, 'timeline', dateless)).toEqual({
      ok: false,
      problem: { kind: 'not-applicable', id: 'Q5', section: 'timeline' },
    })
    expect(findEmbedSection(topicSections, 'map', dateless)).toMatchObject({ ok: false })
    expect(findEmbedSection(topicSections, 'relations', dateless)).toMatchObject({ ok: true })
    expect(findEmbedSection(topicSections, 'relations', entity('P31'))).toMatchObject({
      ok: false,
      problem: { kind: 'not-applicable' },
    })
  })
})

describe('embedState', () => {
  it('keeps a section’s own keys from a route query, first values, in the section’s order', () => {
    const query = { lang: 'fi', maplayers: 'parts,photos', map: ['60.1,26.5,12', 'x'], file: '' }
    expect(embedState(query, ['map', 'maplayers', 'file'])).toEqual({
      map: '60.1,26.5,12',
      maplayers: 'parts,photos',
    })
    expect(Object.keys(embedState(query, ['maplayers', 'map']))).toEqual(['maplayers', 'map'])
    expect(embedState(query, [])).toEqual({})
  })
})
