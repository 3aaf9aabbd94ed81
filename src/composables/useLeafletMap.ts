/**
 * The one place Leaflet lives. The map, its layers and markers are plain variables (Vue proxies
 * break Leaflet), created in onMounted and removed in onBeforeUnmount. Markers are divIcons (no
 * marker images to break under a bundler), keyboard-focusable buttons named by their `title`;
 * dense layers are clustered and redrawn for the view only. One popup, whose content element the
 * component fills (a Vue Teleport), so popups hold real router links.
 */
import L from 'leaflet'
// Leaflet writes its controls and divIcons with innerHTML: the default policy needs its sanitizer.
import '../security/purify'
import { nextTick, onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import type { FeatureCollection } from 'geojson'
import { boundsOf, type Bounds, type LatLon } from '../domain/coordinates'
import { clusterIndex, type ClusterIndex, type MapMarker } from '../domain/mapClusters'
import { mapMaxZoom, type MapMarkerLayer, type MapPoint, type MapPointSource } from '../domain/map'

export type MapStart =
  { center: LatLon; zoom: number } | { points: readonly LatLon[]; zoom: number }

export interface LeafletMapOptions {
  container: Ref<HTMLElement | null>
  tiles: { url: string; attribution: string }
  start: () => MapStart
  topic: Ref<readonly MapPoint[]>
  /** The points of the visible layers. */
  layers: Ref<Partial<Record<MapMarkerLayer, readonly MapPoint[]>>>
  highlighted: Readonly<Ref<string | null>>
  shape: Ref<FeatureCollection | null>
  names: { point: (point: MapPoint) => string; cluster: (count: number) => string }
  onMove: (center: LatLon, zoom: number) => void
  onTiles: (failed: boolean) => void
}

interface DrawnLayer {
  group: L.LayerGroup
  points: readonly MapPoint[]
  index: ClusterIndex
  markers: Map<string, L.Marker>
}

/** The start as a value, to tell a new start from the same one rebuilt. */
function startKey(start: MapStart): string {
  if ('center' in start) return `c${start.center.lat},${start.center.lon},${start.zoom}`
  return `p${start.zoom}|${start.points.map((p) => `${p.lat},${p.lon}`).join(';')}`
}

const pointIcons = new Map<MapPointSource, L.DivIcon>()
function pointIcon(source: MapPointSource): L.DivIcon {
  let icon = pointIcons.get(source)
  if (!icon) {
    // The topic is a pin standing on its point, so it hides nothing drawn at the same place.
    icon =
      source === 'topic'
        ? L.divIcon({
            className: 'kst-map-marker kst-map-marker--topic',
            iconSize: [28, 38],
            iconAnchor: [14, 37],
            popupAnchor: [0, -34],
          })
        : L.divIcon({
            className: `kst-map-marker kst-map-marker--${source}`,
            iconSize: [18, 18],
            popupAnchor: [0, -9],
          })
    pointIcons.set(source, icon)
  }
  return icon
}

const isActivation = (event: L.LeafletEvent) => {
  const key = (event as L.LeafletKeyboardEvent).originalEvent?.key
  return key === 'Enter' || key === ' '
}

/** Creates the Leaflet map in `container` on mount and keeps it in step with the options. */
export function useLeafletMap(options: LeafletMapOptions) {
  const selected = shallowRef<MapPoint | null>(null)
  const popupContent = document.createElement('div')
  popupContent.className = 'kst-map-popup__content'
  let map: L.Map | null = null
  let tileLayer: L.TileLayer | null = null
  let popup: L.Popup | null = null
  let topicGroup: L.LayerGroup | null = null
  let ringGroup: L.LayerGroup | null = null
  let shapeLayer: L.GeoJSON | null = null
  let observer: ResizeObserver | null = null
  let opener: HTMLElement | null = null
  let quiet = false
  let moved = false
  const drawn = new Map<MapMarkerLayer, DrawnLayer>()

  /** Moves the map without reporting it as the user's move. */
  function moveQuietly(move: () => void) {
    quiet = true
    try {
      move()
    } finally {
      quiet = false
    }
  }

  // Leaflet's update() takes the content out and puts it back, which drops the focus inside it.
  function updatePopup() {
    const active = document.activeElement
    const focused = active instanceof HTMLElement && popupContent.contains(active) ? active : null
    popup?.update()
    keepPopupInView()
    focused?.focus()
  }

  // Leaflet's own autopan measures the popup before its content (teleported by Vue, and growing
  // when a picture or a contest offer arrives) has its size: pan by what is really outside.
  function keepPopupInView() {
    const element = popup?.getElement()
    const box = options.container.value
    if (!map || !element || !box || !popup?.isOpen()) return
    const p = element.getBoundingClientRect()
    const m = box.getBoundingClientRect()
    const pad = 16
    let dx = 0
    let dy = 0
    if (p.top < m.top + pad) dy = p.top - m.top - pad
    else if (p.bottom > m.bottom - pad)
      dy = Math.min(p.bottom - m.bottom + pad, p.top - m.top - pad)
    if (p.left < m.left + pad) dx = p.left - m.left - pad
    else if (p.right > m.right - pad) dx = p.right - m.right + pad
    if (!dx && !dy) return
    // Leaflet's own autopan may still be animating towards its stale target: stop it first.
    map.stop()
    map.panBy([Math.round(dx), Math.round(dy)], { animate: false })
  }

  function select(point: MapPoint, marker: L.Marker, byKeyboard: boolean) {
    if (!map || !popup) return
    moved = true
    opener = byKeyboard ? (marker.getElement() ?? null) : null
    selected.value = point
    popup.setLatLng(marker.getLatLng()).openOn(map)
    void nextTick(() => {
      updatePopup()
      if (byKeyboard) popupContent.querySelector<HTMLElement>('a, button')?.focus()
    })
  }

  function pointMarker(point: MapPoint): L.Marker {
    const marker = L.marker([point.lat, point.lon], {
      icon: pointIcon(point.source),
      title: options.names.point(point),
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: point.source === 'topic' ? 500 : 0,
    })
    marker.on('click', () => select(point, marker, false))
    marker.on('keypress', (event) => {
      if (isActivation(event)) select(point, marker, true)
    })
    return marker
  }

  function clusterMarker(
    layer: MapMarkerLayer,
    marker: Extract<MapMarker, { type: 'cluster' }>,
    index: ClusterIndex,
  ) {
    const count = document.createElement('span')
    count.textContent =
      marker.count > 999 ? `${Math.round(marker.count / 100) / 10}k` : String(marker.count)
    const size = marker.count >= 1000 ? 44 : marker.count >= 100 ? 38 : 32
    const made = L.marker([marker.lat, marker.lon], {
      icon: L.divIcon({
        html: count,
        className: `kst-map-cluster kst-map-cluster--${layer}`,
        iconSize: [size, size],
      }),
      title: options.names.cluster(marker.count),
      keyboard: true,
    })
    const open = () => {
      if (!map) return
      map.setView(
        [marker.lat, marker.lon],
        Math.min(index.expansionZoom(marker.clusterId), mapMaxZoom),
      )
    }
    made.on('click', open)
    made.on('keypress', (event) => {
      if (isActivation(event)) open()
    })
    return made
  }

  function viewBounds(): Bounds | null {
    if (!map) return null
    const b = map.getBounds().pad(0.25)
    return { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() }
  }

  function render(layer: MapMarkerLayer) {
    const state = drawn.get(layer)
    const bounds = viewBounds()
    if (!state || !map || !bounds) return
    const wanted = state.index.markersIn(bounds, map.getZoom())
    const keep = new Set(wanted.map((m) => `${m.key}`))
    for (const [key, marker] of state.markers) {
      if (!keep.has(key)) {
        state.group.removeLayer(marker)
        state.markers.delete(key)
      }
    }
    for (const item of wanted) {
      if (state.markers.has(item.key)) continue
      const marker =
        item.type === 'point' ? pointMarker(item.point) : clusterMarker(layer, item, state.index)
      state.markers.set(item.key, marker)
      state.group.addLayer(marker)
    }
  }

  function syncLayers() {
    if (!map) return
    const wanted = options.layers.value
    for (const [layer, state] of drawn) {
      if (wanted[layer] !== state.points) {
        state.group.remove()
        drawn.delete(layer)
      }
    }
    for (const [layer, points] of Object.entries(wanted) as [
      MapMarkerLayer,
      readonly MapPoint[],
    ][]) {
      if (drawn.has(layer) || !points) continue
      const state: DrawnLayer = {
        group: L.layerGroup().addTo(map),
        points,
        index: clusterIndex(points),
        markers: new Map(),
      }
      drawn.set(layer, state)
      render(layer)
    }
    syncHighlight()
  }

  function syncTopic() {
    if (!map || !topicGroup) return
    topicGroup.clearLayers()
    for (const point of options.topic.value) topicGroup.addLayer(pointMarker(point))
    syncHighlight()
  }

  function syncHighlight() {
    if (!ringGroup) return
    ringGroup.clearLayers()
    const id = options.highlighted.value
    if (!id) return
    const all = [
      ...options.topic.value,
      ...Object.values(options.layers.value).flatMap((p) => p ?? []),
    ]
    for (const point of all.filter((p) => p.id === id)) {
      L.marker([point.lat, point.lon], {
        icon: L.divIcon({ className: 'kst-map-highlight', iconSize: [40, 40] }),
        interactive: false,
        keyboard: false,
        zIndexOffset: 1000,
      }).addTo(ringGroup)
    }
  }

  function syncShape() {
    shapeLayer?.remove()
    shapeLayer = null
    const shape = options.shape.value
    if (map && shape) {
      shapeLayer = L.geoJSON(shape, {
        interactive: false,
        style: { className: 'kst-map-shape' },
      }).addTo(map)
    }
  }

  function goTo(start: MapStart) {
    if (!map) return
    const target = map
    moveQuietly(() => {
      if ('center' in start)
        return target.setView([start.center.lat, start.center.lon], start.zoom, { animate: false })
      const bounds = boundsOf(start.points)
      if (!bounds) return target.setView([0, 0], 2, { animate: false })
      if (start.points.length === 1) {
        return target.setView([bounds.south, bounds.west], start.zoom, { animate: false })
      }
      target.fitBounds(
        [
          [bounds.south, bounds.west],
          [bounds.north, bounds.east],
        ],
        { maxZoom: start.zoom, padding: [24, 24], animate: false },
      )
    })
  }

  onMounted(() => {
    const element = options.container.value
    if (!element) return
    map = L.map(element, { maxZoom: mapMaxZoom, scrollWheelZoom: false, worldCopyJump: true })
    map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a>',
    )
    const tiles = L.tileLayer(options.tiles.url, {
      attribution: options.tiles.attribution,
      maxZoom: mapMaxZoom,
    })
    let failures = 0
    tiles.on('loading', () => (failures = 0))
    tiles.on('tileerror', () => {
      failures++
      options.onTiles(true)
    })
    tiles.on('load', () => {
      if (!failures) options.onTiles(false)
    })
    tiles.addTo(map)
    tileLayer = tiles
    topicGroup = L.layerGroup().addTo(map)
    ringGroup = L.layerGroup().addTo(map)
    popup = L.popup({
      maxWidth: 280,
      minWidth: 200,
      className: 'kst-map-popup',
      autoPanPadding: [16, 16],
    })
    popup.setContent(popupContent)
    map.on('popupclose', () => {
      selected.value = null
      opener?.focus()
      opener = null
    })
    map.on('moveend', () => {
      for (const layer of drawn.keys()) render(layer)
      const center = map?.getCenter()
      if (!quiet && center && map) {
        moved = true
        options.onMove({ lat: center.lat, lon: center.lng }, map.getZoom())
      }
    })
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') map?.closePopup()
    })
    goTo(options.start())
    syncShape()
    syncTopic()
    syncLayers()
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => map?.invalidateSize())
      observer.observe(element)
    }
  })

  // The start may grow when the layers arrive (parts to fit in): refit unless the user has moved
  // the map or opened a popup. Compared by value: a start rebuilt with the same points (the page
  // re-rendering) must not undo a popup's autopan.
  watch(
    () => startKey(options.start()),
    () => {
      if (!moved) goTo(options.start())
    },
  )
  watch(options.topic, syncTopic)
  watch(options.layers, syncLayers)
  watch(options.highlighted, syncHighlight)
  watch(options.shape, syncShape)

  onBeforeUnmount(() => {
    observer?.disconnect()
    map?.remove()
    map = null
    popup = null
    topicGroup = null
    ringGroup = null
    shapeLayer = null
    drawn.clear()
  })

  return {
    /** The popup's content element (the component teleports into it). */
    popupContent,
    /** The point whose popup is open. */
    selected,
    /** Re-lays out the popup after its content changed size. */
    updatePopup,
    /** Sets the map's scroll-wheel zoom (on in full screen, off in the page). */
    setWheelZoom: (on: boolean) =>
      on ? map?.scrollWheelZoom.enable() : map?.scrollWheelZoom.disable(),
    /** Re-measures the container (after full screen). */
    invalidate: () => map?.invalidateSize(),
    /** Asks for the background tiles again (after they failed). */
    retryTiles: () => tileLayer?.redraw(),
  }
}
