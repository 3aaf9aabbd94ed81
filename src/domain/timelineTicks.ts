/**
 * Ticks for a time axis in fractional astronomical years, from millennia down to days. Each tick
 * carries the Wikibase time it stands for, at the precision of the step, so that it is labelled
 * with the same words as any date (`formatWikiTime`): `3000 BCE`, `1870`, `March 1940`, `30
 * November 1939`. Year ticks fall on round historical years: `100 BCE`, `1`, `100` (no year 0).
 */
import { dayAt, daysInMonth, historical, yearFraction } from './timelineTime'
import type { WikiTime } from './wikiTime'

export interface Tick {
  value: number
  time: WikiTime
}

/** The smallest distance between ticks, in pixels, by what their labels hold. */
export const TICK_SPACING = { years: 72, bceYears: 96, months: 116, days: 140 } as const

const yearSteps: number[] = []
for (let magnitude = 1; magnitude <= 1e9; magnitude *= 10)
  yearSteps.push(magnitude, magnitude * 2, magnitude * 5)

const monthSteps = [1, 3, 6]
const daySteps = [1, 2, 7, 14]

export type TickStep =
  | { unit: 'years'; step: number }
  | { unit: 'months'; step: number }
  | { unit: 'days'; step: number }

/** The finest step whose ticks stay their spacing apart: days, then months, then years. */
export function tickStep(from: number, to: number, width: number): TickStep {
  const perYear = width / Math.max(to - from, 1e-9)
  const days = daySteps.find((s) => (s / 365.25) * perYear >= TICK_SPACING.days)
  if (days !== undefined) return { unit: 'days', step: days }
  const months = monthSteps.find((s) => (s / 12) * perYear >= TICK_SPACING.months)
  if (months !== undefined) return { unit: 'months', step: months }
  const spacing = from < 1 ? TICK_SPACING.bceYears : TICK_SPACING.years
  const years = yearSteps.find((s) => s * perYear >= spacing) ?? yearSteps[yearSteps.length - 1]!
  return { unit: 'years', step: years }
}

const yearTime = (year: number): WikiTime => ({
  year,
  month: 0,
  day: 0,
  precision: 9,
  calendar: 'gregorian',
})

/** The ticks between `from` and `to` for an axis `width` pixels wide. */
export function timelineTicks(from: number, to: number, width: number): Tick[] {
  if (!(to > from) || !(width > 0)) return []
  const choice = tickStep(from, to, width)
  const ticks: Tick[] = []
  const limit = Math.ceil(width / 40) + 4
  if (choice.unit === 'years') {
    const step = choice.step
    // BCE: the start of the historical year k·step BCE, at astronomical 1 − k·step.
    for (let k = Math.max(1, Math.ceil((1 - to) / step)); 1 - k * step >= from; k++) {
      if (ticks.length > limit) break
      ticks.push({ value: 1 - k * step, time: yearTime(-k * step) })
    }
    ticks.reverse()
    for (let k = Math.max(1, Math.ceil(from / step)); k * step <= to; k++) {
      if (ticks.length > 2 * limit) break
      ticks.push({ value: k * step, time: yearTime(k * step) })
    }
    return ticks
  }
  const startDay = dayAt(from)
  if (choice.unit === 'months') {
    let year = startDay.year
    let month = Math.floor((startDay.month - 1) / choice.step) * choice.step + 1
    for (;;) {
      const value = yearFraction(year, month, 1)
      if (value > to || ticks.length > limit) break
      if (value >= from)
        ticks.push({
          value,
          time: { year: historical(year), month, day: 0, precision: 10, calendar: 'gregorian' },
        })
      month += choice.step
      if (month > 12) {
        month -= 12
        year += 1
      }
    }
    return ticks
  }
  let { year, month } = startDay
  let day = 1
  for (;;) {
    const value = yearFraction(year, month, day)
    if (value > to || ticks.length > limit) break
    if (value >= from)
      ticks.push({
        value,
        time: { year: historical(year), month, day, precision: 11, calendar: 'gregorian' },
      })
    day += choice.step
    // Each month starts afresh at its 1st (so ticks fall on the same days every month), and a
    // tick closer to the next 1st than a step is left out.
    if (daysInMonth(year, month) - day + 1 < choice.step) {
      day = 1
      month += 1
      if (month > 12) {
        month = 1
        year += 1
      }
    }
  }
  return ticks
}
