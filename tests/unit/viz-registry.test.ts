// @vitest-environment node
// The registry of visualizations: every entry has its messages, a query that parses, and applies
// where it should; the query's rows map back to each chart; rows are named for people.
import { describe, expect, it } from 'vitest'
import oxigraph from 'oxigraph'
import en from '../../i18n/en.json'
import type { Entity } from '../../src/domain/entity'
import {
  axisKey,
  creditMessages,
  findVisualization,
  galleryYears,
  isCreator,
  isPlace,
  unitMessages,
  visualizations,
  visualizationsFor,
  vizIds,
  vizRows,
  vizTable,
  type VizDefinition,
} from '../../src/domain/visualizations'
import { timeSeries } from '../../src/domain/vizData'
import { CATEGORY_LIMIT, mapVizRows, TIME_LIMIT, vizQuery } from '../../src/domain/vizQuery'
import type { Row } from '../../src/domain/sparql'

const messages: Record<string, unknown> = en

/** An item with best-rank item statements. */
function entity(id: string, claims: Record<string, string[]> = {}): Entity {
  const statements: Entity['statements'] = {}
  for (const [property, values] of Object.entries(claims))
    statements[property] = values.map((value) => ({
      id: `${id}$${property}${value}`,
      property,
      rank: 'normal',
      value: /^Q\d+$/.test(value) ? { type: 'entity', id: value } : { type: 'string', value },
      qualifiers: {},
      references: [],
    })) as never
  return {
    id,
    kind: 'item',
    labels: {},
    descriptions: {},
    aliases: {},
    statements,
    sitelinks: {},
  } as Entity
}

const parses = (query: string) => new oxigraph.Store().query(query)
const uri = (id: string) => ({
  type: 'uri' as const,
  value: `http://www.wikidata.org/entity/${id}`,
})
const lit = (value: string, datatype?: string) => ({
  type: 'literal' as const,
  value,
  ...(datatype ? { datatype } : {}),
})

describe('the registry', () => {
  it('lists every id once, in the order of vizIds', () => {
    expect(visualizations.map((v) => v.id)).toEqual([...vizIds])
  })

  it.each(visualizations.map((v) => [v.id, v] as const))('%s has its messages', (_, viz) => {
    const keys = [
      viz.title,
      viz.description,
      unitMessages[viz.unit].count,
      unitMessages[viz.unit].name,
      creditMessages[viz.credit],
      ...(viz.axis ? [viz.axis] : []),
    ]
    for (const key of keys) expect(messages[key], key).toEqual(expect.any(String))
    expect(String(messages[viz.description])).toContain('$1')
    expect(viz.chart === 'bars').toBe(viz.axis !== null)
  })

  it.each(visualizations.flatMap((v) => (v.source === 'query' ? [[v.id, v] as const] : [])))(
    '%s has a query that parses, alone and with the others',
    (_, viz) => {
      const branch = viz.branch('wd:Q42')
      expect(branch.id).toBe(viz.id)
      expect(() => parses(vizQuery('Q42', [branch]))).not.toThrow()
      expect(vizQuery('Q42', [branch])).not.toMatch(/SERVICE|wikibase:label|wikibase:around/)
    },
  )

  it('puts every chart drawn from Wikidata in one bounded query', () => {
    const branches = visualizations.flatMap((v) =>
      v.source === 'query' ? [v.branch('wd:Q42')] : [],
    )
    const query = vizQuery('Q42', branches)
    expect(() => parses(query)).not.toThrow()
    expect(query.match(/LIMIT \d+/g)).toEqual([
      `LIMIT ${TIME_LIMIT + 1}`,
      `LIMIT ${CATEGORY_LIMIT + 1}`,
      `LIMIT ${TIME_LIMIT + 1}`,
      `LIMIT ${CATEGORY_LIMIT + 1}`,
      `LIMIT ${CATEGORY_LIMIT + 1}`,
      `LIMIT ${TIME_LIMIT + 1}`,
    ])
    expect(() => vizQuery('P31', branches)).toThrow()
    expect(() => vizQuery('Q42', [])).toThrow()
  })

  it('finds a visualization by id, and nothing for other values', () => {
    expect(findVisualization('media-by-year')?.id).toBe('media-by-year')
    expect(findVisualization('nope')).toBeNull()
    expect(findVisualization(['media-by-year'])).toBeNull()
  })
})

describe('what applies to a topic', () => {
  const ids = (e: Entity) => visualizationsFor(e).map((v) => v.id)

  it('offers a painter the works charts', () => {
    const painter = entity('Q1', { P31: ['Q5'], P106: ['Q1028181'] })
    expect(isCreator(painter)).toBe(true)
    expect(ids(painter)).toEqual([
      'works-over-time',
      'works-by-type',
      'people-by-birth',
      'parts-by-type',
      'collection-over-time',
      'media-by-year',
    ])
  })

  it('offers a place its heritage, and not works', () => {
    const town = entity('Q2', { P31: ['Q856076'], P625: ['x'] })
    expect(isPlace(town)).toBe(true)
    expect(ids(town)).toEqual([
      'people-by-birth',
      'parts-by-type',
      'heritage-designations',
      'collection-over-time',
      'media-by-year',
    ])
  })

  it('offers a band its works, and nothing to a property', () => {
    expect(isCreator(entity('Q3', { P31: ['Q215380'] }))).toBe(true)
    expect(ids({ ...entity('P31'), kind: 'property' } as Entity)).toEqual([])
  })
})

describe('the query rows', () => {
  const branches = visualizations.flatMap((v) => (v.source === 'query' ? [v.branch('wd:Q42')] : []))

  it('map back to each chart: years of items, counts of categories', () => {
    const rows: Row[] = [
      { viz: lit('works-over-time'), item: uri('Q1'), date: lit('1884-01-01T00:00:00Z') },
      { viz: lit('works-over-time'), item: uri('Q2'), date: lit('-0454-01-01T00:00:00Z') },
      { viz: lit('works-over-time'), item: uri('Q3') },
      { viz: lit('works-over-time'), item: lit('not an item') },
      { viz: lit('heritage-designations'), key: uri('Q9259'), count: lit('3'), example: uri('Q5') },
      { viz: lit('heritage-designations'), key: uri('Q1'), count: lit('x') },
      { viz: lit('unknown'), key: uri('Q9'), count: lit('3') },
    ]
    const found = mapVizRows(rows, branches)
    expect(found['works-over-time']).toEqual({
      kind: 'time',
      points: [
        { id: 'Q1', year: 1884 },
        { id: 'Q2', year: -455 },
        { id: 'Q3', year: null },
      ],
      truncated: false,
    })
    expect(found['heritage-designations']).toEqual({
      kind: 'category',
      counts: [{ key: 'Q9259', count: 3, examples: ['Q5'] }],
      truncated: false,
    })
    expect(found['people-by-birth']).toEqual({ kind: 'time', points: [], truncated: false })
  })

  it('say when a branch reached its limit', () => {
    const many: Row[] = Array.from({ length: TIME_LIMIT + 1 }, (_, i) => ({
      viz: lit('people-by-birth'),
      item: uri(`Q${i + 1}`),
      date: lit('1900-01-01T00:00:00Z'),
    }))
    many.push({ viz: lit('parts-by-type'), key: uri('Q5'), count: lit(String(CATEGORY_LIMIT + 1)) })
    const found = mapVizRows(many, branches)
    expect(found['people-by-birth']).toMatchObject({ truncated: true })
    expect(
      found['people-by-birth']?.kind === 'time' && found['people-by-birth'].points,
    ).toHaveLength(TIME_LIMIT)
    expect(found['parts-by-type']).toMatchObject({ truncated: true })
  })
})

describe('rows for people', () => {
  const viz = (id: string) => findVisualization(id) as VizDefinition
  const context = {
    labels: {
      Q9259: { value: 'World Heritage Site', lang: 'en' },
      Q1: { value: 'Boy with a Crow', lang: 'en' },
    },
    bce: (years: string) => `${years} BCE`,
    decade: (year: number) => `${year}s`,
    other: 'Other',
  }

  it('name categories by their labels (or ids), and link each to its topic', () => {
    const works = viz('heritage-designations')
    const data =
      works.source === 'query'
        ? works.data({
            kind: 'category',
            counts: [
              { key: 'Q9259', count: 2, examples: [] },
              { key: 'Q7', count: 1, examples: [] },
            ],
            truncated: false,
          })
        : null
    const rows = vizRows(works, data!, context)
    expect(rows.map((r) => [r.label, r.lang, r.count, r.link])).toEqual([
      ['World Heritage Site', 'en', 2, { kind: 'topic', id: 'Q9259' }],
      ['Q7', null, 1, { kind: 'topic', id: 'Q7' }],
    ])
    expect(axisKey(works, data!)).toBe('kooste-viz-axis-designation')
    expect(
      vizTable(data!, rows, {
        axis: 'Designation',
        count: 'Items',
        start: 'First',
        end: 'Last',
        id: 'Wikidata ID',
      }),
    ).toEqual([
      ['Designation', 'Items', 'Wikidata ID'],
      ['World Heritage Site', 2, 'Q9259'],
      ['Q7', 1, 'Q7'],
    ])
  })

  it('name time bins, link a bin of one work to it', () => {
    const works = viz('works-over-time')
    const data = timeSeries([
      { id: 'Q1', year: 1884 },
      { id: 'Q2', year: 1891 },
      { id: 'Q3', year: 1899 },
    ])
    const rows = vizRows(works, data, context)
    expect(rows.map((r) => [r.label, r.count, r.link])).toEqual([
      ['1880s', 1, { kind: 'topic', id: 'Q1' }],
      ['1890s', 2, null],
    ])
    expect(rows[0]?.examples).toEqual([{ id: 'Q1', label: 'Boy with a Crow', lang: 'en' }])
    expect(axisKey(works, data)).toBe('kooste-viz-axis-decade')
    expect(
      vizTable(data, rows, {
        axis: 'Decade',
        count: 'Works',
        start: 'First',
        end: 'Last',
        id: 'Id',
      })[1],
    ).toEqual(['1880s', 1, 1880, 1889])
  })

  it('link years of media to the gallery filtered to them, where the gallery can filter', () => {
    const media = viz('media-by-year')
    if (media.source !== 'media') throw new Error('media-by-year reads media')
    const data = media.data(
      [
        { id: 'File:A.jpg', year: 2019 },
        { id: 'File:B.jpg', year: 2021 },
      ],
      false,
    )
    const rows = vizRows(media, data, context)
    expect(rows.map((r) => r.link)).toEqual([
      { kind: 'gallery-years', from: 2019, to: 2019 },
      null,
      { kind: 'gallery-years', from: 2021, to: 2021 },
    ])
    expect(galleryYears({ kind: 'gallery-years', from: 1890, to: 1899 })).toBe('1890-1899')
    expect(galleryYears({ kind: 'gallery-years', from: 2019, to: 2019 })).toBe('2019')
    expect(rows[0]?.examples).toEqual([{ id: 'File:A.jpg', label: 'A.jpg', lang: null }])
    const old = media.data(
      [
        { id: 'File:C.jpg', year: 950 },
        { id: 'File:D.jpg', year: 2020 },
      ],
      true,
    )
    expect(old.kind === 'time' && old.unit).toBe('century')
    // 900–999 is before the gallery's years; empty centuries open nothing.
    expect(vizRows(media, old, context).map((r) => r.link)).toEqual([
      ...new Array(11).fill(null),
      { kind: 'gallery-years', from: 2000, to: 2099 },
    ])
  })
})
