import type { CommonsFile, Dataset } from './dataset.ts'
import type { Json, JsonObject } from './json.ts'
import { fallbackChain } from './languages.ts'
import type { ApiContext } from './mediawiki.ts'
import type { PageOut } from './query.ts'
import { dbKey, md5, wfUrlencode } from './titles.ts'
import { originalUrl, thumbnail } from './upload.ts'

/** Where CommonsMetadata takes each field from, in the order it writes them. */
const FIELDS: [name: string, source: string, hidden: boolean][] = [
  ['DateTime', 'mediawiki-metadata', true],
  ['ObjectName', 'mediawiki-metadata', true],
  ['CommonsMetadataExtension', 'extension', true],
  ['Categories', 'commons-categories', true],
  ['Assessments', 'commons-categories', true],
  ['GPSLatitude', 'mediawiki-metadata', true],
  ['GPSLongitude', 'mediawiki-metadata', true],
  ['GPSMapDatum', 'mediawiki-metadata', true],
  ['ImageDescription', 'commons-desc-page', false],
  ['DateTimeOriginal', 'commons-desc-page', false],
  ['Credit', 'commons-desc-page', true],
  ['Artist', 'commons-desc-page', false],
  ['Permission', 'commons-desc-page', true],
  ['LicenseShortName', 'commons-desc-page', true],
  ['UsageTerms', 'commons-desc-page', true],
  ['AttributionRequired', 'commons-desc-page', true],
  ['LicenseUrl', 'commons-desc-page', true],
  ['Copyrighted', 'commons-desc-page', true],
  ['Restrictions', 'commons-desc-page', true],
  ['License', 'commons-templates', true],
]

const MEDIA_TYPES: [RegExp, string][] = [
  [/^image\/(svg|x-xcf)/, 'DRAWING'],
  [/^image\//, 'BITMAP'],
  [/^video\//, 'VIDEO'],
  [/^audio\//, 'AUDIO'],
  [/^application\/(pdf|vnd\.djvu)/, 'OFFICE'],
]

/** Values every file has, computed the way MediaWiki and CommonsMetadata compute them. */
function generatedFields(file: CommonsFile): Map<string, string | number> {
  const name = file.title.replace(/^File:/, '')
  const fields = new Map<string, string | number>([
    ['DateTime', file.timestamp.replace('T', ' ').replace('Z', '')],
    ['ObjectName', name.replace(/\.[^.]+$/, '')],
    ['CommonsMetadataExtension', 1.2],
    ['Categories', file.categories.join('|')],
    ['Assessments', ''],
  ])
  if (file.coordinates !== undefined) {
    fields.set('GPSLatitude', file.coordinates.lat.toFixed(6))
    fields.set('GPSLongitude', file.coordinates.lon.toFixed(6))
    fields.set('GPSMapDatum', 'WGS-84')
  }
  return fields
}

function pickLanguage(values: Map<string, string>, language: string): string {
  for (const code of fallbackChain(language)) {
    const value = values.get(code)
    if (value !== undefined) return value
  }
  return values.values().next().value ?? ''
}

/** The `extmetadata` object of a file for the request's filter and language options. */
export function extmetadata(context: ApiContext, file: CommonsFile): JsonObject {
  const { params } = context
  const filter = params.list('iiextmetadatafilter')
  const multilang = params.flag('iiextmetadatamultilang')
  const language = params.get('iiextmetadatalanguage') ?? params.get('uselang') ?? 'en'
  const values = new Map<string, string | number | Map<string, string>>(generatedFields(file))
  for (const [field, value] of file.extmetadata) values.set(field, value)
  const known = new Set(FIELDS.map(([name]) => name))
  const order = [
    ...FIELDS,
    ...[...values.keys()]
      .filter((name) => !known.has(name))
      .map((name): [string, string, boolean] => [name, 'commons-desc-page', false]),
  ]
  const out: JsonObject = {}
  for (const [field, source, hidden] of order) {
    const value = values.get(field)
    if (value === undefined || (filter.length > 0 && !filter.includes(field))) continue
    let written: Json
    if (!(value instanceof Map)) written = value
    else if (multilang && value.size > 1) written = { ...Object.fromEntries(value), _type: 'lang' }
    else written = pickLanguage(value, language)
    out[field] = hidden ? { value: written, source, hidden: '' } : { value: written, source }
  }
  return out
}

function mediaType(mime: string): string {
  return MEDIA_TYPES.find(([pattern]) => pattern.test(mime))?.[1] ?? 'UNKNOWN'
}

function positiveInt(text: string | undefined): number | undefined {
  const value = Number.parseInt(text ?? '', 10)
  return Number.isNaN(value) || value <= 0 ? undefined : value
}

/** One `imageinfo` entry, keys in MediaWiki's order. */
function imageinfoEntry(context: ApiContext, file: CommonsFile, props: Set<string>): JsonObject {
  const name = file.title.replace(/^File:/, '')
  const entry: JsonObject = {}
  if (props.has('timestamp')) entry.timestamp = file.timestamp
  if (props.has('user')) entry.user = file.user
  if (props.has('userid')) entry.userid = parseInt(md5(file.user).slice(0, 6), 16)
  if (props.has('size') || props.has('dimensions')) {
    Object.assign(entry, { size: file.size, width: file.width, height: file.height })
  }
  if (props.has('canonicaltitle')) entry.canonicaltitle = file.title
  if (props.has('url')) {
    const width = positiveInt(context.params.get('iiurlwidth'))
    const height = positiveInt(context.params.get('iiurlheight'))
    const thumb = thumbnail(name, file, width, height)
    if (thumb !== undefined) {
      Object.assign(entry, {
        thumburl: thumb.url,
        thumbwidth: thumb.width,
        thumbheight: thumb.height,
      })
      const responsive: JsonObject = {}
      for (const factor of [1.5, 2]) {
        const larger = thumbnail(name, file, Math.round(thumb.width * factor), undefined)
        if (larger !== undefined && larger.url !== thumb.url)
          responsive[String(factor)] = larger.url
      }
      if (Object.keys(responsive).length > 0) entry.responsiveUrls = responsive
    }
    entry.url = originalUrl(name)
    entry.descriptionurl = `https://commons.wikimedia.org/wiki/${wfUrlencode(dbKey(file.title))}`
    entry.descriptionshorturl = `https://commons.wikimedia.org/w/index.php?curid=${file.pageid}`
  }
  if (props.has('sha1')) entry.sha1 = md5(file.title).padEnd(40, '0')
  if (props.has('mime')) entry.mime = file.mime
  if (props.has('mediatype')) entry.mediatype = mediaType(file.mime)
  if (props.has('extmetadata')) entry.extmetadata = extmetadata(context, file)
  return entry
}

/** `prop=imageinfo` for the page set: the current version of each file. */
export function imageinfo(context: ApiContext, dataset: Dataset, pages: PageOut[]): void {
  const requested = context.params.list('iiprop')
  const props = new Set(requested.length > 0 ? requested : ['timestamp', 'user'])
  for (const page of pages) {
    if (page.ref.ns !== 6) continue
    const file = dataset.files.get(page.ref.title)
    if (file === undefined) {
      page.body.imagerepository = ''
      continue
    }
    page.body.imagerepository = 'local'
    page.body.imageinfo = [imageinfoEntry(context, file, props)]
  }
}
