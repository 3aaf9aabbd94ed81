/**
 * The geometry of the visualizations' charts: d3 scales turn counts into rectangles and ticks,
 * and Vue draws them (components/viz/VizChart.vue). Two shapes: columns along time (always left
 * to right, as numbers and years read in every script) and bars by category (mirrored in
 * right-to-left languages, so that the labels stand at the start of the line).
 */
import { scaleBand, scaleLinear } from 'd3-scale'

export interface Mark {
  index: number
  x: number
  y: number
  width: number
  height: number
}

export interface Tick {
  value: number
  /** Along the value axis (y for columns, x for bars). */
  at: number
}

export interface ChartGeometry {
  orientation: 'columns' | 'bars'
  width: number
  height: number
  /** The plot's box, inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number }
  marks: Mark[]
  valueTicks: Tick[]
  /** Bars whose category label is drawn (columns thin them out so that they never overlap). */
  labelled: number[]
  /** Columns: the centre of each column; bars: the centre line of each row. */
  centres: number[]
}

/** Widest column step in pixels. */
const MAX_STEP = 96

/** Whole-number ticks of a linear scale (counts have no fractions). */
function countTicks(scale: ReturnType<typeof scaleLinear<number, number>>, count: number): Tick[] {
  return scale
    .ticks(count)
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ value, at: scale(value) }))
}

/** Non-negative finite counts; anything else draws as zero. */
const clean = (values: readonly number[]) =>
  values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0))

/**
 * Columns for a time series: one band per bin, heights on a "nice" linear scale from zero. A
 * non-zero count is at least one pixel high, so that one item among millions still shows.
 */
export function columnsLayout(
  values: readonly number[],
  options: { width: number; height?: number; labelSpace?: number },
): ChartGeometry {
  const counts = clean(values)
  const width = Math.max(120, options.width)
  const height = Math.max(120, options.height ?? 260)
  const plot = { left: 56, right: width - 12, top: 28, bottom: height - 44 }
  const max = Math.max(1, ...counts)
  const y = scaleLinear().domain([0, max]).nice().range([plot.bottom, plot.top])
  // A few bins do not stretch into slabs: at most MAX_STEP pixels a column, centred.
  const span = Math.min(plot.right - plot.left, counts.length * MAX_STEP)
  const from = plot.left + (plot.right - plot.left - span) / 2
  const x = scaleBand<number>()
    .domain(counts.map((_, i) => i))
    .range([from, from + span])
    .paddingInner(counts.length > 40 ? 0.05 : 0.2)
    .paddingOuter(0.1)
  const marks = counts.map((value, index) => {
    const top = value > 0 ? Math.min(y(value), plot.bottom - 1) : plot.bottom
    return { index, x: x(index) ?? 0, y: top, width: x.bandwidth(), height: plot.bottom - top }
  })
  const step = x.step() || 1
  const every = Math.max(1, Math.ceil((options.labelSpace ?? 48) / step))
  const labelled = counts.map((_, i) => i).filter((i) => i % every === 0)
  return {
    orientation: 'columns',
    width,
    height,
    plot,
    marks,
    valueTicks: countTicks(y, Math.min(5, max)),
    labelled,
    centres: marks.map((m) => m.x + m.width / 2),
  }
}

/**
 * Horizontal bars for categories, one row each, the labels in a column at the start side. In
 * right-to-left layouts the whole chart is mirrored: labels on the right, bars growing leftwards.
 */
export function barsLayout(
  values: readonly number[],
  options: { width: number; rowHeight?: number; labelWidth?: number; rtl?: boolean },
): ChartGeometry {
  const counts = clean(values)
  const width = Math.max(200, options.width)
  const row = options.rowHeight ?? 28
  const labelWidth = Math.min(options.labelWidth ?? 240, Math.round(width * 0.4))
  const height = 12 + counts.length * row + 36
  const plot = options.rtl
    ? { left: 40, right: width - labelWidth - 8, top: 12, bottom: 12 + counts.length * row }
    : { left: labelWidth + 8, right: width - 40, top: 12, bottom: 12 + counts.length * row }
  const max = Math.max(1, ...counts)
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range(options.rtl ? [plot.right, plot.left] : [plot.left, plot.right])
  const y = scaleBand<number>()
    .domain(counts.map((_, i) => i))
    .range([plot.top, plot.bottom])
    .paddingInner(0.25)
    .paddingOuter(0.1)
  const zero = x(0)
  const marks = counts.map((value, index) => {
    const length = value > 0 ? Math.max(1, Math.abs(x(value) - zero)) : 0
    return {
      index,
      x: options.rtl ? zero - length : zero,
      y: y(index) ?? 0,
      width: length,
      height: y.bandwidth(),
    }
  })
  return {
    orientation: 'bars',
    width,
    height,
    plot,
    marks,
    valueTicks: countTicks(x, Math.min(5, max)),
    labelled: counts.map((_, i) => i),
    centres: marks.map((m) => m.y + m.height / 2),
  }
}

/** A count for an axis or a label: grouped digits, compact (12K) from 10,000 on axes. */
export function formatCount(value: number, locale: string, compact = false): string {
  const options: Intl.NumberFormatOptions =
    compact && Math.abs(value) >= 10000
      ? { notation: 'compact', maximumFractionDigits: 1 }
      : { maximumFractionDigits: 0 }
  try {
    return new Intl.NumberFormat(locale, options).format(value)
  } catch {
    return new Intl.NumberFormat('en', options).format(value)
  }
}

/** The area of a bar that reacts to the pointer: its whole column or row. */
export function hitArea(g: ChartGeometry, index: number) {
  const mark = g.marks[index]
  if (!mark) return { x: 0, y: 0, width: 0, height: 0 }
  return g.orientation === 'columns'
    ? { x: mark.x, y: g.plot.top, width: mark.width, height: g.plot.bottom - g.plot.top }
    : { x: g.plot.left, y: mark.y, width: g.plot.right - g.plot.left, height: mark.height }
}

/**
 * Where a bar's tooltip goes (pixels in the chart's box): beside a column, towards the middle of
 * the chart, at the top of the plot; under a bar, centred but kept inside. It never covers the
 * bar it describes, nor what is above the chart.
 */
export function tooltipPlacement(
  g: ChartGeometry,
  index: number,
): { left: number; top: number; anchor: 'start' | 'end' | 'middle' } | null {
  const mark = g.marks[index]
  if (!mark) return null
  if (g.orientation === 'columns') {
    const before = mark.x + mark.width / 2 > g.width / 2
    return before
      ? { left: mark.x - 6, top: g.plot.top, anchor: 'end' }
      : { left: mark.x + mark.width + 6, top: g.plot.top, anchor: 'start' }
  }
  const centre = Math.min(Math.max(mark.x + mark.width / 2, 120), g.width - 120)
  return { left: centre, top: mark.y + mark.height + 4, anchor: 'middle' }
}
