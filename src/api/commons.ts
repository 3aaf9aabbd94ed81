/** The Commons Action API: file information with licence and attribution metadata. */
import { chunk } from '../domain/ids'
import { fileTitle, mapImageInfoResponse, type ImageInfoResponse } from '../domain/commons'
import { mapUpstream, type Http } from './http'

export interface CommonsApi {
  /** imageinfo for files in batches of 50, with a thumbnail `width` wide. */
  getImageInfo(
    names: readonly string[],
    options: { width: number; lang: string; signal?: AbortSignal },
  ): Promise<ImageInfoResponse>
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
].join('|')

/** Builds the Commons client over the shared HTTP client. */
export function createCommonsApi(http: Http, apiUrl: string): CommonsApi {
  return {
    async getImageInfo(names, { width, lang, signal }) {
      const titles = [...new Set(names.map(fileTitle))]
      const bodies = await Promise.all(
        chunk(titles, 50).map((batch) =>
          http.json({
            upstream: 'commons',
            url: apiUrl,
            actionApi: true,
            signal,
            params: {
              action: 'query',
              prop: 'imageinfo',
              titles: batch.join('|'),
              iiprop: 'url|size|mime|extmetadata',
              iiurlwidth: String(width),
              iiextmetadatafilter: metadataFields,
              iiextmetadatalanguage: lang,
              iiextmetadatamultilang: '1',
            },
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
  }
}
