/**
 * The map's data. Where the topic is comes from the entity itself (no request when it has
 * coordinates). The layers then come in one wave of at most three requests: one query-service
 * request (parts and contents, heritage without a photo and, for a topic without coordinates, the
 * places it is located in), Wikidata geosearch (nearby items) and Commons geosearch (photos).
 * Each layer fails on its own. Geosearch gives nearby items without names: those are asked for
 * (one more query) only when someone looks at the map, so a page that is only read stays at three.
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
  topicPlace,
  type MapLayerId,
  type MapPoint,
  type TopicPlace,
} from '../domain/map'
import {
  itemDetailsQuery,
  locatePlace,
  mapItemDetails,
  mapLayerRows,
  mapLayersQuery,
  type LocatedPlace,
} from '../domain/mapQuery'
import { isAbort } from '../api/http'

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
  layers: Partial<Record<MapLayerId, MapLayerData>>
}

/** Which layers a place can have: nearby and photos need a point and a radius. */
export function layersFor(place: TopicPlace): MapLayerId[] {
  if (place.type === 'point') {
    const around: MapLayerId[] = place.radius ? ['nearby', 'photos'] : []
    return ['parts', ...around, 'wanted']
  }
  return place.type === 'located' ? ['parts'] : []
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

const settled = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value, error: null }),
    (error: unknown) => {
      if (isAbort(error)) throw error
      return { value: null, error: asApiError(error) }
    },
  )

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
  const located =
    place.type === 'located' ? [...place.location, ...place.admin, ...place.country] : []
  const query = mapLayersQuery({
    topic: input.entity.id,
    chain: input.chain,
    wantedIn: wantedAreas(input.entity, place),
    wantedByCountry: place.type === 'point' && place.kind === 'country',
    locatedIn: located,
    limit: mapLayerLimit,
  })
  const center = place.type === 'point' ? place.points[0] : undefined
  const radius = place.type === 'point' ? place.radius : null
  const around = center && radius ? { lat: center.lat, lon: center.lon, radius } : null
  const [rows, nearby, photos] = await Promise.all([
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
    settled(
      around
        ? wikidata.getItemsNear(around.lat, around.lon, {
            radius: around.radius,
            limit: nearbyLimit,
            signal,
          })
        : Promise.resolve(null),
    ),
    settled(
      around
        ? commons.getFilesNear(around.lat, around.lon, {
            radius: around.radius,
            width: 240,
            lang: input.lang,
            limit: nearbyLimit,
            signal,
          })
        : Promise.resolve(null),
    ),
  ])
  // Without a place to stand on there is no map: the query's failure is the section's.
  if (place.type === 'located' && rows.error) throw rows.error
  const result = rows.value
  const out: MapData = {
    located: place.type === 'located' && result ? locatePlace(place, result.places) : null,
    layers: {},
  }
  const known = new Set([input.entity.id, ...(result?.parts ?? []).map((p) => p.id)])
  out.layers.parts = { points: result?.parts ?? [], error: rows.error }
  if (place.type === 'point') {
    out.layers.wanted = { points: result?.wanted ?? [], error: rows.error }
  }
  if (around) {
    out.layers.nearby = {
      points: (nearby.value ?? [])
        .filter((hit) => !known.has(hit.id))
        .map((hit) => mapPoint('nearby', hit, { id: hit.id })),
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
  const layers = computed(() => layersFor(place.value))

  const data = useSection(
    () => ({ entity: entity.value, chain: chain.value, lang: lang.value, place: place.value }),
    ({ place, ...rest }, signal) =>
      place.type === 'point' || place.type === 'located'
        ? loadMap(services, { ...rest, place }, signal)
        : undefined,
    (result) => place.value.type === 'located' && !result.located,
  )

  // Names of nearby items, asked for once someone looks at the map.
  const wantDetails = shallowRef(false)
  const nearbyIds = computed(() =>
    (data.data.value?.layers.nearby?.points ?? []).flatMap((p) => (p.id ? [p.id] : [])),
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
