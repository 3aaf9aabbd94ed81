/**
 * A topic's shape (P3896): the content of a Commons `Data:….map` page, read with
 * `prop=revisions` (cached and de-duplicated by http.ts like every Action API call). Loaded on
 * first use with the map, so that its checks stay out of the pages that draw no shape.
 */
import { mapGeoShapePage, type GeoShape } from '../domain/mapShape'
import { mapUpstream, type Http } from './http'

/** The shape on a `Data:….map` page: drawable, missing, malformed or too large. */
export async function getGeoShape(
  http: Http,
  apiUrl: string,
  title: string,
  signal?: AbortSignal,
): Promise<GeoShape> {
  const body = await http.json({
    upstream: 'commons',
    url: apiUrl,
    actionApi: true,
    signal,
    params: {
      action: 'query',
      prop: 'revisions',
      rvprop: 'content',
      rvslots: 'main',
      titles: title,
    },
  })
  return mapUpstream('commons', () => mapGeoShapePage(body))
}
