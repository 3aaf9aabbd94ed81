/**
 * The Commons calls of the gallery: files by title, the files a search finds and the files and
 * subcategories of a category, one page at a time (the API's continuation), and structured data
 * (MediaInfo). Loaded with the gallery through `CommonsApi.gallery()`.
 */
import { chunk } from '../domain/ids'
import { fileTitle } from '../domain/commons'
import {
  mapGalleryPage,
  mapMediaInfo,
  mapSubcategories,
  type GalleryFile,
  type GalleryPage,
  type MediaInfo,
} from '../domain/gallery'
import { imageInfoParams } from './commons'
import { mapUpstream, type Http } from './http'

/** Where a list goes on: the API's `continue` object, passed back as it came. */
export type Continuation = Record<string, string>

interface PageOptions {
  width: number
  lang: string
  continuation?: Continuation | null
  limit?: number
  signal?: AbortSignal
}

export interface CommonsGalleryApi {
  /**
   * Files by title, in batches of 50 (missing files reported), in the order asked; with
   * `renditions`, a video's or a sound's transcodes and subtitles in the same request.
   */
  getGalleryFiles(
    names: readonly string[],
    options: { width: number; lang: string; signal?: AbortSignal; renditions?: boolean },
  ): Promise<GalleryPage>
  /** One page (at most 50) of the files a CirrusSearch query finds, best first. */
  searchGalleryFiles(search: string, options: PageOptions): Promise<GalleryPage>
  /** One page (at most 50) of the files in a category (not its subcategories). */
  getCategoryFiles(category: string, options: PageOptions): Promise<GalleryPage>
  /** One page (at most 50) of a category's subcategories, names without the prefix. */
  getSubcategories(
    category: string,
    options: { continuation?: Continuation | null; limit?: number; signal?: AbortSignal },
  ): Promise<{ categories: string[]; continuation: Continuation | null }>
  /** Structured data (depicts, captions) of files by page id, in batches of 50, keyed `M<id>`. */
  getMediaInfo(
    pageids: readonly number[],
    options: { signal?: AbortSignal },
  ): Promise<Record<string, MediaInfo>>
}

/**
 * Thumbnail widths that Commons renders in advance (its standard steps), so asking for them never
 * makes a thumbnail server scale on demand: the grid's thumbnails and the viewer's picture.
 */
export const standardWidths = { grid: 330, viewer: 1280 } as const

/**
 * TimedMediaHandler's `videoinfo` beside `imageinfo` in the same request: the transcodes of a
 * video or a sound and its subtitles (an empty list for any other file).
 */
export const renditionParams = {
  prop: 'imageinfo|videoinfo',
  viprop: 'derivatives|timedtext',
} as const

const pageLimit = (limit: number | undefined) => String(Math.min(50, Math.max(1, limit ?? 50)))

/** Builds the gallery's Commons client over the shared HTTP client. */
export function createCommonsGalleryApi(http: Http, apiUrl: string): CommonsGalleryApi {
  const get = (params: Record<string, string>, signal: AbortSignal | undefined) =>
    http.json({ upstream: 'commons', url: apiUrl, actionApi: true, signal, params })

  /**
   * One page of a generator with imageinfo. When the answer grew too large, MediaWiki continues
   * imageinfo separately (`iicontinue`) before the generator moves on: those rounds are asked for
   * here, so a page always comes whole, with the generator's continuation (passed back unchanged,
   * `continue` included, as the API asks).
   */
  async function generatedPage(
    params: Record<string, string>,
    continuation: Continuation | null | undefined,
    { width, lang, signal }: { width: number; lang: string; signal?: AbortSignal },
  ): Promise<GalleryPage> {
    const files = new Map<string, GalleryFile>()
    const missing: string[] = []
    let pending: string[] = []
    let next = continuation ?? null
    for (let round = 0; ; round++) {
      const body = await get({ ...params, ...(next ?? {}) }, signal)
      const page = mapUpstream('commons', () => mapGalleryPage(body, lang))
      for (const file of page.files) if (!files.has(file.title)) files.set(file.title, file)
      missing.push(...page.missing)
      pending = [...pending, ...page.pending].filter((title) => !files.has(title))
      next = page.continuation
      const propContinues = Object.keys(next ?? {}).some(
        (key) => key !== 'continue' && !key.startsWith('g'),
      )
      if (!propContinues || round >= 10) break
    }
    if (pending.length) {
      const rest = await api.getGalleryFiles(pending, { width, lang, signal })
      for (const file of rest.files) if (!files.has(file.title)) files.set(file.title, file)
      missing.push(...rest.missing)
    }
    return {
      files: [...files.values()],
      missing: [...new Set(missing)],
      pending: [],
      continuation: next,
    }
  }

  const api: CommonsGalleryApi = {
    async getGalleryFiles(names, { width, lang, signal, renditions = false }) {
      const titles = [...new Set(names.map(fileTitle))]
      const params = renditions
        ? { ...imageInfoParams(width, lang), ...renditionParams }
        : imageInfoParams(width, lang)
      const bodies = await Promise.all(
        chunk(titles, 50).map((batch) =>
          get({ action: 'query', titles: batch.join('|'), ...params }, signal),
        ),
      )
      const pages = bodies.map((body) => mapUpstream('commons', () => mapGalleryPage(body, lang)))
      const byTitle = new Map(pages.flatMap((page) => page.files).map((f) => [f.title, f]))
      return {
        files: titles.flatMap((title) => byTitle.get(title) ?? []),
        missing: pages.flatMap((page) => page.missing),
        pending: pages.flatMap((page) => page.pending),
        continuation: null,
      }
    },

    searchGalleryFiles(search, { width, lang, continuation, limit, signal }) {
      const params = {
        action: 'query',
        generator: 'search',
        gsrsearch: search,
        gsrnamespace: '6',
        gsrlimit: pageLimit(limit),
        ...imageInfoParams(width, lang),
      }
      return generatedPage(params, continuation, { width, lang, signal })
    },

    getCategoryFiles(category, { width, lang, continuation, limit, signal }) {
      const params = {
        action: 'query',
        generator: 'categorymembers',
        gcmtitle: `Category:${category}`,
        gcmtype: 'file',
        gcmlimit: pageLimit(limit),
        ...imageInfoParams(width, lang),
      }
      return generatedPage(params, continuation, { width, lang, signal })
    },

    async getSubcategories(category, { continuation, limit, signal }) {
      const body = await get(
        {
          action: 'query',
          list: 'categorymembers',
          cmtitle: `Category:${category}`,
          cmtype: 'subcat',
          cmlimit: pageLimit(limit),
          ...(continuation ?? {}),
        },
        signal,
      )
      return mapUpstream('commons', () => mapSubcategories(body))
    },

    async getMediaInfo(pageids, { signal }) {
      const ids = [...new Set(pageids)].map((id) => `M${id}`)
      const bodies = await Promise.all(
        chunk(ids, 50).map((batch) =>
          get({ action: 'wbgetentities', ids: batch.join('|'), props: 'labels|claims' }, signal),
        ),
      )
      return Object.assign({}, ...bodies.map((b) => mapUpstream('commons', () => mapMediaInfo(b))))
    },
  }
  return api
}
