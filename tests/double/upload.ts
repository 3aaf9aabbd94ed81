import type { CommonsFile, Dataset } from './dataset.ts'
import { OPEN_CORS, textResponse } from './http.ts'
import { placeholderSvg, tilePng } from './images.ts'
import { dbKey, md5, normalizeTitle, rawurlencode, safeDecode } from './titles.ts'

const UPLOAD = 'https://upload.wikimedia.org/wikipedia/commons'

/** `a/ab/Name.jpg`: MediaWiki's hashed upload directory of a file name (without `File:`). */
function hashedPath(name: string): string {
  const key = dbKey(name)
  const hash = md5(key)
  return `${hash[0]}/${hash.slice(0, 2)}/${rawurlencode(key)}`
}

/** The original's URL on upload.wikimedia.org. */
export function originalUrl(name: string): string {
  return `${UPLOAD}/${hashedPath(name)}`
}

function thumbName(name: string, width: number): string {
  const key = rawurlencode(dbKey(name))
  const extension = name.split('.').pop()?.toLowerCase() ?? ''
  if (extension === 'svg') return `${width}px-${key}.png`
  if (extension === 'tif' || extension === 'tiff') return `lossy-page1-${width}px-${key}.jpg`
  if (extension === 'pdf' || extension === 'djvu') return `page1-${width}px-${key}.jpg`
  if (['webm', 'ogv', 'mpg', 'mpeg'].includes(extension)) return `${width}px--${key}.jpg`
  return `${width}px-${key}`
}

/** The thumbnail URL of a width, in the upload.wikimedia.org thumb layout. */
export function thumbUrl(name: string, width: number): string {
  return `${UPLOAD}/thumb/${hashedPath(name)}/${thumbName(name, width)}`
}

/** A thumbnail as imageinfo reports it. */
export interface Thumb {
  url: string
  width: number
  height: number
}

/**
 * The thumbnail for `iiurlwidth`/`iiurlheight`: scaled to fit both; bitmaps are never upscaled
 * (MediaWiki then hands out the original).
 */
export function thumbnail(
  name: string,
  file: { width: number; height: number; mime: string },
  requestedWidth: number | undefined,
  requestedHeight: number | undefined,
): Thumb | undefined {
  if (requestedWidth === undefined && requestedHeight === undefined) return undefined
  let width = requestedWidth ?? Number.POSITIVE_INFINITY
  if (requestedHeight !== undefined && file.height > 0) {
    width = Math.min(width, Math.round((file.width * requestedHeight) / file.height))
  }
  width = Math.max(1, width)
  const scalable = file.mime === 'image/svg+xml'
  if (!scalable && width >= file.width) {
    return { url: originalUrl(name), width: file.width, height: file.height }
  }
  const height = Math.max(1, Math.round((file.height * width) / file.width))
  return { url: thumbUrl(name, width), width, height }
}

function fileByName(dataset: Dataset, name: string): CommonsFile | undefined {
  return dataset.files.get(normalizeTitle(`File:${name}`))
}

function svgResponse(svg: string): Response {
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400', ...OPEN_CORS },
  })
}

/** upload.wikimedia.org: a placeholder for any original or thumbnail path. */
export function handleUpload(url: URL, dataset: Dataset): Response | undefined {
  const thumb =
    /^\/[^/]+\/[^/]+\/thumb\/[0-9a-f]\/[0-9a-f]{2}\/([^/]+)\/(?:[a-z0-9-]*?)(\d+)px-/.exec(
      url.pathname,
    )
  const original = /^\/[^/]+\/[^/]+\/[0-9a-f]\/[0-9a-f]{2}\/([^/]+)$/.exec(url.pathname)
  const encoded = thumb?.[1] ?? original?.[1]
  if (encoded === undefined) return undefined
  const name = safeDecode(encoded).replace(/_/g, ' ')
  const file = fileByName(dataset, name)
  const fileWidth = file?.width ?? 1200
  const fileHeight = file?.height ?? 800
  const width = thumb?.[2] !== undefined ? Number(thumb[2]) : fileWidth
  const height = Math.max(1, Math.round((fileHeight * width) / fileWidth))
  return svgResponse(placeholderSvg(name, width, height))
}

/** commons.wikimedia.org/wiki/Special:FilePath/<name>[?width=]: a redirect to the image. */
export function handleFilePath(
  url: URL,
  dataset: Dataset,
  rewrite: (text: string) => string,
): Response | undefined {
  const match = /^\/wiki\/Special:FilePath\/(.+)$/.exec(url.pathname)
  if (match?.[1] === undefined) return undefined
  const name = normalizeTitle(safeDecode(match[1])).replace(/^File:/, '')
  const file = fileByName(dataset, name)
  const width = Number.parseInt(url.searchParams.get('width') ?? '', 10)
  const dimensions = file ?? { width: 1200, height: 800, mime: 'image/jpeg' }
  const target = Number.isNaN(width)
    ? originalUrl(name)
    : (thumbnail(name, dimensions, width, undefined)?.url ?? originalUrl(name))
  return new Response(null, { status: 302, headers: { location: rewrite(target), ...OPEN_CORS } })
}

/** tile.openstreetmap.org/{z}/{x}/{y}.png: a generated tile. */
export function handleTile(url: URL): Response | undefined {
  const match = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(url.pathname)
  if (match === null) return undefined
  const [z, x, y] = [match[1], match[2], match[3]].map(Number)
  if (z === undefined || x === undefined || y === undefined) return undefined
  if (z > 19 || x >= 2 ** z || y >= 2 ** z) return textResponse('Tile out of range', 404, OPEN_CORS)
  return new Response(new Uint8Array(tilePng(z, x, y)), {
    headers: { 'content-type': 'image/png', 'cache-control': 'max-age=86400', ...OPEN_CORS },
  })
}
