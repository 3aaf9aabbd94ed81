/**
 * The map's outline layer (P3896) as the section shows it: the shape to draw while the layer is
 * on (and its corners, to fit it in), its count for the layer's toggle, and in words why it is not drawn (or drawn thinned out).
 */
import { computed, type Ref } from 'vue'
import type { MapLayerId } from '../domain/map'
import { shapeBounds, type GeoShape } from '../domain/mapShape'
import type { LatLon } from '../domain/coordinates'
import { useI18n } from '../i18n'
import type { Section } from './useSection'

/** The outline layer of a map section, from its shape section and the visible layers. */
export function useMapShapeLayer(shape: Section<GeoShape>, visible: Ref<readonly MapLayerId[]>) {
  const { msg } = useI18n()
  const result = computed(() => shape.data.value ?? null)
  const drawn = computed(() =>
    result.value?.status === 'ok' && visible.value.includes('shape') ? result.value.shape : null,
  )
  /** Two corners of the drawn outline, for the view to fit it in. */
  const corners = computed<LatLon[]>(() => {
    const bounds = drawn.value ? shapeBounds(drawn.value) : null
    return bounds
      ? [
          { lat: bounds.south, lon: bounds.west },
          { lat: bounds.north, lon: bounds.east },
        ]
      : []
  })
  const count = computed<number | null | 'error'>(() => {
    if (shape.status.value === 'error') return 'error'
    if (!result.value) return null
    return result.value.status === 'ok' ? result.value.parts : 0
  })
  const notice = computed<{ type: 'notice' | 'warning'; text: string } | null>(() => {
    const found = result.value
    if (!found) return null
    switch (found.status) {
      case 'ok':
        return found.simplified
          ? { type: 'notice', text: msg('kooste-map-shape-simplified') }
          : null
      case 'missing':
        return { type: 'warning', text: msg('kooste-map-shape-missing') }
      case 'too-large':
        return { type: 'warning', text: msg('kooste-map-shape-too-large') }
      default:
        return { type: 'warning', text: msg('kooste-map-shape-malformed') }
    }
  })
  return { drawn, corners, count, notice }
}
