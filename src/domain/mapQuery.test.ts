// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  fileFromIri,
  itemDetailsQuery,
  locatePlace,
  mapItemDetails,
  mapLayerRows,
  mapLayersQuery,
  type MapQueryInput,
  type PlaceNode,
} from './mapQuery'
import { prefixes, type Row } from './sparql'

const base: MapQueryInput = {
  topic: 'Q217447',
  chain: ['fi', 'mul', 'en'],
  wantedIn: [],
  wantedByCountry: false,
  locatedIn: [],
  limit: 5000,
}

describe('mapLayersQuery', () => {
  it.each<[string, Partial<MapQueryInput>, string[], string[]]>([
    [
      'parts only',
      {},
      [
        'wd:Q217447 wdt:P527 ?item',
        '?item wdt:P361 wd:Q217447',
        'wd:Q217447 wdt:P150 ?item',
        '?item wdt:P131 wd:Q217447',
        '?item wdt:P276 wd:Q217447',
        '"parts" AS ?layer',
        'LIMIT 5000',
      ],
      ['"wanted"', '"place"'],
    ],
    [
      'parts and wanted in the topic and its municipality',
      { wantedIn: ['Q217447', 'Q204382'] },
      [
        'VALUES ?area { wd:Q217447 wd:Q204382 }',
        '(wdt:P131|wdt:P276)+ ?area',
        'wdt:P1435 ?heritage',
        'FILTER NOT EXISTS { ?item wdt:P18 ?photo }',
        '"wanted" AS ?layer',
      ],
      ['"place"', 'wdt:P17 ?area'],
    ],
    [
      'wanted in a country by P17',
      { topic: 'Q33', wantedIn: ['Q33'], wantedByCountry: true },
      ['?item wdt:P17 ?area', 'VALUES ?area { wd:Q33 }'],
      ['(wdt:P131|wdt:P276)+ ?area'],
    ],
    [
      'the location chain of a topic without coordinates',
      { locatedIn: ['Q4502138', 'Q33'] },
      [
        'VALUES ?start { wd:Q4502138 wd:Q33 }',
        '?start (wdt:P131|wdt:P276)* ?item',
        'OPTIONAL { ?item (wdt:P131|wdt:P276) ?parent }',
        'OPTIONAL { ?item wdt:P31 ?class }',
        '"place" AS ?layer',
      ],
      ['"wanted"'],
    ],
    [
      'malformed ids left out',
      { wantedIn: ['Q1', 'P31', 'bogus'], locatedIn: ['x'] },
      ['VALUES ?area { wd:Q1 }'],
      ['wd:P31', 'bogus', '"place"'],
    ],
    [
      'labels in the chain, first found wins',
      { chain: ['se', 'nb', 'fi'] },
      [
        'FILTER(LANG(?label0) = "se")',
        'FILTER(LANG(?label2) = "fi")',
        'BIND(COALESCE(?label0, ?label1, ?label2) AS ?label)',
        'BIND(COALESCE(?description0, ?description1, ?description2) AS ?description)',
      ],
      ['SERVICE', 'wikibase:label'],
    ],
    [
      'a language code that could inject is left out',
      { chain: ['en") } DROP ALL #', 'fi'] },
      ['FILTER(LANG(?label0) = "fi")'],
      ['DROP'],
    ],
  ])('%s', (_, input, present, absent) => {
    const query = mapLayersQuery({ ...base, ...input })
    expect(query).not.toBeNull()
    expect(query!.startsWith(prefixes)).toBe(true)
    for (const text of present) expect(query).toContain(text)
    for (const text of absent) expect(query).not.toContain(text)
    expect(query).not.toMatch(/wikibase:(around|box)|SERVICE/)
  })

  it('is null for something that is not an item', () => {
    expect(mapLayersQuery({ ...base, topic: 'P31' })).toBeNull()
  })
})

describe('itemDetailsQuery', () => {
  it('asks for the given items only', () => {
    const query = itemDetailsQuery(['Q1', 'Q2', 'nope'], ['en'])
    expect(query).toContain('VALUES ?item { wd:Q1 wd:Q2 }')
    expect(query).toContain('OPTIONAL { ?item wdt:P18 ?image }')
  })
  it('is null with no items', () => {
    expect(itemDetailsQuery([], ['en'])).toBeNull()
  })
})

const uri = (value: string): Row[string] => ({ type: 'uri', value })
const entity = (id: string) => uri(`http://www.wikidata.org/entity/${id}`)
const text = (value: string, lang?: string): Row[string] => ({
  type: 'literal',
  value,
  ...(lang ? { lang } : {}),
})
const wkt = (value: string): Row[string] => ({
  type: 'literal',
  value,
  datatype: 'http://www.opengis.net/ont/geosparql#wktLiteral',
})

describe('mapLayerRows', () => {
  it('maps parts and wanted points with labels, descriptions and pictures', () => {
    const rows: Row[] = [
      {
        item: entity('Q10'),
        layer: text('parts'),
        coord: wkt('Point(26.64 61.06)'),
        label: text('Kuivaamo', 'fi'),
        description: text('drying loft', 'en'),
        image: uri('http://commons.wikimedia.org/wiki/Special:FilePath/Verla%20drying%20loft.jpg'),
      },
      { item: entity('Q11'), layer: text('wanted'), coord: wkt('Point(26.7 61.1)') },
    ]
    const result = mapLayerRows(rows)
    expect(result.parts).toEqual([
      {
        key: 'parts:Q10:61.060000,26.640000',
        source: 'parts',
        lat: 61.06,
        lon: 26.64,
        id: 'Q10',
        label: { value: 'Kuivaamo', lang: 'fi' },
        description: { value: 'drying loft', lang: 'en' },
        image: 'Verla drying loft.jpg',
        file: null,
      },
    ])
    expect(result.wanted.map((p) => [p.id, p.label])).toEqual([['Q11', null]])
  })

  it('drops repeated rows, other globes, bad points, bad items and unknown layers', () => {
    const part = { item: entity('Q10'), layer: text('parts'), coord: wkt('Point(1 2)') }
    const rows: Row[] = [
      part,
      { ...part, image: uri('http://commons.wikimedia.org/wiki/Special:FilePath/Second.jpg') },
      { ...part, coord: wkt('<http://www.wikidata.org/entity/Q405> Point(1 2)') },
      { ...part, coord: wkt('Point(1 95)') },
      { ...part, coord: undefined as unknown as Row[string] },
      { ...part, item: uri('http://example.org/Q10') },
      { ...part, item: entity('P31') },
      { ...part, layer: text('other') },
    ]
    expect(mapLayerRows(rows).parts.map((p) => p.key)).toEqual(['parts:Q10:2.000000,1.000000'])
  })

  it('gathers the places of the location chain', () => {
    const place = (id: string, extra: Row) => ({ item: entity(id), layer: text('place'), ...extra })
    const rows: Row[] = [
      place('Q204382', {
        coord: wkt('Point(26.7 60.87)'),
        parent: entity('Q5698'),
        class: entity('Q856076'),
        label: text('Kouvola', 'fi'),
      }),
      place('Q204382', {
        coord: wkt('Point(26.7 60.87)'),
        parent: entity('Q5698'),
        class: entity('Q515'),
      }),
      place('Q999990117', { parent: entity('Q5698') }),
    ]
    expect(mapLayerRows(rows).places).toEqual({
      Q204382: {
        id: 'Q204382',
        coords: [{ lat: 60.87, lon: 26.7 }],
        parents: ['Q5698'],
        classes: ['Q856076', 'Q515'],
        label: { value: 'Kouvola', lang: 'fi' },
      },
      Q999990117: { id: 'Q999990117', coords: [], parents: ['Q5698'], classes: [], label: null },
    })
  })
})

describe('mapItemDetails', () => {
  it('keeps the first row of each item', () => {
    const rows: Row[] = [
      { item: entity('Q1'), label: text('One', 'en') },
      { item: entity('Q1'), label: text('Again', 'en') },
      {
        item: entity('Q2'),
        image: uri('http://commons.wikimedia.org/wiki/Special:FilePath/A_b.jpg'),
      },
    ]
    expect(mapItemDetails(rows)).toEqual({
      Q1: { label: { value: 'One', lang: 'en' }, description: null, image: null },
      Q2: { label: null, description: null, image: 'A b.jpg' },
    })
  })
})

describe('fileFromIri', () => {
  it.each([
    [
      'http://commons.wikimedia.org/wiki/Special:FilePath/Verla%20board%20mill.jpg',
      'Verla board mill.jpg',
    ],
    ['http://commons.wikimedia.org/wiki/Special:FilePath/%E2%82%AC%25.jpg', '€%.jpg'],
    ['http://commons.wikimedia.org/wiki/Special:FilePath/%E0%A4%A', null],
    ['http://example.org/a.jpg', null],
    [undefined, null],
  ])('%s', (iri, expected) => {
    expect(fileFromIri(iri)).toBe(expected)
  })
})

describe('locatePlace', () => {
  const node = (
    id: string,
    coords: { lat: number; lon: number }[],
    parents: string[],
    classes: string[] = [],
  ): PlaceNode => ({
    id,
    coords,
    parents,
    classes,
    label: { value: id, lang: 'en' },
  })
  const nodes = {
    Q4502138: node('Q4502138', [{ lat: 60.45, lon: 22.26 }], ['Q38511'], ['Q207694']),
    Q38511: node('Q38511', [], ['Q5698'], ['Q856076']),
    Q999990117: node('Q999990117', [], ['Q5698'], ['Q856076']),
    Q5698: node('Q5698', [{ lat: 60.5, lon: 27 }], ['Q33'], ['Q193512']),
    Q33: node('Q33', [{ lat: 64, lon: 26 }], [], ['Q6256']),
    Q34: node('Q34', [], [], ['Q6256']),
  }
  const located = (location: string[], admin: string[], country: string[]) =>
    ({ type: 'located', location, admin, country }) as const

  it.each<[string, ReturnType<typeof located>, string[] | null, number | null]>([
    [
      'a museum with coordinates: zoomed to a site',
      located(['Q4502138'], ['Q38511'], ['Q33']),
      ['Q4502138'],
      15,
    ],
    [
      'a municipality without: one level up, at region zoom',
      located([], ['Q999990117'], ['Q33']),
      ['Q5698'],
      7,
    ],
    ['only a country', located([], [], ['Q33']), ['Q33'], 5],
    ['a country without coordinates', located([], [], ['Q34']), null, null],
    ['places the query did not return', located(['Q1'], [], []), null, null],
  ])('%s', (_, place, ids, zoom) => {
    const found = locatePlace(place, nodes)
    expect(found?.points.map((p) => p.id) ?? null).toEqual(ids)
    expect(found?.zoom ?? null).toBe(zoom)
    for (const point of found?.points ?? []) expect(point.source).toBe('topic')
  })

  it('does not loop on a cycle', () => {
    const cycle = { Q1: node('Q1', [], ['Q2']), Q2: node('Q2', [], ['Q1']) }
    expect(locatePlace(located(['Q1'], [], []), cycle, 50)).toBeNull()
  })
})
