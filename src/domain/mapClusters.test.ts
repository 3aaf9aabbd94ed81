// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { clusterIndex, denseLayerSize } from './mapClusters'
import { mapPoint } from './map'

const grid = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    mapPoint(
      'wanted',
      { lat: 60 + (i % 100) * 0.01, lon: 25 + Math.floor(i / 100) * 0.01 },
      { id: `Q${i + 1}` },
    ),
  )
const world = { south: -90, west: -180, north: 90, east: 180 }

describe('clusterIndex', () => {
  it('shows every point of a sparse layer, wherever the view is', () => {
    const points = grid(denseLayerSize)
    const markers = clusterIndex(points).markersIn({ south: 0, west: 0, north: 1, east: 1 }, 3)
    expect(markers).toHaveLength(denseLayerSize)
    expect(markers.every((m) => m.type === 'point')).toBe(true)
  })

  it('clusters a dense layer when zoomed out, and every point stays counted', () => {
    const index = clusterIndex(grid(5000))
    const markers = index.markersIn(world, 5)
    expect(markers.length).toBeLessThan(10)
    const total = markers.reduce((sum, m) => sum + (m.type === 'cluster' ? m.count : 1), 0)
    expect(total).toBe(5000)
  })

  it('shows single points when zoomed in past clustering', () => {
    const index = clusterIndex(grid(5000))
    const markers = index.markersIn(
      { south: 59.995, west: 24.995, north: 60.025, east: 25.025 },
      18,
    )
    expect(markers.length).toBeGreaterThan(0)
    expect(markers.every((m) => m.type === 'point')).toBe(true)
  })

  it('draws only what is in view', () => {
    const index = clusterIndex(grid(5000))
    expect(index.markersIn({ south: 10, west: 10, north: 11, east: 11 }, 10)).toEqual([])
  })

  it('expands a cluster at a deeper zoom', () => {
    const index = clusterIndex(grid(5000))
    const cluster = index.markersIn(world, 5).find((m) => m.type === 'cluster')
    expect(cluster?.type).toBe('cluster')
    if (cluster?.type === 'cluster')
      expect(index.expansionZoom(cluster.clusterId)).toBeGreaterThan(5)
  })

  it('handles a view across the antimeridian and one wider than the world', () => {
    const points = [
      ...grid(60),
      mapPoint('wanted', { lat: -17, lon: 179.5 }, { id: 'Q9001' }),
      mapPoint('wanted', { lat: -17, lon: -179.5 }, { id: 'Q9002' }),
    ]
    const index = clusterIndex(points)
    const across = index.markersIn({ south: -20, west: 170, north: -10, east: 190 }, 12)
    expect(across.map((m) => (m.type === 'point' ? m.point.id : 'cluster')).sort()).toEqual([
      'Q9001',
      'Q9002',
    ])
    const wide = index.markersIn({ south: -90, west: -400, north: 90, east: 400 }, 0)
    expect(wide.reduce((sum, m) => sum + (m.type === 'cluster' ? m.count : 1), 0)).toBe(62)
  })
})
