/**
 * Dense layers are clustered (supercluster: a KD-tree per zoom level, built once per layer), so a
 * map of thousands of points only ever draws the few hundred markers in view.
 */
import Supercluster from 'supercluster'
import { wrapLongitude, type Bounds } from './coordinates'
import type { MapPoint } from './map'

/** Layers with more points than this are clustered; sparser ones show every point. */
export const denseLayerSize = 50

export type MapMarker =
  | { type: 'point'; key: string; point: MapPoint }
  | { type: 'cluster'; key: string; lat: number; lon: number; count: number; clusterId: number }

export interface ClusterIndex {
  /** Points and clusters within bounds at a zoom level. */
  markersIn(bounds: Bounds, zoom: number): MapMarker[]
  /** The zoom level at which a cluster comes apart. */
  expansionZoom(clusterId: number): number
}

type Props = { index: number }

/** Builds the clustering index of one layer's points. */
export function clusterIndex(
  points: readonly MapPoint[],
  options: { threshold?: number; radius?: number; maxZoom?: number } = {},
): ClusterIndex {
  const { threshold = denseLayerSize, radius = 60, maxZoom = 16 } = options
  const all = (): MapMarker[] => points.map((point) => ({ type: 'point', key: point.key, point }))
  if (points.length <= threshold) return { markersIn: all, expansionZoom: () => maxZoom + 1 }
  // Leaflet's tiles are 256 px: with that extent, the radius is in screen pixels.
  const index = new Supercluster<Props, Props>({ radius, maxZoom, extent: 256 })
  index.load(
    points.map((point, i) => ({
      type: 'Feature',
      properties: { index: i },
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    })),
  )
  return {
    markersIn(bounds, zoom) {
      const whole = bounds.east - bounds.west >= 360
      const box: [number, number, number, number] = [
        whole ? -180 : wrapLongitude(bounds.west),
        Math.max(-90, bounds.south),
        whole ? 180 : wrapLongitude(bounds.east),
        Math.min(90, bounds.north),
      ]
      return index.getClusters(box, Math.round(zoom)).flatMap((feature): MapMarker[] => {
        const [lon = 0, lat = 0] = feature.geometry.coordinates
        const props = feature.properties
        if ('cluster' in props && props.cluster) {
          const clusterId = Number(props.cluster_id)
          return [
            {
              type: 'cluster',
              key: `cluster:${clusterId}`,
              lat,
              lon,
              count: Number(props.point_count),
              clusterId,
            },
          ]
        }
        const point = points[props.index]
        return point ? [{ type: 'point', key: point.key, point }] : []
      })
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
  }
}
