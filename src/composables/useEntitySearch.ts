/**
 * Typeahead search over Wikidata items: debounced, a newer query cancels the older one, and the
 * hits' thumbnails are filled in after the hits themselves are shown.
 */
import { ref, shallowRef } from 'vue'
import { useServices } from '../services'
import { isAbort, type ApiError } from '../api/http'
import { asApiError } from './useSection'
import type { SearchHit } from '../domain/search'

/** Search state for one search box. */
export function useEntitySearch(lang: () => string, uilang: () => string, delayMs = 250) {
  const { wikidata } = useServices()
  const hits = shallowRef<SearchHit[]>([])
  const thumbnails = ref<Record<string, string>>({})
  const error = shallowRef<ApiError | null>(null)
  const pending = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | null = null

  async function run(text: string, signal: AbortSignal) {
    try {
      const page = await wikidata.searchEntities(text, {
        lang: lang(),
        uilang: uilang(),
        limit: 10,
        signal,
      })
      hits.value = page.hits
      error.value = null
      pending.value = false
      thumbnails.value = await wikidata
        .getItemThumbnails(
          page.hits.map((h) => h.id),
          120,
          signal,
        )
        .catch(() => ({}))
    } catch (failure) {
      if (isAbort(failure) || signal.aborted) return
      error.value = asApiError(failure)
      hits.value = []
      pending.value = false
    }
  }

  /** Searches for `text` after the debounce delay; an empty text clears the results. */
  function search(text: string) {
    clearTimeout(timer)
    controller?.abort()
    const trimmed = text.trim()
    if (!trimmed) {
      hits.value = []
      pending.value = false
      return
    }
    pending.value = true
    const mine = new AbortController()
    controller = mine
    timer = setTimeout(() => void run(trimmed, mine.signal), delayMs)
  }

  return { hits, thumbnails, error, pending, search }
}
