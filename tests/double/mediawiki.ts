import { jsonResponse, OPEN_CORS } from './http.ts'
import type { Json, JsonObject } from './json.ts'

/** Request parameters read the way MediaWiki's API reads them. */
export class ApiParams {
  constructor(private readonly params: URLSearchParams) {}

  /** A single value, or undefined when absent. */
  get(name: string): string | undefined {
    return this.params.get(name) ?? undefined
  }

  /** Whether a parameter is present; MediaWiki booleans are true whatever their value. */
  flag(name: string): boolean {
    return this.params.has(name)
  }

  /** A multi-value parameter: `a|b|c`, or separated by U+001F when it starts with one. */
  list(name: string): string[] {
    const value = this.params.get(name)
    if (value === null || value === '') return []
    const parts = value.startsWith('\x1f') ? value.slice(1).split('\x1f') : value.split('|')
    return [...new Set(parts)]
  }

  /** An integer or `max`, clamped to [min, max] as MediaWiki does (with a warning it omits). */
  limit(name: string, fallback: number, max: number): number {
    const value = this.params.get(name)
    if (value === null || value === '') return fallback
    if (value === 'max') return max
    const number = Number.parseInt(value, 10)
    return Number.isNaN(number) ? fallback : Math.min(Math.max(number, 1), max)
  }

  /** A non-negative integer (offsets). */
  offset(name: string): number {
    const number = Number.parseInt(this.params.get(name) ?? '0', 10)
    return Number.isNaN(number) || number < 0 ? 0 : number
  }
}

/** What every Action API module needs from the request. */
export interface ApiContext {
  params: ApiParams
  formatversion: 1 | 2
  host: string
  /** CORS headers: only when the request said `origin=*`. */
  cors: Record<string, string>
}

/** Reads GET parameters and, for POST, form bodies (MediaWiki merges both). */
export async function readParams(request: Request): Promise<URLSearchParams> {
  const params = new URL(request.url).searchParams
  if (request.method !== 'POST') return params
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(await request.text())) params.set(key, value)
  } else if (type.includes('multipart/form-data')) {
    for (const [key, value] of await request.formData()) {
      if (typeof value === 'string') params.set(key, value)
    }
  }
  return params
}

const SERVED_BY = 'mw-api-ext.codfw.main-double'

function docref(host: string): string {
  return (
    `See https://${host}/w/api.php for API usage. Subscribe to the mediawiki-api-announce ` +
    'mailing list at &lt;https://lists.wikimedia.org/postorius/lists/' +
    'mediawiki-api-announce.lists.wikimedia.org/&gt; for notice of API deprecations and ' +
    'breaking changes.'
  )
}

/** A successful Action API response. */
export function apiResult(context: ApiContext, body: JsonObject): Response {
  return jsonResponse(body, { headers: context.cors })
}

/** A MediaWiki API error: HTTP 200, an `error` object, `servedby`, and MediaWiki-API-Error. */
export function apiError(
  context: ApiContext,
  code: string,
  info: string,
  extra: JsonObject = {},
): Response {
  const reference = context.formatversion === 2 ? 'docref' : '*'
  const body: JsonObject = {
    error: { code, info, ...extra, [reference]: docref(context.host) },
    servedby: SERVED_BY,
  }
  return jsonResponse(body, {
    headers: { ...context.cors, 'mediawiki-api-error': code },
  })
}

/** The internal error a database failure gives (the `mwerror` fault). */
export function internalErrorBody(): JsonObject {
  return {
    error: {
      code: 'internal_api_error_DBQueryError',
      info: '[aGVsbG8td29ybGQ] Exception caught: A database query error has occurred.',
      errorclass: 'Wikimedia\\Rdbms\\DBQueryError',
    },
    servedby: SERVED_BY,
  }
}

/** The error a lagged replica gives (the `mwerror` fault with code `maxlag`). */
export function maxlagBody(): JsonObject {
  return {
    error: {
      code: 'maxlag',
      info: 'Waiting for 10.64.48.35: 6.5 seconds lagged.',
      host: '10.64.48.35',
      lag: 6.5,
      type: 'db',
    },
    servedby: SERVED_BY,
  }
}

/**
 * Checks `format` and builds the context; MediaWiki without `format=json` answers with its
 * HTML pretty-printer (`jsonfm`), which is what a client forgetting the parameter would get.
 */
export function apiContext(
  params: URLSearchParams,
  host: string,
): { context: ApiContext } | { response: Response } {
  const version = params.get('formatversion')
  const context: ApiContext = {
    params: new ApiParams(params),
    formatversion: version === '2' || version === 'latest' ? 2 : 1,
    host,
    cors: params.get('origin') === '*' ? { ...OPEN_CORS } : {},
  }
  const format = params.get('format')
  if (format === null || format === 'jsonfm') {
    const html =
      '<!DOCTYPE html><html><head><title>MediaWiki API result</title></head><body>' +
      '<pre>This is the HTML representation of the JSON format. Use format=json.</pre>' +
      '</body></html>'
    return {
      response: new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    }
  }
  if (format !== 'json') {
    return {
      response: apiError(
        context,
        'badvalue',
        `Unrecognized value for parameter "format": ${format}.`,
      ),
    }
  }
  return { context }
}

/** The error for a missing required parameter. */
export function missingParam(context: ApiContext, name: string): Response {
  return apiError(context, 'missingparam', `The "${name}" parameter must be set.`)
}

/** The error for more values than a parameter allows. */
export function tooManyValues(context: ApiContext, name: string, limit: number): Response {
  return apiError(
    context,
    'toomanyvalues',
    `Too many values supplied for parameter "${name}". The limit is ${limit}.`,
    { limit, lowlimit: limit, highlimit: limit * 10 },
  )
}

/** The error for a value outside a parameter's set. */
export function badValue(context: ApiContext, name: string, value: string): Response {
  return apiError(context, 'badvalue', `Unrecognized value for parameter "${name}": ${value}.`)
}

/** `true` in formatversion 2, `""` in formatversion 1 (MediaWiki's boolean flags). */
export function apiTrue(context: ApiContext): Json {
  return context.formatversion === 2 ? true : ''
}
