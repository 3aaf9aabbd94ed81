// @vitest-environment node
// Every Wikibase time value in the real responses of ../shared/fixtures/real/entities/ through the
// timeline's time handling: the span it stands for (as long as its precision says, BCE without a
// year 0, Julian moved to Gregorian days), its label, and the trip through the query service's
// xsd:dateTime (as the double writes it) back to the same value.
import { describe, expect, it } from 'vitest'
import { filesIn, findTimeValues, loadFixture, reportWhenSkipped } from '../conformance/fixtures'
import { xsdDateTime } from '../double/rdf-terms'
import { formatWikiTime, parseWikiTime, type WikiTime } from '../../src/domain/wikiTime'
import {
  astronomical,
  effectivePrecision,
  timeSpan,
  wikiTimeFromXsd,
  yearFraction,
} from '../../src/domain/timelineTime'
import { formatTime } from '../../src/domain/timelineText'
import { englishMessages as msg } from './messages'

reportWhenSkipped()

interface Found {
  file: string
  path: string
  raw: { time: string; precision: number; calendarmodel: string }
  time: WikiTime
}

const found: Found[] = filesIn('entities').flatMap((file) => {
  const loaded = loadFixture(file)
  if (loaded.kind === 'text') return []
  return findTimeValues(loaded.body).flatMap(({ path, value }) => {
    const time = parseWikiTime(value)
    const raw = value as Found['raw']
    return time ? [{ file, path, raw, time }] : []
  })
})

/** How long a span must be, in years, at a precision (a range where months and leap years vary). */
function expectedLength(time: WikiTime): [number, number] {
  const p = effectivePrecision(time)
  if (p === 11) return [1 / 366 - 1e-9, 1 / 365 + 1e-9]
  if (p === 10) return [28 / 366 - 1e-9, 31 / 365 + 1e-9]
  if (p === 9) return [1 - 1e-9 - 0.001, 1 + 0.001]
  if (p === 8) return Math.abs(time.year) < 10 ? [9, 9] : [10, 10]
  if (p === 7) return [100, 100]
  if (p === 6) return [1000, 1000]
  return [10 ** (9 - p), 10 ** (9 - p)]
}

const ctx = { labels: {}, chain: ['en'], uilang: 'en', msg }

describe('time values of the real entity responses on the timeline', () => {
  it('finds time values of every kind the timeline must read', () => {
    if (!found.length) return
    const precisions = new Set(found.map((f) => f.time.precision))
    for (const p of [6, 7, 9, 10, 11]) expect(precisions.has(p), `precision ${p}`).toBe(true)
    expect(found.some((f) => f.time.year < 0)).toBe(true)
    expect(found.some((f) => f.time.calendar === 'julian')).toBe(true)
    expect(found.length).toBeGreaterThan(1000)
  })

  const files = [...new Set(found.map((f) => f.file))]
  it.each(files)('%s: every time value becomes a span of its precision', (file) => {
    for (const f of found.filter((x) => x.file === file)) {
      const where = `${f.path} ${f.raw.time}/${f.raw.precision}`
      const span = timeSpan(f.time)
      const [min, max] = expectedLength(f.time)
      expect.soft(span.end - span.start, where).toBeGreaterThanOrEqual(min - 1e-9)
      expect.soft(span.end - span.start, where).toBeLessThanOrEqual(max + 1e-9)
      const p = effectivePrecision(f.time)
      if (p >= 9) {
        // The stated year (and month, and day) is inside the span, on the Gregorian axis.
        const year = astronomical(f.time.year)
        const month = p >= 10 ? f.time.month : 1
        const day = p >= 11 ? f.time.day : 1
        const position = yearFraction(year, month, day)
        const shift = f.time.calendar === 'julian' ? 0.1 : 0
        expect.soft(position, where).toBeGreaterThanOrEqual(span.start - shift - 1e-9)
        expect.soft(position, where).toBeLessThan(span.end + 1e-9)
      }
      if (f.time.year < 0) expect.soft(span.end, where).toBeLessThanOrEqual(1)
      else expect.soft(span.start, where).toBeGreaterThanOrEqual(1)
    }
  })

  it.each(files)('%s: every time value has a label without a year 0', (file) => {
    for (const f of found.filter((x) => x.file === file)) {
      const label = formatTime(f.time, ctx)
      const where = `${f.path} ${f.raw.time}/${f.raw.precision}: ${label}`
      expect.soft(label, where).not.toMatch(/(^|\D)0 BCE/)
      expect.soft(label.includes('BCE'), where).toBe(f.time.year < 0)
      const julianShown = f.time.calendar === 'julian' && effectivePrecision(f.time) >= 9
      expect.soft(label.includes('(Julian)'), where).toBe(julianShown)
      expect.soft(formatWikiTime(f.time, 'en', msg).length, where).toBeGreaterThan(0)
    }
  })

  it.each(files)('%s: every time value comes back the same from the query service', (file) => {
    for (const f of found.filter((x) => x.file === file)) {
      const xsd = xsdDateTime(f.raw.time, f.raw.precision, f.raw.calendarmodel ?? '')
      const where = `${f.path} ${f.raw.time}/${f.raw.precision} as ${xsd}`
      expect(xsd, where).toBeDefined()
      const back = wikiTimeFromXsd(xsd!, f.raw.precision, f.raw.calendarmodel ?? '')
      const p = effectivePrecision(f.time)
      expect.soft(back?.year, where).toBe(f.time.year)
      expect.soft(back?.calendar, where).toBe(f.time.calendar)
      if (p >= 10) expect.soft(back?.month, where).toBe(f.time.month)
      if (p >= 11) expect.soft(back?.day, where).toBe(f.time.day)
      if (back) expect.soft(timeSpan(back), where).toEqual(timeSpan(f.time))
    }
  })
})
