/**
 * A topic's shape (P3896 geoshape): a `Data:….map` page on Commons holding GeoJSON. These checks
 * keep what a map can draw and drop the rest, so a damaged page cannot break the map.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'
import { bestStatements, type Entity } from './entity'
import { isRecord, ShapeError } from './guards'

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

/** Positions drawn at most: a larger shape is thinned out (every n-th position) to this. */
export const shapeMaxPositions = 20000
/** Characters of page content read at most (Commons allows 2 MB pages; JsonConfig allows more). */
export const shapeMaxChars = 4_000_000

/** What the shape page gave: a drawable shape, or why there is none. */
export type GeoShape =
  | {
      status: 'ok'
      shape: FeatureCollection
      /** Polygons, lines and points drawn (a multi-part geometry counts each part). */
      parts: number
      /** True when the shape had more than `shapeMaxPositions` positions and was thinned out. */
      simplified: boolean
    }
  | { status: 'missing' }
  | { status: 'malformed' }
  | { status: 'too-large' }

function geometries(shape: FeatureCollection): Geometry[] {
  const out: Geometry[] = []
  const visit = (g: Geometry) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(visit)
    else out.push(g)
  }
  for (const f of shape.features) if (f.geometry) visit(f.geometry)
  return out
}

function positionsIn(value: unknown): number {
  if (isPosition(value)) return 1
  return Array.isArray(value) ? value.reduce((n: number, v) => n + positionsIn(v), 0) : 0
}

/** How many positions a shape has. */
export function shapePositions(shape: FeatureCollection): number {
  return geometries(shape).reduce(
    (n, g) => n + ('coordinates' in g ? positionsIn(g.coordinates) : 0),
    0,
  )
}

/** Polygons, lines and points in a shape (each part of a multi-part geometry counted). */
export function shapeParts(shape: FeatureCollection): number {
  return geometries(shape).reduce((n, g) => {
    if (g.type === 'MultiPolygon' || g.type === 'MultiLineString' || g.type === 'MultiPoint') {
      return n + g.coordinates.length
    }
    return n + 1
  }, 0)
}

/** Keeps every `step`-th position of a line and its last; a ring stays closed with 4 or more. */
function thin(line: Position[], step: number, ring: boolean): Position[] {
  if (step <= 1) return line
  const minimum = ring ? 4 : 2
  if (line.length <= minimum) return line
  const kept = line.filter((_, i) => i % step === 0)
  const last = line[line.length - 1] as Position
  if (kept[kept.length - 1] !== last) kept.push(last)
  if (kept.length >= minimum) return kept
  // Too few left: keep evenly spread positions instead.
  const spread = Array.from(
    { length: minimum - 1 },
    (_, i) => line[Math.floor((i * (line.length - 1)) / (minimum - 1))] as Position,
  )
  return [...spread, last]
}

function thinGeometry(g: Geometry, step: number): Geometry {
  switch (g.type) {
    case 'LineString':
      return { ...g, coordinates: thin(g.coordinates, step, false) }
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map((l) => thin(l, step, false)) }
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((r) => thin(r, step, true)) }
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => thin(r, step, true))) }
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((c) => thinGeometry(c, step)) }
    default:
      return g
  }
}

/** The shape with at most about `max` positions: lines and rings thinned out evenly. */
export function simplifyShape(
  shape: FeatureCollection,
  max = shapeMaxPositions,
): FeatureCollection {
  const total = shapePositions(shape)
  if (total <= max) return shape
  const step = Math.ceil(total / max)
  return {
    ...shape,
    features: shape.features.map((f) =>
      f.geometry ? { ...f, geometry: thinGeometry(f.geometry, step) } : f,
    ),
  }
}

/** The bounds of a shape's positions, or null for an empty one. */
export function shapeBounds(
  shape: FeatureCollection,
): { south: number; west: number; north: number; east: number } | null {
  let south = Infinity
  let west = Infinity
  let north = -Infinity
  let east = -Infinity
  const visit = (value: unknown) => {
    if (isPosition(value)) {
      const [lon, lat] = value as [number, number]
      south = Math.min(south, lat)
      north = Math.max(north, lat)
      west = Math.min(west, lon)
      east = Math.max(east, lon)
    } else if (Array.isArray(value)) value.forEach(visit)
  }
  for (const g of geometries(shape)) if ('coordinates' in g) visit(g.coordinates)
  return Number.isFinite(south) ? { south, west, north, east } : null
}

/** Reads the page content (a JSON string) of a `.map` page into what the map can draw. */
export function readGeoShape(content: string): GeoShape {
  if (content.length > shapeMaxChars) return { status: 'too-large' }
  let body: unknown
  try {
    body = JSON.parse(content)
  } catch {
    return { status: 'malformed' }
  }
  const parsed = parseGeoShape(body)
  if (!parsed) return { status: 'malformed' }
  const shape = simplifyShape(parsed)
  return { status: 'ok', shape, parts: shapeParts(shape), simplified: shape !== parsed }
}

/**
 * Maps a `prop=revisions&rvprop=content&rvslots=main` answer for one `.map` page (formatversion
 * 1 or 2): a missing page, or its content read by `readGeoShape`.
 */
export function mapGeoShapePage(body: unknown): GeoShape {
  const query = isRecord(body) && isRecord(body.query) ? body.query : null
  if (!query) throw new ShapeError('not a query response')
  const pages = Array.isArray(query.pages)
    ? query.pages
    : isRecord(query.pages)
      ? Object.values(query.pages)
      : []
  const page = pages.find(isRecord)
  if (!page || 'missing' in page || 'invalid' in page) return { status: 'missing' }
  const revision = Array.isArray(page.revisions) ? page.revisions.find(isRecord) : undefined
  const slots = revision && isRecord(revision.slots) ? revision.slots : undefined
  const slot = slots && isRecord(slots.main) ? slots.main : revision
  const content = slot ? (slot.content ?? slot['*']) : undefined
  if (typeof content !== 'string') return { status: 'missing' }
  return readGeoShape(content)
}
