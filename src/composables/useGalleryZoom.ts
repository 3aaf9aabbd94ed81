/**
 * Zoom and pan of the viewer's picture by wheel, pinch, drag, double click and buttons; a
 * one-finger swipe when not zoomed in is handed back as "next" or "previous". The maths is in
 * domain/galleryZoom.ts; this is the pointer plumbing.
 */
import { computed, shallowRef, type Ref } from 'vue'
import {
  identity,
  panBy,
  swipeDirection,
  zoomAt,
  zoomTransform,
  type Box,
  type ZoomState,
} from '../domain/galleryZoom'

/** Zoom state and handlers for a stage element. */
export function useGalleryZoom(
  stage: Ref<HTMLElement | null>,
  options: { dir: () => 'ltr' | 'rtl'; onSwipe: (to: 'next' | 'previous') => void },
) {
  const state = shallowRef<ZoomState>(identity)
  const pointers = new Map<number, { x: number; y: number }>()
  let start: { x: number; y: number } | null = null
  let pinch: { distance: number } | null = null

  const box = (): Box => ({
    width: stage.value?.clientWidth ?? 0,
    height: stage.value?.clientHeight ?? 0,
  })
  const local = (event: { clientX: number; clientY: number }) => {
    const rect = stage.value?.getBoundingClientRect()
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) }
  }
  const centre = () => ({ x: box().width / 2, y: box().height / 2 })

  function zoomBy(factor: number, point = centre()) {
    state.value = zoomAt(state.value, factor, point, box())
  }

  function onWheel(event: WheelEvent) {
    event.preventDefault()
    zoomBy(Math.exp(-event.deltaY * 0.002), local(event))
  }

  function onPointerDown(event: PointerEvent) {
    pointers.set(event.pointerId, local(event))
    stage.value?.setPointerCapture?.(event.pointerId)
    if (pointers.size === 1) start = local(event)
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()]
      pinch = { distance: Math.hypot(a!.x - b!.x, a!.y - b!.y) || 1 }
      start = null
    }
  }

  function onPointerMove(event: PointerEvent) {
    const previous = pointers.get(event.pointerId)
    if (!previous) return
    const point = local(event)
    pointers.set(event.pointerId, point)
    if (pinch && pointers.size === 2) {
      const [a, b] = [...pointers.values()]
      const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y) || 1
      const mid = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 }
      zoomBy(distance / pinch.distance, mid)
      pinch = { distance }
    } else if (state.value.k > 1) {
      state.value = panBy(state.value, point.x - previous.x, point.y - previous.y, box())
    }
  }

  function onPointerUp(event: PointerEvent) {
    const point = local(event)
    pointers.delete(event.pointerId)
    if (pointers.size < 2) pinch = null
    if (start && pointers.size === 0 && state.value.k === 1) {
      const to = swipeDirection(point.x - start.x, point.y - start.y, options.dir())
      if (to) options.onSwipe(to)
    }
    if (pointers.size === 0) start = null
  }

  function onDoubleClick(event: MouseEvent) {
    if (state.value.k > 1) state.value = identity
    else zoomBy(2.5, local(event))
  }

  return {
    state,
    transform: computed(() => zoomTransform(state.value)),
    zoomed: computed(() => state.value.k > 1),
    zoomIn: () => zoomBy(1.5),
    zoomOut: () => zoomBy(1 / 1.5),
    reset: () => (state.value = identity),
    handlers: {
      wheel: onWheel,
      pointerdown: onPointerDown,
      pointermove: onPointerMove,
      pointerup: onPointerUp,
      pointercancel: onPointerUp,
      dblclick: onDoubleClick,
    },
  }
}
