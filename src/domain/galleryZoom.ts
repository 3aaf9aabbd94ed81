/**
 * Zoom and pan of a picture in the viewer, as plain maths: a scale `k` and a translation `x, y`
 * (CSS `translate(x, y) scale(k)` with the origin at the top left of a box `width`×`height`).
 * Zooming keeps the point under the pointer still; panning never shows anything beyond the box.
 */

export interface ZoomState {
  k: number
  x: number
  y: number
}

export interface Box {
  width: number
  height: number
}

export const identity: ZoomState = { k: 1, x: 0, y: 0 }
export const MIN_ZOOM = 1
export const MAX_ZOOM = 8

/** Keeps the scaled box covering the view: x in [width(1-k), 0], y likewise. */
export function clampPan(state: ZoomState, box: Box): ZoomState {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, state.k))
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size * (1 - k), v))
  return { k, x: clamp(state.x, box.width), y: clamp(state.y, box.height) }
}

/** Scales by `factor` around a point of the view (`{x, y}` in view pixels). */
export function zoomAt(
  state: ZoomState,
  factor: number,
  point: { x: number; y: number },
  box: Box,
): ZoomState {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, state.k * factor))
  const ratio = k / state.k
  return clampPan(
    { k, x: point.x - (point.x - state.x) * ratio, y: point.y - (point.y - state.y) * ratio },
    box,
  )
}

/** Moves by a pointer's drag (only meaningful when zoomed in). */
export function panBy(state: ZoomState, dx: number, dy: number, box: Box): ZoomState {
  return clampPan({ k: state.k, x: state.x + dx, y: state.y + dy }, box)
}

/** The CSS transform of a state. */
export function zoomTransform(state: ZoomState): string {
  return `translate(${state.x}px, ${state.y}px) scale(${state.k})`
}

/**
 * What a finished one-finger gesture means when not zoomed in: a swipe to the next or previous
 * file (in reading order: `dir` flips it for right-to-left), or nothing.
 */
export function swipeDirection(
  dx: number,
  dy: number,
  dir: 'ltr' | 'rtl',
  threshold = 50,
): 'next' | 'previous' | null {
  if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return null
  const towardsStart = dx > 0
  if (dir === 'rtl') return towardsStart ? 'next' : 'previous'
  return towardsStart ? 'previous' : 'next'
}
