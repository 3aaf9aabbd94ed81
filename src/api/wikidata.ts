/** The Wikidata Action API: entities, search, sitelink lookup, page images, languages. */
import { isEntityId, isSite } from 'wikibase-sdk'
import { chunk } from '../domain/ids'
import { mapEntityResponse, type EntityResponse } from '../domain/entity'
import { mapPageImages, mapSearchResponse, type SearchPage } from '../domain/search'
import { mapNearbyItems, mapNearbyItemsWithTerms, type NearbyItem } from '../domain/geosearch'
import { isRecord, rec, str } from '../domain/guards'
import { ApiError, mapUpstream, type Http } from './http'

export type EntityProp =
  'labels' | 'descriptions' | 'aliases' | 'claims' | 'sitelinks' | 'datatype' | 'info'

export interface LanguageInfo {
  code: string
  autonym: string
  name: string
  dir: 'ltr' | 'rtl'
}

export interface WikidataApi {
  /** Entities in batches of 50, fetched in parallel and merged. */
  getEntities(
    ids: readonly string[],
    options: { props: EntityProp[]; languages?: readonly string[]; signal?: AbortSignal },
  ): Promise<EntityResponse>
  /** The item a wiki page belongs to (`fiwiki`, `Verla`). */
  getEntityBySitelink(site: string, title: string, signal?: AbortSignal): Promise<EntityResponse>
  searchEntities(
    search: string,
    options: {
      lang: string
      uilang: string
      limit?: number
      offset?: number
      signal?: AbortSignal
    },
  ): Promise<SearchPage>
  /** Thumbnails of items' P18 images, where the wiki knows them. */
  getItemThumbnails(
    ids: readonly string[],
    size: number,
    signal?: AbortSignal,
  ): Promise<Record<string, string>>
  /** Items with coordinates within `radius` metres (at most 10 km) of a point, nearest first. */
  getItemsNear(
    lat: number,
    lon: number,
    options: {
      radius: number
      limit?: number
      /** With a language: each item's label, description and picture in the same request. */
      termsLanguage?: string
      signal?: AbortSignal
    },
  ): Promise<NearbyItem[]>
  /** Every language the wiki knows, with autonyms, in the UI language. */
  getLanguages(uilang: string, signal?: AbortSignal): Promise<LanguageInfo[]>
}

/**
 * The Action API parameters of the three Wikibase modules Kooste calls, lists joined with `|`.
 * They come in the order wikibase-sdk's URL builders write them, so each URL (the HTTP client's
 * cache key, the double's log) is the one those builders give (src/api/wikidata.test.ts compares
 * them) without bundling a whole WBK instance. The HTTP client adds `formatversion=2` and sets
 * `format` and `origin`.
 */
const wikibaseParams = {
  getEntities(
    ids: readonly string[],
    props: readonly EntityProp[],
    languages?: readonly string[],
  ): Record<string, string> {
    return {
      action: 'wbgetentities',
      ids: ids.join('|'),
      format: 'json',
      ...(languages ? { languages: languages.join('|') } : {}),
      ...(props.length ? { props: props.join('|') } : {}),
      origin: '*',
    }
  },

  /** One page of one wiki; `normalize` lets the wiki fix the title's case and underscores. */
  getEntitiesFromSitelink(site: string, title: string): Record<string, string> {
    return {
      action: 'wbgetentities',
      titles: title,
      sites: site,
      format: 'json',
      normalize: 'true',
      props: 'info',
      origin: '*',
    }
  },

  searchEntities(
    search: string,
    options: { lang: string; uilang: string; limit: number; offset: number },
  ): Record<string, string> {
    return {
      action: 'wbsearchentities',
      search,
      language: options.lang,
      limit: String(options.limit),
      continue: String(options.offset),
      format: 'json',
      uselang: options.uilang || options.lang,
      type: 'item',
      origin: '*',
    }
  },
}

function mergeResponses(responses: EntityResponse[]): EntityResponse {
  return responses.reduce<EntityResponse>(
    (all, one) => ({
      entities: { ...all.entities, ...one.entities },
      missing: [...all.missing, ...one.missing],
      redirects: { ...all.redirects, ...one.redirects },
    }),
    { entities: {}, missing: [], redirects: {} },
  )
}

/** Builds the Wikidata API client over the shared HTTP client. */
export function createWikidataApi(http: Http, apiUrl: string): WikidataApi {
  const wikibase = (params: Record<string, string>, signal?: AbortSignal) =>
    http.json({ upstream: 'wikidata', url: apiUrl, actionApi: true, params, signal })
  const query = (params: Record<string, string>, signal?: AbortSignal) =>
    wikibase({ action: 'query', ...params }, signal)

  return {
    async getEntities(ids, { props, languages, signal }) {
      const unique = [...new Set(ids)].filter(isEntityId)
      if (!unique.length) return { entities: {}, missing: [], redirects: {} }
      const bodies = await Promise.all(
        chunk(unique, 50).map((batch) =>
          wikibase(wikibaseParams.getEntities(batch, props, languages), signal),
        ),
      )
      return mapUpstream('wikidata', () => mergeResponses(bodies.map(mapEntityResponse)))
    },

    async getEntityBySitelink(site, title, signal) {
      // A wiki that wikibase-sdk does not know cannot have a sitelink either.
      if (!isSite(site)) return { entities: {}, missing: [], redirects: {} }
      if (!title) throw new Error('no title provided')
      const body = await wikibase(wikibaseParams.getEntitiesFromSitelink(site, title), signal)
      return mapUpstream('wikidata', () => mapEntityResponse(body))
    },

    async searchEntities(search, { lang, uilang, limit = 10, offset = 0, signal }) {
      if (!search) throw new Error("search can't be empty")
      const params = wikibaseParams.searchEntities(search, { lang, uilang, limit, offset })
      const body = await wikibase(params, signal)
      return mapUpstream('wikidata', () => mapSearchResponse(body, lang))
    },

    async getItemThumbnails(ids, size, signal) {
      if (!ids.length) return {}
      const body = await query(
        {
          prop: 'pageimages',
          piprop: 'thumbnail',
          pithumbsize: String(size),
          titles: ids.slice(0, 50).join('|'),
        },
        signal,
      )
      return mapPageImages(body)
    },

    async getItemsNear(lat, lon, { radius, limit = 100, termsLanguage, signal }) {
      if (termsLanguage) {
        const body = await query(
          {
            generator: 'geosearch',
            ggscoord: `${lat}|${lon}`,
            ggsradius: String(Math.min(10000, Math.max(10, Math.round(radius)))),
            ggslimit: String(Math.min(50, limit)),
            prop: 'coordinates|entityterms|pageimages',
            colimit: 'max',
            wbetterms: 'label|description',
            wbetlanguage: termsLanguage,
            piprop: 'name',
            pilimit: 'max',
          },
          signal,
        )
        return mapUpstream('wikidata', () => mapNearbyItemsWithTerms(body))
      }
      const body = await query(
        {
          list: 'geosearch',
          gscoord: `${lat}|${lon}`,
          gsradius: String(Math.min(10000, Math.max(10, Math.round(radius)))),
          gslimit: String(Math.min(500, limit)),
        },
        signal,
      )
      return mapUpstream('wikidata', () => mapNearbyItems(body))
    },

    async getLanguages(uilang, signal) {
      const body = await query(
        { meta: 'languageinfo', liprop: 'autonym|name|dir', uselang: uilang },
        signal,
      )
      const result = isRecord(body) ? rec(body, 'query') : undefined
      const info = result ? rec(result, 'languageinfo') : undefined
      if (!info) throw new ApiError('wikidata', 200, 'malformed', 'no languageinfo')
      return Object.entries(info).flatMap(([code, entry]): LanguageInfo[] => {
        if (!isRecord(entry)) return []
        return [
          {
            code,
            autonym: str(entry, 'autonym') || code,
            name: str(entry, 'name') || code,
            dir: str(entry, 'dir') === 'rtl' ? 'rtl' : 'ltr',
          },
        ]
      })
    },
  }
}
