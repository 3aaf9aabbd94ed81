import { describe, expect, it } from 'vitest'
import { ApiError, createHttp, parseRetryAfter, type HttpOptions } from './http'

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>

function setup(handler: Handler, limits: Partial<HttpOptions['limits']> = {}) {
  const calls: { url: URL; init: RequestInit; at: number }[] = []
  let active = 0
  let maxActive = 0
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    calls.push({ url, init, at: Date.now() })
    active++
    maxActive = Math.max(maxActive, active)
    try {
      return await handler(url, init)
    } finally {
      active--
    }
  }
  const http = createHttp({
    userAgent: 'Kooste/test (https://example.org)',
    limits: { queryConcurrency: 2, retries: 2, timeoutMs: 2000, maxRetryAfterMs: 5000, ...limits },
    fetch: fetch as typeof globalThis.fetch,
    base: 'https://app.example/',
  })
  return { http, calls, maxActive: () => maxActive }
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init })
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('createHttp', () => {
  it('sends Api-User-Agent and the Action API parameters', async () => {
    const { http, calls } = setup(() => json({ ok: 1 }))
    await http.json({
      upstream: 'wikidata',
      url: 'https://www.wikidata.org/w/api.php',
      params: { action: 'wbgetentities' },
      actionApi: true,
    })
    const [call] = calls
    expect(new Headers(call!.init.headers).get('Api-User-Agent')).toBe(
      'Kooste/test (https://example.org)',
    )
    expect(Object.fromEntries(call!.url.searchParams)).toEqual({
      action: 'wbgetentities',
      format: 'json',
      formatversion: '2',
      origin: '*',
    })
  })

  it('resolves relative endpoints against the page', async () => {
    const { http, calls } = setup(() => json({}))
    await http.json({ upstream: 'wikidata', url: '/_double/www.wikidata.org/w/api.php' })
    expect(calls[0]?.url.origin).toBe('https://app.example')
  })

  it('sends one request for identical requests in flight, and none once cached', async () => {
    const { http, calls } = setup(async () => {
      await wait(20)
      return json({ n: 1 })
    })
    const request = { upstream: 'wikidata' as const, url: 'https://www.wikidata.org/w/api.php?a=1' }
    const [a, b] = await Promise.all([http.json(request), http.json(request)])
    expect(a).toEqual({ n: 1 })
    expect(b).toEqual({ n: 1 })
    await http.json(request)
    expect(calls).toHaveLength(1)
  })

  it('runs at most two query-service requests at once', async () => {
    const { http, calls, maxActive } = setup(async () => {
      await wait(15)
      return json({ results: { bindings: [] } })
    })
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        http.json({
          upstream: 'query',
          url: 'https://query.example/sparql',
          form: { query: `q${n}` },
        }),
      ),
    )
    expect(calls).toHaveLength(5)
    expect(maxActive()).toBe(2)
    expect(calls[0]?.init.method).toBe('POST')
  })

  it('waits for Retry-After before asking again, and holds back other requests meanwhile', async () => {
    let first = true
    const { http, calls } = setup((url) => {
      if (first && url.searchParams.get('n') === '1') {
        first = false
        return new Response('slow down', { status: 429, headers: { 'Retry-After': '0.2' } })
      }
      return json({ ok: true })
    })
    const one = http.json({ upstream: 'wikidata', url: 'https://www.wikidata.org/w/api.php?n=1' })
    await wait(20)
    const two = http.json({ upstream: 'wikidata', url: 'https://www.wikidata.org/w/api.php?n=2' })
    await expect(one).resolves.toEqual({ ok: true })
    await expect(two).resolves.toEqual({ ok: true })
    const start = calls[0]!.at
    for (const call of calls.slice(1)) expect(call.at - start).toBeGreaterThanOrEqual(190)
  })

  it('gives up with the wait when Retry-After is longer than it may wait', async () => {
    const { http, calls } = setup(
      () => new Response('', { status: 429, headers: { 'Retry-After': '120' } }),
    )
    const error = await failure(
      http.json({ upstream: 'query', url: 'https://query.example/sparql?q' }),
    )
    expect(error).toMatchObject({
      code: 'ratelimited',
      status: 429,
      retryAfterMs: 120000,
      upstream: 'query',
    })
    expect(calls).toHaveLength(1)
  })

  it('retries a maxlag error after the lag the server names', async () => {
    let lagging = true
    const { http, calls } = setup(() => {
      if (lagging) {
        lagging = false
        return json(
          { error: { code: 'maxlag', info: 'lagged' } },
          { headers: { 'Retry-After': '0' } },
        )
      }
      return json({ entities: {} })
    })
    await expect(
      http.json({ upstream: 'wikidata', url: 'https://w.example/api.php', actionApi: true }),
    ).resolves.toEqual({ entities: {} })
    expect(calls).toHaveLength(2)
  })

  it.each([
    [
      () => json({ error: { code: 'no-such-entity', info: 'Could not find' } }),
      'no-such-entity',
      200,
    ],
    [() => new Response('{"entities": ', { status: 200 }), 'malformed', 200],
    [() => new Response('', { status: 200 }), 'malformed', 200],
    [() => new Response('nope', { status: 404 }), 'notfound', 404],
    [() => new Response('boom', { status: 500 }), 'http', 500],
  ])('turns each failure into one typed error (%#)', async (handler, code, status) => {
    const { http, calls } = setup(handler)
    const error = await failure(
      http.json({ upstream: 'wikidata', url: 'https://w.example/api.php', actionApi: true }),
    )
    expect(error).toMatchObject({ code, status, upstream: 'wikidata' })
    expect(calls).toHaveLength(1)
  })

  it('retries network failures a bounded number of times', async () => {
    const { http, calls } = setup(
      () => {
        throw new TypeError('Failed to fetch')
      },
      { retries: 1 },
    )
    const error = await failure(
      http.json({ upstream: 'commons', url: 'https://c.example/api.php' }),
    )
    expect(error.code).toBe('network')
    expect(calls).toHaveLength(2)
  })

  it('times out a request that never answers', async () => {
    const { http } = setup(
      (_, init) =>
        new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
      { timeoutMs: 50 },
    )
    const error = await failure(
      http.json({ upstream: 'wikipedia', url: 'https://fi.wikipedia.org/x' }),
    )
    expect(error.code).toBe('timeout')
  })

  it('aborts the shared request only when every caller has given up', async () => {
    let aborted = 0
    const { http } = setup(
      (_, init) =>
        new Promise((resolve) => {
          init.signal?.addEventListener('abort', () => aborted++)
          setTimeout(() => resolve(json({ late: true })), 60)
        }),
    )
    const request = { upstream: 'wikidata' as const, url: 'https://w.example/api.php?slow' }
    const a = new AbortController()
    const b = new AbortController()
    const first = http.json({ ...request, signal: a.signal })
    const second = http.json({ ...request, signal: b.signal })
    a.abort()
    expect((await failure(first)).code).toBe('aborted')
    await expect(second).resolves.toEqual({ late: true })
    expect(aborted).toBe(0)
    const c = new AbortController()
    const third = http.json({
      ...request,
      url: 'https://w.example/api.php?slower',
      signal: c.signal,
    })
    await wait(10)
    c.abort()
    expect((await failure(third)).code).toBe('aborted')
    expect(aborted).toBe(1)
  })

  it('keeps the cache bounded, dropping the least recently used', async () => {
    let count = 0
    const counting = createHttp({
      userAgent: 't',
      limits: { queryConcurrency: 2, retries: 0, timeoutMs: 1000, maxRetryAfterMs: 0 },
      fetch: (async () => {
        count++
        return json({})
      }) as typeof fetch,
      base: 'https://app.example/',
      cacheSize: 3,
    })
    for (const n of [1, 2, 3, 1, 4, 1, 2])
      await counting.json({ upstream: 'wikidata', url: `https://w.example/${n}` })
    // 1, 2, 3 fetched; 1 cached; 4 fetched and evicts 2 (least recently used); 1 cached; 2 fetched.
    expect(count).toBe(5)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10000)
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
  })
})
