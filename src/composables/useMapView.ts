/**
 * The map's view in the URL (`?map=lat,lon,zoom&maplayers=…`), so a shared or reloaded page shows
 * the same map. Writes replace the history entry (panning is not navigation) and are debounced.
 */
import { computed, onScopeDispose } from 'vue'
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router'
import { mapViewQuery, readMapView, type MapLayerId, type MapView } from '../domain/map'
import type { LatLon } from '../domain/coordinates'

/** Reads the map view from the route and writes changes back with `router.replace`. */
export function useMapView(delay = 300) {
  const route = useRoute()
  const router = useRouter()
  const view = computed(() => readMapView(route.query))
  /** The view the page was opened with; the map starts there when the URL has one. */
  const initial: MapView = readMapView(route.query)
  const path = route.path
  let pending: Partial<MapView> = {}
  let timer: ReturnType<typeof setTimeout> | null = null

  function flush() {
    timer = null
    if (route.path !== path) return
    const next = { ...view.value, ...pending }
    pending = {}
    const query: LocationQueryRaw = { ...route.query }
    for (const [key, value] of Object.entries(mapViewQuery(next))) {
      if (value === undefined) delete query[key]
      else query[key] = value
    }
    void router.replace({ query, hash: route.hash })
  }

  function schedule(change: Partial<MapView>) {
    pending = { ...pending, ...change }
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, delay)
  }

  onScopeDispose(() => {
    if (timer) clearTimeout(timer)
  })

  return {
    view,
    initial,
    /** Records where the user moved the map. */
    setCenter: (center: LatLon, zoom: number) => schedule({ center, zoom }),
    /** Records which layers are shown. */
    setLayers: (layers: MapLayerId[]) => schedule({ layers }),
  }
}
