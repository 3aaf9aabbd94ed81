// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { formatWikiTime, ordinal, parseWikiTime, timeSortKey } from './wikiTime'
import { englishMessages as msg } from '../../tests/unit/messages'

const gregorian = 'http://www.wikidata.org/entity/Q1985727'
const julian = 'http://www.wikidata.org/entity/Q1985786'
const t = (time: string, precision: number, calendarmodel = gregorian) => ({
  time,
  precision,
  calendarmodel,
})

describe('parseWikiTime', () => {
  it('reads a BCE year as a negative historical year', () => {
    expect(parseWikiTime(t('-0079-00-00T00:00:00Z', 9))).toMatchObject({ year: -79, precision: 9 })
  })
  it('reads the calendar model', () => {
    expect(parseWikiTime(t('+1557-04-09T00:00:00Z', 11, julian))?.calendar).toBe('julian')
  })
  it.each([
    ['not a time', 11],
    ['+1872-00-00', 9],
    ['+1872-00-00T00:00:00Z', 15],
    ['+1872-00-00T00:00:00Z', -1],
  ])('rejects %s at precision %s', (time, precision) => {
    expect(parseWikiTime(t(time, precision))).toBeNull()
  })
  it('rejects values that are not objects', () => {
    expect(parseWikiTime('+1872')).toBeNull()
    expect(parseWikiTime(null)).toBeNull()
  })
})

describe('formatWikiTime', () => {
  it.each([
    ['+1872-00-00T00:00:00Z', 9, gregorian, '1872'],
    ['+1872-00-00T00:00:00Z', 8, gregorian, '1870s'],
    ['+1850-00-00T00:00:00Z', 7, gregorian, '19th century'],
    ['+1801-00-00T00:00:00Z', 7, gregorian, '19th century'],
    ['+1900-00-00T00:00:00Z', 7, gregorian, '19th century'],
    ['+2000-00-00T00:00:00Z', 6, gregorian, '2nd millennium'],
    ['-0079-00-00T00:00:00Z', 9, gregorian, '79 BCE'],
    ['-1500-00-00T00:00:00Z', 7, gregorian, '15th century BCE'],
    ['-0001-00-00T00:00:00Z', 9, gregorian, '1 BCE'],
    ['+1940-03-00T00:00:00Z', 10, gregorian, 'March 1940'],
    ['+1939-11-30T00:00:00Z', 11, gregorian, 'November 30, 1939'],
    ['+1557-04-09T00:00:00Z', 11, julian, 'April 9, 1557 (Julian)'],
    ['+1510-00-00T00:00:00Z', 9, julian, '1510'],
    ['-13798000000-00-00T00:00:00Z', 3, gregorian, '13.8 billion years ago'],
  ])('shows %s at precision %s as %s', (time, precision, model, expected) => {
    const parsed = parseWikiTime(t(time, precision, model))
    expect(parsed).not.toBeNull()
    expect(formatWikiTime(parsed!, 'en', msg)).toBe(expected)
  })
  it('falls back to the year when the day is unknown at day precision', () => {
    expect(formatWikiTime(parseWikiTime(t('+1872-00-00T00:00:00Z', 11))!, 'en', msg)).toBe('1872')
  })
  it('writes dates in the given language', () => {
    expect(formatWikiTime(parseWikiTime(t('+1939-11-30T00:00:00Z', 11))!, 'fi', msg)).toBe(
      '30. marraskuuta 1939',
    )
  })
})

describe('ordinal', () => {
  it.each([
    [1, 'en', '1st'],
    [2, 'en', '2nd'],
    [3, 'en', '3rd'],
    [11, 'en', '11th'],
    [21, 'en', '21st'],
    [19, 'fi', '19.'],
    [1, 'sv', '1:a'],
    [11, 'sv', '11:e'],
    [19, 'sv', '19:e'],
  ])('writes %s in %s as %s', (n, lang, expected) => {
    expect(ordinal(n, lang)).toBe(expected)
  })
})

describe('timeSortKey', () => {
  it('orders BCE before CE and months within a year', () => {
    const keys = [
      '-0079-00-00T00:00:00Z',
      '+0001-00-00T00:00:00Z',
      '+1939-11-30T00:00:00Z',
      '+1939-12-01T00:00:00Z',
    ].map((time) => timeSortKey(parseWikiTime(t(time, 11))!))
    expect([...keys].sort((a, b) => a - b)).toEqual(keys)
  })
})
