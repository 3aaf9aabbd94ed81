// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildEvent, type TimelineEvent } from './timeline'
import { dataDomain, layoutLane, type LaneOptions } from './timelineLayout'
import type { Span } from './timelineTime'
import type { WikiTime } from './wikiTime'

const year = (y: number, precision = 9): WikiTime => ({
  year: y,
  month: 0,
  day: 0,
  precision,
  calendar: 'gregorian',
})
const at = (time: WikiTime) => ({ at: time, earliest: null, latest: null, circa: false })
let n = 0
function event(start: number, end?: number, precision = 9): TimelineEvent {
  return buildEvent({
    key: `e${(n += 1)}`,
    lane: 'topic',
    source: 'date',
    property: 'P585',
    dateProperties: ['P585'],
    value: null,
    target: null,
    relation: null,
    start: at(year(start, precision)),
    end: end === undefined ? null : at(year(end, precision)),
  })
}
const scale = (view: Span, width: number) => (v: number) =>
  ((v - view.start) / (view.end - view.start)) * width
const options = (labels: number[] | number, extra: Partial<LaneOptions> = {}): LaneOptions => ({
  maxRows: 4,
  denseLimit: 100,
  labelWidth: (i) => (Array.isArray(labels) ? (labels[i] ?? 0) : labels),
  ...extra,
})
const layout = (events: TimelineEvent[], view: Span, width: number, o: LaneOptions) =>
  layoutLane(events, scale(view, width), view, width, o)

/** Nothing in a row overlaps: each item (with its label) ends before the next one starts. */
function expectNoOverlap(result: ReturnType<typeof layout>, labelWidth: (i: number) => number) {
  const rows = new Map<number, { left: number; right: number }[]>()
  for (const p of result.placed) {
    const centre = (p.x0 + p.x1) / 2
    let left = p.marker ? Math.min(p.x0, centre - 6) : p.x0
    let right = p.marker ? Math.max(p.x1, centre + 6) : p.x1
    if (p.labelX !== null && p.labelX >= right) right = p.labelX + labelWidth(p.index)
    if (p.labelX !== null && p.labelBefore) left = p.labelX - labelWidth(p.index)
    rows.set(p.row, [...(rows.get(p.row) ?? []), { left, right }])
  }
  for (const items of rows.values()) {
    items.sort((a, b) => a.left - b.left)
    for (let i = 1; i < items.length; i++)
      expect(items[i]!.left).toBeGreaterThanOrEqual(items[i - 1]!.right)
  }
}

describe('layoutLane', () => {
  const view = { start: 1800, end: 2000 }

  it('places only the events in view', () => {
    const events = [event(1700), event(1850), event(1990, 2030), event(2100)]
    const result = layout(events, view, 1000, options(0))
    expect(result.placed.map((p) => p.index)).toEqual([1, 2])
    expect(result.visible).toBe(2)
  })

  it('never places an event outside the drawn range', () => {
    const result = layout(
      [event(-20000), event(1900)],
      { start: -30000, end: 2000 },
      1000,
      options(0),
    )
    expect(result.placed.map((p) => p.index)).toEqual([1])
  })

  it('gives every event its label when the rows can hold them, without overlaps', () => {
    const events = [event(1850), event(1851), event(1852), event(1900, 1950)]
    const widths = [80, 80, 80, 60]
    const result = layout(events, view, 1000, options(widths))
    expect(result.placed.every((p) => p.labelX !== null)).toBe(true)
    expect(result.rows).toBe(3)
    expectNoOverlap(result, (i) => widths[i]!)
  })

  it('writes a label on the solid part of a period that has room for it', () => {
    const result = layout([event(1900, 1950)], view, 1000, options(60))
    const [bar] = result.placed
    expect(bar?.labelInside).toBe(true)
    // On the solid part: after the start year, inside the bar.
    expect(bar?.labelX).toBeGreaterThan(scale(view, 1000)(1901))
  })

  it('puts a label before an event at the right edge, where after it would be cut off', () => {
    const result = layout([event(1995), event(1850)], view, 1000, options(120))
    const edge = result.placed.find((p) => p.index === 0)!
    expect(edge.labelX).not.toBeNull()
    expect(edge.labelBefore).toBe(true)
    expect(edge.labelX).toBeLessThanOrEqual(edge.x0)
    const middle = result.placed.find((p) => p.index === 1)!
    expect(middle.labelX).toBeGreaterThan(middle.x1)
  })

  it('marks events too narrow to see as bars', () => {
    const result = layout([event(1850), event(1900, 1950)], view, 1000, options(0))
    expect(result.placed.map((p) => p.marker)).toEqual([true, false])
  })

  it('drops labels before events when the rows run out, and counts what does not fit', () => {
    const events = Array.from({ length: 60 }, (_, i) => event(1850 + (i % 6)))
    const result = layout(events, view, 1000, options(100, { maxRows: 4 }))
    expect(result.placed.some((p) => p.labelX !== null)).toBe(true)
    expect(result.placed.length + result.overflow.reduce((s, b) => s + b.count, 0)).toBe(60)
    expect(result.placed.length).toBeGreaterThan(6)
    expect(result.overflow.length).toBeGreaterThan(0)
    expect(result.rows).toBe(5)
    expectNoOverlap(result, () => 100)
  })

  it('draws a density strip when more events are in view than it places one by one', () => {
    const events = Array.from({ length: 500 }, (_, i) => event(1800 + (i % 200)))
    const result = layout(events, view, 1000, options(50, { denseLimit: 300 }))
    expect(result.placed).toEqual([])
    expect(result.bins.reduce((s, b) => s + b.count, 0)).toBe(500)
    for (const bin of result.bins) expect(bin.span.end).toBeGreaterThan(bin.span.start)
  })
})

describe('dataDomain', () => {
  it('pads the extent of the events', () => {
    const domain = dataDomain([event(1872), event(1964)])
    expect(domain?.start).toBeCloseTo(1872 - 93 * 0.06)
    expect(domain?.end).toBeCloseTo(1965 + 93 * 0.06)
  })
  it('leaves out what is not drawn, and is null without anything to draw', () => {
    expect(dataDomain([event(-20000), event(1900)])?.start).toBeGreaterThan(1899)
    expect(dataDomain([event(-20000)])).toBeNull()
    expect(dataDomain([])).toBeNull()
  })
})
