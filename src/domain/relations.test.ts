// @vitest-environment node
import { describe, expect, it } from 'vitest'
import oxigraph from 'oxigraph'
import type { Binding, Row } from './sparql'
import {
  distanceKm,
  fileNameOf,
  formatYears,
  mapRelationRows,
  pointOf,
  relationsQuery,
  sortRelated,
  usableSorts,
  yearOf,
  PANEL_PAGE,
  type RelatedItem,
} from './relations'

const parts = { id: 'parts', pattern: '?item wdt:P361 wd:Q5698 .' }
const people = { id: 'people', pattern: '?item wdt:P19 wd:Q5698 .' }
const flat = (query: string) => query.replace(/\s+/g, ' ')

describe('relationsQuery', () => {
  const cases: [
    name: string,
    options: Parameters<typeof relationsQuery>[2],
    has: string[],
    hasNot: string[],
  ][] = [
    [
      'defaults: a page of 50 (+1 to see if there are more), no offset',
      { chain: ['en'] },
      ['LIMIT 51', 'FILTER(LANG(?label0) = "en")', 'BIND(COALESCE(?label0) AS ?label_)'],
      ['OFFSET'],
    ],
    ['a smaller page', { chain: ['en'], limit: 2 }, ['LIMIT 3'], ['LIMIT 51']],
    ['a later page', { chain: ['en'], offset: 50 }, ['OFFSET 50 LIMIT 51'], []],
    [
      'a nonsense limit and offset are made sane',
      { chain: ['en'], limit: -4, offset: -1 },
      ['LIMIT 2'],
      ['OFFSET'],
    ],
    [
      'the chain in order, for labels and descriptions',
      { chain: ['se', 'nb', 'fi', 'mul', 'en'] },
      [
        'FILTER(LANG(?label0) = "se")',
        'FILTER(LANG(?label4) = "en")',
        'BIND(COALESCE(?label0, ?label1, ?label2, ?label3, ?label4) AS ?label_)',
        'schema:description ?description2 . FILTER(LANG(?description2) = "fi")',
      ],
      [],
    ],
    [
      'at most six languages of a long chain',
      { chain: ['a1', 'b1', 'c1', 'd1', 'e1', 'f1', 'g1', 'h1'].map((c) => c.replace('1', 'a')) },
      ['?label5'],
      ['?label6'],
    ],
    [
      'codes that are no language codes are dropped',
      { chain: ['en"} DROP ALL', 'fi'] },
      ['FILTER(LANG(?label0) = "fi")'],
      ['DROP'],
    ],
    [
      'an empty chain asks for no labels',
      { chain: [] },
      ['SAMPLE(?label_)'],
      ['rdfs:label ?label0'],
    ],
  ]

  it.each(cases)('%s', (_, options, has, hasNot) => {
    const query = flat(relationsQuery('Q5698', [parts], options))
    for (const part of has) expect(query).toContain(part)
    for (const part of hasNot) expect(query).not.toContain(part)
    expect(() =>
      new oxigraph.Store().query(relationsQuery('Q5698', [parts], options)),
    ).not.toThrow()
  })

  it('tags every panel and unions them, each with its own limit', () => {
    const query = flat(relationsQuery('Q5698', [parts, people], { chain: ['en'] }))
    expect(query).toContain('BIND("parts" AS ?panel)')
    expect(query).toContain('BIND("people" AS ?panel)')
    expect(query.match(/ UNION /g)).toHaveLength(1)
    expect(query.match(/LIMIT 51/g)).toHaveLength(2)
    expect(query).toContain('GROUP BY ?panel ?item')
  })

  it('leaves the topic itself and anything but items out', () => {
    const query = flat(relationsQuery('Q5698', [parts], { chain: ['en'] }))
    expect(query).toContain(
      'FILTER(?item != wd:Q5698 && STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q"))',
    )
  })

  it('asks for picture, coordinates and years, and never for the label service', () => {
    const query = relationsQuery('Q5698', [parts], { chain: ['en'] })
    expect(query).toContain('?item wdt:P18 ?image_')
    expect(query).toContain('?item wdt:P625 ?coord_')
    expect(query).toContain('wdt:P569|wdt:P571|wdt:P580|wdt:P577|wdt:P585 ?start_')
    expect(query).toContain('wdt:P570|wdt:P576|wdt:P582 ?end_')
    expect(query).not.toMatch(/wikibase:label|SERVICE|wikibase:around/)
  })

  it('refuses a topic that is not an item id', () => {
    expect(() => relationsQuery('Q1 } DROP ALL {', [parts], { chain: ['en'] })).toThrow()
    expect(() => relationsQuery('P31', [parts], { chain: ['en'] })).toThrow()
  })

  it('escapes panel ids', () => {
    const query = relationsQuery('Q5698', [{ id: 'a"b\\', pattern: parts.pattern }], { chain: [] })
    expect(query).toContain('BIND("a\\"b\\\\" AS ?panel)')
  })
})

const uri = (value: string): Binding => ({ type: 'uri', value })
const lit = (value: string, extra: { lang?: string; datatype?: string } = {}): Binding => ({
  type: 'literal',
  value,
  ...extra,
})
const entity = (id: string) => uri(`http://www.wikidata.org/entity/${id}`)
const date = (value: string) =>
  lit(value, { datatype: 'http://www.w3.org/2001/XMLSchema#dateTime' })

describe('row values', () => {
  it.each([
    ['a year', date('1872-01-01T00:00:00Z'), 1872],
    ['year 1', date('0001-01-01T00:00:00Z'), 1],
    ['1 BCE is astronomical year 0', date('0000-01-01T00:00:00Z'), -1],
    ['1500 BCE', date('-1499-01-01T00:00:00Z'), -1500],
    ['a far past', date('-13798000000-01-01T00:00:00Z'), -13798000001],
    ['not a date', lit('yesterday'), null],
    ['an IRI (unknown value)', uri('http://www.wikidata.org/.well-known/genid/x'), null],
    ['nothing', undefined, null],
  ])('yearOf: %s', (_, binding, year) => {
    expect(yearOf(binding)).toBe(year)
  })

  it.each([
    ['a point', lit('Point(26.640016 61.061992)'), { lat: 61.061992, lon: 26.640016 }],
    ['negative and exponent', lit('Point(-0.5 -1e1)'), { lat: -10, lon: -0.5 }],
    ['another globe', lit('<http://www.wikidata.org/entity/Q405> Point(1 2)'), null],
    ['out of range', lit('Point(10 95)'), null],
    ['not WKT', lit('61, 26'), null],
    ['nothing', undefined, null],
  ])('pointOf: %s', (_, binding, point) => {
    expect(pointOf(binding)).toEqual(point)
  })

  it.each([
    [
      'a FilePath IRI',
      uri('http://commons.wikimedia.org/wiki/Special:FilePath/Verla%20mill.jpg'),
      'Verla mill.jpg',
    ],
    ['underscores', uri('https://commons.wikimedia.org/wiki/Special:FilePath/A_b.png'), 'A b.png'],
    [
      'rewritten by a mount',
      uri('http://127.0.0.1:5/_double/commons.wikimedia.org/wiki/Special:FilePath/X.jpg'),
      'X.jpg',
    ],
    ['broken escapes', uri('http://commons.wikimedia.org/wiki/Special:FilePath/%E0%A4%A'), null],
    ['a literal', lit('X.jpg'), null],
    ['another IRI', uri('http://example.org/X.jpg'), null],
  ])('fileNameOf: %s', (_, binding, name) => {
    expect(fileNameOf(binding)).toBe(name)
  })
})

function row(panel: string, id: string, extra: Partial<Row> = {}): Row {
  return { panel: lit(panel), item: entity(id), ...extra }
}

describe('mapRelationRows', () => {
  it('maps a full row into a card', () => {
    const rows = [
      row('people', 'Q999990103', {
        label: lit('Akseli Gallen-Kallela', { lang: 'fi' }),
        description: lit('suomalainen taidemaalari', { lang: 'fi' }),
        image: uri('http://commons.wikimedia.org/wiki/Special:FilePath/Portrait.jpg'),
        coord: lit('Point(24.9 60.2)'),
        start: date('1865-04-26T00:00:00Z'),
        end: date('1931-03-07T00:00:00Z'),
        vias: lit('http://www.wikidata.org/entity/P170 http://www.wikidata.org/entity/P800'),
      }),
    ]
    expect(mapRelationRows(rows)).toEqual({
      people: {
        hasMore: false,
        rows: 2,
        items: [
          {
            id: 'Q999990103',
            label: { value: 'Akseli Gallen-Kallela', lang: 'fi' },
            description: { value: 'suomalainen taidemaalari', lang: 'fi' },
            image: 'Portrait.jpg',
            coord: { lat: 60.2, lon: 24.9 },
            start: 1865,
            end: 1931,
            via: ['P170', 'P800'],
          },
        ],
      },
    })
  })

  it('keeps an item without a label in the chain, to be shown by id', () => {
    const [item] = mapRelationRows([row('instances', 'Q999990108')]).instances!.items
    expect(item).toMatchObject({ id: 'Q999990108', label: null, description: null, via: [] })
  })

  it('drops rows without a panel or an item id (unknown values, lexemes)', () => {
    const rows: Row[] = [
      { item: entity('Q1') },
      { panel: lit('parts'), item: uri('http://www.wikidata.org/.well-known/genid/abc') },
      { panel: lit('parts'), item: entity('L1') },
      { panel: lit('parts'), item: lit('Q1') },
    ]
    expect(mapRelationRows(rows)).toEqual({})
  })

  it('merges repeated rows of an item and keeps panels apart', () => {
    const result = mapRelationRows([
      row('people', 'Q1', { vias: lit('http://www.wikidata.org/entity/P19') }),
      row('people', 'Q1', { vias: lit('http://www.wikidata.org/entity/P20') }),
      row('works', 'Q1'),
    ])
    expect(result.people?.items).toHaveLength(1)
    expect(result.people?.items[0]?.via).toEqual(['P19', 'P20'])
    expect(result.works?.items).toHaveLength(1)
  })

  it.each([
    [PANEL_PAGE, false],
    [PANEL_PAGE + 1, true],
    [3, false],
  ])('%i rows: every item kept, more: %s', (count, more) => {
    const rows = Array.from({ length: count }, (_, i) => row('instances', `Q${i + 1}`))
    const result = mapRelationRows(rows).instances!
    expect(result.items).toHaveLength(count)
    expect(result).toMatchObject({ hasMore: more, rows: count })
  })

  it('uses the page size it is given', () => {
    const rows = [row('instances', 'Q1'), row('instances', 'Q2'), row('instances', 'Q3')]
    expect(mapRelationRows(rows, 2).instances).toMatchObject({ hasMore: true, rows: 3 })
  })

  it('counts the sub-query rows back from the relations of each item (one row per ?via)', () => {
    const via = (...ps: string[]) =>
      lit(ps.map((p) => `http://www.wikidata.org/entity/${p}`).join(' '))
    const rows = [
      row('people', 'Q1', { vias: via('P19', 'P20') }),
      row('people', 'Q2', { vias: via('P27') }),
    ]
    expect(mapRelationRows(rows, 2).people).toMatchObject({ hasMore: true, rows: 3 })
    expect(mapRelationRows(rows, 3).people).toMatchObject({ hasMore: false, rows: 3 })
  })
})

function card(id: string, values: Partial<RelatedItem> = {}): RelatedItem {
  return {
    id,
    label: null,
    description: null,
    image: null,
    coord: null,
    start: null,
    end: null,
    via: [],
    ...values,
  }
}
const named = (id: string, name: string, values: Partial<RelatedItem> = {}) =>
  card(id, { label: { value: name, lang: 'fi' }, ...values })

describe('sortRelated', () => {
  const kouvola = { lat: 60.868056, lon: 26.704167 }
  const items = [
    named('Q1', 'Ähtäri', { start: 1900, coord: { lat: 62.55, lon: 24.07 } }),
    named('Q2', 'Aura', { start: -500, coord: kouvola }),
    card('Q30'),
    named('Q4', 'Zeta', { end: 1800 }),
    card('Q5', { start: 2000 }),
    named('Q6', 'anjala', { coord: { lat: 60.69, lon: 26.83 } }),
  ]
  const ids = (list: RelatedItem[]) => list.map((i) => i.id)

  it.each([
    [
      'label, Finnish collation (Ä after Z), unlabelled last by number',
      'label',
      'fi',
      ['Q6', 'Q2', 'Q4', 'Q1', 'Q5', 'Q30'],
    ],
    ['label, Swedish collation', 'label', 'sv', ['Q6', 'Q2', 'Q4', 'Q1', 'Q5', 'Q30']],
    ['label, English collation (Ä with A)', 'label', 'en', ['Q1', 'Q6', 'Q2', 'Q4', 'Q5', 'Q30']],
    [
      'date, BCE first, end when no start, undated last',
      'date',
      'fi',
      ['Q2', 'Q4', 'Q1', 'Q5', 'Q6', 'Q30'],
    ],
    [
      'distance from Kouvola, unplaced last',
      'distance',
      'fi',
      ['Q2', 'Q6', 'Q1', 'Q4', 'Q5', 'Q30'],
    ],
  ] as const)('%s', (_, key, lang, expected) => {
    expect(ids(sortRelated(items, key, { lang, origin: kouvola }))).toEqual(expected)
  })

  it('sorts by label when there is no origin for distance', () => {
    expect(ids(sortRelated(items, 'distance', { lang: 'fi' }))).toEqual(
      ids(sortRelated(items, 'label', { lang: 'fi' })),
    )
  })

  it('copes with a language the browser does not know', () => {
    expect(sortRelated(items, 'label', { lang: 'zz-invalid-code-x' })).toHaveLength(items.length)
  })

  it('does not change the list it was given', () => {
    const copy = [...items]
    sortRelated(items, 'date', { lang: 'fi' })
    expect(items).toEqual(copy)
  })
})

describe('usableSorts', () => {
  const origin = { lat: 60, lon: 25 }
  it.each([
    [
      'all, when items have dates and places',
      [card('Q1', { start: 1, coord: origin })],
      origin,
      ['label', 'date', 'distance'],
    ],
    [
      'no distance without an origin',
      [card('Q1', { start: 1, coord: origin })],
      null,
      ['label', 'date'],
    ],
    ['no distance without placed items', [card('Q1', { start: 1 })], origin, ['label', 'date']],
    ['no date without dated items', [card('Q1', { coord: origin })], origin, ['label', 'distance']],
  ] as const)('%s', (_, items, from, expected) => {
    expect(usableSorts(['label', 'date', 'distance'], items, from)).toEqual(expected)
  })

  it('keeps the panel order of keys', () => {
    expect(usableSorts(['date', 'label'], [card('Q1', { end: 5 })], null)).toEqual([
      'date',
      'label',
    ])
  })
})

describe('formatYears', () => {
  const bce = (year: number) => `${year} BCE`
  it.each([
    [{ start: 1865, end: 1931 }, '1865–1931'],
    [{ start: 1872, end: null }, '1872'],
    [{ start: null, end: 1557 }, '–1557'],
    [{ start: 1940, end: 1940 }, '1940'],
    [{ start: -1500, end: -500 }, '1500 BCE–500 BCE'],
    [{ start: null, end: null }, ''],
  ])('%j is %s', (years, text) => {
    expect(formatYears(years, bce)).toBe(text)
  })
})

describe('distanceKm', () => {
  it.each([
    [
      'Helsinki to Kouvola',
      { lat: 60.170833, lon: 24.9375 },
      { lat: 60.868056, lon: 26.704167 },
      123.9,
      0.5,
    ],
    ['a point to itself', { lat: 61, lon: 26 }, { lat: 61, lon: 26 }, 0, 0.001],
    ['across the antimeridian', { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.2, 0.5],
  ])('%s', (_, a, b, km, within) => {
    expect(Math.abs(distanceKm(a, b) - km)).toBeLessThanOrEqual(within)
  })
})
