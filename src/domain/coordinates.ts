/**
 * Coordinates on Earth: Wikibase globe-coordinate values, WKT points from the query service,
 * bounds and zoom levels. Plain functions, so the map's arithmetic is tested without a map.
 */
import { bestStatements, type Entity } from './entity'
import { idFromUri } from './ids'

/** Wikidata's item for Earth, the globe of coordinates with no globe given. */
export const EARTH = 'Q2'

export interface LatLon {
  lat: number
  lon: number
}

/** A point with the precision (in degrees) that Wikibase gives, when it gives one. */
export interface GeoPoint extends LatLon {
  precision: number | null
}

export interface Bounds {
  south: number
  west: number
  north: number
  east: number
}

/** Longitude folded into [-180, 180]; Wikibase accepts values up to ±360. */
export function wrapLongitude(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180
  return wrapped === -180 && lon > 0 ? 180 : wrapped
}

/** A checked point: finite, latitude within ±90, longitude within ±360 (folded); else null. */
export function checkLatLon(lat: unknown, lon: unknown): LatLon | null {
  if (typeof lat !== 'number' || typeof lon !== 'number') return null
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null
  if (Math.abs(lat) > 90 || Math.abs(lon) > 360) return null
  return { lat, lon: wrapLongitude(lon) }
}

/** An entity's coordinates (best-ranked P625): points on Earth, and the other globes named. */
export function entityCoordinates(entity: Entity): { points: GeoPoint[]; otherGlobes: string[] } {
  const points: GeoPoint[] = []
  const otherGlobes: string[] = []
  for (const statement of bestStatements(entity, 'P625')) {
    const value = statement.value
    if (value.type !== 'coordinate') continue
    if (value.globe !== null && value.globe !== EARTH) {
      if (!otherGlobes.includes(value.globe)) otherGlobes.push(value.globe)
      continue
    }
    const point = checkLatLon(value.lat, value.lon)
    const precision =
      value.precision !== null && value.precision > 0 && Number.isFinite(value.precision)
        ? value.precision
        : null
    if (point && !points.some((p) => p.lat === point.lat && p.lon === point.lon)) {
      points.push({ ...point, precision })
    }
  }
  return { points, otherGlobes }
}

const wktPattern =
  /^\s*(?:<([^>\s]+)>\s+)?POINT\s*\(\s*([-+]?[\d.]+(?:e[-+]?\d+)?)\s+([-+]?[\d.]+(?:e[-+]?\d+)?)\s*\)\s*$/i

/**
 * Reads a `geo:wktLiteral` as the query service writes P625: `Point(lon lat)`, preceded by
 * `<globe IRI>` when the globe is not Earth. Null when it is not a valid point.
 */
export function parseWktPoint(text: string): (LatLon & { globe: string }) | null {
  const match = wktPattern.exec(text)
  if (!match) return null
  const globe = match[1] ? (idFromUri(match[1]) ?? match[1]) : EARTH
  const point = checkLatLon(Number(match[3]), Number(match[2]))
  return point ? { ...point, globe } : null
}

/**
 * The smallest bounds holding every point. Points on both sides of the antimeridian give bounds
 * whose east edge passes 180° (Leaflet draws them across the date line, not around the world).
 */
export function boundsOf(points: readonly LatLon[]): Bounds | null {
  if (!points.length) return null
  let south = 90
  let north = -90
  const lons = points.map((p) => p.lon).sort((a, b) => a - b)
  for (const { lat } of points) {
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  // The widest gap between neighbouring longitudes is where the bounds should not be.
  let gap = (lons[0] ?? 0) + 360 - (lons[lons.length - 1] ?? 0)
  let west = lons[0] ?? 0
  let east = lons[lons.length - 1] ?? 0
  for (let i = 1; i < lons.length; i++) {
    const a = lons[i - 1] ?? 0
    const b = lons[i] ?? 0
    if (b - a > gap) {
      gap = b - a
      west = b
      east = a + 360
    }
  }
  return { south, west, north, east }
}

/** The middle of bounds, longitude folded back into ±180. */
export function boundsCenter(bounds: Bounds): LatLon {
  return {
    lat: (bounds.south + bounds.north) / 2,
    lon: wrapLongitude((bounds.west + bounds.east) / 2),
  }
}

/** True when a point lies within bounds (bounds may pass the antimeridian). */
export function boundsContain(bounds: Bounds, point: LatLon): boolean {
  if (point.lat < bounds.south || point.lat > bounds.north) return false
  const lon = point.lon < bounds.west ? point.lon + 360 : point.lon
  return lon >= bounds.west && lon <= bounds.east
}

/** A zoom level that a coordinate's precision supports (1° ≈ a country, 0.0001° ≈ a house). */
export function precisionZoom(precision: number | null): number {
  if (precision === null || !(precision > 0)) return 18
  return Math.max(3, Math.min(18, Math.round(Math.log2(360 / precision) - 2)))
}

/** Great-circle distance in metres. */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)))
}
