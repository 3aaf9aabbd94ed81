/**
 * The gallery's filters and its place in the URL: `?gsource=depicts&gtype=image&gyear=1890-1910&
 * gdepicts=Q1,Q2&file=File:Name.jpg` (`gyear=1896` is one year, `1890-` and `-1910` open ranges).
 * Plain functions: read the query, write it back, filter the gathered files and count the facets
 * (each facet counted with the other filters applied).
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
  /** The years a file's date must fall in (both ends included); files without a date drop out. */
  yearFrom: number | null
  yearTo: number | null
  /** Items every shown file must depict. */
  depicts: string[]
}

export const noFilters: GalleryFilters = {
  source: null,
  type: null,
  yearFrom: null,
  yearTo: null,
  depicts: [],
}

/** The query keys the gallery owns. */
export const galleryQueryKeys = ['gsource', 'gtype', 'gyear', 'gdepicts', 'file'] as const

function first(value: QueryValue): string | undefined {
  const one = Array.isArray(value) ? value[0] : value
  return typeof one === 'string' ? one : undefined
}

function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | null {
  return list.find((item) => item === value) ?? null
}

const isYear = (year: number) => Number.isInteger(year) && year >= 1000 && year <= 2100

/**
 * A year range as the URL writes it: `1896`, `1890-1910`, `1890-` or `-1910` (the ends swapped
 * when written the wrong way round); null ends for anything malformed.
 */
export function readYearRange(text: string | undefined): {
  from: number | null
  to: number | null
} {
  const match = /^\s*(\d{4})?\s*(-)?\s*(\d{4})?\s*$/.exec(text ?? '')
  if (!match || (!match[1] && !match[3]) || (match[1] && match[3] && !match[2]))
    return { from: null, to: null }
  const from = match[1] ? Number(match[1]) : null
  const to = match[3] ? Number(match[3]) : match[2] ? null : from
  if ((from !== null && !isYear(from)) || (to !== null && !isYear(to)))
    return { from: null, to: null }
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to }
}

/** The URL form of a year range, or undefined for none. */
export function writeYearRange(from: number | null, to: number | null): string | undefined {
  if (from === null && to === null) return undefined
  if (from !== null && from === to) return String(from)
  return `${from ?? ''}-${to ?? ''}`
}

/** Reads the filters from a route query; anything malformed is ignored. */
export function readGalleryFilters(query: Record<string, QueryValue>): GalleryFilters {
  const years = readYearRange(first(query.gyear))
  const depicts = (first(query.gdepicts) ?? '')
    .split(',')
    .map((id) => id.trim().toUpperCase())
    .filter((id) => entityKind(id) === 'item')
  return {
    source: oneOf(gallerySources, first(query.gsource)),
    type: oneOf(mediaTypes, first(query.gtype)),
    yearFrom: years.from,
    yearTo: years.to,
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
    gyear: writeYearRange(filters.yearFrom, filters.yearTo),
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
    hasYears(filters) ||
    filters.depicts.length > 0
  )
}

/** True when a year range is set. */
export function hasYears(filters: GalleryFilters): boolean {
  return filters.yearFrom !== null || filters.yearTo !== null
}

function inYears(year: number | null, filters: GalleryFilters): boolean {
  if (!hasYears(filters)) return true
  if (year === null) return false
  return (
    (filters.yearFrom === null || year >= filters.yearFrom) &&
    (filters.yearTo === null || year <= filters.yearTo)
  )
}

type Facet = 'source' | 'type' | 'year' | 'depicts'

function matches(entry: GalleryEntry, filters: GalleryFilters, skip?: Facet): boolean {
  if (skip !== 'source' && filters.source && !entry.sources.includes(filters.source)) return false
  if (skip !== 'type' && filters.type && entry.file.mediaType !== filters.type) return false
  if (skip !== 'year' && !inYears(entry.file.year, filters)) return false
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
  /** Files without a year (a year range leaves them out). */
  undated: number
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
  const datable = passing('year')
  const years = count(datable.flatMap((e) => (e.file.year === null ? [] : [e.file.year])))
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
    undated: datable.filter((e) => e.file.year === null).length,
    depicts: topDepicts.map(([value, n]) => ({ value, count: n })),
  }
}
