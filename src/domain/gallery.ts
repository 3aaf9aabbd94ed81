/**
 * The media gallery of a topic: Commons files gathered from the item's media statements, from the
 * files that depict it (structured data) and from its Commons category with a bounded walk of
 * subcategories. Mappers from `prop=imageinfo` pages (of titles or of a generator) and MediaInfo
 * entities to gallery files, and the plain rules about media types, dates and sources.
 */
import { arr, isRecord, num, rec, str, ShapeError, type JsonRecord } from './guards'
import { mapMediaFile, type MediaFile } from './commons'
import { mapEntityResponse, type Entity } from './entity'
import { htmlToText } from './htmlText'
import { classifyLicence, type LicenceKind } from './galleryLicence'
import { mapVideoInfo, type MediaRenditions } from './galleryMedia'

/** Where a file came from; one file may come from several. */
export const gallerySources = ['statement', 'depicts', 'category'] as const
export type GallerySource = (typeof gallerySources)[number]

export const mediaTypes = ['image', 'video', 'audio', 'document', 'other'] as const
export type MediaType = (typeof mediaTypes)[number]

export interface GalleryFile extends MediaFile {
  pageid: number | null
  mediaType: MediaType
  /** The file name without `File:` and extension (or CommonsMetadata's ObjectName). */
  name: string
  /** `DateTimeOriginal` as text (never the upload time), and the year read from it. */
  dateText: string | null
  year: number | null
  /** Where the camera stood (CommonsMetadata GPS fields), if known. */
  location: { lat: number; lon: number } | null
  licenceKind: LicenceKind
  /**
   * Commons' transcodes and subtitles (`prop=videoinfo`), when the request asked for them: the
   * viewer's does. Absent otherwise.
   */
  media?: MediaRenditions
}

/** One page of files from the API, in the order the API ranked them. */
export interface GalleryPage {
  files: GalleryFile[]
  /** Titles that Commons does not have (deleted, never uploaded). */
  missing: string[]
  /** Titles whose imageinfo the API left for a continuation. */
  pending: string[]
  /** The `continue` object (to pass back as it is), or null at the end. */
  continuation: Record<string, string> | null
}

/** What structured data says about a file: what it depicts and its captions. */
export interface MediaInfo {
  depicts: string[]
  captions: Record<string, string>
}

/** The properties whose values on Commons name files about a topic (depicts, main subject…). */
export const depictsProperties = ['P180', 'P921', 'P1344'] as const

/** The type of a file by its MIME type, as a person would name it. */
export function mediaTypeOf(mime: string | null): MediaType {
  if (!mime) return 'other'
  if (mime.startsWith('image/vnd.djvu')) return 'document'
  if (mime.startsWith('image/')) return 'image'
  if (mime.startsWith('video/') || mime === 'application/ogg') return 'video'
  if (mime.startsWith('audio/')) return 'audio'
  if (mime === 'application/pdf') return 'document'
  return 'other'
}

/** The year in a date text (`2019-07-14 12:31:05`, `1896`, `circa 1890s`), or null. */
export function yearOf(text: string | null): number | null {
  if (!text) return null
  const match = /(?<!\d)(\d{4})(?!\d)/.exec(text)
  const year = match?.[1] ? Number(match[1]) : NaN
  return year >= 1000 && year <= 2100 ? year : null
}

function metaValue(ext: JsonRecord | undefined, key: string): string | null {
  const field = ext ? rec(ext, key) : undefined
  const value = field?.value
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function location(ext: JsonRecord | undefined): GalleryFile['location'] {
  const lat = Number(metaValue(ext, 'GPSLatitude') ?? NaN)
  const lon = Number(metaValue(ext, 'GPSLongitude') ?? NaN)
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return null
  return lat === 0 && lon === 0 ? null : { lat, lon }
}

/** Text of a field that may hold HTML; plain text (most dates and names) skips the parser. */
function asText(value: string): string {
  return /[<&]/.test(value) ? htmlToText(value) : value.replace(/\s+/g, ' ').trim()
}

/** The file name without `File:` and without its extension. */
export function bareName(title: string): string {
  return title.replace(/^(File|Image):/i, '').replace(/\.[a-z0-9]{2,5}$/i, '')
}

/** Maps one imageinfo page to a gallery file; null for a missing or deleted file. */
export function mapGalleryFile(page: unknown, lang = 'en'): GalleryFile | null {
  const base = mapMediaFile(page, lang)
  if (!base || !isRecord(page)) return null
  const info = arr(page, 'imageinfo')[0]
  const ext = isRecord(info) ? rec(info, 'extmetadata') : undefined
  const dateHtml = metaValue(ext, 'DateTimeOriginal')
  const dateText = dateHtml ? asText(dateHtml) || null : null
  const objectName = metaValue(ext, 'ObjectName')
  return {
    ...base,
    pageid: num(page, 'pageid') ?? null,
    mediaType: mediaTypeOf(base.mime),
    name: objectName ? asText(objectName) || bareName(base.title) : bareName(base.title),
    dateText,
    year: yearOf(dateText),
    location: location(ext),
    licenceKind: classifyLicence({
      name: base.license.name,
      usageTerms: metaValue(ext, 'UsageTerms'),
      copyrighted: metaValue(ext, 'Copyrighted'),
    }),
    ...withMedia(page),
  }
}

function withMedia(page: JsonRecord): { media?: MediaRenditions } {
  const media = mapVideoInfo(page)
  return media ? { media } : {}
}

function continuation(body: JsonRecord): Record<string, string> | null {
  const raw = rec(body, 'continue')
  if (!raw) return null
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = String(value)
  }
  return Object.keys(out).some((key) => key !== 'continue') ? out : null
}

/**
 * Maps an `action=query` body with `prop=imageinfo`, of titles or of a generator (pages then come
 * in page id order with `index` giving the rank). An answer without pages is an empty page.
 */
export function mapGalleryPage(body: unknown, lang = 'en'): GalleryPage {
  if (!isRecord(body)) throw new ShapeError('gallery response is not an object')
  const query = rec(body, 'query')
  if (query === undefined && !('batchcomplete' in body) && !('continue' in body))
    throw new ShapeError('gallery response has no query')
  const rawPages = query?.pages
  const pages = (
    Array.isArray(rawPages) ? rawPages : isRecord(rawPages) ? Object.values(rawPages) : []
  ).filter(isRecord)
  const ranked = pages
    .map((page, position) => ({ page, rank: num(page, 'index') ?? position + 1e6 }))
    .sort((a, b) => a.rank - b.rank)
  const out: GalleryPage = { files: [], missing: [], pending: [], continuation: continuation(body) }
  for (const { page } of ranked) {
    const title = str(page, 'title')
    if (!title) continue
    const file = mapGalleryFile(page, lang)
    if (file) out.files.push(file)
    else if ('missing' in page || 'invalid' in page || 'imagerepository' in page)
      out.missing.push(title)
    else out.pending.push(title)
  }
  return out
}

/** Maps the categories of a `list=categorymembers` body (`cmtype=subcat`), without the prefix. */
export function mapSubcategories(body: unknown): {
  categories: string[]
  continuation: Record<string, string> | null
} {
  const query = isRecord(body) ? rec(body, 'query') : undefined
  if (!isRecord(body) || !query || !Array.isArray(query.categorymembers))
    throw new ShapeError('not a categorymembers response')
  const categories = arr(query, 'categorymembers').flatMap((member) => {
    const title = isRecord(member) ? str(member, 'title') : undefined
    return title?.startsWith('Category:') ? [title.slice('Category:'.length)] : []
  })
  return { categories, continuation: continuation(body) }
}

/** Maps a Commons `wbgetentities` body of MediaInfo entities, keyed by entity id (`M123`). */
export function mapMediaInfo(body: unknown): Record<string, MediaInfo> {
  const response = mapEntityResponse(body)
  const out: Record<string, MediaInfo> = {}
  for (const [id, entity] of Object.entries(response.entities)) {
    const depicts = (entity.statements.P180 ?? [])
      .filter((s) => s.rank !== 'deprecated')
      .flatMap((s) => (s.value.type === 'entity' ? [s.value.id] : []))
    out[id] = { depicts: [...new Set(depicts)], captions: entity.labels }
  }
  for (const id of response.missing) out[id] ??= { depicts: [], captions: {} }
  return out
}

/**
 * The files an entity names in its statements, in the order the topic header asks for them (P18
 * first, then every other commonsMedia value): the same request then serves both.
 */
export function mediaStatementFiles(entity: Entity): string[] {
  const names: string[] = []
  for (const statements of Object.values(entity.statements)) {
    for (const s of statements) if (s.value.type === 'commonsMedia') names.push(s.value.file)
  }
  const image = entity.statements.P18?.[0]?.value
  if (image?.type === 'commonsMedia') names.unshift(image.file)
  return [...new Set(names)]
}

/** A category name as Commons writes titles: no prefix, spaces, first letter upper case. */
export function categoryName(raw: string): string {
  const bare = raw
    .replace(/^Category:/i, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return bare ? bare.charAt(0).toUpperCase() + bare.slice(1) : ''
}

/** The entity's Commons category: P373, else a `Category:` Commons sitelink; null without one. */
export function commonsCategory(entity: Entity): string | null {
  for (const statement of entity.statements.P373 ?? []) {
    if (statement.rank !== 'deprecated' && statement.value.type === 'string') {
      const name = categoryName(statement.value.value)
      if (name) return name
    }
  }
  const sitelink = entity.sitelinks.commonswiki?.title
  if (sitelink && /^Category:/i.test(sitelink)) return categoryName(sitelink) || null
  return null
}

/** CirrusSearch for the files whose structured data is about an item (depicts, main subject…). */
export function depictsSearch(id: string): string {
  return `haswbstatement:${depictsProperties.map((p) => `${p}=${id}`).join('|')}`
}

/**
 * A file's date for people: an ISO-like date (`2019-07-14 12:31:05`, `2021-06-19`) in the UI
 * language, anything else (`1896`, `circa 1890`) as Commons wrote it.
 */
export function formatFileDate(text: string | null, locale: string): string | null {
  if (!text) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(text.trim())
  if (!match) return text
  const [, y, m, d, hh, mm] = match
  const date = new Date(
    Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0)),
  )
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(m) - 1) return text
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(hh ? { timeStyle: 'short' } : {}),
      timeZone: 'UTC',
    }).format(date)
  } catch {
    return text
  }
}
