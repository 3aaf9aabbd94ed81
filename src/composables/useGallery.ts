/**
 * A topic's gallery: files gathered wave by wave (see domain/galleryPlan.ts), de-duplicated, each
 * with the sources it came from; then, off the critical path, what they depict (MediaInfo) and the
 * labels of those items. The first wave is a `useSection`; "load more" continues the plan, and a
 * failure there is kept beside the files already shown, with a retry.
 */
import { onScopeDispose, shallowRef, type Ref } from 'vue'
import { ApiError, isAbort } from '../api/http'
import { useServices } from '../services'
// A static import also puts the gallery's Commons calls in the section's chunk graph, so they load
// with it rather than one round trip later through `commons.gallery()`.
import { standardWidths } from '../api/commonsGallery'
import { asApiError, useSection } from './useSection'
import type { Entity } from '../domain/entity'
import type { GalleryFile, GalleryPage, GallerySource } from '../domain/gallery'
import type { GalleryEntry } from '../domain/galleryFilters'
import {
  advance,
  planDone,
  requeue,
  startPlan,
  takeNext,
  type CursorResult,
  type GalleryCursor,
  type GalleryPlan,
} from '../domain/galleryPlan'

/** Thumbnail width asked for in the grid (the same as the header's, so that request is shared). */
export const THUMB_WIDTH = standardWidths.grid

export interface GalleryMore {
  loading: boolean
  error: ApiError | null
}

const sourceOf: Record<Exclude<GalleryCursor['kind'], 'subcats'>, GallerySource> = {
  statements: 'statement',
  depicts: 'depicts',
  files: 'category',
}

/** Gathers the gallery of an entity in a content language. */
export function useGallery(entity: Ref<Entity>, lang: Ref<string>, chain: Ref<string[]>) {
  const { commons, wikidata } = useServices()
  const entries = shallowRef<GalleryEntry[]>([])
  const missing = shallowRef<string[]>([])
  const labels = shallowRef<Record<string, Record<string, string>>>({})
  const more = shallowRef<GalleryMore>({ loading: false, error: null })
  const done = shallowRef(false)
  const skippedCategories = shallowRef(0)

  let plan: GalleryPlan | null = null
  let positions = new Map<string, number>()
  let controller = new AbortController()
  let run = 0
  const askedLabels = new Set<string>()
  onScopeDispose(() => controller.abort())

  async function runCursor(cursor: GalleryCursor, signal: AbortSignal) {
    const options = { width: THUMB_WIDTH, lang: lang.value, signal }
    const api = await commons.gallery()
    switch (cursor.kind) {
      case 'statements':
        return { page: await api.getGalleryFiles(cursor.titles, options) }
      case 'depicts':
        return {
          page: await api.searchGalleryFiles(cursor.search, {
            ...options,
            continuation: cursor.continuation,
          }),
        }
      case 'files':
        return {
          page: await api.getCategoryFiles(cursor.category, {
            ...options,
            continuation: cursor.continuation,
          }),
        }
      case 'subcats': {
        const found = await api.getSubcategories(cursor.category, {
          continuation: cursor.continuation,
          signal,
        })
        return { page: null, subcategories: found.categories, continuation: found.continuation }
      }
    }
  }

  function merge(pages: { cursor: GalleryCursor; page: GalleryPage }[]): GalleryFile[] {
    const next = [...entries.value]
    const added: GalleryFile[] = []
    for (const { cursor, page } of pages) {
      if (cursor.kind === 'subcats') continue
      const source = sourceOf[cursor.kind]
      for (const file of page.files) {
        const at = positions.get(file.title)
        const known = at === undefined ? undefined : next[at]
        if (at !== undefined && known) {
          if (!known.sources.includes(source))
            next[at] = { ...known, sources: [...known.sources, source] }
          continue
        }
        positions.set(file.title, next.length)
        next.push({ file, sources: [source], depicts: null })
        added.push(file)
      }
      if (cursor.kind === 'statements') missing.value = [...missing.value, ...page.missing]
    }
    entries.value = next
    return added
  }

  /** Runs cursors at once; failed ones go back to the queue and the first failure is thrown. */
  async function wave(cursors: GalleryCursor[], mine: number, signal: AbortSignal) {
    const settled = await Promise.allSettled(cursors.map((c) => runCursor(c, signal)))
    if (mine !== run || !plan) return
    const results: CursorResult[] = []
    const pages: { cursor: GalleryCursor; page: GalleryPage }[] = []
    const failed: GalleryCursor[] = []
    let error: unknown = null
    settled.forEach((outcome, i) => {
      const cursor = cursors[i]!
      if (outcome.status === 'rejected') {
        failed.push(cursor)
        error ??= outcome.reason
        return
      }
      const { page, subcategories } = outcome.value
      const continuation = page ? page.continuation : (outcome.value.continuation ?? null)
      results.push({ cursor, continuation, subcategories })
      if (page) pages.push({ cursor, page })
    })
    advance(plan, results)
    requeue(plan, failed)
    const added = merge(pages)
    done.value = planDone(plan)
    skippedCategories.value = plan.skipped
    void loadStructuredData(added, mine, signal)
    if (error !== null) throw error
  }

  async function loadStructuredData(files: GalleryFile[], mine: number, signal: AbortSignal) {
    const pageids = files.flatMap((f) => (f.pageid === null ? [] : [f.pageid]))
    if (!pageids.length) return
    try {
      const info = await (await commons.gallery()).getMediaInfo(pageids, { signal })
      if (mine !== run) return
      const next = [...entries.value]
      for (const file of files) {
        const at = positions.get(file.title)
        const entry = at === undefined ? undefined : next[at]
        if (at === undefined || !entry || file.pageid === null) continue
        next[at] = { ...entry, depicts: info[`M${file.pageid}`]?.depicts ?? [] }
      }
      entries.value = next
      await ensureLabels(Object.values(info).flatMap((i) => i.depicts))
    } catch {
      // Structured data only adds the depicts filter; the files stand without it.
    }
  }

  /** Loads the labels of items (in the content-language chain) that are not loaded yet. */
  async function ensureLabels(ids: readonly string[]) {
    const wanted = [...new Set(ids)].filter((id) => !askedLabels.has(id))
    if (!wanted.length) return
    wanted.forEach((id) => askedLabels.add(id))
    const mine = run
    try {
      const response = await wikidata.getEntities(wanted, {
        props: ['labels'],
        languages: chain.value,
        signal: controller.signal,
      })
      if (mine !== run) return
      const next = { ...labels.value }
      for (const [id, value] of Object.entries(response.entities)) next[id] = value.labels
      labels.value = next
    } catch {
      wanted.forEach((id) => askedLabels.delete(id))
    }
  }

  const section = useSection(
    () => ({ entity: entity.value, lang: lang.value }),
    async (input, signal) => {
      controller.abort()
      controller = new AbortController()
      const mine = ++run
      const both = AbortSignal.any([signal, controller.signal])
      plan = startPlan(input.entity)
      positions = new Map()
      entries.value = []
      missing.value = []
      labels.value = {}
      askedLabels.clear()
      more.value = { loading: false, error: null }
      let error: unknown = null
      // Go on while nothing was found but the walk is not over (files only in subcategories).
      do {
        try {
          await wave(takeNext(plan), mine, both)
        } catch (caught) {
          error = caught
        }
      } while (error === null && entries.value.length === 0 && !planDone(plan))
      if (error !== null && !isAbort(error)) {
        if (entries.value.length === 0) throw error
        more.value = { loading: false, error: asApiError(error) }
      }
      return entries.value
    },
    (list) => list.length === 0,
  )

  /** Asks for the next page of files (continuous loading and the "load more" button). */
  async function loadMore() {
    if (!plan || more.value.loading || planDone(plan) || section.status.value !== 'ready') return
    const mine = run
    more.value = { loading: true, error: null }
    let error: ApiError | null = null
    try {
      await wave(takeNext(plan), mine, controller.signal)
    } catch (caught) {
      if (!isAbort(caught)) error = asApiError(caught)
    }
    if (mine === run) more.value = { loading: false, error }
  }

  return {
    section,
    entries,
    missing,
    labels,
    more,
    done,
    skippedCategories,
    loadMore,
    ensureLabels,
  }
}
