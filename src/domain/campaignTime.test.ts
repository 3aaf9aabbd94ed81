import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayWindow,
  daysBetween,
  daysLeft,
  formatDay,
  isLocalDate,
  isTimeZone,
  localDate,
  startOfDay,
} from './campaignTime'

const at = (iso: string) => Date.parse(iso)

describe('days in a time zone', () => {
  it.each([
    ['2026-09-01', 'Europe/Helsinki', '2026-08-31T21:00:00Z'], // summer time, UTC+3
    ['2026-11-01', 'Europe/Helsinki', '2026-10-31T22:00:00Z'], // winter time, UTC+2
    ['2026-03-29', 'Europe/Helsinki', '2026-03-28T22:00:00Z'], // the day clocks go forward
    ['2026-10-25', 'Europe/Helsinki', '2026-10-24T21:00:00Z'], // the day clocks go back
    ['2026-09-01', 'UTC', '2026-09-01T00:00:00Z'],
    ['2026-09-01', 'America/New_York', '2026-09-01T04:00:00Z'],
    ['2026-09-01', 'Asia/Kathmandu', '2026-08-31T18:15:00Z'], // UTC+5:45
    ['2026-09-01', 'Pacific/Kiritimati', '2026-08-31T10:00:00Z'], // UTC+14
  ])('%s begins in %s at %s', (date, zone, instant) => {
    expect(startOfDay(date, zone)).toBe(at(instant))
    expect(localDate(at(instant), zone)).toBe(date)
    expect(localDate(at(instant) - 1, zone)).toBe(addDays(date, -1))
  })

  it('checks dates and zones', () => {
    expect(isLocalDate('2026-02-28')).toBe(true)
    expect(isLocalDate('2026-02-29')).toBe(false)
    expect(isLocalDate('2026-9-1')).toBe(false)
    expect(isTimeZone('Europe/Helsinki')).toBe(true)
    expect(isTimeZone('Europe/Kyiv')).toBe(true)
    expect(isTimeZone('Finland/Helsinki')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })

  it('counts calendar days', () => {
    expect(daysBetween('2026-11-21', '2026-11-30')).toBe(9)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
  })
})

describe('a contest window, first and last day included, in the edition’s time zone', () => {
  const helsinki = dayWindow('2026-09-01', '2026-09-30', 'Europe/Helsinki')
  const utc = dayWindow('2026-09-01', '2026-09-30', 'UTC')
  const open = (window: { start: number; end: number }, iso: string) =>
    at(iso) >= window.start && at(iso) < window.end

  it.each([
    // The first day: Helsinki opens three hours before UTC midnight.
    ['2026-08-31T20:59:59.999Z', false, false],
    ['2026-08-31T21:00:00Z', true, false],
    ['2026-09-01T00:00:00Z', true, true],
    // The last day: Helsinki closes three hours before UTC midnight.
    ['2026-09-30T20:59:59.999Z', true, true],
    ['2026-09-30T21:00:00Z', false, true],
    ['2026-09-30T23:59:59.999Z', false, true],
    ['2026-10-01T00:00:00Z', false, false],
  ])('at %s Helsinki is open: %s, UTC is open: %s', (iso, inHelsinki, inUtc) => {
    expect(open(helsinki, iso)).toBe(inHelsinki)
    expect(open(utc, iso)).toBe(inUtc)
  })

  it.each([
    ['2026-09-21T10:00:00+03:00', 9, 9],
    // 00:30 on 30 September in Helsinki is still 29 September in UTC.
    ['2026-09-30T00:30:00+03:00', 0, 1],
    ['2026-09-30T23:30:00+03:00', 0, 0],
    ['2026-09-01T00:00:00+03:00', 29, 30],
  ])('at %s: %i days left in Helsinki, %i in UTC', (iso, inHelsinki, inUtc) => {
    expect(daysLeft(helsinki, 'Europe/Helsinki', at(iso))).toBe(inHelsinki)
    expect(daysLeft(utc, 'UTC', at(iso))).toBe(inUtc)
  })

  it('writes days for people in the UI language', () => {
    expect(formatDay('2026-11-30', 'en')).toBe('November 30, 2026')
    expect(formatDay('2026-11-30', 'fi')).toBe('30. marraskuuta 2026')
    expect(formatDay('2026-11-30', 'sv')).toBe('30 november 2026')
    expect(formatDay('2026-11-30', 'not a language!')).toBe('November 30, 2026')
  })
})
