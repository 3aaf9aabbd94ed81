// @vitest-environment node
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapEntity, mapEntityResponse, type Entity } from './entity'
import { entityEvents, relatedEvent, type TimelineEvent } from './timeline'
import { describeEvent, describeUnknown, entryTitle, type TextContext } from './timelineText'
import { mediaEvents } from './timelineMedia'
import { englishMessages as msg } from '../../tests/unit/messages'

const demo = (id: string): Entity =>
  mapEntityResponse(
    JSON.parse(readFileSync(path.resolve(process.cwd(), `demo-world/entities/${id}.json`), 'utf8')),
  ).entities[id]!

const labels: TextContext['labels'] = {
  P571: { en: 'inception' },
  P576: { en: 'dissolved, abolished or demolished date' },
  P793: { en: 'significant event' },
  P1435: { en: 'heritage designation', fi: 'suojelustatus' },
  P131: { en: 'located in the administrative territorial entity' },
  P580: { en: 'start time' },
  P582: { en: 'end time' },
  P585: { en: 'point in time' },
  P569: { en: 'date of birth' },
  P570: { en: 'date of death' },
  P577: { en: 'publication date' },
  P50: { en: 'author' },
  P1082: { en: 'population' },
  Q3196: { en: 'fire', fi: 'tulipalo' },
  Q385378: { en: 'construction' },
  Q9259: { en: 'World Heritage Site', fi: 'maailmanperintökohde' },
  Q204382: { en: 'Kouvola' },
  Q999990117: { en: 'Jaala' },
  Q999990109: { en: 'Abckiria' },
}
const ctx = (extra: Partial<TextContext> = {}): TextContext => ({
  labels,
  chain: ['en'],
  uilang: 'en',
  msg,
  ...extra,
})
const texts = (events: TimelineEvent[], c = ctx()) =>
  events.map((e) => {
    const entry = describeEvent(e, c)
    return [entryTitle(entry), entry.when, entry.detail]
  })

describe('describeEvent', () => {
  it("names Verla's events and says when they were, at their precision", () => {
    const verla = demo('Q217447')
    expect(
      texts(entityEvents(verla).events, ctx({ topic: { value: 'Verla', lang: 'en' } })),
    ).toEqual([
      ['Verla', '1872 – July 18, 1964', 'inception – dissolved, abolished or demolished date'],
      ['fire', 'between 1874 and 1876', 'significant event'],
      ['construction', '1882', 'significant event'],
      ['World Heritage Site', 'from 1996', 'heritage designation · start time'],
      [
        'Jaala',
        'until January 1, 2009',
        'located in the administrative territorial entity · end time',
      ],
      [
        'Kouvola',
        'from January 1, 2009',
        'located in the administrative territorial entity · start time',
      ],
    ])
  })

  it('names the kinds of date when the topic has no name to give', () => {
    const [life] = entityEvents(demo('Q215346')).events
    expect(entryTitle(describeEvent(life!, ctx()))).toBe('date of birth – date of death')
  })

  it('writes circa and the Julian calendar, to the year and to the day', () => {
    const [life] = entityEvents(demo('Q215346')).events
    expect(describeEvent(life!, ctx()).when).toBe('c. 1510 (Julian) – April 9, 1557 (Julian)')
  })

  it('writes BCE bounds without a year 0', () => {
    const [inception] = entityEvents(demo('Q999990107')).events
    expect(describeEvent(inception!, ctx()).when).toBe(
      'between 15th century BCE and 5th century BCE',
    )
  })

  it('takes labels along the language chain, and marks their language', () => {
    const fire = entityEvents(demo('Q217447')).events[1]!
    const entry = describeEvent(fire, ctx({ chain: ['fi', 'en'] }))
    expect(entry.title).toEqual({ value: 'tulipalo', lang: 'fi' })
    expect(entry.detail).toBe('significant event')
  })

  it('falls back to the id when no label is known', () => {
    const fire = entityEvents(demo('Q217447')).events[1]!
    const entry = describeEvent(fire, ctx({ labels: {} }))
    expect(entry.title).toBeNull()
    expect(entryTitle(entry)).toBe('Q3196')
    expect(entry.detail).toBe('P793')
  })

  it("names a related item's date and relation", () => {
    const event = relatedEvent({
      id: 'Q999990109',
      relation: { property: 'P50', direction: 'in' },
      dates: [
        {
          property: 'P577',
          time: { year: 1543, month: 0, day: 0, precision: 9, calendar: 'julian' },
          rank: 'normal',
        },
      ],
    })!
    expect(texts([event])).toEqual([['Abckiria', '1543 (Julian)', 'publication date · author']])
  })

  it('names a value that is not an item with its property', () => {
    const entity = mapEntity({
      id: 'Q33',
      type: 'item',
      claims: {
        P1082: [
          {
            id: 'Q33$1',
            rank: 'normal',
            mainsnak: {
              snaktype: 'value',
              property: 'P1082',
              datatype: 'quantity',
              datavalue: { type: 'quantity', value: { amount: '+5503297', unit: '1' } },
            },
            qualifiers: {
              P585: [
                {
                  snaktype: 'value',
                  property: 'P585',
                  datatype: 'time',
                  datavalue: {
                    type: 'time',
                    value: {
                      time: '+2016-12-31T00:00:00Z',
                      precision: 11,
                      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
                    },
                  },
                },
              ],
            },
          },
        ],
      },
    })
    expect(texts(entityEvents(entity).events)).toEqual([
      ['population: 5,503,297', 'December 31, 2016', 'population · point in time'],
    ])
  })

  it('says what is wrong with the dates', () => {
    const entity = mapEntity({
      id: 'Q1',
      type: 'item',
      claims: {
        P580: [
          {
            id: 'Q1$1',
            rank: 'normal',
            mainsnak: {
              snaktype: 'value',
              property: 'P580',
              datatype: 'time',
              datavalue: { type: 'time', value: { time: '+1945-00-00T00:00:00Z', precision: 9 } },
            },
          },
        ],
        P582: [
          {
            id: 'Q1$2',
            rank: 'normal',
            mainsnak: {
              snaktype: 'value',
              property: 'P582',
              datatype: 'time',
              datavalue: { type: 'time', value: { time: '+1939-00-00T00:00:00Z', precision: 9 } },
            },
          },
        ],
      },
    })
    const [event] = entityEvents(entity).events
    expect(describeEvent(event!, ctx()).problems).toEqual(['ends before it starts'])
  })
})

describe('describeUnknown', () => {
  it('names the kind of date, and the value it qualifies', () => {
    expect(
      describeUnknown(
        { key: 'a', property: 'P570', value: null, target: null },
        ctx({ labels: { P570: { en: 'date of death' } } }),
      ),
    ).toBe('date of death')
    expect(
      describeUnknown(
        { key: 'b', property: 'P1435', value: { type: 'entity', id: 'Q9259' }, target: 'Q9259' },
        ctx(),
      ),
    ).toBe('heritage designation: World Heritage Site')
  })
})

describe('media entries', () => {
  it('names a file by its name, without a language, and says what it is', () => {
    const [event] = mediaEvents([
      { title: 'File:Verla drying loft.jpg', name: 'Verla drying loft', dateText: '2021-06-19' },
    ])
    const entry = describeEvent(event!, ctx())
    expect(entry.title).toEqual({ value: 'Verla drying loft', lang: '' })
    expect(entry.detail).toBe('file on Wikimedia Commons')
    expect(entry.when).toBe('June 19, 2021')
  })

  it('counts the files of one date and names the first of them', () => {
    const files = [1, 2, 3, 4].map((n) => ({
      title: `File:P${n}.jpg`,
      name: `P${n}`,
      dateText: '1896',
    }))
    const entry = describeEvent(mediaEvents(files)[0]!, ctx())
    expect(entry.title?.value).toMatch(/4 files\b.* from this date$/)
    expect(entry.detail).toBe('P1, P2, P3, …')
    expect(entry.when).toBe('1896')
  })
})
