import { computed } from 'vue'
import type { useMapData } from './useMapData'
import type { useMapShapeLayer } from './useMapShapeLayer'

/**
 * Each map layer's count for its toggle (null while loading, 'error' when it failed), whether any
 * layer failed, and a retry that asks again only for what failed.
 */
export function useMapLayerStatus(
  map: ReturnType<typeof useMapData>,
  outline: ReturnType<typeof useMapShapeLayer>,
) {
  const { layers, points, data, shape } = map
  const counts = computed(() =>
    Object.fromEntries(
      layers.value.map((layer) => {
        if (layer === 'shape') return [layer, outline.count.value]
        const found = points.value[layer]
        const count = !found ? null : found.error ? ('error' as const) : found.points.length
        return [layer, data.status.value === 'loading' ? null : count]
      }),
    ),
  )
  const failed = computed(() =>
    layers.value.some((layer) =>
      layer === 'shape' ? shape.status.value === 'error' : points.value[layer]?.error,
    ),
  )
  function retry() {
    if (data.status.value === 'error' || layers.value.some((l) => points.value[l]?.error)) {
      data.retry()
    }
    if (shape.status.value === 'error') shape.retry()
  }
  return { counts, failed, retry }
}
