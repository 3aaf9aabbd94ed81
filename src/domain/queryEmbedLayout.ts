/**
 * The geometry of the query embed's line chart, in the visualizations' own ChartGeometry (so the
 * visualizations' axes component draws its grid and labels): x placed by value, not by rank, so
 * that gaps between years show as gaps.
 */
import { scaleLinear } from 'd3-scale'
import type { ChartGeometry } from './vizLayout'

export interface LineGeometry extends ChartGeometry {
  /** The SVG path of the line. */
  path: string
}

/** Lays out points (sorted by x) in a box `width` wide; y from zero (or the lowest value). */
export function lineLayout(
  points: readonly { x: number; value: number }[],
  options: { width: number; height?: number; labelSpace?: number },
): LineGeometry {
  const width = Math.max(160, options.width)
  const height = Math.max(140, options.height ?? 260)
  const plot = { left: 56, right: width - 16, top: 28, bottom: height - 44 }
  const xs = points.map((p) => p.x)
  const values = points.map((p) => (Number.isFinite(p.value) ? p.value : 0))
  const low = Math.min(0, ...values)
  const high = Math.max(1, ...values)
  const first = xs[0] ?? 0
  const last = xs[xs.length - 1] ?? 1
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([plot.left, plot.right])
  const y = scaleLinear().domain([low, high]).nice().range([plot.bottom, plot.top])
  const centres = xs.map((value) => x(value))
  const marks = points.map((p, index) => ({
    index,
    x: centres[index]! - 4,
    y: y(values[index]!) - 4,
    width: 8,
    height: 8,
  }))
  // Labels at least `labelSpace` apart, from the first point on.
  const labelled: number[] = []
  let lastAt = -Infinity
  centres.forEach((at, index) => {
    if (at - lastAt >= (options.labelSpace ?? 56)) {
      labelled.push(index)
      lastAt = at
    }
  })
  const path = points
    .map(
      (_, index) =>
        `${index ? 'L' : 'M'}${centres[index]!.toFixed(1)},${y(values[index]!).toFixed(1)}`,
    )
    .join('')
  return {
    orientation: 'columns',
    width,
    height,
    plot,
    marks,
    // The axes write whole numbers (VizAxes): whole-number ticks, unless the range is too small.
    valueTicks: y
      .ticks(5)
      .filter((value) => high - low < 4 || Number.isInteger(value))
      .map((value) => ({ value, at: y(value) })),
    labelled,
    centres,
    path,
  }
}
