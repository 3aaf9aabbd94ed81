/**
 * Wikibase time values: `+1872-00-00T00:00:00Z` with a precision (0 = a billion years … 11 = a
 * day, 14 = a second) and a calendar model. Years are historical: `-0079` is 79 BCE, there is no
 * year 0, and month or day 0 means "not known".
 */
import { isRecord, num, str } from './guards'

export type Calendar = 'gregorian' | 'julian'

export const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727'
export const JULIAN = 'http://www.wikidata.org/entity/Q1985786'

export interface WikiTime {
  /** Historical year: negative is BCE, never 0 for a valid value. */
  year: number
  month: number
  day: number
  precision: number
  calendar: Calendar
}

const timePattern = /^([+-])(\d{1,16})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/

/** Parses a Wikibase time datavalue (`{time, precision, calendarmodel}`), or null when malformed. */
export function parseWikiTime(value: unknown): WikiTime | null {
  if (!isRecord(value)) return null
  const time = str(value, 'time')
  const precision = num(value, 'precision') ?? 11
  const match = time ? timePattern.exec(time) : null
  if (!match || precision < 0 || precision > 14) return null
  const [, sign, yearDigits, month, day] = match
  const magnitude = Number(yearDigits)
  if (!Number.isSafeInteger(magnitude)) return null
  const model = str(value, 'calendarmodel') ?? GREGORIAN
  return {
    year: sign === '-' ? -magnitude : magnitude,
    month: Number(month),
    day: Number(day),
    precision,
    calendar: model.endsWith('Q1985786') ? 'julian' : 'gregorian',
  }
}

/** Message lookup used for the words around numbers (`$1 BCE`, `$1 century`…). */
export type Messages = (key: string, ...params: (string | number)[]) => string

/** An ordinal number as the language writes it (19th, 19., 19:e). */
export function ordinal(n: number, lang: string): string {
  const base = lang.split('-')[0]
  if (base === 'en') {
    const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n)
    const suffix = { one: 'st', two: 'nd', few: 'rd' }[rule as 'one' | 'two' | 'few'] ?? 'th'
    return `${n}${suffix}`
  }
  if (base === 'sv')
    return `${n}:${n % 10 === 1 || n % 10 === 2 ? (n % 100 === 11 || n % 100 === 12 ? 'e' : 'a') : 'e'}`
  return `${n}.`
}

// Making an Intl.DateTimeFormat costs far more than using one: a timeline formats thousands.
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function calendarDate(time: WikiTime, lang: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(Date.UTC(2000, Math.max(time.month, 1) - 1, Math.max(time.day, 1)))
  date.setUTCFullYear(time.year)
  const key = `${lang} ${options.month ?? ''} ${options.day ?? ''}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })
    dateFormats.set(key, format)
  }
  return format.format(date)
}

function era(year: number, text: string, msg: Messages): string {
  return year < 0 ? msg('kooste-time-bce', text) : text
}

/**
 * Formats a time at its precision: `9 April 1557`, `March 1940`, `1872`, `1870s`,
 * `19th century`, `2nd millennium`, `79 BCE`, `13.8 billion years ago`.
 */
export function formatWikiTime(time: WikiTime, lang: string, msg: Messages): string {
  const abs = Math.abs(time.year)
  const bce = time.year < 0
  const p = time.precision
  let text: string
  if (p >= 11 && !bce && time.month > 0 && time.day > 0) {
    text = calendarDate(time, lang, { year: 'numeric', month: 'long', day: 'numeric' })
  } else if (p >= 10 && !bce && time.month > 0) {
    text = calendarDate(time, lang, { year: 'numeric', month: 'long' })
  } else if (p >= 9) {
    text = era(time.year, String(abs), msg)
  } else if (p === 8) {
    text = era(time.year, msg('kooste-time-decade', Math.floor(abs / 10) * 10), msg)
  } else if (p === 7) {
    const century = Math.max(1, Math.ceil(abs / 100))
    text = era(
      time.year,
      msg('kooste-time-century', ordinal(century, lang), (century - 1) * 100),
      msg,
    )
  } else if (p === 6) {
    const millennium = Math.max(1, Math.ceil(abs / 1000))
    text = era(time.year, msg('kooste-time-millennium', ordinal(millennium, lang)), msg)
  } else {
    const step = 10 ** (9 - p)
    const rounded = Math.round(abs / step) * step || step
    const amount = new Intl.NumberFormat(lang, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    }).format(rounded)
    text = bce ? msg('kooste-time-years-ago', amount) : msg('kooste-time-years-ce', amount)
  }
  if (time.calendar === 'julian' && p >= 10) text = msg('kooste-time-julian', text)
  return text
}

/** A sortable number for a time (fractional years), for ordering statements and events. */
export function timeSortKey(time: WikiTime): number {
  const astronomical = time.year < 0 ? time.year + 1 : time.year
  return astronomical + (Math.max(time.month, 1) - 1) / 12 + (Math.max(time.day, 1) - 1) / 372
}
