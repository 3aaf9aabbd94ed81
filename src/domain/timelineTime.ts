/**
 * Time on the timeline: a Wikibase time becomes the span of time it stands for, in fractional
 * astronomical years on the proleptic Gregorian calendar (1 BCE is year 0, `1872.5` is mid-1872).
 * JavaScript dates cannot hold years before -271821 and d3-time reads BCE poorly, so the timeline
 * measures in plain numbers and converts here.
 */
import { JULIAN, type WikiTime } from './wikiTime'

/** A stretch of time, `[start, end)`, in fractional astronomical years. */
export interface Span {
  start: number
  end: number
}

/** The earliest drawn time: the start of 10,000 BCE. Older dates are listed, not drawn. */
export const TIMELINE_MIN = -9999
/** The latest drawn time: the start of the year 3000. Later dates are listed, not drawn. */
export const TIMELINE_MAX = 3000

const mod = (n: number, m: number) => ((n % m) + m) % m

/** True for a leap year of the proleptic Gregorian calendar (astronomical year). */
export function isLeapYear(year: number): boolean {
  return mod(year, 4) === 0 && (mod(year, 100) !== 0 || mod(year, 400) === 0)
}

const monthStarts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]

/** Days in a Gregorian month (1–12) of an astronomical year. */
export function daysInMonth(year: number, month: number): number {
  const days = (monthStarts[month] ?? 365) - (monthStarts[month - 1] ?? 334)
  return month === 2 && isLeapYear(year) ? 29 : days
}

function dayOfYear(year: number, month: number, day: number): number {
  return (monthStarts[month - 1] ?? 0) + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1
}

/** The fractional year at the start of a Gregorian day (astronomical year, month 1–12). */
export function yearFraction(year: number, month = 1, day = 1): number {
  const length = isLeapYear(year) ? 366 : 365
  return year + dayOfYear(year, month, day) / length
}

/** The Gregorian day a fractional year falls in: `{ year, month, day }` (astronomical year). */
export function dayAt(value: number): { year: number; month: number; day: number } {
  const year = Math.floor(value)
  const length = isLeapYear(year) ? 366 : 365
  // A hair of tolerance: a day's own start must not round down into the day before.
  let rest = Math.min(length - 1, Math.floor((value - year) * length + 1e-7))
  let month = 1
  while (month < 12 && rest >= daysInMonth(year, month)) {
    rest -= daysInMonth(year, month)
    month += 1
  }
  return { year, month, day: rest + 1 }
}

/** The Julian day number of a Julian-calendar date (astronomical year). */
function julianDayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083
}

/** A Julian-calendar date as the proleptic Gregorian date of the same day (astronomical years). */
export function julianToGregorian(
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } {
  const b = julianDayNumber(year, month, day) + 32044
  const c = Math.floor((4 * b + 3) / 146097)
  const d = b - Math.floor((146097 * c) / 4)
  const e = Math.floor((4 * d + 3) / 1461)
  const f = d - Math.floor((1461 * e) / 4)
  const g = Math.floor((5 * f + 2) / 153)
  return {
    year: 100 * c + e - 4800 + Math.floor(g / 10),
    month: g + 3 - 12 * Math.floor(g / 10),
    day: f - Math.floor((153 * g + 2) / 5) + 1,
  }
}

/** A proleptic Gregorian date as the Julian-calendar date of the same day (astronomical years). */
export function gregorianToJulian(
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } {
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  const jdn =
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  const c = jdn + 32082
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const n = Math.floor((5 * e + 2) / 153)
  return {
    year: d - 4800 + Math.floor(n / 10),
    month: n + 3 - 12 * Math.floor(n / 10),
    day: e - Math.floor((153 * n + 2) / 5) + 1,
  }
}

/** A historical year (no year 0) as an astronomical one (1 BCE is 0). */
export const astronomical = (year: number) => (year < 0 ? year + 1 : year)
/** An astronomical year as a historical one. */
export const historical = (year: number) => (year <= 0 ? year - 1 : year)

/** The precision actually usable: a day or month that is 0 ("not known") drops to what is known. */
export function effectivePrecision(time: WikiTime): number {
  let p = Math.min(time.precision, 11)
  if (p === 11 && (time.day < 1 || time.month < 1)) p = 10
  if (p === 10 && time.month < 1) p = 9
  return p
}

// Where a calendar day stands on the axis: Julian days move to their Gregorian place. Above a
// year of precision the ten or so days between the calendars are below what the value says.
function dayPosition(year: number, month: number, day: number, julian: boolean): number {
  const safeMonth = Math.min(12, Math.max(1, month))
  const safeDay = Math.min(daysInMonth(year, safeMonth), Math.max(1, day))
  // The day-number arithmetic holds from 4713 BCE on; older dates are far coarser than days.
  if (!julian || year < -4712) return yearFraction(year, safeMonth, safeDay)
  const g = julianToGregorian(year, safeMonth, safeDay)
  return yearFraction(g.year, g.month, g.day)
}

/**
 * The span a time stands for, at its precision: a day, a month, a year, a decade (`1870s` is
 * 1870–1879), a century (the 19th is 1801–1900), a millennium; coarser values are centred on
 * their rounded year, ± half a step. BCE years have no year 0; Julian dates of a year or finer
 * are moved to their Gregorian days.
 */
export function timeSpan(time: WikiTime): Span {
  const p = effectivePrecision(time)
  const julian = time.calendar === 'julian'
  const abs = Math.abs(time.year)
  const bce = time.year < 0
  if (p >= 9) {
    const year = astronomical(time.year)
    if (p === 9) {
      return {
        start: dayPosition(year, 1, 1, julian),
        end: dayPosition(year + 1, 1, 1, julian),
      }
    }
    if (p === 10) {
      const next = time.month === 12 ? [year + 1, 1] : [year, time.month + 1]
      return {
        start: dayPosition(year, time.month, 1, julian),
        end: dayPosition(next[0] ?? year, next[1] ?? 1, 1, julian),
      }
    }
    const start = dayPosition(year, time.month, time.day, julian)
    const last = time.day >= daysInMonth(year, Math.min(12, Math.max(1, time.month)))
    const nextDay = last
      ? time.month >= 12
        ? dayPosition(year + 1, 1, 1, julian)
        : dayPosition(year, time.month + 1, 1, julian)
      : dayPosition(year, time.month, time.day + 1, julian)
    return { start, end: nextDay }
  }
  // Decades, centuries and millennia as historical years, first to last, then astronomical.
  let first: number
  let last: number
  if (p === 8) {
    const decade = Math.floor(abs / 10) * 10
    first = Math.max(decade, 1)
    last = decade + 9
  } else if (p === 7 || p === 6) {
    const size = p === 7 ? 100 : 1000
    const n = Math.max(1, Math.ceil(abs / size))
    first = (n - 1) * size + 1
    last = n * size
  } else {
    const step = 10 ** (9 - p)
    const centre = astronomical(time.year)
    const rounded = Math.round(centre / step) * step
    return { start: rounded - step / 2, end: rounded + step / 2 }
  }
  return bce ? { start: 1 - last, end: 2 - first } : { start: first, end: last + 1 }
}

/** The centre of a span: where a point is drawn and events are ordered. */
export const spanMiddle = (span: Span) => (span.start + span.end) / 2

/**
 * How far `circa` widens a value, by precision: about a month around a day, a season around a
 * month, five years around a year, ten around a decade, half a century around a century.
 */
export function circaMargin(time: WikiTime): number {
  const p = effectivePrecision(time)
  if (p >= 11) return 1 / 12
  if (p === 10) return 0.25
  if (p === 9) return 5
  if (p === 8) return 10
  if (p === 7) return 50
  if (p === 6) return 250
  return 10 ** (9 - p) / 2
}

const xsdPattern = /^(-?)(\d{1,16})-(\d{2})-(\d{2})T/

/**
 * A time as the query service gives it (`wikibase:timeValue` as xsd:dateTime with an astronomical
 * year, unknown months and days as 01, day-precision Julian dates converted to Gregorian), with
 * its precision and calendar, back as the Wikibase value it came from; null when malformed.
 */
export function wikiTimeFromXsd(
  value: string,
  precision: number,
  calendarUri: string,
): WikiTime | null {
  const match = xsdPattern.exec(value.trim())
  if (!match || !Number.isInteger(precision) || precision < 0 || precision > 14) return null
  const [, sign, digits = '', monthText = '', dayText = ''] = match
  let year = Number(digits) * (sign === '-' ? -1 : 1)
  let month = Number(monthText)
  let day = Number(dayText)
  if (!Number.isSafeInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null
  const julian = calendarUri === JULIAN || calendarUri.endsWith('/Q1985786')
  if (julian && precision >= 11) ({ year, month, day } = gregorianToJulian(year, month, day))
  return {
    year: historical(year),
    month: precision >= 10 ? month : 0,
    day: precision >= 11 ? day : 0,
    precision,
    calendar: julian ? 'julian' : 'gregorian',
  }
}
