/**
 * Contest windows in the edition's own time zone: an edition runs from 00:00 on its first day to
 * 24:00 on its last day, local time, whatever the reader's clock says.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar day, `YYYY-MM-DD`. */
export type LocalDate = string

/** `[start, end)` in epoch milliseconds. */
export interface TimeWindow {
  start: number
  end: number
}

function parts(date: LocalDate): [number, number, number] | null {
  const match = datePattern.exec(date)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(y, m - 1, d))
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return null
  }
  return [y, m, d]
}

/** True for a real calendar day written `YYYY-MM-DD` (no 2026-02-30). */
export function isLocalDate(date: unknown): date is LocalDate {
  return typeof date === 'string' && parts(date) !== null
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** True for an IANA time zone this browser knows (`Europe/Helsinki`, `UTC`). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

function wallClock(instant: number, timeZone: string) {
  const out: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value)
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  }
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The instant a day begins (00:00 local) in a time zone. */
export function startOfDay(date: LocalDate, timeZone: string): number {
  const day = parts(date)
  if (!day) throw new RangeError(`not a date: ${date}`)
  const guess = Date.UTC(day[0], day[1] - 1, day[2])
  const first = guess - offsetAt(guess, timeZone)
  // Across a change of offset (summer time) the first guess lands an hour off; one more step fixes it.
  const second = guess - offsetAt(first, timeZone)
  return second
}

/** The calendar day an instant falls on in a time zone. */
export function localDate(instant: number, timeZone: string): LocalDate {
  const wall = wallClock(instant, timeZone)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
}

/** The day `days` after a day (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const day = parts(date)
  if (!day) throw new RangeError(`not a date: ${date}`)
  return new Date(Date.UTC(day[0], day[1] - 1, day[2] + days)).toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to` (0 for the same day). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parts(from)
  const b = parts(to)
  if (!a || !b) throw new RangeError(`not dates: ${from}, ${to}`)
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000)
}

/** The window of days `first`…`last` (both whole days, local time). */
export function dayWindow(first: LocalDate, last: LocalDate, timeZone: string): TimeWindow {
  return { start: startOfDay(first, timeZone), end: startOfDay(addDays(last, 1), timeZone) }
}

/**
 * Calendar days left after today until the window's last day, counted in the time zone: 0 on the
 * last day, 1 on the day before it.
 */
export function daysLeft(window: TimeWindow, timeZone: string, now: number): number {
  return daysBetween(localDate(now, timeZone), localDate(window.end - 1, timeZone))
}

/** A day written for people in a UI language (`30 November 2026`, `30. marraskuuta 2026`). */
export function formatDay(date: LocalDate, lang: string): string {
  const day = parts(date)
  if (!day) return date
  const instant = new Date(Date.UTC(day[0], day[1] - 1, day[2]))
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(instant)
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(instant)
  }
}
