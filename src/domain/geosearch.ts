/** Places near a point, from the Action API's geosearch (Wikidata items and Commons files). */
import { arr, isRecord, num, rec, str, ShapeError } from './guards'
import { entityKind } from './ids'
import { mapMediaFile, type MediaFile } from './commons'
import type { LangText } from './languages'

export interface NearbyItem {
  id: string
  lat: number
  lon: number
  /** Metres from the point asked about. */
  distance: number
  /** Label, description and picture (P18), when the request asked for them. */
  terms?: { label: LangText | null; description: LangText | null; image: string | null }
}

export interface NearbyFile {
  file: MediaFile
  lat: number
  lon: number
}

/** Maps `list=geosearch` on Wikidata: the items (by id) with their coordinates and distance. */
export function mapNearbyItems(body: unknown): NearbyItem[] {
  const query = isRecord(body) ? rec(body, 'query') : undefined
  if (!query || !Array.isArray(query.geosearch)) throw new ShapeError('not a geosearch response')
  return arr(query, 'geosearch').flatMap((hit): NearbyItem[] => {
    if (!isRecord(hit)) return []
    const id = str(hit, 'title') ?? ''
    const lat = num(hit, 'lat')
    const lon = num(hit, 'lon')
    if (!entityKind(id) || lat === undefined || lon === undefined) return []
    return [{ id, lat, lon, distance: num(hit, 'dist') ?? 0 }]
  })
}

/**
 * Maps `generator=geosearch` on Commons with `prop=imageinfo|coordinates`: files with where they
 * were taken, nearest first (the generator's `index`). An answer with no pages is an empty list.
 */
export function mapNearbyFiles(body: unknown, lang = 'en'): NearbyFile[] {
  if (!isRecord(body)) throw new ShapeError('not a query response')
  const query = rec(body, 'query')
  if (!query) return []
  const pages = Array.isArray(query.pages)
    ? query.pages
    : isRecord(query.pages)
      ? Object.values(query.pages)
      : []
  return pages
    .filter(isRecord)
    .sort((a, b) => (num(a, 'index') ?? 0) - (num(b, 'index') ?? 0))
    .flatMap((page): NearbyFile[] => {
      const file = mapMediaFile(page, lang)
      const point = arr(page, 'coordinates')[0]
      const lat = isRecord(point) ? num(point, 'lat') : undefined
      const lon = isRecord(point) ? num(point, 'lon') : undefined
      return file && lat !== undefined && lon !== undefined ? [{ file, lat, lon }] : []
    })
}

const firstTerm = (terms: Record<string, unknown> | undefined, kind: string): LangText | null => {
  const values = terms ? arr(terms, kind) : []
  const value = values.find((v): v is string => typeof v === 'string' && v.trim() !== '')
  // entityterms does not say which language of the fallback chain a term is in.
  return value === undefined ? null : { value, lang: 'und' }
}

/**
 * Maps `generator=geosearch` on Wikidata with `prop=coordinates|entityterms|pageimages`: the
 * items nearest first, each with its label, description and page image (P18) when known.
 */
export function mapNearbyItemsWithTerms(body: unknown): NearbyItem[] {
  if (!isRecord(body)) throw new ShapeError('not a query response')
  const query = rec(body, 'query')
  if (!query) return []
  const pages = Array.isArray(query.pages)
    ? query.pages
    : isRecord(query.pages)
      ? Object.values(query.pages)
      : []
  return pages
    .filter(isRecord)
    .sort((a, b) => (num(a, 'index') ?? 0) - (num(b, 'index') ?? 0))
    .flatMap((page): NearbyItem[] => {
      const id = str(page, 'title') ?? ''
      const point = arr(page, 'coordinates')[0]
      const lat = isRecord(point) ? num(point, 'lat') : undefined
      const lon = isRecord(point) ? num(point, 'lon') : undefined
      if (!entityKind(id) || lat === undefined || lon === undefined) return []
      const terms = rec(page, 'entityterms')
      const image = str(page, 'pageimage')
      return [
        {
          id,
          lat,
          lon,
          distance: isRecord(point) ? (num(point, 'dist') ?? 0) : 0,
          terms: {
            label: firstTerm(terms, 'label'),
            description: firstTerm(terms, 'description'),
            image: image ? image.replace(/_/g, ' ') : null,
          },
        },
      ]
    })
}
