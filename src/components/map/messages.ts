/** The message key of each map layer's name (keys written out whole, for the i18n checks). */
import type { MapMarkerLayer } from '../../domain/map'

export const layerMessages: Record<MapMarkerLayer, string> = {
  parts: 'kooste-map-layer-parts',
  nearby: 'kooste-map-layer-nearby',
  photos: 'kooste-map-layer-photos',
  wanted: 'kooste-map-layer-wanted',
  shape: 'kooste-map-layer-shape',
  related: 'kooste-map-layer-related',
}
