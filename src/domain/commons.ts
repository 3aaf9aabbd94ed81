/** Commons files (`prop=imageinfo` with extmetadata) mapped for display and attribution. */
import { arr, isRecord, num, rec, str, ShapeError, type JsonRecord } from './guards'
import { pickText, type LangText } from './languages'

export interface Thumbnail {
  url: string
  width: number
  height: number
  /** `srcset` for high-density screens, when upstream gives larger renditions. */
  srcset: string | null
}

export interface License {
  /** `CC BY-SA 4.0`, `Public domain`… as Commons names it; null when unknown. */
  name: string | null
  url: string | null
  /** False for non-free or unknown licences, which are then marked. */
  free: boolean
}

export interface MediaFile {
  title: string
  pageUrl: string | null
  mime: string | null
  width: number | null
  height: number | null
  url: string | null
  thumbnail: Thumbnail | null
  /** Upstream HTML, sanitized where it is shown. */
  artistHtml: string | null
  creditHtml: string | null
  description: Record<string, string>
  /** Language of `description` when upstream gave one text without saying which language. */
  license: License
  attributionRequired: boolean
  /** CommonsMetadata `Restrictions`: personality, trademarked, insignia… */
  restrictions: string[]
  date: string | null
}

export interface ImageInfoResponse {
  files: Record<string, MediaFile>
  missing: string[]
}

const freeLicence = /^(cc[ -]by|cc0|public domain|pd|gfdl|fal|attribution|ogl|cc-pd)/i

function meta(extmetadata: JsonRecord | undefined, key: string): unknown {
  const field = extmetadata ? rec(extmetadata, key) : undefined
  return field?.value
}

function metaString(extmetadata: JsonRecord | undefined, key: string): string | null {
  const value = meta(extmetadata, key)
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function multilingual(value: unknown, fallbackLang: string): Record<string, string> {
  if (typeof value === 'string') return value.trim() ? { [fallbackLang]: value } : {}
  if (!isRecord(value)) return {}
  const out: Record<string, string> = {}
  for (const [lang, text] of Object.entries(value)) {
    if (lang !== '_type' && typeof text === 'string' && text.trim()) out[lang] = text
  }
  return out
}

function thumbnail(info: JsonRecord): Thumbnail | null {
  const url = str(info, 'thumburl')
  const width = num(info, 'thumbwidth')
  const height = num(info, 'thumbheight')
  if (!url || !width || !height) return null
  const responsive = rec(info, 'responsiveUrls')
  const srcset = responsive
    ? Object.entries(responsive)
        .filter(([density, href]) => typeof href === 'string' && Number(density) > 1)
        .map(([density, href]) => `${String(href)} ${density}x`)
        .join(', ')
    : ''
  return { url, width, height, srcset: srcset ? `${url} 1x, ${srcset}` : null }
}

/** Maps one imageinfo page; null when it has no imageinfo (a missing or deleted file). */
export function mapMediaFile(page: unknown, lang = 'en'): MediaFile | null {
  if (!isRecord(page)) return null
  const title = str(page, 'title')
  const info = arr(page, 'imageinfo')[0]
  if (!title || !isRecord(info)) return null
  const ext = rec(info, 'extmetadata')
  const licenseName = metaString(ext, 'LicenseShortName')
  const restrictions = (metaString(ext, 'Restrictions') ?? '').split('|').filter(Boolean)
  const copyrighted = metaString(ext, 'Copyrighted')
  return {
    title,
    pageUrl: str(info, 'descriptionurl') ?? null,
    mime: str(info, 'mime') ?? null,
    width: num(info, 'width') ?? null,
    height: num(info, 'height') ?? null,
    url: str(info, 'url') ?? null,
    thumbnail: thumbnail(info),
    artistHtml: metaString(ext, 'Artist'),
    creditHtml: metaString(ext, 'Credit'),
    description: multilingual(meta(ext, 'ImageDescription'), lang),
    license: {
      name: licenseName,
      url: metaString(ext, 'LicenseUrl'),
      free: licenseName !== null && (freeLicence.test(licenseName) || copyrighted === 'False'),
    },
    attributionRequired: metaString(ext, 'AttributionRequired') !== 'false',
    restrictions,
    date: metaString(ext, 'DateTimeOriginal') ?? metaString(ext, 'DateTime'),
  }
}

/** Maps an imageinfo query body (formatversion 1 or 2), keyed by file title. */
export function mapImageInfoResponse(body: unknown, lang = 'en'): ImageInfoResponse {
  const query = isRecord(body) ? rec(body, 'query') : undefined
  if (!query) throw new ShapeError('imageinfo response has no query')
  const rawPages = query?.pages
  const pages = Array.isArray(rawPages)
    ? rawPages
    : isRecord(rawPages)
      ? Object.values(rawPages)
      : []
  const out: ImageInfoResponse = { files: {}, missing: [] }
  for (const page of pages) {
    const file = mapMediaFile(page, lang)
    if (file) out.files[file.title] = file
    else if (isRecord(page) && typeof page.title === 'string') out.missing.push(page.title)
  }
  return out
}

/** `File:` + the name with spaces, as Commons titles are written. */
export function fileTitle(name: string): string {
  const bare = name
    .replace(/^(File|Image):/i, '')
    .replace(/_/g, ' ')
    .trim()
  return `File:${bare.charAt(0).toUpperCase()}${bare.slice(1)}`
}

/** The description in the best language of the chain, if any. */
export function fileDescription(file: MediaFile, chain: readonly string[]): LangText | null {
  return pickText(file.description, chain, true)
}
