/**
 * The timeline's visible range in the URL (`?timeline=1860..1975.5`): fractional astronomical
 * years, rounded to what the range's width can tell apart, so links are short and shareable.
 */
import type { QueryValue } from './route'
import { TIMELINE_MAX, TIMELINE_MIN, type Span } from './timelineTime'

/** The query parameter holding the visible range. */
export const TIMELINE_PARAM = 'timeline'

const number = '(-?\\d{1,6}(?:\\.\\d{1,8})?)'
const pattern = new RegExp(`^${number}\\.\\.${number}$`)

/** Reads a range from the query value; null when absent, malformed, empty or far off the axis. */
export function parseTimelineRange(value: QueryValue): Span | null {
  const text = Array.isArray(value) ? value[0] : value
  if (typeof text !== 'string') return null
  const match = pattern.exec(text.trim())
  if (!match) return null
  const start = Number(match[1])
  const end = Number(match[2])
  if (!(end > start)) return null
  if (end <= TIMELINE_MIN - 1 || start >= TIMELINE_MAX + 1) return null
  return { start, end }
}

/** Writes a range with as many decimals as a thousandth of its width needs. */
export function formatTimelineRange(span: Span): string {
  const width = Math.max(span.end - span.start, 1e-6)
  const decimals = Math.min(6, Math.max(0, Math.ceil(-Math.log10(width / 1000))))
  const write = (n: number) => {
    const text = n.toFixed(decimals)
    const trimmed = decimals ? text.replace(/\.?0+$/, '') : text
    return trimmed === '-0' ? '0' : trimmed
  }
  return `${write(span.start)}..${write(span.end)}`
}

/** True when two ranges agree to within a thousandth of their width. */
export function sameRange(a: Span, b: Span): boolean {
  const tolerance = Math.max(a.end - a.start, b.end - b.start) / 1000
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance
}
