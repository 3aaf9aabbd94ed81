/**
 * The topic map as data: its layers, the points on them, where a topic is (its own coordinates,
 * else what it is located in), the zoom and search radius its kind calls for, and the map's view
 * as URL state.
 */
import type { MediaFile } from './commons'
import { bestStatements, type Entity } from './entity'
import { entityCoordinates, precisionZoom, type GeoPoint, type LatLon } from './coordinates'
import type { LangText } from './languages'
import type { QueryValue } from './route'

/** The toggleable layers, in the order they are listed. */
export const mapLayers = ['parts', 'nearby', 'photos', 'wanted', 'shape'] as const
export type MapLayerId = (typeof mapLayers)[number]

/**
 * Where a point comes from: the topic itself (or where it is located), a layer of the topic's
 * map, or a relation panel's map of related topics.
 */
export type MapPointSource = 'topic' | MapLayerId | 'related'

/** The sources drawn as layers of markers (everything but the topic's own pin). */
export type MapMarkerLayer = Exclude<MapPointSource, 'topic'>

/** One marker. */
export interface MapPoint {
  /** Unique on the map: source, item or file, and position. */
  key: string
  source: MapPointSource
  lat: number
  lon: number
  /** The item it stands for (null for a photo). */
  id: string | null
  label: LangText | null
  description: LangText | null
  /** P18 of the item, when known. */
  image: string | null
  /** The photo, for the photos layer. */
  file: MediaFile | null
}

/** Builds a point with its key. */
export function mapPoint(
  source: MapPointSource,
  at: LatLon,
  fields: Partial<Pick<MapPoint, 'id' | 'label' | 'description' | 'image' | 'file'>>,
): MapPoint {
  const what = fields.id ?? fields.file?.title ?? ''
  return {
    key: `${source}:${what}:${at.lat.toFixed(6)},${at.lon.toFixed(6)}`,
    source,
    lat: at.lat,
    lon: at.lon,
    id: fields.id ?? null,
    label: fields.label ?? null,
    description: fields.description ?? null,
    image: fields.image ?? null,
    file: fields.file ?? null,
  }
}

export const placeKinds = [
  'continent',
  'country',
  'region',
  'municipality',
  'settlement',
  'site',
] as const
export type PlaceKind = (typeof placeKinds)[number]

// Classes (P31 values) that tell how big a place is. Anything else is a site: a building, a mill.
const kindClasses: Record<Exclude<PlaceKind, 'site'>, readonly string[]> = {
  continent: ['Q5107'],
  country: ['Q6256', 'Q3624078', 'Q7275', 'Q3024240', 'Q1763527'],
  region: [
    'Q193512', // region of Finland
    'Q10864048', // first-level administrative country subdivision
    'Q13220204', // second-level administrative country subdivision
    'Q34876', // province
    'Q107390', // federated state
    'Q35657', // state of the United States
    'Q200547', // county of Sweden
    'Q82794', // geographic region
    'Q1620908', // historical region
  ],
  municipality: [
    'Q856076', // municipality of Finland
    'Q127448', // municipality of Sweden
    'Q15284', // municipality
    'Q515', // city
    'Q1549591', // big city
    'Q1637706', // city with millions of inhabitants
    'Q5119', // capital
    'Q3957', // town
    'Q484170', // commune of France
    'Q262166', // municipality of Germany
  ],
  settlement: [
    'Q486972', // human settlement
    'Q532', // village
    'Q5084', // hamlet
    'Q123705', // neighbourhood
    'Q2983893', // quarter
  ],
}

/** The kind of place its classes say; the largest wins when they disagree. */
export function placeKind(classes: readonly string[]): PlaceKind {
  for (const kind of placeKinds) {
    if (kind !== 'site' && kindClasses[kind].some((c) => classes.includes(c))) return kind
  }
  return 'site'
}

const kindZooms: Record<PlaceKind, number> = {
  continent: 3,
  country: 5,
  region: 7,
  municipality: 10,
  settlement: 13,
  site: 15,
}

/** The zoom that shows a place of this kind whole. */
export function kindZoom(kind: PlaceKind): number {
  return kindZooms[kind]
}

const kindRadii: Record<PlaceKind, number | null> = {
  continent: null,
  country: null,
  region: 10000,
  municipality: 5000,
  settlement: 2000,
  site: 1000,
}

/**
 * How far around the topic to look for nearby items and photos, in metres (geosearch allows at
 * most 10 km); null for places so large that "around the middle" means nothing.
 */
export function nearbyRadius(kind: PlaceKind): number | null {
  return kindRadii[kind]
}

/** The topic's classes (best-ranked P31). */
export function entityClasses(entity: Entity): string[] {
  return bestStatements(entity, 'P31').flatMap((s) =>
    s.value.type === 'entity' ? [s.value.id] : [],
  )
}

function entityValues(entity: Entity, property: string): string[] {
  return bestStatements(entity, property).flatMap((s) =>
    s.value.type === 'entity' && s.value.id.startsWith('Q') ? [s.value.id] : [],
  )
}

/** Where a topic is, decided from the entity alone. */
export type TopicPlace =
  /** Its own coordinates (P625), with the zoom and radius its kind gives. */
  | { type: 'point'; points: GeoPoint[]; kind: PlaceKind; zoom: number; radius: number | null }
  /** No coordinates of its own: the places it is located in, nearest first. */
  | { type: 'located'; location: string[]; admin: string[]; country: string[] }
  /** Coordinates only on other globes (Mars, the Moon…): said, not drawn. */
  | { type: 'other-globe'; globes: string[] }
  | { type: 'none' }

/** Where a topic is: its own coordinates, else where it is located, else nowhere. */
export function topicPlace(entity: Entity): TopicPlace {
  const { points, otherGlobes } = entityCoordinates(entity)
  if (points.length) {
    const kind = placeKind(entityClasses(entity))
    const zoom = Math.min(kindZoom(kind), ...points.map((p) => precisionZoom(p.precision)))
    return { type: 'point', points, kind, zoom, radius: nearbyRadius(kind) }
  }
  if (otherGlobes.length) return { type: 'other-globe', globes: otherGlobes }
  const location = entityValues(entity, 'P276')
  const admin = entityValues(entity, 'P131')
  const country = entityValues(entity, 'P17')
  if (location.length || admin.length || country.length) {
    return { type: 'located', location, admin, country }
  }
  return { type: 'none' }
}

/** The map's shareable view: `?map=lat,lon,zoom&maplayers=parts,photos`. */
export interface MapView {
  center: LatLon | null
  zoom: number | null
  /** The visible layers; null when the URL does not say (all are shown). */
  layers: MapLayerId[] | null
}

export const mapMaxZoom = 19

function first(value: QueryValue): string | undefined {
  const one = Array.isArray(value) ? value[0] : value
  return typeof one === 'string' ? one : undefined
}

/** Reads the map view from a route query; what is malformed is ignored. */
export function readMapView(query: Record<string, QueryValue>): MapView {
  const view: MapView = { center: null, zoom: null, layers: null }
  const parts = (first(query.map) ?? '').split(',')
  if (parts.length === 3 && parts.every((p) => p.trim() !== '')) {
    const [lat, lon, zoom] = parts.map(Number) as [number, number, number]
    if (
      Number.isFinite(lat) &&
      Math.abs(lat) <= 90 &&
      Number.isFinite(lon) &&
      Math.abs(lon) <= 180
    ) {
      view.center = { lat, lon }
    }
    if (Number.isInteger(zoom) && zoom >= 0 && zoom <= mapMaxZoom) view.zoom = zoom
    if (!view.center || view.zoom === null) {
      view.center = null
      view.zoom = null
    }
  }
  const layers = first(query.maplayers)
  if (layers !== undefined) {
    const given = layers.split(',')
    view.layers = mapLayers.filter((layer) => given.includes(layer))
  }
  return view
}

/** Writes the map view as query parameters (`undefined` removes one). */
export function mapViewQuery(view: MapView): Record<string, string | undefined> {
  return {
    map:
      view.center && view.zoom !== null
        ? `${view.center.lat.toFixed(5)},${view.center.lon.toFixed(5)},${view.zoom}`
        : undefined,
    maplayers: view.layers ? view.layers.join(',') : undefined,
  }
}
