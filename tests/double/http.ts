import type { Json } from './json.ts'

/** `$wgAllowedCorsHeaders`: the request headers MediaWiki accepts in a CORS preflight. */
const MEDIAWIKI_CORS_HEADERS = [
  'accept',
  'accept-language',
  'content-language',
  'content-type',
  'accept-encoding',
  'dnt',
  'origin',
  'user-agent',
  'api-user-agent',
  'access-control-max-age',
  'authorization',
]

/** The headers the Wikimedia REST gateway, the query service and the media hosts accept. */
const OPEN_CORS_HEADERS = [...MEDIAWIKI_CORS_HEADERS, 'cache-control', 'if-none-match']

/** Headers every CORS-readable response carries; the retry headers must be readable too. */
export const OPEN_CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, MediaWiki-API-Error',
}

/** A JSON response (content type as MediaWiki and RESTBase send it). */
export function jsonResponse(
  body: Json,
  init: { status?: number; headers?: Record<string, string>; contentType?: string } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {
      'content-type': init.contentType ?? 'application/json; charset=utf-8',
      ...init.headers,
    },
  })
}

/** A plain-text response. */
export function textResponse(
  body: string,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  })
}

/**
 * Answers a CORS preflight. MediaWiki refuses a preflight that asks for a header outside its
 * list, and only allows the origin when the request carries `origin=*`.
 */
export function preflight(request: Request, options: { mediawiki: boolean }): Response {
  const requested = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((header) => header.trim().toLowerCase())
    .filter((header) => header !== '')
  const allowed = options.mediawiki ? MEDIAWIKI_CORS_HEADERS : OPEN_CORS_HEADERS
  const origin = new URL(request.url).searchParams.get('origin')
  if (options.mediawiki && origin !== '*') return new Response(null, { status: 200 })
  if (requested.some((header) => !allowed.includes(header))) {
    return textResponse('Registered preflight request failed', 403)
  }
  return new Response(null, {
    status: 200,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
      'access-control-allow-headers': requested.join(', '),
      'access-control-max-age': '86400',
    },
  })
}

/** A copy of `response` with extra headers. */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers)
  for (const [name, value] of Object.entries(headers)) merged.set(name, value)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  })
}

/** The 404 the double gives for a host or path it does not serve. */
export function notServed(url: URL): Response {
  return textResponse(`The Wikimedia double does not serve ${url.host}${url.pathname}`, 404)
}
