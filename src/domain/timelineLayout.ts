/**
 * Lays out one lane of the timeline for the visible range: only the events in view are placed,
 * greedily in rows so that marks and labels do not overlap; a label that does not fit is left
 * out before the event is, and what fits nowhere is counted per stretch of the axis. A lane with
 * more events in view than can be drawn one by one is drawn as a density strip instead.
 */
import type { TimelineEvent } from './timeline'
import type { Span } from './timelineTime'

export interface PlacedEvent {
  /** Index of the event in the lane's list. */
  index: number
  row: number
  /** The event's whole extent, in pixels. */
  x0: number
  x1: number
  /** What its values say, in pixels (null when only bounds are known). */
  core: [number, number] | null
  /** Draw a marker: the event is too narrow to see as a bar. */
  marker: boolean
  /** Where its label starts, or null when the label does not fit. */
  labelX: number | null
  /** The label sits on the solid part of a period's bar (and is written light on dark). */
  labelInside: boolean
  /** The label ends at `labelX` (it is before the event) rather than starting there. */
  labelBefore: boolean
}

/** A stretch of the axis holding `count` events not drawn one by one. */
export interface Bin {
  x0: number
  x1: number
  count: number
  /** The stretch in years, to zoom into. */
  span: Span
}

export interface LaneLayout {
  placed: PlacedEvent[]
  /** Density strip: every event in view, counted, when there are too many to place. */
  bins: Bin[]
  /** Events in view that found no row, counted. */
  overflow: Bin[]
  rows: number
  visible: number
}

export interface LaneOptions {
  maxRows: number
  /** More events in view than this draws the lane as a density strip. */
  denseLimit: number
  /** Pixel width of a label, by event index (0 for none). */
  labelWidth: (index: number) => number
}

const MARKER = 6
const ARROW = 8
const GAP = 6
/** Narrower than this, an event gets a marker so that it can be seen and pointed at. */
export const MIN_MARK_WIDTH = 8
const BIN = 6
const OVERFLOW_BIN = 28

function countIn(size: number, width: number, view: Span, xs: number[]): Bin[] {
  const counts = new Map<number, number>()
  for (const x of xs) {
    const i = Math.floor(Math.min(Math.max(x, 0), width - 1e-6) / size)
    counts.set(i, (counts.get(i) ?? 0) + 1)
  }
  const perPixel = (view.end - view.start) / width
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([i, count]) => ({
      x0: i * size,
      x1: (i + 1) * size,
      count,
      span: {
        start: view.start + i * size * perPixel,
        end: view.start + (i + 1) * size * perPixel,
      },
    }))
}

/** Places the lane's events that are in view. `x` maps years to pixels for the view. */
export function layoutLane(
  events: readonly TimelineEvent[],
  x: (value: number) => number,
  view: Span,
  width: number,
  options: LaneOptions,
): LaneLayout {
  const inView: number[] = []
  events.forEach((event, index) => {
    if (event.problem === 'out-of-range') return
    if (event.extent.end > view.start && event.extent.start < view.end) inView.push(index)
  })
  const empty: LaneLayout = { placed: [], bins: [], overflow: [], rows: 0, visible: inView.length }
  if (!inView.length || !(width > 0)) return empty
  if (inView.length > options.denseLimit) {
    const centres = inView.map((i) => {
      const e = events[i]!
      const span = e.core ?? e.extent
      return x((span.start + span.end) / 2)
    })
    return { ...empty, bins: countIn(BIN, width, view, centres), rows: 1 }
  }
  const items = inView.map((index) => {
    const e = events[index]!
    const x0 = x(e.extent.start)
    const x1 = x(e.extent.end)
    const core: [number, number] | null = e.core ? [x(e.core.start), x(e.core.end)] : null
    return { index, x0, x1, core, marker: x1 - x0 < MIN_MARK_WIDTH }
  })
  items.sort((a, b) => a.x0 - b.x0 || a.index - b.index)
  const shaped = items.map((item) => {
    const centre = (item.x0 + item.x1) / 2
    // An open event (`from 1996`, `until 2009`) has an arrow on its open side.
    const open = events[item.index]!.open
    const left =
      (item.marker ? Math.min(item.x0, centre - MARKER) : item.x0) - (open === 'start' ? ARROW : 0)
    const right =
      (item.marker ? Math.max(item.x1, centre + MARKER) : item.x1) + (open === 'end' ? ARROW : 0)
    const labelWidth = options.labelWidth(item.index)
    // A label goes inside a bar that can hold it (on a period's solid part, where there is one),
    // else after the event, or before it where the right edge would cut it off.
    const inner = events[item.index]!.inner
    const solid = inner ? [x(inner.start), x(inner.end)] : null
    const box = solid ?? [item.x0, item.x1]
    const inside = !item.marker && Math.min(box[1]!, width) - Math.max(box[0]!, 0) >= labelWidth + 8
    const after = Math.max(right, 0) + 4
    const before = !inside && after + labelWidth > width && left - 4 - labelWidth >= 0
    const labelX = inside ? Math.max(box[0]!, 0) + 4 : before ? left - 4 : after
    const outside = labelWidth > 0 && !inside
    return {
      ...item,
      centre,
      left,
      right,
      labelX,
      labelStart: outside && before ? labelX - labelWidth : left,
      before: outside && before,
      labelEnd: outside && !before ? labelX + labelWidth : right,
      onSolid: inside && solid !== null,
      hasLabel: labelWidth > 0,
    }
  })
  // First every event with its label; when that needs more rows than the lane has, every event
  // without one, and labels then only where the row leaves room beside the next events.
  const pack = (withLabels: boolean) => {
    const rowEnds: number[] = []
    const rows: number[] = []
    for (const item of shaped) {
      const start = withLabels ? item.labelStart : item.left
      let row = rowEnds.findIndex((end) => end + GAP <= start)
      if (row === -1) {
        if (rowEnds.length >= options.maxRows) {
          if (withLabels) return null
          rows.push(-1)
          continue
        }
        row = rowEnds.length
      }
      rowEnds[row] = withLabels ? item.labelEnd : item.right
      rows.push(row)
    }
    return { rows, count: rowEnds.length }
  }
  const labelled = pack(true)
  const packed = labelled ?? pack(false)!
  // Without room for every label: where the next event in the row starts, to test each label.
  const nextLeft: number[] = new Array<number>(shaped.length).fill(Infinity)
  const seen = new Map<number, number>()
  for (let i = shaped.length - 1; i >= 0; i--) {
    const row = packed.rows[i] ?? -1
    if (row === -1) continue
    nextLeft[i] = seen.get(row) ?? Infinity
    seen.set(row, shaped[i]!.left)
  }
  const placed: PlacedEvent[] = []
  const missed: number[] = []
  const lastRight = new Map<number, number>()
  shaped.forEach((item, i) => {
    const row = packed.rows[i] ?? -1
    if (row === -1) {
      missed.push(item.centre)
      return
    }
    const previous = lastRight.get(row) ?? -Infinity
    const fits =
      item.hasLabel &&
      (labelled !== null ||
        (item.labelEnd + GAP <= nextLeft[i]! && previous + GAP <= item.labelStart))
    lastRight.set(row, fits ? item.labelEnd : item.right)
    placed.push({
      index: item.index,
      row,
      x0: item.x0,
      x1: item.x1,
      core: item.core,
      marker: item.marker,
      labelX: fits ? item.labelX : null,
      labelInside: fits && item.onSolid,
      labelBefore: fits && item.before,
    })
  })
  const rowCount = packed.count
  const overflow = countIn(OVERFLOW_BIN, width, view, missed)
  return {
    placed,
    bins: [],
    overflow,
    rows: rowCount + (overflow.length ? 1 : 0),
    visible: inView.length,
  }
}

/** What there is to see: the extent of the events that can be drawn, padded; null for none. */
export function dataDomain(events: readonly TimelineEvent[]): Span | null {
  let start = Infinity
  let end = -Infinity
  for (const e of events) {
    if (e.problem === 'out-of-range') continue
    start = Math.min(start, e.extent.start)
    end = Math.max(end, e.extent.end)
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null
  const length = Math.max(end - start, 1 / 12)
  const pad = length * 0.06
  return { start: start - pad, end: end + pad }
}
