// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  clampPan,
  identity,
  MAX_ZOOM,
  panBy,
  swipeDirection,
  zoomAt,
  zoomTransform,
} from './galleryZoom'

const box = { width: 800, height: 600 }

describe('zoom and pan', () => {
  it('keeps the point under the pointer still', () => {
    const zoomed = zoomAt(identity, 2, { x: 200, y: 150 }, box)
    expect(zoomed).toEqual({ k: 2, x: -200, y: -150 })
    // The image point (100, 75) was at (200, 150) and still is: x + 100·k = 200.
    expect(zoomed.x + 100 * zoomed.k).toBe(0)
    const centred = zoomAt(identity, 2, { x: 400, y: 300 }, box)
    expect(centred).toEqual({ k: 2, x: -400, y: -300 })
  })

  it.each([
    [identity, 0.5, { k: 1, x: 0, y: 0 }],
    [identity, 100, { k: MAX_ZOOM, x: 0, y: 0 }],
    [{ k: 4, x: -1000, y: -900 }, 0.25, { k: 1, x: 0, y: 0 }],
  ])('stays between the limits (%j × %f)', (state, factor, expected) => {
    expect(zoomAt(state, factor, { x: 0, y: 0 }, box)).toEqual(expected)
  })

  it('pans only as far as the picture goes', () => {
    const zoomed = { k: 2, x: -400, y: -300 }
    expect(panBy(zoomed, 100, 50, box)).toEqual({ k: 2, x: -300, y: -250 })
    expect(panBy(zoomed, 1000, 1000, box)).toEqual({ k: 2, x: 0, y: 0 })
    expect(panBy(zoomed, -1000, -1000, box)).toEqual({ k: 2, x: -800, y: -600 })
    expect(panBy(identity, 50, 50, box)).toEqual(identity)
    expect(clampPan({ k: 0.5, x: 10, y: 10 }, box)).toEqual(identity)
    expect(zoomTransform({ k: 2, x: -3, y: 4 })).toBe('translate(-3px, 4px) scale(2)')
  })
})

describe('swipeDirection', () => {
  it.each([
    [-120, 5, 'ltr', 'next'],
    [120, 5, 'ltr', 'previous'],
    [-120, 5, 'rtl', 'previous'],
    [120, 5, 'rtl', 'next'],
    [-30, 0, 'ltr', null],
    [-120, 100, 'ltr', null],
  ] as const)('dx %i dy %i in %s is %s', (dx, dy, dir, expected) => {
    expect(swipeDirection(dx, dy, dir)).toBe(expected)
  })
})
