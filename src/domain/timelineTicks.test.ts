// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { TICK_SPACING, tickStep, timelineTicks } from './timelineTicks'
import { yearFraction } from './timelineTime'
import { formatWikiTime } from './wikiTime'
import { englishMessages as msg } from '../../tests/unit/messages'

const labels = (from: number, to: number, width: number) =>
  timelineTicks(from, to, width).map((t) => formatWikiTime(t.time, 'en', msg))

describe('tickStep', () => {
  it.each([
    [-9999, 2100, 1000, { unit: 'years', step: 2000 }],
    [-1600, -300, 1000, { unit: 'years', step: 200 }],
    [-1600, -300, 1300, { unit: 'years', step: 100 }],
    [1500, 1560, 1000, { unit: 'years', step: 5 }],
    [1860, 1970, 1000, { unit: 'years', step: 10 }],
    [1860, 1970, 320, { unit: 'years', step: 50 }],
    [1939, 1945, 1000, { unit: 'years', step: 1 }],
    [1939, 1940, 1000, { unit: 'months', step: 3 }],
    [1939.9, 1940.3, 1000, { unit: 'months', step: 1 }],
    [1939.9, 1939.99, 1000, { unit: 'days', step: 7 }],
    [1939.9, 1939.92, 1000, { unit: 'days', step: 2 }],
    [1939.9, 1939.92, 1200, { unit: 'days', step: 1 }],
  ])('from %f to %f over %ipx: %o', (from, to, width, step) => {
    expect(tickStep(from, to, width)).toEqual(step)
  })
})

describe('timelineTicks', () => {
  it.each([
    [
      1860,
      1970,
      1000,
      [
        '1860',
        '1870',
        '1880',
        '1890',
        '1900',
        '1910',
        '1920',
        '1930',
        '1940',
        '1950',
        '1960',
        '1970',
      ],
    ],
    [-1600, -1150, 500, ['1600 BCE', '1500 BCE', '1400 BCE', '1300 BCE', '1200 BCE']],
    [-9999, 2100, 1000, ['10000 BCE', '8000 BCE', '6000 BCE', '4000 BCE', '2000 BCE', '2000']],
    [-3, 3.5, 600, ['4 BCE', '2 BCE', '2']],
    [-3, 3.5, 1000, ['4 BCE', '3 BCE', '2 BCE', '1 BCE', '1', '2', '3']],
    [-250, 250, 500, ['200 BCE', '100 BCE', '100', '200']],
    [
      1939,
      1940.01,
      1000,
      ['January 1939', 'April 1939', 'July 1939', 'October 1939', 'January 1940'],
    ],
    [
      yearFraction(1939, 11, 25),
      yearFraction(1939, 12, 25),
      1000,
      ['December 1, 1939', 'December 8, 1939', 'December 15, 1939', 'December 22, 1939'],
    ],
  ])('from %f to %f over %ipx', (from, to, width, expected) => {
    expect(labels(from, to, width)).toEqual(expected)
  })

  it('puts BCE year ticks at the start of their historical year (100 BCE is astronomical −99)', () => {
    const ticks = timelineTicks(-250, 250, 500)
    expect(ticks.map((t) => t.value)).toEqual([-199, -99, 100, 200])
  })

  it.each([
    [-9999, 3000],
    [-1600, -300],
    [1500, 1560],
    [1939, 1945],
    [1939.9, 1940.3],
    [1939.9, 1939.99],
    [1939.9, 1939.92],
    [-5000.5, -4999.9],
  ])('keeps ticks from %f to %f apart enough for their labels, at every width', (from, to) => {
    for (const width of [300, 640, 1000, 1800]) {
      const ticks = timelineTicks(from, to, width)
      const step = tickStep(from, to, width)
      const spacing = TICK_SPACING[step.unit === 'years' && from < 1 ? 'bceYears' : step.unit]
      const px = ticks.map((t) => ((t.value - from) / (to - from)) * width)
      for (let i = 1; i < px.length; i++)
        expect(px[i]! - px[i - 1]!, `${width}px tick ${i}`).toBeGreaterThanOrEqual(spacing - 1)
      for (const t of ticks) {
        expect(t.value).toBeGreaterThanOrEqual(from)
        expect(t.value).toBeLessThanOrEqual(to)
      }
    }
  })

  it('gives no ticks for an empty range or width', () => {
    expect(timelineTicks(1900, 1900, 1000)).toEqual([])
    expect(timelineTicks(1900, 2000, 0)).toEqual([])
  })
})
