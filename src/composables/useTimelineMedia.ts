/**
 * The dates of a topic's Commons files for the timeline's media lane. It asks exactly what the
 * gallery's first wave asks (the same calls, thumbnail width and language, see galleryPlan.ts), so
 * that `http.ts` answers both from one request: in flight or cached, never twice. Only the first
 * page of each source is read; the rest of the timeline never waits for it.
 */
import { computed, type Ref } from 'vue'
import { useServices } from '../services'
import type { CommonsGalleryApi } from '../api/commonsGallery'
import { useSection } from './useSection'
import type { Entity } from '../domain/entity'
import type { GalleryFile } from '../domain/gallery'
import type { GalleryCursor } from '../domain/galleryPlan'
import { mediaEvents } from '../domain/timelineMedia'

/** A source's first page, asked as the gallery asks it (`width`: its grid's, useGallery's THUMB_WIDTH). */
function firstPage(
  api: CommonsGalleryApi,
  width: number,
  cursor: GalleryCursor,
  lang: string,
  signal: AbortSignal,
) {
  const options = { width, lang, signal }
  switch (cursor.kind) {
    case 'statements':
      return api.getGalleryFiles(cursor.titles, options)
    case 'depicts':
      return api.searchGalleryFiles(cursor.search, { ...options, continuation: null })
    case 'files':
      return api.getCategoryFiles(cursor.category, { ...options, continuation: null })
    case 'subcats':
      return null
  }
}

/** The media lane's events of an entity, in a content language; null while off. */
export function useTimelineMedia(entity: Ref<Entity>, lang: Ref<string>, enabled: Ref<boolean>) {
  const { commons } = useServices()
  const media = useSection(
    () => (enabled.value ? { entity: entity.value, lang: lang.value } : null),
    (input, signal) => {
      if (!input) return undefined
      // The gallery's code (its plan and its Commons client) loads with the gallery, not with
      // the timeline's first chunk: the timeline's own query is not held back by it.
      return Promise.all([
        commons.gallery(),
        import('../api/commonsGallery'),
        import('../domain/galleryPlan'),
      ]).then(async ([api, { standardWidths }, { startPlan, takeNext }]) => {
        const cursors = takeNext(startPlan(input.entity))
        const asked = cursors.flatMap(
          (c) => firstPage(api, standardWidths.grid, c, input.lang, signal) ?? [],
        )
        const settled = await Promise.allSettled(asked)
        const failed = settled.find((s) => s.status === 'rejected')
        // As in the gallery: files from the sources that answered stand; all failing is an error.
        if (failed && settled.every((s) => s.status === 'rejected')) throw failed.reason
        const files: GalleryFile[] = settled.flatMap((s) =>
          s.status === 'fulfilled' ? s.value.files : [],
        )
        return mediaEvents(files)
      })
    },
    (events) => events.length === 0,
  )
  const events = computed(() => media.data.value ?? [])
  return { events, media }
}
