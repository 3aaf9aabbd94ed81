// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { osmLink, staticMap, worldPixel } from './galleryMap'

describe('worldPixel', () => {
  it.each([
    [0, 0, 0, { x: 128, y: 128 }],
    [0, -180, 1, { x: 0, y: 256 }],
    [85.05112878, 0, 0, { x: 128, y: 0 }],
    [90, 0, 0, { x: 128, y: 0 }],
  ])('(%f, %f) at z%i', (lat, lon, z, expected) => {
    const { x, y } = worldPixel(lat, lon, z)
    expect(x).toBeCloseTo(expected.x, 3)
    expect(y).toBeCloseTo(expected.y, 3)
  })
})

describe('staticMap', () => {
  it('covers a view centred on the point with the tiles around it', () => {
    const map = staticMap(61.0622, 26.6398, 13, 160)
    expect(map.marker).toEqual({ left: 80, top: 80 })
    expect(map.tiles.length).toBeGreaterThanOrEqual(1)
    expect(map.tiles.length).toBeLessThanOrEqual(4)
    for (const tile of map.tiles) {
      expect(tile.left).toBeGreaterThan(-256)
      expect(tile.left).toBeLessThan(160)
      expect(tile.top).toBeGreaterThan(-256)
      expect(tile.top).toBeLessThan(160)
    }
    // The tile under the marker contains the point.
    const under = map.tiles.find(
      (t) => t.left <= 80 && t.left + 256 > 80 && t.top <= 80 && t.top + 256 > 80,
    )
    expect(under).toMatchObject({ z: 13, x: 4702, y: 2329 })
  })

  it('wraps around the antimeridian and stays inside the world at the poles', () => {
    const east = staticMap(0, 179.99, 2, 256)
    expect(east.tiles.map((t) => `${t.x}/${t.y}`).sort()).toEqual(['0/1', '0/2', '3/1', '3/2'])
    const north = staticMap(89, 0, 1, 256)
    expect(north.tiles.every((t) => t.y >= 0)).toBe(true)
    expect(north.marker.top).toBeLessThan(128)
  })

  it('links to OpenStreetMap with a marker', () => {
    expect(osmLink(61.0622, 26.6398)).toBe(
      'https://www.openstreetmap.org/?mlat=61.06220&mlon=26.63980#map=15/61.06220/26.63980',
    )
  })
})
