import { describe, expect, it } from 'vitest'
import { ApiError, createHttp, mapUpstream } from './http'
import { ShapeError } from '../domain/guards'

// Found by the fault matrix (tests/e2e/faults.spec.ts): a 200 whose JSON has the wrong shape (a
// MediaWiki `error` object from the REST API or the query service) was cached, so every retry was
// handed the same bad body and the section could never recover.
describe('a body that failed its mapper', () => {
  it('is not served from the cache again', async () => {
    const bodies = [{ error: { code: 'internal_api_error_DBQueryError' } }, { title: 'Verla' }]
    let fetched = 0
    const http = createHttp({
      userAgent: 't',
      limits: { queryConcurrency: 2, retries: 0, timeoutMs: 1000, maxRetryAfterMs: 0 },
      fetch: (async () =>
        new Response(JSON.stringify(bodies[fetched++]), {
          headers: { 'Content-Type': 'application/json' },
        })) as typeof fetch,
      base: 'https://app.example/',
    })
    const request = { upstream: 'wikipedia' as const, url: 'https://en.example/summary/Verla' }
    const map = (body: unknown) =>
      mapUpstream('wikipedia', () => {
        if (typeof body !== 'object' || body === null || !('title' in body))
          throw new ShapeError('no title')
        return body.title
      })

    const first = await http
      .json(request)
      .then(map)
      .catch((e: unknown) => e)
    expect(first).toBeInstanceOf(ApiError)
    expect((first as ApiError).code).toBe('malformed')
    expect(await http.json(request).then(map)).toBe('Verla')
    expect(fetched).toBe(2)
    // A good body stays cached.
    expect(await http.json(request).then(map)).toBe('Verla')
    expect(fetched).toBe(2)
  })
})
