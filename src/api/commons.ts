/**
 * The Commons Action API: file information with licence and attribution metadata. The gallery's
 * calls (searches and categories page by page, structured data) are a sub-client loaded on first
 * use, so that their code stays out of the pages that never show a gallery.
 */
import { chunk } from '../domain/ids'
import { fileTitle, mapImageInfoResponse, type ImageInfoResponse } from '../domain/commons'
import { mapNearbyFiles, type NearbyFile } from '../domain/geosearch'
import { mapUpstream, type Http } from './http'
import type { CommonsGalleryApi } from './commonsGallery'
import type { GeoShape } from '../domain/mapShape'

export interface CommonsApi {
  /** Files taken within `radius` metres (at most 10 km) of a point, nearest first, with thumbnails. */
  getFilesNear(
    lat: number,
    lon: number,
    options: { radius: number; width: number; lang: string; limit?: number; signal?: AbortSignal },
  ): Promise<NearbyFile[]>
  /** imageinfo for files in batches of 50, with a thumbnail `width` wide. */
  getImageInfo(
    names: readonly string[],
    options: { width: number; lang: string; signal?: AbortSignal },
  ): Promise<ImageInfoResponse>
  /** The gallery's calls (commonsGallery.ts), loaded on first use. */
  gallery(): Promise<CommonsGalleryApi>
  /** A topic's shape from its `Data:….map` page (geoshape.ts, loaded on first use). */
  getGeoShape(title: string, signal?: AbortSignal): Promise<GeoShape>
}

const metadataFields = [
  'ImageDescription',
  'DateTimeOriginal',
  'DateTime',
  'Artist',
  'Credit',
  'LicenseShortName',
  'LicenseUrl',
  'UsageTerms',
  'AttributionRequired',
  'Copyrighted',
  'Restrictions',
  'ObjectName',
  'GPSLatitude',
  'GPSLongitude',
].join('|')

/** imageinfo parameters; one function so that the header's and the gallery's requests match. */
export function imageInfoParams(width: number, lang: string): Record<string, string> {
  return {
    prop: 'imageinfo',
    iiprop: 'url|size|mime|extmetadata',
    iiurlwidth: String(width),
    iiextmetadatafilter: metadataFields,
    iiextmetadatalanguage: lang,
    iiextmetadatamultilang: '1',
  }
}

/** Builds the Commons client over the shared HTTP client. */
export function createCommonsApi(http: Http, apiUrl: string): CommonsApi {
  let galleryClient: Promise<CommonsGalleryApi> | null = null
  const client: CommonsApi = {
    async getFilesNear(lat, lon, { radius, width, lang, limit = 50, signal }) {
      const body = await http.json({
        upstream: 'commons',
        url: apiUrl,
        actionApi: true,
        signal,
        params: {
          action: 'query',
          generator: 'geosearch',
          ggscoord: `${lat}|${lon}`,
          ggsradius: String(Math.min(10000, Math.max(10, Math.round(radius)))),
          ggslimit: String(Math.min(50, limit)),
          ggsnamespace: '6',
          prop: 'imageinfo|coordinates',
          iiprop: 'url|size|mime|extmetadata',
          iiurlwidth: String(width),
          iiextmetadatafilter: metadataFields,
          iiextmetadatalanguage: lang,
          iiextmetadatamultilang: '1',
        },
      })
      return mapUpstream('commons', () => mapNearbyFiles(body, lang))
    },

    async getImageInfo(names, { width, lang, signal }) {
      const titles = [...new Set(names.map(fileTitle))]
      const bodies = await Promise.all(
        chunk(titles, 50).map((batch) =>
          http.json({
            upstream: 'commons',
            url: apiUrl,
            actionApi: true,
            signal,
            params: { action: 'query', titles: batch.join('|'), ...imageInfoParams(width, lang) },
          }),
        ),
      )
      const out: ImageInfoResponse = { files: {}, missing: [] }
      for (const body of bodies) {
        const mapped = mapUpstream('commons', () => mapImageInfoResponse(body, lang))
        Object.assign(out.files, mapped.files)
        out.missing.push(...mapped.missing)
      }
      return out
    },

    gallery() {
      galleryClient ??= import('./commonsGallery').then(
        (m) => m.createCommonsGalleryApi(http, apiUrl),
        (error: unknown) => {
          // A chunk that failed to load (a dropped connection) is tried again next time.
          galleryClient = null
          throw error
        },
      )
      return galleryClient
    },

    async getGeoShape(title, signal) {
      const { getGeoShape } = await import('./geoshape')
      return getGeoShape(http, apiUrl, title, signal)
    },
  }

  return client
}
