import { computed, type Ref } from 'vue'
import type { Entity } from '../domain/entity'
import { pickText } from '../domain/languages'
import { mapPoint, type MapPoint, type MapView } from '../domain/map'
import type { MapStart } from './useLeafletMap'
import type { useMapData } from './useMapData'
import type { useMapShapeLayer } from './useMapShapeLayer'

/**
 * The topic's own markers (its coordinates, or the place it is located in) and where the map
 * starts: the view in the URL, else the topic with its parts and outline fitted in.
 */
export function useMapTopicPoints(
  entity: Ref<Entity>,
  chain: Ref<string[]>,
  map: ReturnType<typeof useMapData>,
  outline: ReturnType<typeof useMapShapeLayer>,
  initial: MapView,
) {
  const { place, data, points } = map
  const topicPoints = computed<MapPoint[]>(() => {
    const p = place.value
    if (p.type === 'located') return data.data.value?.located?.points ?? []
    if (p.type !== 'point') return []
    const image = entity.value.statements.P18?.[0]?.value
    return p.points.map((at) =>
      mapPoint('topic', at, {
        id: entity.value.id,
        label: pickText(entity.value.labels, chain.value, true),
        description: pickText(entity.value.descriptions, chain.value),
        image: image?.type === 'commonsMedia' ? image.file : null,
      }),
    )
  })
  const start = computed<MapStart>(() => {
    const { center, zoom } = initial
    if (center && zoom !== null) return { center, zoom }
    const p = place.value
    const zoomFor = p.type === 'point' ? p.zoom : (data.data.value?.located?.zoom ?? 5)
    // The topic's parts and contents, and its shape, are fitted in too, once they have arrived.
    const parts = points.value.parts?.points ?? []
    return { points: [...topicPoints.value, ...parts, ...outline.corners.value], zoom: zoomFor }
  })
  return { topicPoints, start }
}
