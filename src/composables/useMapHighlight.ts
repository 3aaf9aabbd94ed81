/**
 * The item the page is pointing at, shared between the map and the rest of the page: hovering or
 * focusing a related item anywhere (the relations panel, a list) highlights it on the map.
 * It holds no Leaflet and no map code, so any section may import it for free:
 *
 *   const { highlightOn } = useMapHighlight()
 *   <RouterLink :to="`/${id}`" v-on="highlightOn(id)">…</RouterLink>
 */
import { readonly, shallowRef } from 'vue'
import { isItemId } from '../domain/ids'

const highlighted = shallowRef<string | null>(null)

/** The shared highlight: read `highlighted`, call `highlight(id)` / `clear(id)`, or bind `highlightOn(id)`. */
export function useMapHighlight() {
  function highlight(id: string | null) {
    highlighted.value = id && isItemId(id) ? id : null
  }
  /** Clears the highlight (only if it is still `id`, when one is given). */
  function clear(id?: string) {
    if (id === undefined || highlighted.value === id) highlighted.value = null
  }
  return {
    highlighted: readonly(highlighted),
    highlight,
    clear,
    /** Listeners for `v-on`: pointer and keyboard focus highlight the item while they last. */
    highlightOn: (id: string) => ({
      mouseenter: () => highlight(id),
      mouseleave: () => clear(id),
      focusin: () => highlight(id),
      focusout: () => clear(id),
    }),
  }
}
