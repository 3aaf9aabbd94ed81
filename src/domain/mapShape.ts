/**
 * A topic's shape (P3896 geoshape): a `Data:….map` page on Commons holding GeoJSON. These checks
 * keep what a map can draw and drop the rest, so a damaged page cannot break the map.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'
import { bestStatements, type Entity } from './entity'
import { isRecord } from './guards'

/** The Commons page of the topic's shape (`Data:Finland.map`), if it has one. */
export function geoShapeTitle(entity: Entity): string | null {
  for (const statement of bestStatements(entity, 'P3896')) {
    const value = statement.value
    const title = value.type === 'page' ? value.title : value.type === 'string' ? value.value : ''
    if (/^Data:.+\.map$/i.test(title)) return title
  }
  return null
}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(value[1] as number) <= 90 &&
    Math.abs(value[0] as number) <= 360
  )
}

/** True when `value` nests positions `depth` arrays deep (1: a line, 2: a polygon…). */
function isNested(value: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(value)
  return Array.isArray(value) && value.length > 0 && value.every((v) => isNested(v, depth - 1))
}

const depths: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
}

function geometry(value: unknown): Geometry | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null
  if (value.type === 'GeometryCollection') {
    const parts = Array.isArray(value.geometries) ? value.geometries.map(geometry) : []
    const kept = parts.filter((g): g is Geometry => g !== null)
    return kept.length ? { type: 'GeometryCollection', geometries: kept } : null
  }
  const depth = depths[value.type]
  if (depth === undefined || !isNested(value.coordinates, depth)) return null
  return { type: value.type, coordinates: value.coordinates } as Geometry
}

function feature(value: unknown): Feature[] {
  if (!isRecord(value)) return []
  if (value.type === 'FeatureCollection') {
    return Array.isArray(value.features) ? value.features.flatMap(feature) : []
  }
  if (value.type === 'Feature') {
    const shape = geometry(value.geometry)
    return shape ? [{ type: 'Feature', geometry: shape, properties: {} }] : []
  }
  const shape = geometry(value)
  return shape ? [{ type: 'Feature', geometry: shape, properties: {} }] : []
}

/**
 * Reads a `.map` page (its JSON: `{ license, data: <GeoJSON> }`, or bare GeoJSON) into the
 * features a map can draw; null when nothing drawable is left.
 */
export function parseGeoShape(body: unknown): FeatureCollection | null {
  const data = isRecord(body) && 'data' in body ? body.data : body
  const features = feature(data)
  return features.length ? { type: 'FeatureCollection', features } : null
}
