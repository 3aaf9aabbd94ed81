/**
 * The only module that calls fetch. It makes Kooste a polite Wikimedia client: `Api-User-Agent` on
 * every request, `origin=*`/`format=json`/`formatversion=2` on Action API calls, one in-flight
 * request per identical URL, a size-limited cache for the page session, at most N concurrent
 * query-service requests, `Retry-After` and `maxlag` honoured with bounded retries, and every
 * failure turned into one typed ApiError.
 */
import { isRecord, str, ShapeError } from '../domain/guards'

export const upstreams = ['wikidata', 'query', 'commons', 'wikipedia', 'wikisource'] as const
export type Upstream = (typeof upstreams)[number]

/** Why a request failed: a transport reason, or the MediaWiki error code (`no-such-entity`…). */
export type ApiErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'notfound'
  | 'ratelimited'
  | 'malformed'
  | (string & {})

/** One failure of one upstream request. */
export class ApiError extends Error {
  constructor(
    readonly upstream: Upstream,
    readonly status: number | null,
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/**
 * Tells the app when a request could not reach the network (`failure`) and when an answer came
 * (`answer`), for its offline notice (useNetworkStatus). Only events: nothing here depends on it.
 */
export const networkEvents = new EventTarget()

/** True for an ApiError caused by the caller giving up (navigation, a newer search). */
export function isAbort(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'aborted'
}

/**
 * Bumped when a body of the upstream failed its mapper: the cached bodies of that upstream are then
 * no longer trusted, so a retry asks again instead of being handed the same bad body (valid JSON of
 * the wrong shape, like a MediaWiki `error` object from a REST endpoint).
 */
const distrust: Partial<Record<Upstream, number>> = {}

/** Runs a mapper over an upstream body: a ShapeError becomes a `malformed` ApiError. */
export function mapUpstream<T>(upstream: Upstream, map: () => T): T {
  try {
    return map()
  } catch (error) {
    if (error instanceof ShapeError) {
      distrust[upstream] = (distrust[upstream] ?? 0) + 1
      throw new ApiError(upstream, 200, 'malformed', error.message)
    }
    throw error
  }
}

export interface HttpRequest {
  upstream: Upstream
  url: string
  /** Added to the URL's query string. */
  params?: Record<string, string>
  /** Sent as an `application/x-www-form-urlencoded` POST body. */
  form?: Record<string, string>
  accept?: string
  /** MediaWiki Action API: adds origin/format/formatversion and reads `error` objects. */
  actionApi?: boolean
  signal?: AbortSignal
}

export interface HttpOptions {
  userAgent: string
  limits: { queryConcurrency: number; retries: number; timeoutMs: number; maxRetryAfterMs: number }
  fetch?: typeof fetch
  /** Base for relative endpoint URLs (the page's own location in a browser). */
  base?: string
  /** Largest number of cached responses kept. */
  cacheSize?: number
}

export interface Http {
  json(request: HttpRequest): Promise<unknown>
  text(request: HttpRequest): Promise<string>
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Reads `Retry-After` (seconds or an HTTP date) as milliseconds. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** A counting gate: at most `limit` holders at once, waiting in order. */
function gate(limit: number) {
  let active = 0
  const waiting: (() => void)[] = []
  return async function acquire(): Promise<() => void> {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    active++
    return () => {
      active--
      waiting.shift()?.()
    }
  }
}

/** One in-flight request shared by every caller asking for the same thing. */
class Shared {
  private subscribers = 0
  constructor(
    readonly promise: Promise<unknown>,
    private readonly controller: AbortController,
  ) {
    // Callers may all abort; the rejection is then nobody's to handle.
    promise.catch(() => undefined)
  }

  /** True once every caller has given up: a new caller needs a new request. */
  get aborted(): boolean {
    return this.controller.signal.aborted
  }

  subscribe(signal: AbortSignal | undefined, upstream: Upstream): Promise<unknown> {
    this.subscribers++
    if (!signal) return this.promise
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (--this.subscribers === 0) this.controller.abort()
        reject(new ApiError(upstream, null, 'aborted', 'request cancelled'))
      }
      if (signal.aborted) return onAbort()
      signal.addEventListener('abort', onAbort, { once: true })
      this.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
  }
}

/** Builds the app's HTTP client. */
export function createHttp(options: HttpOptions): Http {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const base = options.base ?? globalThis.location?.href ?? 'http://localhost/'
  const cacheSize = options.cacheSize ?? 400
  const { limits } = options
  const cache = new Map<string, { value: unknown; upstream: Upstream; trust: number }>()
  const inflight = new Map<string, Shared>()
  const blockedUntil = new Map<Upstream, number>()
  const gates: Partial<Record<Upstream, () => Promise<() => void>>> = {
    query: gate(limits.queryConcurrency),
  }

  function buildUrl(request: HttpRequest): string {
    const url = new URL(request.url, base)
    for (const [key, value] of Object.entries(request.params ?? {}))
      url.searchParams.set(key, value)
    if (request.actionApi) {
      url.searchParams.set('format', 'json')
      url.searchParams.set('formatversion', '2')
      url.searchParams.set('origin', '*')
    }
    return url.toString()
  }

  async function waitForUpstream(upstream: Upstream, signal: AbortSignal) {
    const until = blockedUntil.get(upstream) ?? 0
    if (until > Date.now()) await sleep(until - Date.now(), signal)
  }

  function fail(request: HttpRequest, status: number | null, code: string, message: string) {
    return new ApiError(request.upstream, status, code, message)
  }

  async function attempt(request: HttpRequest, url: string, signal: AbortSignal) {
    const release = await (gates[request.upstream]?.() ?? Promise.resolve(() => undefined))
    const timeout = AbortSignal.timeout(limits.timeoutMs)
    try {
      const response = await doFetch(url, {
        method: request.form ? 'POST' : 'GET',
        headers: {
          'Api-User-Agent': options.userAgent,
          Accept: request.accept ?? 'application/json',
          ...(request.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: request.form ? new URLSearchParams(request.form).toString() : null,
        signal: AbortSignal.any([signal, timeout]),
      })
      const body = await response.text()
      networkEvents.dispatchEvent(new Event('answer'))
      return { response, body }
    } catch (error) {
      if (signal.aborted) throw fail(request, null, 'aborted', 'request cancelled')
      if (timeout.aborted)
        throw fail(request, null, 'timeout', `no answer in ${limits.timeoutMs} ms`)
      networkEvents.dispatchEvent(new Event('failure'))
      throw fail(request, null, 'network', error instanceof Error ? error.message : 'network error')
    } finally {
      release()
    }
  }

  function parse(request: HttpRequest, body: string, status: number): unknown {
    if (body.trim() === '') throw fail(request, status, 'malformed', 'empty response')
    try {
      return JSON.parse(body)
    } catch {
      throw fail(request, status, 'malformed', 'response is not JSON')
    }
  }

  async function run(request: HttpRequest, asJson: boolean, signal: AbortSignal) {
    const url = buildUrl(request)
    for (let tries = 0; ; tries++) {
      await waitForUpstream(request.upstream, signal).catch(() => {
        throw fail(request, null, 'aborted', 'request cancelled')
      })
      let waitMs: number | null = null
      let error: ApiError
      try {
        const { response, body } = await attempt(request, url, signal)
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'))
        if (response.status === 429 || response.status === 503) {
          waitMs = retryAfter ?? 1000 * 2 ** tries
          blockedUntil.set(request.upstream, Date.now() + waitMs)
          throw new ApiError(
            request.upstream,
            response.status,
            'ratelimited',
            'too many requests',
            waitMs,
          )
        }
        if (response.status === 404) throw fail(request, 404, 'notfound', 'not found')
        if (!response.ok) throw fail(request, response.status, 'http', `HTTP ${response.status}`)
        if (!asJson) return body
        const value = parse(request, body, response.status)
        const mwError =
          request.actionApi && isRecord(value) && isRecord(value.error) ? value.error : null
        if (mwError) {
          const code = str(mwError, 'code') ?? 'unknown'
          if (code === 'maxlag') waitMs = retryAfter ?? 5000
          throw new ApiError(
            request.upstream,
            response.status,
            code,
            str(mwError, 'info') ?? code,
            waitMs,
          )
        }
        return value
      } catch (caught) {
        if (!(caught instanceof ApiError)) throw caught
        error = caught
        if (error.code === 'network') waitMs = 500 * 2 ** tries
      }
      if (waitMs === null || tries >= limits.retries || waitMs > limits.maxRetryAfterMs) throw error
      await sleep(waitMs, signal).catch(() => {
        throw fail(request, null, 'aborted', 'request cancelled')
      })
    }
  }

  function request(request: HttpRequest, asJson: boolean): Promise<unknown> {
    const key = `${asJson ? 'j' : 't'} ${buildUrl(request)} ${JSON.stringify(request.form ?? null)}`
    const cached = cache.get(key)
    cache.delete(key)
    if (cached && cached.trust === (distrust[cached.upstream] ?? 0)) {
      cache.set(key, cached)
      return Promise.resolve(cached.value)
    }
    let shared = inflight.get(key)
    if (!shared || shared.aborted) {
      const controller = new AbortController()
      const trust = distrust[request.upstream] ?? 0
      const promise = run(request, asJson, controller.signal).then((value) => {
        cache.set(key, { value, upstream: request.upstream, trust })
        if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string)
        return value
      })
      const created = new Shared(promise, controller)
      promise
        .finally(() => inflight.get(key) === created && inflight.delete(key))
        .catch(() => undefined)
      shared = created
      inflight.set(key, shared)
    }
    return shared.subscribe(request.signal, request.upstream)
  }

  return {
    json: (r) => request(r, true),
    text: (r) => request(r, false) as Promise<string>,
  }
}
