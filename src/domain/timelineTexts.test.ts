// @vitest-environment node
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import oxigraph from 'oxigraph'
import { mapEntityResponse, type Entity } from './entity'
import { rowsOf, sharesTextsQuery, timelineQueryFor, timelineTextsQuery } from './timelineTexts'
import { textsQuery } from './wikisource'
import type { Row } from './sparql'

const demo = (id: string): Entity =>
  mapEntityResponse(
    JSON.parse(readFileSync(path.resolve(process.cwd(), `demo-world/entities/${id}.json`), 'utf8')),
  ).entities[id]!

const agricola = demo('Q215346')
const page = { sections: null, embedded: false }

describe('sharesTextsQuery', () => {
  it.each([
    ['a dated item on a full page', agricola, page, true],
    ['an item without dates (no timeline)', demo('Q38511'), page, false],
    ['an embed, where a section is alone', agricola, { ...page, embedded: true }, false],
    ['a site without the Texts section', agricola, { ...page, sections: ['timeline'] }, false],
    ['a site without the timeline', agricola, { ...page, sections: ['wikisource'] }, false],
    ['a site with both', agricola, { ...page, sections: ['wikisource', 'timeline'] }, true],
  ])('%s: %s', (_, entity, context, expected) => {
    expect(sharesTextsQuery(entity, context)).toBe(expected)
  })
})

describe('timelineTextsQuery', () => {
  const query = timelineTextsQuery(agricola, ['fi', 'en'])

  it('parses as SPARQL 1.1, each prefix declared once', () => {
    expect(() => new oxigraph.Store().query(query)).not.toThrow()
    const prefixes = query.match(/^PREFIX \w+:/gm) ?? []
    expect(new Set(prefixes).size).toBe(prefixes.length)
    expect(prefixes).toContain('PREFIX psv:')
  })

  it('holds both queries, each marked as its part', () => {
    const strip = (q: string) => q.replace(/^PREFIX [^\n]*\n/gm, '').trim()
    expect(query).toContain(strip(timelineQueryFor(agricola, ['fi', 'en'])))
    expect(query).toContain(strip(textsQuery('Q215346', ['fi', 'en'])))
    expect(query).toContain('BIND("timeline" AS ?part)')
    expect(query).toContain('BIND("texts" AS ?part)')
  })

  it('is the same text for the same entity and chain, so that one request serves both', () => {
    expect(timelineTextsQuery(demo('Q215346'), ['fi', 'en'])).toBe(query)
  })
})

describe('rowsOf', () => {
  const lit = (value: string) => ({ type: 'literal' as const, value })
  it("gives each part its rows, and a plain query's rows to whoever asked", () => {
    const rows: Row[] = [
      { part: lit('timeline'), a: lit('1') },
      { part: lit('texts') },
      { a: lit('2') },
    ]
    expect(rowsOf(rows, 'timeline')).toEqual([rows[0], rows[2]])
    expect(rowsOf(rows, 'texts')).toEqual([rows[1], rows[2]])
  })
})
