/**
 * The files behind "media by year": the gallery's own Commons calls, in the gallery's own order
 * (domain/galleryPlan.ts) and with its thumbnail width and language, so every request is the one
 * the gallery sends or will send, and the HTTP layer answers the second asker from its cache or
 * from the request in flight. Bounded: a few waves, a few hundred files.
 */
import type { CommonsApi } from './commons'
import { standardWidths } from './commonsGallery'
import type { Entity } from '../domain/entity'
import type { GalleryPage } from '../domain/gallery'
import {
  advance,
  planDone,
  startPlan,
  takeNext,
  type CursorResult,
  type GalleryCursor,
} from '../domain/galleryPlan'
import type { TimePoint } from '../domain/vizData'

/** Most files read, and most request waves sent, for the chart. */
export const MEDIA_LIMIT = 500
export const MEDIA_WAVES = 2

/** A topic's Commons files with their years (`DateTimeOriginal`), and whether there are more. */
export async function mediaYears(
  commons: CommonsApi,
  entity: Entity,
  lang: string,
  signal: AbortSignal,
): Promise<{ files: TimePoint[]; truncated: boolean }> {
  const api = await commons.gallery()
  const options = { width: standardWidths.grid, lang, signal }
  const run = async (cursor: GalleryCursor): Promise<CursorResult & { page?: GalleryPage }> => {
    switch (cursor.kind) {
      case 'statements':
        return {
          cursor,
          continuation: null,
          page: await api.getGalleryFiles(cursor.titles, options),
        }
      case 'depicts': {
        const page = await api.searchGalleryFiles(cursor.search, {
          ...options,
          continuation: cursor.continuation,
        })
        return { cursor, continuation: page.continuation, page }
      }
      case 'files': {
        const page = await api.getCategoryFiles(cursor.category, {
          ...options,
          continuation: cursor.continuation,
        })
        return { cursor, continuation: page.continuation, page }
      }
      case 'subcats': {
        const found = await api.getSubcategories(cursor.category, {
          continuation: cursor.continuation,
          signal,
        })
        return { cursor, continuation: found.continuation, subcategories: found.categories }
      }
    }
  }
  const plan = startPlan(entity)
  const years = new Map<string, number | null>()
  for (let wave = 0; wave < MEDIA_WAVES && !planDone(plan) && years.size < MEDIA_LIMIT; wave++) {
    const results = await Promise.all(takeNext(plan).map(run))
    advance(plan, results)
    for (const { page } of results)
      for (const file of page?.files ?? [])
        if (!years.has(file.title)) years.set(file.title, file.year)
  }
  const files = [...years].slice(0, MEDIA_LIMIT).map(([id, year]) => ({ id, year }))
  return { files, truncated: !planDone(plan) || years.size > MEDIA_LIMIT }
}
