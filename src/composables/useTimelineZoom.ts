/**
 * d3-zoom on the timeline's SVG, for the horizontal axis only: wheel (with Ctrl, or once the chart
 * has focus), drag, pinch, and the keyboard through `zoomBy`/`panBy`. The zoom behaviour lives in
 * a plain variable, made when the SVG is mounted and removed before it goes; the visible range is
 * a shallowRef, updated at most once a frame while a gesture runs.
 */
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { scaleLinear } from 'd3-scale'
import { select } from 'd3-selection'
import {
  zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom'
import type { Span } from '../domain/timelineTime'
import { sameRange } from '../domain/timelineUrl'

/** The narrowest view: a week. */
const MIN_VIEW = 7 / 365.25

export interface TimelineZoomOptions {
  svg: Ref<SVGSVGElement | null>
  /** Everything there is to see; the view stays inside it. */
  domain: Ref<Span>
  width: Ref<number>
  /** The first view, from the URL. */
  initial: Span | null
  /** A gesture or key press has ended on this view. */
  onEnd: (view: Span) => void
}

/** Binds d3-zoom to the SVG and gives the visible range and the keyboard actions. */
export function useTimelineZoom(options: TimelineZoomOptions) {
  const view = shallowRef<Span>(options.initial ?? options.domain.value)
  let behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null
  let frame: number | null = null
  let pending: ZoomTransform | null = null
  // Placing the view for the first time or after a resize is no gesture of the reader's.
  let silent = false

  const base = () =>
    scaleLinear()
      .domain([options.domain.value.start, options.domain.value.end])
      .range([0, Math.max(options.width.value, 1)])

  const viewOf = (transform: ZoomTransform): Span => {
    const [start = 0, end = 1] = transform.rescaleX(base()).domain()
    return { start, end }
  }

  const transformFor = (span: Span): ZoomTransform => {
    const d = options.domain.value
    const k = (d.end - d.start) / Math.max(span.end - span.start, 1e-9)
    return zoomIdentity.scale(k).translate(-base()(span.start), 0)
  }

  function configure() {
    if (!behavior) return
    const w = Math.max(options.width.value, 1)
    // Only time moves: with the extent as tall as the translate extent, y stays put.
    const h = 1
    const d = options.domain.value
    behavior
      .extent([
        [0, 0],
        [w, h],
      ])
      .translateExtent([
        [0, 0],
        [w, h],
      ])
      .scaleExtent([1, Math.max(1, (d.end - d.start) / MIN_VIEW)])
  }

  const selection = () => (options.svg.value ? select(options.svg.value) : null)

  function apply(transform: ZoomTransform, quietly = false) {
    const s = selection()
    if (!s || !behavior) return
    silent = quietly
    try {
      s.call(behavior.transform, transform)
    } finally {
      silent = false
    }
  }

  onMounted(() => {
    const svg = options.svg.value
    if (!svg) return
    behavior = zoom<SVGSVGElement, unknown>()
      // The page keeps its wheel: the chart zooms on the wheel with Ctrl, or when it has focus.
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent
          return wheel.ctrlKey || wheel.metaKey || document.activeElement === svg
        }
        const mouse = event as MouseEvent
        return !mouse.ctrlKey && !mouse.button
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Key presses and buttons update at once; gestures once a frame.
        if (!event.sourceEvent || typeof requestAnimationFrame === 'undefined') {
          view.value = viewOf(event.transform)
          return
        }
        pending = event.transform
        frame ??= requestAnimationFrame(() => {
          frame = null
          if (pending) view.value = viewOf(pending)
          pending = null
        })
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        view.value = viewOf(event.transform)
        if (!silent) options.onEnd(view.value)
      })
    configure()
    select(svg).call(behavior)
    apply(transformFor(options.initial ?? options.domain.value), true)
  })

  // A new width or domain keeps what is in view; but a view of everything (the reader has not
  // zoomed yet) grows with the domain, as events that arrive later (related items, media) widen it.
  watch([options.width, options.domain], (_, [, before]) => {
    const current = view.value
    const whole = before !== undefined && sameRange(current, before)
    configure()
    apply(transformFor(whole ? options.domain.value : current), true)
  })

  onBeforeUnmount(() => {
    if (frame !== null && typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(frame)
    selection()?.on('.zoom', null)
    behavior = null
  })

  const current = () => (options.svg.value ? zoomTransform(options.svg.value) : zoomIdentity)

  return {
    view,
    /** Zooms around the middle of the view: above 1 in, below 1 out. */
    zoomBy(factor: number) {
      const s = selection()
      if (s && behavior) s.call(behavior.scaleBy, factor, [options.width.value / 2, 0])
    },
    /** Moves the view by a fraction of its width: positive is later in time. */
    panBy(fraction: number) {
      const s = selection()
      if (s && behavior)
        s.call(behavior.translateBy, (-fraction * options.width.value) / current().k, 0)
    },
    /** Shows a range (kept inside the domain). */
    show(span: Span) {
      apply(transformFor(span))
    },
    /** Shows everything. */
    reset() {
      apply(zoomIdentity)
    },
  }
}
