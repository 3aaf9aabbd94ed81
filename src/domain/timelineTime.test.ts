// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  circaMargin,
  dayAt,
  gregorianToJulian,
  julianToGregorian,
  timeSpan,
  wikiTimeFromXsd,
  yearFraction,
} from './timelineTime'
import type { WikiTime } from './wikiTime'

const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727'
const JULIAN = 'http://www.wikidata.org/entity/Q1985786'
const t = (
  year: number,
  precision: number,
  month = 0,
  day = 0,
  calendar: WikiTime['calendar'] = 'gregorian',
): WikiTime => ({ year, month, day, precision, calendar })
const round = (n: number) => Math.round(n * 1e6) / 1e6

describe('timeSpan', () => {
  it.each([
    ['a day', t(1939, 11, 11, 30), yearFraction(1939, 11, 30), yearFraction(1939, 12, 1)],
    ['the last day of a year', t(1999, 11, 12, 31), yearFraction(1999, 12, 31), 2000],
    ['a leap day', t(2000, 11, 2, 29), yearFraction(2000, 2, 29), yearFraction(2000, 3, 1)],
    ['a month', t(1940, 10, 3), yearFraction(1940, 3, 1), yearFraction(1940, 4, 1)],
    ['December', t(1940, 10, 12), yearFraction(1940, 12, 1), 1941],
    ['a year', t(1872, 9), 1872, 1873],
    ['a decade', t(1870, 8), 1870, 1880],
    ['a decade given by a year inside it', t(1876, 8), 1870, 1880],
    ['the first decade (no year 0)', t(5, 8), 1, 10],
    ['a century (19th: 1801–1900)', t(1850, 7), 1801, 1901],
    ['a century given by its last year', t(1900, 7), 1801, 1901],
    ['a century given by its first year', t(1801, 7), 1801, 1901],
    ['the first century', t(1, 7), 1, 101],
    ['a millennium', t(2000, 6), 1001, 2001],
    ['1 BCE as a year (astronomical 0)', t(-1, 9), 0, 1],
    ['79 BCE as a year', t(-79, 9), -78, -77],
    ['a BCE decade (510s BCE: 519–510 BCE)', t(-510, 8), -518, -508],
    ['the decade before the Common Era (9–1 BCE)', t(-5, 8), -8, 1],
    ['a BCE century (15th BCE: 1500–1401 BCE)', t(-1500, 7), -1499, -1399],
    ['the 5th century BCE', t(-500, 7), -499, -399],
    ['a BCE millennium (2nd BCE: 2000–1001 BCE)', t(-2000, 6), -1999, -999],
    ['ten thousand years, centred on the rounded year', t(-12000, 5), -15000, -5000],
    ['a hundred thousand years', t(-300000, 4), -350000, -250000],
    ['a million years', t(-66000000, 3), -66500000, -65500000],
    ['ten million years', t(-66000000, 2), -75000000, -65000000],
    ['a hundred million years', t(-540000000, 1), -550000000, -450000000],
    ['a billion years', t(-13798000000, 0), -14500000000, -13500000000],
    [
      'a day that is not known: the month',
      t(1872, 11, 6, 0),
      yearFraction(1872, 6),
      yearFraction(1872, 7),
    ],
    ['a month that is not known: the year', t(1872, 10, 0, 0), 1872, 1873],
    ['an hour: the day', t(2001, 12, 9, 11), yearFraction(2001, 9, 11), yearFraction(2001, 9, 12)],
  ])('%s', (_, time, start, end) => {
    const span = timeSpan(time)
    expect(round(span.start)).toBe(round(start))
    expect(round(span.end)).toBe(round(end))
  })

  it('places a Julian day on its Gregorian day (9 April 1557 is 19 April)', () => {
    const span = timeSpan(t(1557, 11, 4, 9, 'julian'))
    expect(round(span.start)).toBe(round(yearFraction(1557, 4, 19)))
    expect(round(span.end)).toBe(round(yearFraction(1557, 4, 20)))
  })

  it('moves a Julian year by the days between the calendars', () => {
    const span = timeSpan(t(1510, 9, 0, 0, 'julian'))
    expect(round(span.start)).toBe(round(yearFraction(1510, 1, 11)))
    expect(round(span.end)).toBe(round(yearFraction(1511, 1, 11)))
  })

  it('leaves Julian centuries where they are: their precision is far coarser than the shift', () => {
    expect(timeSpan(t(-2000, 7, 0, 0, 'julian'))).toEqual(timeSpan(t(-2000, 7)))
  })
})

describe('calendars', () => {
  it.each([
    [1582, 10, 5, 1582, 10, 15],
    [1557, 4, 9, 1557, 4, 19],
    [1700, 2, 19, 1700, 3, 1],
    [1918, 1, 31, 1918, 2, 13],
    // 1 January 1 BCE (astronomical 0) in the Julian calendar is 30 December 2 BCE, Gregorian.
    [0, 1, 1, -1, 12, 30],
  ])('Julian %i-%i-%i is Gregorian %i-%i-%i, and back', (y, m, d, gy, gm, gd) => {
    expect(julianToGregorian(y, m, d)).toEqual({ year: gy, month: gm, day: gd })
    expect(gregorianToJulian(gy, gm, gd)).toEqual({ year: y, month: m, day: d })
  })
})

describe('fractional years', () => {
  it.each([
    [1872.0, { year: 1872, month: 1, day: 1 }],
    [yearFraction(1964, 7, 18), { year: 1964, month: 7, day: 18 }],
    [yearFraction(2000, 12, 31), { year: 2000, month: 12, day: 31 }],
    [yearFraction(-500, 3, 1), { year: -500, month: 3, day: 1 }],
  ])('%f falls on %o', (value, day) => {
    expect(dayAt(value)).toEqual(day)
  })
})

describe('wikiTimeFromXsd', () => {
  it.each([
    ['1872-01-01T00:00:00Z', 9, GREGORIAN, t(1872, 9)],
    ['1964-07-18T00:00:00Z', 11, GREGORIAN, t(1964, 11, 7, 18)],
    ['1940-03-01T00:00:00Z', 10, GREGORIAN, t(1940, 10, 3)],
    ['-1499-01-01T00:00:00Z', 7, GREGORIAN, t(-1500, 7)],
    ['0000-01-01T00:00:00Z', 9, GREGORIAN, t(-1, 9)],
    ['1557-04-19T00:00:00Z', 11, JULIAN, t(1557, 11, 4, 9, 'julian')],
    ['1510-01-01T00:00:00Z', 9, JULIAN, t(1510, 9, 0, 0, 'julian')],
    ['-13798000000-01-01T00:00:00Z', 0, GREGORIAN, t(-13798000001, 0)],
  ])('reads %s at precision %i', (value, precision, calendar, expected) => {
    expect(wikiTimeFromXsd(value, precision, calendar)).toEqual(expected)
  })
  it.each([
    ['not a date', 9],
    ['1872-13-01T00:00:00Z', 9],
    ['1872-01-01T00:00:00Z', 15],
    ['1872-01-01T00:00:00Z', Number.NaN],
  ])('rejects %s at precision %s', (value, precision) => {
    expect(wikiTimeFromXsd(value, precision, GREGORIAN)).toBeNull()
  })
})

describe('circaMargin', () => {
  it.each([
    [11, 1 / 12],
    [10, 0.25],
    [9, 5],
    [8, 10],
    [7, 50],
    [6, 250],
    [5, 5000],
  ])('widens precision %i by %f years each side', (precision, margin) => {
    expect(circaMargin(t(1500, precision, 6, 15))).toBe(margin)
  })
})
