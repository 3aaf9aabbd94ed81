/**
 * The gallery's filters and its place in the URL: `?gsource=depicts&gtype=image&gyear=1896&
 * gdepicts=Q1,Q2&file=File:Name.jpg`. Plain functions: read the query, write it back, filter the
 * gathered files and count the facets (each facet counted with the other filters applied).
 */
import { fileTitle } from './commons'
import { entityKind } from './ids'
import type { QueryValue } from './route'
import {
  gallerySources,
  mediaTypes,
  type GalleryFile,
  type GallerySource,
  type MediaType,
} from './gallery'

/** A gathered file: where it came from and, once structured data arrived, what it depicts. */
export interface GalleryEntry {
  file: GalleryFile
  sources: readonly GallerySource[]
  /** Null until the file's MediaInfo is known. */
  depicts: readonly string[] | null
}

export interface GalleryFilters {
  source: GallerySource | null
  type: MediaType | null
  year: number | null
  /** Items every shown file must depict. */
  depicts: string[]
}

export const noFilters: GalleryFilters = { source: null, type: null, year: null, depicts: [] }

/** The query keys the gallery owns. */
export const galleryQueryKeys = ['gsource', 'gtype', 'gyear', 'gdepicts', 'file'] as const

function first(value: QueryValue): string | undefined {
  const one = Array.isArray(value) ? value[0] : value
  return typeof one === 'string' ? one : undefined
}

function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | null {
  return list.find((item) => item === value) ?? null
}

/** Reads the filters from a route query; anything malformed is ignored. */
export function readGalleryFilters(query: Record<string, QueryValue>): GalleryFilters {
  const year = Number(first(query.gyear))
  const depicts = (first(query.gdepicts) ?? '')
    .split(',')
    .map((id) => id.trim().toUpperCase())
    .filter((id) => entityKind(id) === 'item')
  return {
    source: oneOf(gallerySources, first(query.gsource)),
    type: oneOf(mediaTypes, first(query.gtype)),
    year: Number.isInteger(year) && year >= 1000 && year <= 2100 ? year : null,
    depicts: [...new Set(depicts)],
  }
}

/** The file the URL asks the viewer to show (`?file=File:Name.jpg`), normalised; or null. */
export function readFileParam(query: Record<string, QueryValue>): string | null {
  const raw = first(query.file)?.trim()
  if (!raw || raw.length > 260 || /[<>[\]{}|#]/.test(raw)) return null
  const title = fileTitle(raw)
  return title === 'File:' ? null : title
}

/** The query values for filters (undefined removes a key), to merge over the current query. */
export function galleryFiltersQuery(filters: GalleryFilters): Record<string, string | undefined> {
  return {
    gsource: filters.source ?? undefined,
    gtype: filters.type ?? undefined,
    gyear: filters.year === null ? undefined : String(filters.year),
    gdepicts: filters.depicts.length ? filters.depicts.join(',') : undefined,
  }
}

/** A route query with the gallery's keys replaced by `values` (undefined ones removed). */
export function mergeGalleryQuery(
  query: Record<string, QueryValue>,
  values: Record<string, string | undefined>,
): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = { ...query }
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete out[key]
    else out[key] = value
  }
  return out
}

/** True when any filter is set. */
export function hasFilters(filters: GalleryFilters): boolean {
  return (
    filters.source !== null ||
    filters.type !== null ||
    filters.year !== null ||
    filters.depicts.length > 0
  )
}

type Facet = 'source' | 'type' | 'year' | 'depicts'

function matches(entry: GalleryEntry, filters: GalleryFilters, skip?: Facet): boolean {
  if (skip !== 'source' && filters.source && !entry.sources.includes(filters.source)) return false
  if (skip !== 'type' && filters.type && entry.file.mediaType !== filters.type) return false
  if (skip !== 'year' && filters.year !== null && entry.file.year !== filters.year) return false
  if (skip !== 'depicts' && filters.depicts.length) {
    const depicts = entry.depicts ?? []
    if (!filters.depicts.every((id) => depicts.includes(id))) return false
  }
  return true
}

/** The entries that pass every filter, in gathering order. */
export function filterEntries(
  entries: readonly GalleryEntry[],
  filters: GalleryFilters,
): GalleryEntry[] {
  return hasFilters(filters) ? entries.filter((entry) => matches(entry, filters)) : [...entries]
}

export interface FacetCount<T> {
  value: T
  count: number
}

export interface GalleryFacets {
  sources: FacetCount<GallerySource>[]
  types: FacetCount<MediaType>[]
  /** Newest first. */
  years: FacetCount<number>[]
  /** Most depicted first (ties by id), at most `limit`; selected items always included. */
  depicts: FacetCount<string>[]
}

function count<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

/** Counts each facet's values over the entries that pass the other filters. */
export function galleryFacets(
  entries: readonly GalleryEntry[],
  filters: GalleryFilters,
  limit = 20,
): GalleryFacets {
  const passing = (skip: Facet) => entries.filter((entry) => matches(entry, filters, skip))
  const sources = count(passing('source').flatMap((e) => e.sources))
  const types = count(passing('type').map((e) => e.file.mediaType))
  const years = count(passing('year').flatMap((e) => (e.file.year === null ? [] : [e.file.year])))
  const depicts = count(passing('depicts').flatMap((e) => e.depicts ?? []))
  const topDepicts = [...depicts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .slice(0, limit)
  for (const id of filters.depicts) {
    if (!topDepicts.some(([value]) => value === id)) topDepicts.push([id, depicts.get(id) ?? 0])
  }
  return {
    sources: gallerySources.flatMap((value) =>
      sources.has(value) ? [{ value, count: sources.get(value)! }] : [],
    ),
    types: mediaTypes.flatMap((value) =>
      types.has(value) ? [{ value, count: types.get(value)! }] : [],
    ),
    years: [...years].sort((a, b) => b[0] - a[0]).map(([value, n]) => ({ value, count: n })),
    depicts: topDepicts.map(([value, n]) => ({ value, count: n })),
  }
}
