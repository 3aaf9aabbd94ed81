import { jsonResponse, OPEN_CORS } from './http.ts'
import { internalErrorBody, maxlagBody } from './mediawiki.ts'

/** The upstreams the double stands in for; faults, latency and the log use these names. */
export const UPSTREAMS = [
  'wikidata',
  'query',
  'commons',
  'wikipedia',
  'wikisource',
  'upload',
  'tiles',
] as const

/** One upstream. */
export type Upstream = (typeof UPSTREAMS)[number]

/** A failure to inject into one upstream's answers. */
export type Fault =
  | { kind: 'timeout' }
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'malformed' }
  /** `code: 'maxlag'` gives the maxlag error; anything else a database error. */
  | { kind: 'mwerror'; code?: string }
  | { kind: 'empty' }
  | { kind: 'delay'; ms: number }

const FAULT_KINDS = ['timeout', 'status', 'malformed', 'mwerror', 'empty', 'delay'] as const

/** Whether `value` names an upstream. */
export function isUpstream(value: unknown): value is Upstream {
  return typeof value === 'string' && (UPSTREAMS as readonly string[]).includes(value)
}

/** Reads a fault from untrusted JSON (the HTTP control endpoint); undefined when invalid. */
export function readFault(value: unknown): Fault | null | undefined {
  if (value === null) return null
  if (typeof value !== 'object' || Array.isArray(value)) return undefined
  const record = new Map<string, unknown>(Object.entries(value))
  const kind = FAULT_KINDS.find((known) => known === record.get('kind'))
  const number = (key: string) => {
    const field = record.get(key)
    return typeof field === 'number' ? field : undefined
  }
  switch (kind) {
    case 'status': {
      const status = number('status')
      if (status === undefined || status < 200 || status > 599) return undefined
      const retryAfter = number('retryAfter')
      return retryAfter === undefined ? { kind, status } : { kind, status, retryAfter }
    }
    case 'delay': {
      const ms = number('ms')
      return ms === undefined ? undefined : { kind, ms }
    }
    case 'mwerror': {
      const code = record.get('code')
      return typeof code === 'string' ? { kind, code } : { kind }
    }
    case undefined:
      return undefined
    default:
      return { kind }
  }
}

/**
 * Waits `ms`, or until `signal` aborts; true when the wait ran out, false when aborted.
 * The timer is cleared on abort so nothing is left pending.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false)
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Resolves when `signal` aborts (never, when it does not). */
function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
}

function errorPage(status: number, retryAfter: number | undefined): Response {
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    ...OPEN_CORS,
  }
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter)
  const html =
    '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Wikimedia Error</title>' +
    `<p>Our servers are currently under maintenance or experiencing a technical issue (${status}).</p></html>`
  return new Response(html, { status, headers })
}

/**
 * Answers a request under a fault. `answer` produces the real response; a timeout waits for the
 * client to give up and then resolves with a network error (`Response.error()`), which is what
 * msw and the HTTP mount turn into a dropped request.
 */
export async function applyFault(
  fault: Fault,
  signal: AbortSignal,
  answer: () => Promise<Response>,
): Promise<Response> {
  switch (fault.kind) {
    case 'timeout':
      await aborted(signal)
      return Response.error()
    case 'delay':
      return (await sleep(fault.ms, signal)) ? answer() : Response.error()
    case 'status':
      return errorPage(
        fault.status,
        fault.status === 429 ? (fault.retryAfter ?? 1) : fault.retryAfter,
      )
    case 'mwerror': {
      const maxlag = fault.code === 'maxlag'
      const body = maxlag ? maxlagBody() : internalErrorBody()
      const headers: Record<string, string> = {
        ...OPEN_CORS,
        'mediawiki-api-error': maxlag ? 'maxlag' : 'internal_api_error_DBQueryError',
      }
      if (maxlag) Object.assign(headers, { 'retry-after': '5', 'x-database-lag': '6' })
      return jsonResponse(body, { headers })
    }
    case 'empty': {
      const real = await answer()
      const type = real.headers.get('content-type') ?? 'application/json; charset=utf-8'
      return new Response('', { status: 200, headers: { 'content-type': type, ...OPEN_CORS } })
    }
    case 'malformed': {
      const real = await answer()
      const text = await real.text()
      // Half a body: what a connection cut mid-transfer leaves, and never valid JSON.
      const cut = text.length > 1 ? text.slice(0, Math.floor(text.length / 2)) : '{'
      const type = real.headers.get('content-type') ?? 'application/json; charset=utf-8'
      return new Response(cut, { status: 200, headers: { 'content-type': type, ...OPEN_CORS } })
    }
  }
}
