/**
 * The map's data. Where the topic is comes from the entity itself (no request when it has
 * coordinates). The layers then come in one wave of at most three requests: one query-service
 * request (parts and contents, heritage without a photo and, for a topic without coordinates, the
 * places it is located in), Wikidata geosearch (nearby items, with their names and pictures in the
 * same answer) and Commons geosearch (photos); a topic with a shape (P3896) adds its `.map` page
 * to that wave. A topic without coordinates gets its nearby items and photos around the place it
 * is located in, in a second wave once the query has said where that is. Each layer fails on its
 * own.
 */
import { computed, shallowRef, type Ref } from 'vue'
import { useServices, type Services } from '../services'
import { useSection, asApiError } from './useSection'
import type { ApiError } from '../api/http'
import { pickText, type LangText } from '../domain/languages'
import { fileTitle } from '../domain/commons'
import { bestStatements, type Entity } from '../domain/entity'
import {
  mapPoint,
  nearbyRadius,
  topicPlace,
  type MapLayerId,
  type MapPoint,
  type TopicPlace,
} from '../domain/map'
import { geoShapeTitle } from '../domain/mapShape'
import {
  itemDetailsQuery,
  locatePlace,
  mapItemDetails,
  mapLayerRows,
  mapLayersQuery,
  type LocatedPlace,
} from '../domain/mapQuery'
import { isAbort } from '../api/http'
import type { NearbyFile, NearbyItem } from '../domain/geosearch'

/** Rows per layer asked of the query service. */
export const mapLayerLimit = 5000
/** Nearby items and photos asked for (one geosearch page each). */
export const nearbyLimit = 50

export interface MapLayerData {
  points: MapPoint[]
  error: ApiError | null
}

export interface MapData {
  /** Where the topic is shown when it has no coordinates; null when it has them. */
  located: LocatedPlace | null
  /** The place the nearby items and photos are around, when it is not the topic itself. */
  around: LocatedPlace['points'][number] | null
  layers: Partial<Record<MapLayerId, MapLayerData>>
}

/**
 * Which layers a place can have: nearby and photos need a point and a radius (for a topic
 * without coordinates, those of the place it is located in, once known); a shape needs P3896.
 */
export function layersFor(
  place: TopicPlace,
  options: { located?: LocatedPlace | null; shape?: boolean } = {},
): MapLayerId[] {
  const shape: MapLayerId[] = options.shape ? ['shape'] : []
  if (place.type === 'point') {
    const around: MapLayerId[] = place.radius ? ['nearby', 'photos'] : []
    return ['parts', ...around, 'wanted', ...shape]
  }
  if (place.type !== 'located') return []
  const located = options.located
  const around: MapLayerId[] = located && nearbyRadius(located.kind) ? ['nearby', 'photos'] : []
  return ['parts', ...around, ...shape]
}

function wantedAreas(entity: Entity, place: TopicPlace): string[] {
  if (place.type !== 'point') return []
  if (place.kind !== 'site') return [entity.id]
  const admin = bestStatements(entity, 'P131').flatMap((s) =>
    s.value.type === 'entity' ? [s.value.id] : [],
  )
  return [entity.id, ...admin]
}

/** Lets the browser run other tasks (input, paint) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

const settled = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ value, error: null }),
    (error: unknown) => {
      if (isAbort(error)) throw error
      return { value: null, error: asApiError(error) }
    },
  )

interface Settled<T> {
  value: T | null
  error: ApiError | null
}

/** Nearby items (with their names) and photos around a point: two requests, side by side. */
function around(
  { wikidata, commons }: Pick<Services, 'wikidata' | 'commons'>,
  at: { lat: number; lon: number; radius: number },
  lang: string,
  signal: AbortSignal,
): Promise<[Settled<NearbyItem[]>, Settled<NearbyFile[]>]> {
  return Promise.all([
    settled(
      wikidata.getItemsNear(at.lat, at.lon, {
        radius: at.radius,
        limit: nearbyLimit,
        termsLanguage: lang,
        signal,
      }),
    ),
    settled(
      commons.getFilesNear(at.lat, at.lon, {
        radius: at.radius,
        width: 240,
        lang,
        limit: nearbyLimit,
        signal,
      }),
    ),
  ])
}

interface MapInput {
  entity: Entity
  chain: string[]
  lang: string
  place: Extract<TopicPlace, { type: 'point' | 'located' }>
}

/** The one wave of map requests for a topic that has a place, and the layers made of them. */
async function loadMap(
  { sparql, wikidata, commons }: Pick<Services, 'sparql' | 'wikidata' | 'commons'>,
  input: MapInput,
  signal: AbortSignal,
): Promise<MapData> {
  const { place } = input
  const locatedIn =
    place.type === 'located' ? [...place.location, ...place.admin, ...place.country] : []
  const query = mapLayersQuery({
    topic: input.entity.id,
    chain: input.chain,
    wantedIn: wantedAreas(input.entity, place),
    wantedByCountry: place.type === 'point' && place.kind === 'country',
    locatedIn,
    limit: mapLayerLimit,
  })
  const center = place.type === 'point' ? place.points[0] : undefined
  const radius = place.type === 'point' ? place.radius : null
  const first = center && radius ? { lat: center.lat, lon: center.lon, radius } : null
  const [rows, firstAround] = await Promise.all([
    settled(
      query
        ? sparql
            .runQuery(query, signal)
            // Parsing thousands of rows and drawing them are two tasks, not one long one.
            .then(async (rows) =>
              rows.length > 500 ? (await nextTask(), mapLayerRows(rows)) : mapLayerRows(rows),
            )
        : Promise.resolve(null),
    ),
    first ? around({ wikidata, commons }, first, input.lang, signal) : Promise.resolve(null),
  ])
  // Without a place to stand on there is no map: the query's failure is the section's.
  if (place.type === 'located' && rows.error) throw rows.error
  const result = rows.value
  const located = place.type === 'located' && result ? locatePlace(place, result.places) : null
  // A topic without coordinates: nearby items and photos around where it is, a second wave.
  const where = located?.points[0]
  const second = located && where ? nearbyRadius(located.kind) : null
  const [nearby, photos] =
    firstAround ??
    (where && second
      ? await around(
          { wikidata, commons },
          { lat: where.lat, lon: where.lon, radius: second },
          input.lang,
          signal,
        )
      : [null, null])
  const out: MapData = {
    located,
    around: !first && second && where ? where : null,
    layers: {},
  }
  const known = new Set([input.entity.id, ...(result?.parts ?? []).map((p) => p.id)])
  if (located) for (const p of located.points) if (p.id) known.add(p.id)
  out.layers.parts = { points: result?.parts ?? [], error: rows.error }
  if (place.type === 'point') {
    out.layers.wanted = { points: result?.wanted ?? [], error: rows.error }
  }
  if (nearby && photos) {
    out.layers.nearby = {
      points: (nearby.value ?? [])
        .filter((hit) => !known.has(hit.id))
        .map((hit) => mapPoint('nearby', hit, { id: hit.id, ...hit.terms })),
      error: nearby.error,
    }
    out.layers.photos = {
      points: (photos.value ?? []).map((hit) =>
        mapPoint('photos', hit, {
          file: hit.file,
          label: pickText(hit.file.description, input.chain, true),
        }),
      ),
      error: photos.error,
    }
  }
  if ((out.layers.parts?.points.length ?? 0) + (out.layers.wanted?.points.length ?? 0) > 500) {
    await nextTask()
  }
  return out
}

/** Loads the map of an entity in a content-language chain. */
export function useMapData(entity: Ref<Entity>, chain: Ref<string[]>, lang: Ref<string>) {
  const services = useServices()
  const { sparql, wikidata, commons } = services
  const place = computed(() => topicPlace(entity.value))
  const shapeTitle = computed(() =>
    place.value.type === 'point' || place.value.type === 'located'
      ? geoShapeTitle(entity.value)
      : null,
  )

  const data = useSection(
    () => ({ entity: entity.value, chain: chain.value, lang: lang.value, place: place.value }),
    ({ place, ...rest }, signal) =>
      place.type === 'point' || place.type === 'located'
        ? loadMap(services, { ...rest, place }, signal)
        : undefined,
    (result) => place.value.type === 'located' && !result.located,
  )
  const layers = computed(() =>
    layersFor(place.value, { located: data.data.value?.located, shape: !!shapeTitle.value }),
  )

  // The topic's shape: its `.map` page, asked for beside the layers.
  const shape = useSection(
    () => (shapeTitle.value ? { title: shapeTitle.value } : null),
    (input, signal) => (input ? commons.getGeoShape(input.title, signal) : undefined),
  )

  // Geosearch gives names with the items; those it did not name (a term missing in the chain, an
  // API without entityterms) are asked for once someone looks at the map.
  const wantDetails = shallowRef(false)
  const nearbyIds = computed(() =>
    (data.data.value?.layers.nearby?.points ?? []).flatMap((p) => (p.id && !p.label ? [p.id] : [])),
  )
  const details = useSection(
    () =>
      wantDetails.value && nearbyIds.value.length
        ? { ids: nearbyIds.value, chain: chain.value }
        : null,
    (input, signal) => {
      const query = input ? itemDetailsQuery(input.ids, input.chain) : null
      return query ? sparql.runQuery(query, signal).then(mapItemDetails) : undefined
    },
  )

  /** Every layer's points, nearby ones with their names once known. */
  const points = computed<Partial<Record<MapLayerId, MapLayerData>>>(() => {
    const loaded = data.data.value?.layers ?? {}
    const names = details.data.value
    const nearby = loaded.nearby
    if (!nearby || !names) return loaded
    return {
      ...loaded,
      nearby: {
        ...nearby,
        points: nearby.points.map((p) => {
          const found = p.id ? names[p.id] : undefined
          return found ? { ...p, ...found } : p
        }),
      },
    }
  })

  // The name of the globe a topic's coordinates are on, to say why there is no map.
  const globes = useSection(
    () =>
      place.value.type === 'other-globe' ? { ids: place.value.globes, chain: chain.value } : null,
    (input, signal) =>
      input
        ? wikidata
            .getEntities(input.ids, { props: ['labels'], languages: input.chain, signal })
            .then((response) =>
              input.ids.map(
                (id): LangText =>
                  pickText(response.entities[id]?.labels ?? {}, input.chain, true) ?? {
                    value: id,
                    lang: 'und',
                  },
              ),
            )
        : undefined,
  )

  // The picture of the item whose popup is open, with its credit.
  const imageName = shallowRef<string | null>(null)
  const image = useSection(
    () => (imageName.value ? { name: imageName.value, lang: lang.value } : null),
    (input, signal) =>
      input
        ? commons
            .getImageInfo([input.name], { width: 240, lang: input.lang, signal })
            .then((response) => response.files[fileTitle(input.name)] ?? null)
        : undefined,
  )

  return {
    place,
    layers,
    data,
    shape,
    shapeTitle,
    points,
    globes,
    image,
    /** Asks for the picture of a point (its P18), or forgets it. */
    showImage: (name: string | null) => {
      imageName.value = name
    },
    /** Asks for the names of nearby items (once). */
    wantNames: () => {
      wantDetails.value = true
    },
  }
}
