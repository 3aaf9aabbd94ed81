import { handleCommonsApi } from './commons-api.ts'
import type { Dataset } from './dataset.ts'
import type { Upstream } from './faults.ts'
import { notServed, preflight } from './http.ts'
import { handleParseApi, handleWikipediaRest, wikipediaHtml } from './pages.ts'
import { handleSparql } from './sparql.ts'
import { handleFilePath, handleTile, handleUpload } from './upload.ts'
import { handleWikidata } from './wikidata-api.ts'

/** The upstream a URL belongs to, or undefined for hosts the double does not stand in for. */
export function upstreamOf(url: URL): Upstream | undefined {
  const host = url.hostname
  if (host === 'www.wikidata.org' || host === 'm.wikidata.org') return 'wikidata'
  if (host === 'query.wikidata.org') return 'query'
  if (host === 'commons.wikimedia.org') return 'commons'
  if (host === 'upload.wikimedia.org') return 'upload'
  if (/^([a-z]\.)?tile\.openstreetmap\.org$/.test(host)) return 'tiles'
  if (/^[a-z0-9-]+\.(m\.)?wikipedia\.org$/.test(host)) return 'wikipedia'
  if (/^[a-z0-9-]+\.(m\.)?wikisource\.org$/.test(host)) return 'wikisource'
  return undefined
}

/** Answers one request for an upstream from the dataset (no faults, no latency). */
export async function route(
  upstream: Upstream,
  request: Request,
  url: URL,
  dataset: Dataset,
  rewrite: (text: string) => string,
): Promise<Response> {
  if (request.method === 'OPTIONS') {
    return preflight(request, { mediawiki: url.pathname.endsWith('/api.php') })
  }
  let response: Response | undefined
  switch (upstream) {
    case 'wikidata':
      response = await rewriteBody(await handleWikidata(request, url, dataset), rewrite)
      break
    case 'query':
      response = await handleSparql(request, url, dataset, rewrite)
      break
    case 'commons':
      response =
        url.pathname === '/w/api.php'
          ? await rewriteBody(await handleCommonsApi(request, url, dataset), rewrite)
          : handleFilePath(url, dataset, rewrite)
      break
    case 'wikipedia':
      response =
        handleWikipediaRest(url, dataset, rewrite) ??
        (await handleParseApi(request, url, wikipediaHtml(dataset), rewrite))
      break
    case 'wikisource':
      response = await handleParseApi(request, url, dataset.wikisource, rewrite)
      break
    case 'upload':
      response = handleUpload(url, dataset)
      break
    case 'tiles':
      response = handleTile(url)
      break
  }
  return response ?? notServed(url)
}

/** Points the media URLs in an Action API body (thumbnails, originals) at the mounted double. */
async function rewriteBody(
  response: Response | undefined,
  rewrite: (text: string) => string,
): Promise<Response | undefined> {
  if (!response || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const body = rewrite(await response.text())
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}
