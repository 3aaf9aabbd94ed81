/**
 * The camera location of a file as a small static map: the slippy-map tiles (Web Mercator) that
 * cover a square around the point, where each tile goes and where the marker goes. No map library:
 * the gallery shows a few <img> tiles and a link to OpenStreetMap.
 */

export interface PlacedTile {
  z: number
  x: number
  y: number
  /** Position of the tile's top-left corner inside the view, in pixels. */
  left: number
  top: number
}

export interface StaticMap {
  tiles: PlacedTile[]
  /** The point inside the view, in pixels (the view's centre unless clamped at the poles). */
  marker: { left: number; top: number }
}

const TILE = 256
const MAX_LAT = 85.05112878

/** The world pixel of a point at a zoom level (Web Mercator, 256-pixel tiles). */
export function worldPixel(lat: number, lon: number, z: number): { x: number; y: number } {
  const scale = TILE * 2 ** z
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat))
  const sin = Math.sin((clamped * Math.PI) / 180)
  const x = ((lon + 180) / 360) * scale
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale
  return { x: ((x % scale) + scale) % scale, y }
}

/** The tiles covering a `size`×`size` view centred on a point at zoom `z`. */
export function staticMap(lat: number, lon: number, z: number, size = TILE): StaticMap {
  const n = 2 ** z
  const world = worldPixel(lat, lon, z)
  const top = Math.max(0, Math.min(n * TILE - size, world.y - size / 2))
  const left = world.x - size / 2
  const tiles: PlacedTile[] = []
  for (let ty = Math.floor(top / TILE); ty * TILE < top + size && ty < n; ty++) {
    for (let tx = Math.floor(left / TILE); tx * TILE < left + size; tx++) {
      tiles.push({
        z,
        x: ((tx % n) + n) % n,
        y: ty,
        left: Math.round(tx * TILE - left),
        top: Math.round(ty * TILE - top),
      })
    }
  }
  return { tiles, marker: { left: Math.round(world.x - left), top: Math.round(world.y - top) } }
}

/** A link to the point on openstreetmap.org, with a marker. */
export function osmLink(lat: number, lon: number, z = 15): string {
  const la = lat.toFixed(5)
  const lo = lon.toFixed(5)
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=${z}/${la}/${lo}`
}
