// @vitest-environment node
// The query embed (/embed/query): its parameters as table tests, every view and every invalid
// value; typed cells; the roles of each view and the rows each view draws.
import { describe, expect, it } from 'vitest'
import {
  cellOf,
  defaultViewComment,
  MAX_BARS,
  MAX_QUERY_LENGTH,
  MAX_ROWS,
  parseQueryEmbed,
  projectedVariables,
  queryEmbedUrl,
  queryForm,
  queryViews,
  toTable,
  type QueryEmbedProblem,
} from '../../src/domain/queryEmbed'
import {
  barData,
  imageData,
  labelIdsFor,
  lineData,
  mapData,
  resolveRoles,
  timelineData,
} from '../../src/domain/queryEmbedData'
import { lineLayout } from '../../src/domain/queryEmbedLayout'
import type { Binding, Row } from '../../src/domain/sparql'

const P =
  'PREFIX wd: <http://www.wikidata.org/entity/>\nPREFIX wdt: <http://www.wikidata.org/prop/direct/>\n'
const SELECT = `${P}SELECT ?item ?count WHERE { ?item wdt:P31 ?type }`
const XSD = 'http://www.w3.org/2001/XMLSchema#'

const uri = (value: string): Binding => ({ type: 'uri', value })
const lit = (value: string, datatype?: string, lang?: string): Binding => ({
  type: 'literal',
  value,
  ...(datatype ? { datatype: datatype.includes('#') ? datatype : XSD + datatype } : {}),
  ...(lang ? { lang } : {}),
})
const item = (id: string) => uri(`http://www.wikidata.org/entity/${id}`)

describe('parseQueryEmbed: the views', () => {
  it.each([
    ['table', 'table'],
    ['bar', 'bar'],
    ['line', 'line'],
    ['map', 'map'],
    ['timeline', 'timeline'],
    ['images', 'images'],
    ['BarChart', 'bar'],
    ['LineChart', 'line'],
    ['ImageGrid', 'images'],
    ['Map', 'map'],
    ['Table', 'table'],
    [' TIMELINE ', 'timeline'],
  ])('view=%s draws a %s', (view, expected) => {
    const parsed = parseQueryEmbed({ sparql: SELECT, view })
    expect(parsed).toMatchObject({ ok: true, request: { view: expected } })
  })

  it('takes the view from #defaultView: when there is no view parameter, else a table', () => {
    const withComment = `#defaultView:BarChart\n${SELECT}`
    expect(parseQueryEmbed({ sparql: withComment })).toMatchObject({ request: { view: 'bar' } })
    expect(parseQueryEmbed({ sparql: withComment, view: 'map' })).toMatchObject({
      request: { view: 'map' },
    })
    expect(parseQueryEmbed({ sparql: SELECT })).toMatchObject({ request: { view: 'table' } })
    expect(defaultViewComment(`${P}  # defaultView: ImageGrid\nSELECT`)).toBe('ImageGrid')
  })

  it('every view has a name the parser accepts', () => {
    for (const view of queryViews) {
      expect(parseQueryEmbed({ sparql: SELECT, view }).ok).toBe(true)
    }
  })
})

describe('parseQueryEmbed: invalid values', () => {
  const long = `${SELECT}${' '.repeat(MAX_QUERY_LENGTH)}`
  it.each<[string, Record<string, string | string[]>, QueryEmbedProblem]>([
    ['no query', {}, { kind: 'missing-query' }],
    ['an empty query', { sparql: '  \n' }, { kind: 'missing-query' }],
    [
      'a query too long',
      { sparql: long },
      { kind: 'too-long', length: long.length, max: MAX_QUERY_LENGTH },
    ],
    ['ASK', { sparql: `${P}ASK { ?s ?p ?o }` }, { kind: 'not-select', form: 'ASK' }],
    [
      'CONSTRUCT',
      { sparql: 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' },
      { kind: 'not-select', form: 'CONSTRUCT' },
    ],
    ['DESCRIBE', { sparql: 'DESCRIBE wd:Q1' }, { kind: 'not-select', form: 'DESCRIBE' }],
    [
      'an update',
      { sparql: `${P}INSERT DATA { wd:Q1 wdt:P31 wd:Q5 }` },
      { kind: 'not-select', form: 'INSERT' },
    ],
    ['not SPARQL', { sparql: '<b>hello</b>' }, { kind: 'not-select', form: '' }],
    [
      'an unknown view',
      { sparql: SELECT, view: 'pie' },
      { kind: 'unknown-view', given: 'pie', names: [...queryViews] },
    ],
    [
      'an empty view',
      { sparql: SELECT, view: '' },
      { kind: 'unknown-view', given: '', names: [...queryViews] },
    ],
    [
      'a role that is not a name',
      { sparql: SELECT, view: 'bar', x: 'it em' },
      { kind: 'bad-variable', role: 'x', given: 'it em' },
    ],
    [
      'a role with markup',
      { sparql: SELECT, view: 'bar', y: '<b>' },
      { kind: 'bad-variable', role: 'y', given: '<b>' },
    ],
    [
      'a role naming a missing variable',
      { sparql: SELECT, view: 'bar', y: 'total' },
      { kind: 'missing-variable', role: 'y', name: 'total', variables: ['item', 'count'] },
    ],
    [
      'a map coordinate not selected',
      { sparql: SELECT, view: 'map', coord: '?where' },
      { kind: 'missing-variable', role: 'coord', name: 'where', variables: ['item', 'count'] },
    ],
    [
      'a timeline end not selected',
      { sparql: SELECT, view: 'timeline', end: 'until' },
      { kind: 'missing-variable', role: 'end', name: 'until', variables: ['item', 'count'] },
    ],
    [
      'an image not selected',
      { sparql: SELECT, view: 'images', image: 'pic' },
      { kind: 'missing-variable', role: 'image', name: 'pic', variables: ['item', 'count'] },
    ],
    [
      'a table column not selected',
      { sparql: SELECT, columns: 'item,nope' },
      { kind: 'missing-variable', role: 'columns', name: 'nope', variables: ['item', 'count'] },
    ],
    [
      'a bad column name',
      { sparql: SELECT, columns: 'item,,' },
      { kind: 'bad-variable', role: 'columns', given: '' },
    ],
    ['a bad theme', { sparql: SELECT, theme: 'blue' }, { kind: 'bad-theme', given: 'blue' }],
    [
      'a bad lang',
      { sparql: SELECT, lang: 'not a code' },
      { kind: 'bad-language', key: 'lang', given: 'not a code' },
    ],
    [
      'a bad uilang',
      { sparql: SELECT, uilang: '<x>' },
      { kind: 'bad-language', key: 'uilang', given: '<x>' },
    ],
  ])('%s', (_, query, problem) => {
    expect(parseQueryEmbed(query)).toEqual({ ok: false, problem })
  })

  it('ignores roles the view does not use, as the query service does', () => {
    const parsed = parseQueryEmbed({ sparql: SELECT, view: 'bar', coord: 'nowhere' })
    expect(parsed).toMatchObject({ ok: true, request: { roles: {} } })
  })

  it('reads roles written with ? or $, and the first of repeated values', () => {
    const parsed = parseQueryEmbed({
      sparql: SELECT,
      view: 'bar',
      x: ['?item', 'count'],
      y: '$count',
    })
    expect(parsed).toMatchObject({ ok: true, request: { roles: { x: 'item', y: 'count' } } })
  })

  it('keeps a title as text, shortened', () => {
    const parsed = parseQueryEmbed({ sparql: SELECT, title: ` <b>${'x'.repeat(200)}` })
    expect(parsed.ok && parsed.request.title).toBe(`<b>${'x'.repeat(117)}`)
  })
})

describe('the query’s form and variables', () => {
  it.each([
    [`${P}SELECT ?a WHERE {}`, 'SELECT'],
    ['# a comment\nPREFIX ex: <http://ex#>\n  select * {}', 'SELECT'],
    ['BASE <http://x/> PREFIX : <http://y#> ASK {}', 'ASK'],
    ['', ''],
  ])('%j is %s', (query, form) => expect(queryForm(query)).toBe(form))

  it.each([
    [`${P}SELECT ?item ?count WHERE {}`, ['item', 'count']],
    ['SELECT DISTINCT ?a (COUNT(?b) AS ?n) WHERE {}', ['a', 'n']],
    ['SELECT ?a (SAMPLE(?img) AS ?image) (YEAR(MIN(?d)) AS ?year) {}', ['a', 'image', 'year']],
    ['PREFIX x: <http://ex.org/a#> SELECT $a\n# ?nope\n?b WHERE {}', ['a', 'b']],
    ['SELECT * WHERE {}', null],
  ])('%j selects %j', (query, variables) => expect(projectedVariables(query)).toEqual(variables))
})

describe('cells', () => {
  it.each<[Binding, object]>([
    [item('Q217447'), { kind: 'entity', id: 'Q217447' }],
    [uri('https://www.wikidata.org/entity/P31'), { kind: 'entity', id: 'P31' }],
    [
      uri('http://commons.wikimedia.org/wiki/Special:FilePath/Verla%20mill.jpg'),
      { kind: 'file', name: 'Verla mill.jpg' },
    ],
    [uri('https://example.org/a?b=c'), { kind: 'url', url: 'https://example.org/a?b=c' }],
    [uri('javascript:alert(1)'), { kind: 'text', text: 'javascript:alert(1)' }],
    [uri('data:text/html,<script>alert(1)</script>'), { kind: 'text' }],
    [uri('mailto:a@b'), { kind: 'text', text: 'mailto:a@b' }],
    [lit('42', 'integer'), { kind: 'number', value: 42 }],
    [lit('-1.5e3', 'double'), { kind: 'number', value: -1500 }],
    [lit('NaN', 'double'), { kind: 'text', text: 'NaN' }],
    [lit('1872-03-04T00:00:00Z', 'dateTime'), { kind: 'date', year: 1872, month: 3, day: 4 }],
    [lit('-0078-01-01T00:00:00Z', 'dateTime'), { kind: 'date', year: -79 }],
    [
      lit('Point(26.64 61.06)', 'http://www.opengis.net/ont/geosparql#wktLiteral'),
      { kind: 'point', lat: 61.06, lon: 26.64 },
    ],
    [
      lit(
        '<http://www.wikidata.org/entity/Q111> Point(77.58 18.38)',
        'http://www.opengis.net/ont/geosparql#wktLiteral',
      ),
      { kind: 'text' },
    ],
    [lit('Point(500 10)', 'http://www.opengis.net/ont/geosparql#wktLiteral'), { kind: 'text' }],
    [
      lit('<img src=x onerror=alert(1)>', undefined, 'fi'),
      { kind: 'text', text: '<img src=x onerror=alert(1)>', lang: 'fi' },
    ],
    [
      { type: 'bnode', value: 'b0' },
      { kind: 'text', text: 'b0' },
    ],
  ])('%j is %j', (binding, cell) => expect(cellOf(binding)).toMatchObject(cell))
})

function table(rows: Row[], order: string[] | null = null) {
  return toTable(rows, order)
}

describe('roles', () => {
  const rows: Row[] = [
    { item: item('Q1'), itemLabel: lit('One', undefined, 'en'), n: lit('3', 'integer') },
    { item: item('Q2'), itemLabel: lit('Two', undefined, 'en'), n: lit('5', 'integer') },
  ]

  it('finds x, y and the label column for a bar chart', () => {
    expect(resolveRoles('bar', { roles: {}, columns: null }, table(rows))).toEqual({
      ok: true,
      roles: { x: 'item', y: 'n', label: 'itemLabel' },
      columns: ['item', 'itemLabel', 'n'],
    })
  })

  it('keeps named roles and says when one is not in the results of SELECT *', () => {
    expect(
      resolveRoles('bar', { roles: { x: 'itemLabel' }, columns: null }, table(rows)),
    ).toMatchObject({ ok: true, roles: { x: 'itemLabel', y: 'n' } })
    expect(resolveRoles('bar', { roles: { y: 'total' }, columns: null }, table(rows))).toEqual({
      ok: false,
      problem: {
        kind: 'missing-variable',
        role: 'y',
        name: 'total',
        variables: ['item', 'itemLabel', 'n'],
      },
    })
  })

  it.each([
    ['map', 'coord'],
    ['timeline', 'start'],
    ['images', 'image'],
  ] as const)('a %s without a value to draw names its %s role', (view, role) => {
    expect(resolveRoles(view, { roles: {}, columns: null }, table(rows))).toEqual({
      ok: false,
      problem: { kind: 'no-column', role, view },
    })
  })

  it('a line needs numbers or dates along x', () => {
    const words: Row[] = [{ a: lit('x') }]
    expect(resolveRoles('line', { roles: {}, columns: null }, table(words))).toMatchObject({
      ok: false,
      problem: { kind: 'no-column', role: 'x' },
    })
  })

  it('a table shows the named columns, in their order', () => {
    expect(resolveRoles('table', { roles: {}, columns: ['n', 'item'] }, table(rows))).toMatchObject(
      {
        columns: ['n', 'item'],
      },
    )
  })
})

describe('rows to views', () => {
  const labels = { Q1: { value: 'Yksi', lang: 'fi' } }

  it('bars sum y by x in the query’s order, or count rows, and link items to their topics', () => {
    const rows: Row[] = [
      { t: item('Q2'), n: lit('2', 'integer') },
      { t: item('Q1'), n: lit('3', 'integer') },
      { t: item('Q2'), n: lit('4', 'integer') },
      { t: lit('plain'), n: lit('not a number') },
    ]
    const t = table(rows)
    expect(barData(t, { x: 't', y: 'n' }, labels).bars).toEqual([
      { key: 'Q2', label: { value: 'Q2', lang: 'zxx' }, id: 'Q2', value: 6 },
      { key: 'Q1', label: { value: 'Yksi', lang: 'fi' }, id: 'Q1', value: 3 },
    ])
    expect(barData(t, { x: 't' }, labels).bars.map((b) => [b.key, b.value])).toEqual([
      ['Q2', 2],
      ['Q1', 1],
      ['plain', 1],
    ])
  })

  it('caps bars with a count of the rest', () => {
    const rows: Row[] = Array.from({ length: MAX_BARS + 7 }, (_, i) => ({ t: lit(`c${i}`) }))
    const data = barData(table(rows), { x: 't' }, {})
    expect(data.bars).toHaveLength(MAX_BARS)
    expect(data.more).toBe(7)
  })

  it('caps rows with the total kept', () => {
    const rows: Row[] = Array.from({ length: MAX_ROWS + 1 }, (_, i) => ({
      n: lit(`${i}`, 'integer'),
    }))
    const t = table(rows)
    expect(t.rows).toHaveLength(MAX_ROWS)
    expect(t.total).toBe(MAX_ROWS + 1)
  })

  it('lines sort by x, numbers or dates, summing y', () => {
    const rows: Row[] = [
      { d: lit('1990-01-01T00:00:00Z', 'dateTime'), n: lit('1', 'integer') },
      { d: lit('1850-01-01T00:00:00Z', 'dateTime'), n: lit('2', 'integer') },
      { d: lit('1990-01-01T00:00:00Z', 'dateTime'), n: lit('5', 'integer') },
    ]
    expect(lineData(table(rows), { x: 'd', y: 'n' })).toEqual([
      { key: '1850', x: 1850, label: '1850', value: 2 },
      { key: '1990', x: 1990, label: '1990', value: 6 },
    ])
    const geometry = lineLayout(lineData(table(rows), { x: 'd', y: 'n' }), { width: 400 })
    expect(geometry.centres[0]).toBe(geometry.plot.left)
    expect(geometry.centres[1]).toBe(geometry.plot.right)
    expect(geometry.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/)
    expect(geometry.valueTicks.every((t) => Number.isInteger(t.value))).toBe(true)
  })

  it('maps points with their names: the label column, else the item’s label', () => {
    const rows: Row[] = [
      {
        place: item('Q1'),
        at: lit('Point(26 61)', 'http://www.opengis.net/ont/geosparql#wktLiteral'),
      },
      {
        place: item('Q2'),
        at: lit('Point(1 2)', 'http://www.opengis.net/ont/geosparql#wktLiteral'),
        name: lit('Own', undefined, 'sv'),
      },
      { place: item('Q3') },
    ]
    const t = table(rows)
    expect(mapData(t, { coord: 'at' }, labels)).toEqual([
      { key: '0', lat: 61, lon: 26, id: 'Q1', label: { value: 'Yksi', lang: 'fi' } },
      { key: '1', lat: 2, lon: 1, id: 'Q2', label: { value: 'Q2', lang: 'zxx' } },
    ])
    expect(mapData(t, { coord: 'at', label: 'name' }, labels)[1]?.label).toEqual({
      value: 'Own',
      lang: 'sv',
    })
  })

  it('dates rows for the timeline and pictures for the grid', () => {
    const rows: Row[] = [
      {
        x: item('Q1'),
        from: lit('1872-01-01T00:00:00Z', 'dateTime'),
        to: lit('1964-07-18T00:00:00Z', 'dateTime'),
        pic: uri('http://commons.wikimedia.org/wiki/Special:FilePath/A_b.jpg'),
      },
      { x: item('Q2'), from: lit('someday') },
    ]
    const t = table(rows)
    expect(timelineData(t, { start: 'from', end: 'to' }, labels)).toMatchObject([
      { id: 'Q1', start: { year: 1872 }, end: { year: 1964, month: 7, day: 18 } },
    ])
    expect(imageData(t, { image: 'pic' }, labels).images).toEqual([
      { key: '0', name: 'A b.jpg', id: 'Q1', label: { value: 'Yksi', lang: 'fi' } },
    ])
  })

  it('asks for the labels of the items shown, not of those the query names itself', () => {
    const rows: Row[] = [
      { item: item('Q1'), itemLabel: lit('One'), type: item('Q5') },
      { item: item('Q2'), itemLabel: lit('Two'), type: item('Q5') },
    ]
    const t = table(rows)
    expect(labelIdsFor('table', t, {}, t.variables)).toEqual(['Q5'])
    expect(labelIdsFor('bar', t, { x: 'type' }, t.variables)).toEqual(['Q5'])
    expect(labelIdsFor('map', t, { label: 'itemLabel' }, t.variables)).toEqual([])
    expect(labelIdsFor('map', t, {}, t.variables)).toEqual(['Q1', 'Q2'])
  })
})

describe('queryEmbedUrl', () => {
  it('writes an address that parses back to the same request, only the view’s roles kept', () => {
    const url = queryEmbedUrl('https://kooste.example/app/', {
      query: `${SELECT} # & = ? <b>`,
      view: 'bar',
      roles: { x: 'item', y: 'count', coord: 'ignored' },
      title: ' Mills ',
      lang: 'fi',
      theme: 'dark',
    })
    expect(
      url.startsWith(
        'https://kooste.example/app/embed/query?view=bar&x=item&y=count&title=Mills&lang=fi&theme=dark&sparql=',
      ),
    ).toBe(true)
    const parsed = parseQueryEmbed(Object.fromEntries(new URL(url).searchParams))
    expect(parsed).toEqual({
      ok: true,
      request: {
        query: `${SELECT} # & = ? <b>`,
        view: 'bar',
        roles: { x: 'item', y: 'count' },
        columns: null,
        title: 'Mills',
      },
    })
  })
})
