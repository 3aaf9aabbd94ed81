import { followWikipediaRedirect, type Dataset } from './dataset.ts'
import { jsonResponse, OPEN_CORS } from './http.ts'
import { mapStrings, type JsonObject } from './json.ts'
import {
  apiContext,
  apiError,
  apiResult,
  badValue,
  missingParam,
  readParams,
  type ApiContext,
} from './mediawiki.ts'
import { normalizeTitle, safeDecode, syntheticPageId } from './titles.ts'

const SUMMARY_TYPE =
  'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.4.2"'
const HTML_TYPE =
  'text/html; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/HTML/2.1.0"'

function languageOf(host: string): string {
  return host.split('.')[0] ?? ''
}

function restNotFound(url: URL): Response {
  return jsonResponse(
    {
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      method: 'get',
      detail: 'Page or revision not found.',
      uri: `/${url.host}/v1${url.pathname.replace(/^\/api\/rest_v1/, '')}`,
    },
    { status: 404, headers: OPEN_CORS, contentType: 'application/problem+json' },
  )
}

/** `<lang>.wikipedia.org/api/rest_v1/page/{summary,html}/{title}` from the dataset. */
export function handleWikipediaRest(
  url: URL,
  dataset: Dataset,
  rewrite: (text: string) => string,
): Response | undefined {
  const match = /^\/api\/rest_v1\/page\/(summary|html)\/(.+)$/.exec(url.pathname)
  if (match === null) return undefined
  const [, endpoint, encoded = ''] = match
  const language = languageOf(url.host)
  // The REST API answers a redirect page with its target (clients follow the 302).
  const title = followWikipediaRedirect(dataset, language, safeDecode(encoded))
  const page = dataset.wikipedia.get(`${language}|${title}`)
  const headers = { ...OPEN_CORS, 'content-language': language }
  if (endpoint === 'summary' && page?.summary !== undefined) {
    const body = mapStrings(page.summary, rewrite)
    return jsonResponse(body, { headers, contentType: SUMMARY_TYPE })
  }
  if (endpoint === 'html' && page?.html !== undefined) {
    return new Response(rewrite(page.html), { headers: { ...headers, 'content-type': HTML_TYPE } })
  }
  return restNotFound(url)
}

const PARSE_PROPS = [
  'text',
  'langlinks',
  'categories',
  'links',
  'templates',
  'images',
  'externallinks',
  'sections',
  'parsewarnings',
  'displaytitle',
  'iwlinks',
  'properties',
]

function parse(
  context: ApiContext,
  pages: Map<string, string>,
  language: string,
  rewrite: (text: string) => string,
) {
  const { params } = context
  const given = params.get('page')
  if (given === undefined) return missingParam(context, 'page')
  const title = normalizeTitle(given)
  const html = pages.get(`${language}|${title}`)
  if (html === undefined) {
    return apiError(context, 'missingtitle', "The page you specified doesn't exist.")
  }
  const requested = params.list('prop')
  const props = requested.length > 0 ? requested : [...PARSE_PROPS, 'revid']
  const pageid = syntheticPageId(`${language}|${title}`)
  const out: JsonObject = { title, pageid }
  if (props.includes('revid')) out.revid = 1_000_000 + (pageid % 1_000_000)
  for (const prop of PARSE_PROPS) {
    if (!props.includes(prop)) continue
    if (prop === 'text') {
      const text = rewrite(html)
      out.text = context.formatversion === 2 ? text : { '*': text }
    } else if (prop === 'displaytitle') out.displaytitle = title
    else if (prop === 'properties') out.properties = context.formatversion === 2 ? {} : []
    else out[prop] = []
  }
  return apiResult(context, { parse: out })
}

/** `<lang>.wikisource.org/w/api.php` and `<lang>.wikipedia.org/w/api.php`: `action=parse`. */
export async function handleParseApi(
  request: Request,
  url: URL,
  pages: Map<string, string>,
  rewrite: (text: string) => string,
): Promise<Response | undefined> {
  if (url.pathname !== '/w/api.php') return undefined
  const prepared = apiContext(await readParams(request), url.host)
  if ('response' in prepared) return prepared.response
  const { context } = prepared
  const action = context.params.get('action') ?? 'help'
  if (action !== 'parse') return badValue(context, 'action', action)
  return parse(context, pages, languageOf(url.host), rewrite)
}

const htmlViews = new WeakMap<Dataset, Map<string, string>>()

/** The dataset's Wikipedia articles as a `lang|Title` → HTML map, for `action=parse`. */
export function wikipediaHtml(dataset: Dataset): Map<string, string> {
  let view = htmlViews.get(dataset)
  if (view === undefined) {
    view = new Map()
    for (const [key, page] of dataset.wikipedia)
      if (page.html !== undefined) view.set(key, page.html)
    htmlViews.set(dataset, view)
  }
  return view
}
