/**
 * The chart's lanes for the visible range: which lanes there are (the topic, related topics,
 * media; empty ones left out), each laid out for the view, and where each sits. Lanes only grow
 * while one looks at them, so that zooming does not make the page below jump.
 */
import { computed, shallowRef, watch, type Ref } from 'vue'
import { scaleLinear } from 'd3-scale'
import { timelineLanes, type TimelineLane } from '../domain/timeline'
import { entryTitle, type TimelineEntry } from '../domain/timelineText'
import { layoutLane, type LaneLayout } from '../domain/timelineLayout'
import type { Span } from '../domain/timelineTime'

/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = 28
/** Height of a lane's name, and of each row of events. */
export const LANE_HEADER = 18
export const LANE_ROW = 22

const maxRows: Record<TimelineLane, number> = { topic: 6, related: 10, media: 6 }
// Past this many events in view, a lane is a density strip: hundreds of marks cost more to draw
// than a frame allows, and tell less than a histogram.
const DENSE_LIMIT = 300

const labelWidth = (entry: TimelineEntry | undefined) =>
  entry ? Math.min(entryTitle(entry).length, 40) * 6.6 + 6 : 0

/** Lays out the entries' lanes for the view, `width` pixels wide. */
export function useTimelineLanes(
  entries: Ref<TimelineEntry[]>,
  view: Ref<Span>,
  width: Ref<number>,
) {
  const lanes = computed(() =>
    timelineLanes.flatMap((lane) => {
      const list = entries.value.filter((e) => e.event.lane === lane)
      return list.length ? [{ lane, entries: list, events: list.map((e) => e.event) }] : []
    }),
  )
  const x = computed(() =>
    scaleLinear().domain([view.value.start, view.value.end]).range([0, width.value]),
  )
  const layouts = computed(() => {
    const out: Partial<Record<TimelineLane, LaneLayout>> = {}
    for (const l of lanes.value) {
      out[l.lane] = layoutLane(l.events, x.value, view.value, width.value, {
        maxRows: maxRows[l.lane],
        denseLimit: DENSE_LIMIT,
        labelWidth: (i) => labelWidth(l.entries[i]),
      })
    }
    return out
  })

  const rows = shallowRef<Partial<Record<TimelineLane, number>>>({})
  watch(entries, () => (rows.value = {}))
  watch(
    layouts,
    (current) => {
      const next = { ...rows.value }
      let changed = false
      for (const l of lanes.value) {
        const layout = current[l.lane]
        const needed = Math.max(layout?.rows ?? 1, layout?.bins.length ? 3 : 1)
        if (needed > (next[l.lane] ?? 0)) {
          next[l.lane] = needed
          changed = true
        }
      }
      if (changed) rows.value = next
    },
    { immediate: true },
  )

  const laneHeight = (lane: TimelineLane) =>
    LANE_HEADER + Math.max(1, rows.value[lane] ?? 1) * LANE_ROW + 6
  const laneTops = computed(() => {
    let y = AXIS_HEIGHT + 4
    return lanes.value.map((l) => {
      const top = y
      y += laneHeight(l.lane) + 4
      return top
    })
  })
  const height = computed(() =>
    lanes.value.reduce((sum, l) => sum + laneHeight(l.lane) + 4, AXIS_HEIGHT + 4),
  )
  /** Pixel positions of a lane's events' surely covered parts, by event index. */
  const inner = (lane: number) => (index: number) => {
    const span = lanes.value[lane]?.events[index]?.inner
    return span ? ([x.value(span.start), x.value(span.end)] as [number, number]) : null
  }
  return { lanes, x, layouts, laneHeight, laneTops, height, inner }
}
