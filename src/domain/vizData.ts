/**
 * The data of the visualizations' charts, as plain values: counts of dated things in time bins
 * (years, decades, centuries, with BCE years and no year 0) and counts by category (class,
 * designation), and the CSV a chart downloads as. Drawing is elsewhere (vizLayout.ts, the Vue
 * components); this is what a test can check.
 */

/** How wide a time bin is. */
export const timeUnits = ['year', 'decade', 'century', 'millennium'] as const
export type TimeUnit = (typeof timeUnits)[number]

const unitYears: Record<TimeUnit, number> = { year: 1, decade: 10, century: 100, millennium: 1000 }

/**
 * Most bins a time chart draws in each unit; a wider span moves to the next unit. Years only for
 * short spans: a few works over sixteen years read better as two decades than as sixteen columns.
 */
export const MAX_BINS: Record<TimeUnit, number> = {
  year: 15,
  decade: 60,
  century: 60,
  millennium: Infinity,
}
/** Ids kept per bar as examples (tooltips, a click on a bar of one). */
export const EXAMPLES = 3
/** Bars of a category chart before the rest are summed up as "other". */
export const TOP_CATEGORIES = 12

/** Something counted in time: a topic or a file, and its historical year (negative is BCE). */
export interface TimePoint {
  id: string
  year: number | null
}

/** One bar of a chart: a time bin or a category, its count and a few of what it counts. */
export interface VizDatum {
  /** Stable key: the bin's first year (`1860`) or the category's item id (`Q9259`, `other`). */
  key: string
  count: number
  /** Up to EXAMPLES ids (items or file titles), earliest or first found first. */
  examples: string[]
  /** Time bins: first and last historical year. */
  start?: number
  end?: number
}

export interface TimeSeries {
  kind: 'time'
  unit: TimeUnit
  bars: VizDatum[]
  /** Things counted (dated ones). */
  total: number
  /** Things found without a usable date (not drawn). */
  undated: number
  /** The query stopped at its limit: there are more than counted. */
  truncated: boolean
}

export interface CategorySeries {
  kind: 'category'
  bars: VizDatum[]
  total: number
  truncated: boolean
}

export type VizData = TimeSeries | CategorySeries

/** Astronomical year (1 BCE is 0) of a historical year; null for year 0 or non-integers. */
export function astronomical(year: number): number | null {
  if (!Number.isInteger(year) || year === 0) return null
  return year > 0 ? year : year + 1
}

/** Historical year (no year 0) of an astronomical year. */
export function historical(year: number): number {
  return year > 0 ? year : year - 1
}

/**
 * The bin index of a historical year. Years are single bins (astronomical numbering, so 1 BCE and
 * 1 CE are neighbours); wider bins mirror around the missing year 0: 1860–1869 and 469–460 BCE,
 * with the first bins on either side one year short (1–9 and 9–1 BCE).
 */
export function binIndex(year: number, unit: TimeUnit): number | null {
  if (!Number.isInteger(year) || year === 0) return null
  if (unit === 'year') return astronomical(year)
  const size = unitYears[unit]
  return year > 0 ? Math.floor(year / size) : -Math.floor(-year / size) - 1
}

/** First and last historical year of a bin. */
export function binRange(index: number, unit: TimeUnit): { start: number; end: number } {
  if (unit === 'year') return { start: historical(index), end: historical(index) }
  const size = unitYears[unit]
  if (index >= 0) return { start: Math.max(1, index * size), end: index * size + size - 1 }
  const k = -index - 1
  return { start: -(k * size + size - 1), end: k === 0 ? -1 : -(k * size) }
}

/** The narrowest unit that draws a span of years in at most its MAX_BINS bins. */
export function chooseUnit(min: number, max: number): TimeUnit {
  for (const unit of timeUnits) {
    const from = binIndex(min, unit)
    const to = binIndex(max, unit)
    if (from !== null && to !== null && to - from + 1 <= MAX_BINS[unit]) return unit
  }
  return 'millennium'
}

/**
 * Counts dated things in time bins, every bin from the first to the last drawn (an empty decade
 * is a gap the reader should see). Things without a usable year count as undated.
 */
export function timeSeries(
  points: readonly TimePoint[],
  options: { truncated?: boolean; unit?: TimeUnit; undated?: number } = {},
): TimeSeries {
  const seen = new Set<string>()
  const dated: { id: string; year: number }[] = []
  let undated = options.undated ?? 0
  for (const point of points) {
    if (seen.has(point.id)) continue
    seen.add(point.id)
    if (point.year === null || astronomical(point.year) === null) undated++
    else dated.push({ id: point.id, year: point.year })
  }
  const truncated = options.truncated ?? false
  if (!dated.length) return { kind: 'time', unit: 'year', bars: [], total: 0, undated, truncated }
  dated.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
  const first = dated[0]!.year
  const last = dated[dated.length - 1]!.year
  const unit = options.unit ?? chooseUnit(first, last)
  const from = binIndex(first, unit)!
  const to = binIndex(last, unit)!
  const bars: VizDatum[] = []
  for (let index = from; index <= to; index++) {
    const { start, end } = binRange(index, unit)
    bars.push({ key: String(start), count: 0, examples: [], start, end })
  }
  for (const point of dated) {
    const bar = bars[binIndex(point.year, unit)! - from]!
    bar.count++
    if (bar.examples.length < EXAMPLES) bar.examples.push(point.id)
  }
  return { kind: 'time', unit, bars, total: dated.length, undated, truncated }
}

/** A count for a category, as a query gives it. */
export interface CategoryCount {
  key: string
  count: number
  examples?: readonly string[]
}

/**
 * Bars by category, largest first (equal counts by key, so the order is stable); beyond `top`,
 * the rest are summed into one `other` bar. Counts that are not positive whole numbers are left out.
 */
export function categorySeries(
  counts: readonly CategoryCount[],
  options: { truncated?: boolean; top?: number } = {},
): CategorySeries {
  const merged = new Map<string, VizDatum>()
  for (const { key, count, examples } of counts) {
    if (!key || key === 'other' || !Number.isFinite(count) || count <= 0) continue
    const known = merged.get(key) ?? { key, count: 0, examples: [] }
    known.count += Math.round(count)
    for (const id of examples ?? [])
      if (known.examples.length < EXAMPLES && !known.examples.includes(id)) known.examples.push(id)
    merged.set(key, known)
  }
  const sorted = [...merged.values()].sort(
    (a, b) => b.count - a.count || a.key.localeCompare(b.key, 'en', { numeric: true }),
  )
  const top = Math.max(1, options.top ?? TOP_CATEGORIES)
  const bars = sorted.length > top + 1 ? sorted.slice(0, top) : sorted
  const rest = sorted.slice(bars.length)
  if (rest.length)
    bars.push({ key: 'other', count: rest.reduce((sum, bar) => sum + bar.count, 0), examples: [] })
  const total = bars.reduce((sum, bar) => sum + bar.count, 0)
  return { kind: 'category', bars, total, truncated: options.truncated ?? false }
}

/**
 * A bin's name: `1865`, `455 BCE`, `1860s` (CE decades, through `decade`), else a range
 * `1800–1899`, `499–400 BCE`. `bce` formats BCE years (`455` → `455 BCE`).
 */
export function binLabel(
  datum: Pick<VizDatum, 'start' | 'end' | 'key'>,
  unit: TimeUnit,
  fmt: { bce: (years: string) => string; decade: (year: number) => string },
): string {
  const { start, end } = datum
  if (start === undefined || end === undefined) return datum.key
  const one = (year: number) => (year < 0 ? fmt.bce(String(-year)) : String(year))
  if (unit === 'year') return one(start)
  if (unit === 'decade' && start > 0) return fmt.decade(start - (start % 10))
  if (start < 0 && end < 0) return fmt.bce(`${-start}–${-end}`)
  return `${one(start)}–${one(end)}`
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a text that a spreadsheet would
 * run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 * Numbers stay numbers (-500 is a year, not a formula).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let text = value
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A CSV document (RFC 4180, CRLF line ends), with a UTF-8 byte order mark for spreadsheets. */
export function toCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  options: { bom?: boolean } = {},
): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n')
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`
}

/** A file name from a title: letters and digits kept, other runs as one hyphen. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return slug || 'chart'
}
