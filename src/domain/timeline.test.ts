// @vitest-environment node
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapEntity, mapEntityResponse, type Entity } from './entity'
import {
  entityEvents,
  labelIds,
  relatedEvent,
  relatedEvents,
  type RelatedItem,
  type TimelineEvent,
} from './timeline'
import { hasTimelineDates } from './timelineApplies'
import { yearFraction } from './timelineTime'
import type { WikiTime } from './wikiTime'

const demo = (id: string): Entity => {
  const body: unknown = JSON.parse(
    readFileSync(path.resolve(process.cwd(), `demo-world/entities/${id}.json`), 'utf8'),
  )
  const entity = mapEntityResponse(body).entities[id]
  if (!entity) throw new Error(`no ${id} in the demo world`)
  return entity
}

const time = (value: string, precision: number, calendar = 'Q1985727') => ({
  type: 'time',
  value: {
    time: value,
    precision,
    calendarmodel: `http://www.wikidata.org/entity/${calendar}`,
    timezone: 0,
    before: 0,
    after: 0,
  },
})
const itemValue = (id: string) => ({
  type: 'wikibase-entityid',
  value: { 'entity-type': 'item', id },
})
const snak = (property: string, datatype: string, datavalue: unknown) => ({
  snaktype: 'value',
  property,
  datatype,
  datavalue,
})
const date = (property: string, value: string, precision = 11, calendar?: string) =>
  snak(property, 'time', time(value, precision, calendar))
const somevalue = (property: string, datatype = 'time') => ({
  snaktype: 'somevalue',
  property,
  datatype,
})
let n = 0
const claim = (mainsnak: object, qualifiers: Record<string, object[]> = {}, rank = 'normal') => ({
  id: `Q1$${(n += 1)}`,
  mainsnak,
  rank,
  qualifiers,
})
const entity = (claims: Record<string, object[]>): Entity =>
  mapEntity({ id: 'Q1', type: 'item', labels: {}, claims })

const only = (events: TimelineEvent[], property: string) =>
  events.filter((e) => e.property === property)
const round = (x: number) => Math.round(x * 1000) / 1000

describe('entityEvents on the demo world', () => {
  it("draws Verla's years as a mill as a period, its events and designations from their qualifiers", () => {
    const { events, unknown } = entityEvents(demo('Q217447'))
    expect(unknown).toEqual([])
    const summary = events.map((e) => [e.source, e.property, e.target, e.shape, e.open])
    expect(summary).toEqual([
      ['date', 'P571', null, 'period', null],
      ['event', 'P793', 'Q3196', 'range', null],
      ['event', 'P793', 'Q385378', 'point', null],
      ['qualifier', 'P1435', 'Q9259', 'point', 'end'],
      ['qualifier', 'P131', 'Q999990117', 'point', 'start'],
      ['qualifier', 'P131', 'Q204382', 'point', 'end'],
    ])
    const [mill, fire] = events
    expect(mill?.dateProperties).toEqual(['P571', 'P576'])
    expect(mill?.core).toEqual({ start: 1872, end: yearFraction(1964, 7, 19) })
    expect(mill?.inner).toEqual({ start: 1873, end: yearFraction(1964, 7, 18) })
    // The fire is only known to be between 1874 and 1876: a hatched range, no core.
    expect(fire?.core).toBeNull()
    expect(fire?.extent).toEqual({ start: 1874, end: 1877 })
    expect(fire?.uncertain).toBe(true)
  })

  it("draws Agricola's life from c. 1510 to 9 April 1557 (Julian) with an uncertain start", () => {
    const [life] = entityEvents(demo('Q215346')).events
    expect(life?.shape).toBe('period')
    expect(life?.start?.circa).toBe(true)
    expect(life?.julian).toBe(true)
    expect(life?.uncertain).toBe(true)
    // c. 1510 widens by five years each side; the Julian year starts ten days late.
    expect(round(life!.extent.start)).toBe(round(yearFraction(1505, 1, 11) - 0))
    expect(round(life!.extent.end)).toBe(round(yearFraction(1557, 4, 20)))
  })

  it('draws Sammallahdenmäki, of unknown inception, between its earliest and latest BCE dates', () => {
    const { events, unknown } = entityEvents(demo('Q999990107'))
    const inception = only(events, 'P571')[0]
    expect(unknown).toEqual([])
    expect(inception?.shape).toBe('range')
    expect(inception?.start?.at).toBeNull()
    // 15th century BCE (1500–1401 BCE) to 5th century BCE (500–401 BCE).
    expect(inception?.extent).toEqual({ start: -1499, end: -399 })
    expect(only(events, 'P1435')[0]?.open).toBe('end')
  })

  it("lists a related topic's date only once when it is also an event of the topic", () => {
    const own = entityEvents(demo('Q217447'))
    const items: RelatedItem[] = [
      { id: 'Q3196', relation: { property: 'P793', direction: 'out' }, dates: [] },
      { id: 'Q217447', relation: { property: 'P361', direction: 'in' }, dates: [] },
    ]
    expect(relatedEvents(items, own, 'Q217447')).toEqual([])
  })
})

describe('entityEvents on bad and unusual input', () => {
  it('lists a date whose value is unknown, and draws nothing for it', () => {
    const { events, unknown } = entityEvents(entity({ P570: [claim(somevalue('P570'))] }))
    expect(events).toEqual([])
    expect(unknown.map((u) => u.property)).toEqual(['P570'])
  })

  it('lists a qualifier date whose value is unknown', () => {
    const { events, unknown } = entityEvents(
      entity({
        P39: [
          claim(snak('P39', 'wikibase-item', itemValue('Q29182')), {
            P580: [somevalue('P580')],
          }),
        ],
      }),
    )
    expect(events).toEqual([])
    expect(unknown).toEqual([expect.objectContaining({ property: 'P39', target: 'Q29182' })])
  })

  it('marks a period that ends before it starts, and draws it from the earlier to the later', () => {
    const [war] = entityEvents(
      entity({
        P580: [claim(date('P580', '+1945-09-02T00:00:00Z'))],
        P582: [claim(date('P582', '+1939-09-01T00:00:00Z'))],
      }),
    ).events
    expect(war?.problem).toBe('end-before-start')
    expect(war?.inner).toBeNull()
    expect(war?.core?.start).toBe(yearFraction(1939, 9, 1))
    expect(war?.core?.end).toBe(yearFraction(1945, 9, 3))
  })

  it.each([
    ['before 10,000 BCE', '-13798000000-00-00T00:00:00Z', 3],
    ['before 10,000 BCE, to the year', '-12000-00-00T00:00:00Z', 9],
    ['far in the future', '+5000000000-00-00T00:00:00Z', 0],
    ['after the year 3000', '+3001-00-00T00:00:00Z', 9],
  ])('marks a date %s as out of range', (_, value, precision) => {
    const [event] = entityEvents(entity({ P571: [claim(date('P571', value, precision))] })).events
    expect(event?.problem).toBe('out-of-range')
  })

  it('keeps a date just inside the range', () => {
    const [event] = entityEvents(
      entity({ P571: [claim(date('P571', '-10000-00-00T00:00:00Z', 9))] }),
    ).events
    expect(event?.problem).toBeNull()
  })

  it('marks Julian dates of a year or finer, and not the Gregorian ones beside them', () => {
    const { events } = entityEvents(
      entity({
        P569: [claim(date('P569', '+1557-04-09T00:00:00Z', 11, 'Q1985786'))],
        P577: [
          claim(date('P577', '+1600-00-00T00:00:00Z', 7, 'Q1985786')),
          claim(date('P577', '+1835-02-28T00:00:00Z', 11)),
        ],
      }),
    )
    expect(events.map((e) => [e.property, Math.floor(e.extent.start), e.julian])).toEqual([
      ['P577', 1501, false],
      ['P569', 1557, true],
      ['P577', 1835, false],
    ])
  })

  it('gives every value of a date property its own point (two publication dates)', () => {
    const { events } = entityEvents(
      entity({
        P577: [
          claim(date('P577', '+1849-00-00T00:00:00Z', 9)),
          claim(date('P577', '+1835-00-00T00:00:00Z', 9)),
        ],
      }),
    )
    expect(events.map((e) => e.extent)).toEqual([
      { start: 1835, end: 1836 },
      { start: 1849, end: 1850 },
    ])
  })

  it('shows the former value of a statement with its dates beside the preferred current one', () => {
    const { events } = entityEvents(demo('Q217447'))
    expect(only(events, 'P131').map((e) => [e.target, e.open])).toEqual([
      ['Q999990117', 'start'],
      ['Q204382', 'end'],
    ])
  })

  it('uses preferred statements over normal ones, and never deprecated ones', () => {
    const { events } = entityEvents(
      entity({
        P571: [
          claim(date('P571', '+1870-00-00T00:00:00Z', 9), {}, 'deprecated'),
          claim(date('P571', '+1871-00-00T00:00:00Z', 9), {}, 'normal'),
          claim(date('P571', '+1872-00-00T00:00:00Z', 9), {}, 'preferred'),
        ],
      }),
    )
    expect(events.map((e) => e.extent.start)).toEqual([1872])
  })

  it('draws a statement with a point-in-time qualifier as a point with its value', () => {
    const { events } = entityEvents(
      entity({
        P1082: [
          claim(
            snak('P1082', 'quantity', {
              type: 'quantity',
              value: { amount: '+5541241', unit: '1' },
            }),
            { P585: [date('P585', '+2021-12-31T00:00:00Z')] },
          ),
        ],
      }),
    )
    expect(events).toHaveLength(1)
    expect(events[0]?.value).toMatchObject({ type: 'quantity', amount: 5541241 })
    expect(events[0]?.source).toBe('qualifier')
  })

  it('has no events for an entity without dates', () => {
    const none = entity({ P31: [claim(snak('P31', 'wikibase-item', itemValue('Q5')))] })
    expect(entityEvents(none)).toEqual({ events: [], unknown: [] })
  })
})

describe('hasTimelineDates', () => {
  it.each([
    ['Verla', demo('Q217447'), true],
    ['Agricola', demo('Q215346'), true],
    ['Sammallahdenmäki (unknown inception with bounds)', demo('Q999990107'), true],
    ['sauna culture (only a dated qualifier)', demo('Q999990106'), true],
    ['a class without dates (human)', demo('Q5'), false],
    ['only an unknown date', entity({ P570: [claim(somevalue('P570'))] }), true],
    [
      'only a deprecated date',
      entity({ P571: [claim(date('P571', '+1872-00-00T00:00:00Z', 9), {}, 'deprecated')] }),
      false,
    ],
  ])('%s: %s', (_, value, expected) => {
    expect(hasTimelineDates(value)).toBe(expected)
  })
})

const wt = (year: number, precision = 9, month = 0, day = 0): WikiTime => ({
  year,
  month,
  day,
  precision,
  calendar: 'gregorian',
})
const related = (dates: RelatedItem['dates']): RelatedItem => ({
  id: 'Q9',
  relation: { property: 'P50', direction: 'in' },
  dates,
})

describe('relatedEvent', () => {
  it.each([
    [
      'a life as a period',
      [
        { property: 'P569', time: wt(1802, 11, 4, 9), rank: 'normal' as const },
        { property: 'P570', time: wt(1884, 11, 3, 19), rank: 'normal' as const },
      ],
      ['period', ['P569', 'P570'], 1802],
    ],
    [
      'the earliest of two publications',
      [
        { property: 'P577', time: wt(1849), rank: 'normal' as const },
        { property: 'P577', time: wt(1835), rank: 'normal' as const },
      ],
      ['point', ['P577'], 1835],
    ],
    [
      'a publication before an inception',
      [
        { property: 'P571', time: wt(1890), rank: 'normal' as const },
        { property: 'P577', time: wt(1896), rank: 'normal' as const },
      ],
      ['point', ['P577'], 1896],
    ],
    [
      'the preferred value, never a deprecated one',
      [
        { property: 'P577', time: wt(1800), rank: 'deprecated' as const },
        { property: 'P577', time: wt(1820), rank: 'normal' as const },
        { property: 'P577', time: wt(1830), rank: 'preferred' as const },
      ],
      ['point', ['P577'], 1830],
    ],
    [
      'only an end',
      [{ property: 'P576', time: wt(2009, 11, 1, 1), rank: 'normal' as const }],
      ['point', ['P576'], 2009],
    ],
  ])('%s', (_, dates, [shape, properties, start]) => {
    const event = relatedEvent(related(dates))
    expect(event?.shape).toBe(shape)
    expect(event?.dateProperties).toEqual(properties)
    expect(Math.floor(event!.extent.start)).toBe(start)
    expect(event?.lane).toBe('related')
    expect(event?.target).toBe('Q9')
  })

  it('has no event for an item without dates', () => {
    expect(relatedEvent(related([]))).toBeNull()
  })

  it('draws a circa publication as an uncertain range wider than its year', () => {
    const event = relatedEvent(
      related([{ property: 'P577', time: wt(1543), rank: 'normal', circa: true }]),
    )!
    expect(event.uncertain).toBe(true)
    expect(event.shape).toBe('point')
    expect(event.core).toEqual({ start: 1543, end: 1544 })
    expect(event.extent.start).toBeLessThan(1543)
    expect(event.extent.end).toBeGreaterThan(1544)
  })

  it('draws a date known only between its earliest and latest as a range', () => {
    const event = relatedEvent(
      related([
        { property: 'P571', time: null, rank: 'normal', earliest: wt(1100), latest: wt(1300) },
      ]),
    )!
    expect(event.shape).toBe('range')
    expect(event.uncertain).toBe(true)
    expect(event.core).toBeNull()
    expect(event.extent).toEqual({ start: 1100, end: 1301 })
  })

  it('uses the bounds of a life whose birth is known only roughly', () => {
    const event = relatedEvent(
      related([
        { property: 'P569', time: wt(1510), rank: 'normal', circa: true },
        { property: 'P570', time: wt(1557, 11, 4, 9), rank: 'normal' },
      ]),
    )!
    expect(event.shape).toBe('period')
    expect(event.uncertain).toBe(true)
    expect(event.extent.start).toBeLessThan(1510)
  })

  it('skips an unknown date without bounds and uses the next one', () => {
    const event = relatedEvent(
      related([
        { property: 'P577', time: null, rank: 'preferred' },
        { property: 'P571', time: wt(1890), rank: 'normal' },
      ]),
    )!
    expect(event.dateProperties).toEqual(['P571'])
  })
})

describe('labelIds', () => {
  it('asks for the properties, events and values that the topic’s events name', () => {
    expect(labelIds(entityEvents(demo('Q217447'))).sort()).toEqual(
      [
        'P131',
        'P1435',
        'P571',
        'P576',
        'P580',
        'P582',
        'P585',
        'P793',
        'Q204382',
        'Q3196',
        'Q385378',
        'Q9259',
        'Q999990117',
        'P1319',
        'P1326',
      ].sort(),
    )
  })
})
