// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { formatTimelineRange, parseTimelineRange, sameRange } from './timelineUrl'

describe('parseTimelineRange', () => {
  it.each([
    ['1860..1975', { start: 1860, end: 1975 }],
    ['1939.91..1940.2', { start: 1939.91, end: 1940.2 }],
    ['-1500..-400', { start: -1500, end: -400 }],
    [['1860..1975', '1..2'], { start: 1860, end: 1975 }],
  ])('reads %s', (value, span) => {
    expect(parseTimelineRange(value)).toEqual(span)
  })
  it.each([
    [undefined],
    [null],
    [''],
    ['1975..1860'],
    ['1860..1860'],
    ['1860-1975'],
    ['1860..'],
    ['abc..def'],
    ['-20000..-15000'],
    ['4000..5000'],
    ['1e3..2e3'],
  ])('ignores %s', (value) => {
    expect(parseTimelineRange(value)).toBeNull()
  })
})

describe('formatTimelineRange', () => {
  it.each([
    [{ start: 1860.123, end: 1975.9 }, '1860.1..1975.9'],
    [{ start: 1939.91234, end: 1940.2 }, '1939.9123..1940.2'],
    [{ start: -9999, end: 2100 }, '-9999..2100'],
    [{ start: -1499.4, end: -399.6 }, '-1499..-400'],
    [{ start: -0.2, end: 0.3 }, '-0.2..0.3'],
    [{ start: 1939.91, end: 1939.92 }, '1939.91..1939.92'],
  ])('writes %o as %s', (span, text) => {
    expect(formatTimelineRange(span)).toBe(text)
  })
  it('writes what it reads back the same to a thousandth of the width', () => {
    for (const span of [
      { start: 1860.123, end: 1975.9 },
      { start: -9999, end: 2100 },
      { start: 1939.9, end: 1939.92 },
    ]) {
      expect(sameRange(parseTimelineRange(formatTimelineRange(span))!, span)).toBe(true)
    }
  })
})
