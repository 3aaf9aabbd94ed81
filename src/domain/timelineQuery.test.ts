// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Row } from './sparql'
import {
  incomingRelations,
  mapTimelineRows,
  outgoingRelations,
  RELATED_LIMIT,
  timelineQuery,
} from './timelineQuery'
import { relatedDateProperties } from './timeline'

const WD = 'http://www.wikidata.org/entity/'
const uri = (value: string) => ({ type: 'uri' as const, value })
const lit = (value: string, extra: { lang?: string; datatype?: string } = {}) => ({
  type: 'literal' as const,
  value,
  ...extra,
})

describe('timelineQuery', () => {
  const query = timelineQuery('Q215346', ['P577', 'Q3196', 'not-an-id', 'L1'], ['fi', 'mul', 'en'])

  it.each([
    ['asks about the topic', 'wd:Q215346'],
    [
      'declares the value-node prefix',
      'PREFIX psv: <http://www.wikidata.org/prop/statement/value/>',
    ],
    ['reads time values with their precision', 'wikibase:timePrecision ?precision'],
    ['reads the calendar model', 'wikibase:timeCalendarModel ?calendar'],
    ['leaves deprecated statements out', 'FILTER(?rank != wikibase:DeprecatedRank)'],
    ['filters labels to the language chain', 'FILTER(LANG(?label) IN ("fi", "mul", "en"))'],
    ['asks for the labels of the ids given', 'VALUES ?item { wd:P577 wd:Q3196 }'],
    ['keeps the related items within a limit', `LIMIT ${RELATED_LIMIT}`],
    ['keeps related items to items', 'STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q")'],
    ...incomingRelations.map((p) => [`follows ${p} to the topic`, `wdt:${p}`] as [string, string]),
    ...outgoingRelations.map(
      (p) => [`follows ${p} from the topic`, `wdt:${p}`] as [string, string],
    ),
    ...relatedDateProperties.map(
      (p) => [`reads the date ${p}`, `(p:${p} psv:${p})`] as [string, string],
    ),
    ['reads earliest dates of related items', '(pq:P1319 pqv:P1319)'],
    ['reads latest dates of related items', '(pq:P1326 pqv:P1326)'],
    ['reads circa of related items', 'pq:P1480 wd:Q5727902'],
    [
      'declares the qualifier value-node prefix',
      'PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>',
    ],
  ])('%s', (_, fragment) => {
    expect(query).toContain(fragment)
  })

  it.each([
    ['the label service', 'SERVICE wikibase:label'],
    ['geographic extensions', 'wikibase:around'],
    ['an id that is not one', 'not-an-id'],
    ['a lexeme', 'wd:L1'],
  ])('has no %s', (_, fragment) => {
    expect(query).not.toContain(fragment)
  })

  it('keeps language codes that could break out of the string out of the query', () => {
    const sneaky = timelineQuery('Q1', [], ['fi', 'en") || true || ("'])
    expect(sneaky).toContain('IN ("fi")')
    expect(sneaky).not.toContain('true')
  })

  it('asks for English labels when the chain has no usable language', () => {
    expect(timelineQuery('Q1', [], [])).toContain('IN ("en")')
  })

  it('has no label block without ids to label', () => {
    expect(timelineQuery('Q1', [], ['en'])).not.toContain('VALUES ?item')
  })

  it('asks for at most 500 labels', () => {
    const ids = Array.from({ length: 800 }, (_, i) => `Q${i + 1}`)
    const values = /VALUES \?item \{([^}]*)\}/.exec(timelineQuery('Q1', ids, ['en']))?.[1] ?? ''
    expect(values.trim().split(/\s+/)).toHaveLength(500)
  })

  it.each(['P31', 'L1', 'Q0', 'Q1 } . ?x ?y ?z {'])('refuses %s as the topic', (id) => {
    expect(() => timelineQuery(id, [], ['en'])).toThrow()
  })
})

describe('mapTimelineRows', () => {
  const dateRow = (
    item: string,
    time: string,
    precision: string,
    extra: Partial<Record<string, ReturnType<typeof uri> | ReturnType<typeof lit>>> = {},
  ): Row => ({
    item: uri(`${WD}${item}`),
    via: uri('http://www.wikidata.org/prop/direct/P50'),
    dir: lit('in'),
    date: uri('http://www.wikidata.org/prop/P577'),
    time: lit(time, { datatype: 'http://www.w3.org/2001/XMLSchema#dateTime' }),
    precision: lit(precision, { datatype: 'http://www.w3.org/2001/XMLSchema#integer' }),
    calendar: uri(`${WD}Q1985727`),
    rank: uri('http://wikiba.se/ontology#NormalRank'),
    ...extra,
  })

  it('gathers each related item with its relation and dates, and every label', () => {
    const result = mapTimelineRows([
      dateRow('Q10', '1543-01-01T00:00:00Z', '9'),
      dateRow('Q10', '1543-01-01T00:00:00Z', '9'),
      {
        item: uri(`${WD}Q10`),
        via: uri('http://www.wikidata.org/prop/direct/P50'),
        dir: lit('in'),
        label: lit('Abckiria', { lang: 'fi' }),
      },
      { item: uri(`${WD}P577`), label: lit('julkaisuaika', { lang: 'fi' }) },
      { item: uri(`${WD}P577`), label: lit('publication date', { lang: 'en' }) },
    ])
    expect(result.related).toEqual([
      {
        id: 'Q10',
        relation: { property: 'P50', direction: 'in' },
        dates: [
          {
            property: 'P577',
            time: { year: 1543, month: 0, day: 0, precision: 9, calendar: 'gregorian' },
            rank: 'normal',
          },
        ],
      },
    ])
    expect(result.labels).toEqual({
      Q10: { fi: 'Abckiria' },
      P577: { fi: 'julkaisuaika', en: 'publication date' },
    })
    expect(result.truncated).toBe(false)
  })

  it.each([
    [
      'a Julian day, converted back from the Gregorian day the query service gives',
      dateRow('Q1', '1557-04-19T00:00:00Z', '11', { calendar: uri(`${WD}Q1985786`) }),
      { year: 1557, month: 4, day: 9, precision: 11, calendar: 'julian' },
    ],
    [
      'a BCE century from its astronomical year',
      dateRow('Q1', '-1499-01-01T00:00:00Z', '7'),
      { year: -1500, month: 0, day: 0, precision: 7, calendar: 'gregorian' },
    ],
  ])('reads %s', (_, row, time) => {
    expect(mapTimelineRows([row]).related[0]?.dates[0]?.time).toEqual(time)
  })

  it.each([
    ['preferred', 'http://wikiba.se/ontology#PreferredRank'],
    ['deprecated', 'http://wikiba.se/ontology#DeprecatedRank'],
  ])('reads the %s rank', (rank, value) => {
    const row = dateRow('Q1', '1900-01-01T00:00:00Z', '9', { rank: uri(value) })
    expect(mapTimelineRows([row]).related[0]?.dates[0]?.rank).toBe(rank)
  })

  it('reads an item the topic points at', () => {
    const row = dateRow('Q1', '1900-01-01T00:00:00Z', '9', {
      via: uri('http://www.wikidata.org/prop/direct/P800'),
      dir: lit('out'),
    })
    expect(mapTimelineRows([row]).related[0]?.relation).toEqual({
      property: 'P800',
      direction: 'out',
    })
  })

  it.each([
    ['a malformed time', dateRow('Q1', 'yesterday', '9')],
    ['a malformed precision', dateRow('Q1', '1900-01-01T00:00:00Z', 'nine')],
    [
      'a literal where an item should be',
      { ...dateRow('Q1', '1900-01-01T00:00:00Z', '9'), item: lit('Q1') },
    ],
  ])('skips the date of a row with %s', (_, row) => {
    expect(mapTimelineRows([row]).related.flatMap((r) => r.dates)).toEqual([])
  })

  it('gathers the value, bounds and circa of one statement from its rows', () => {
    const statement = { statement: uri('http://www.wikidata.org/entity/statement/Q1-a') }
    const qual = (p: string) => ({ qual: uri(`http://www.wikidata.org/prop/qualifier/${p}`) })
    const result = mapTimelineRows([
      dateRow('Q1', '1500-01-01T00:00:00Z', '7', statement),
      dateRow('Q1', '1480-01-01T00:00:00Z', '9', { ...statement, ...qual('P1319') }),
      dateRow('Q1', '1520-01-01T00:00:00Z', '9', { ...statement, ...qual('P1326') }),
      {
        ...dateRow('Q1', '', ''),
        ...statement,
        qual: lit('circa'),
        time: undefined!,
        precision: undefined!,
      },
    ])
    expect(result.related[0]?.dates).toEqual([
      {
        property: 'P577',
        rank: 'normal',
        time: { year: 1500, month: 0, day: 0, precision: 7, calendar: 'gregorian' },
        earliest: { year: 1480, month: 0, day: 0, precision: 9, calendar: 'gregorian' },
        latest: { year: 1520, month: 0, day: 0, precision: 9, calendar: 'gregorian' },
        circa: true,
      },
    ])
  })

  it('keeps an unknown value (somevalue) that has bounds, and drops one that has none', () => {
    const bounded = { statement: uri('http://www.wikidata.org/entity/statement/Q1-b') }
    const bare = { statement: uri('http://www.wikidata.org/entity/statement/Q2-c') }
    const result = mapTimelineRows([
      dateRow('Q1', '1480-01-01T00:00:00Z', '9', {
        ...bounded,
        qual: uri('http://www.wikidata.org/prop/qualifier/P1319'),
      }),
      { ...dateRow('Q2', '', ''), ...bare, qual: lit('circa') },
    ])
    expect(result.related.find((r) => r.id === 'Q1')?.dates).toEqual([
      {
        property: 'P577',
        rank: 'normal',
        time: null,
        earliest: { year: 1480, month: 0, day: 0, precision: 9, calendar: 'gregorian' },
      },
    ])
    expect(result.related.find((r) => r.id === 'Q2')?.dates).toEqual([])
  })

  it('says when there may be more related items than were asked for', () => {
    const rows = Array.from({ length: RELATED_LIMIT }, (_, i) =>
      dateRow(`Q${i + 1}`, '1900-01-01T00:00:00Z', '9'),
    )
    expect(mapTimelineRows(rows).truncated).toBe(true)
  })
})
