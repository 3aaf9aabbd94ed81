// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { readFault } from './faults.ts'
import type { Double } from './index.ts'
import { parseJson } from './json.ts'
import { api, at, send, testDouble } from './test-support.ts'

let double: Double
beforeEach(async () => {
  double = await testDouble()
})

const ENTITIES = api('www.wikidata.org', { action: 'wbgetentities', ids: 'Q33', origin: '*' })
const SUMMARY = 'https://fi.wikipedia.org/api/rest_v1/page/summary/Helsinki'

describe('faults', () => {
  it('timeout: never answers until the client aborts, then drops the request', async () => {
    double.setFault('wikidata', { kind: 'timeout' })
    const controller = new AbortController()
    let answered = false
    const pending = double
      .handle(new Request(ENTITIES, { signal: controller.signal }))
      .then((response) => {
        answered = true
        return response
      })
    // Logged as begun (however slow the machine), and still unanswered a while later.
    await vi.waitFor(() =>
      expect(double.log[0]).toMatchObject({ status: null, endedAt: null, fault: 'timeout' }),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(answered).toBe(false)
    controller.abort()
    const response = await pending
    expect(response.type).toBe('error')
    expect(double.log[0]).toMatchObject({ status: 0, fault: 'timeout' })
  })

  it('status: answers with the status, and 429 with Retry-After', async () => {
    double.setFault('wikipedia', { kind: 'status', status: 500 })
    const failed = await send(double, SUMMARY)
    expect(failed.status).toBe(500)
    expect(failed.headers.get('retry-after')).toBeNull()
    double.setFault('wikipedia', { kind: 'status', status: 429, retryAfter: 2 })
    const limited = await send(double, SUMMARY)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('2')
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After')
    double.setFault('wikipedia', { kind: 'status', status: 429 })
    expect((await send(double, SUMMARY)).headers.get('retry-after')).toBe('1')
  })

  it('malformed: a 200 whose body is not JSON', async () => {
    double.setFault('wikidata', { kind: 'malformed' })
    const response = await send(double, ENTITIES)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    const text = await response.text()
    expect(text.length).toBeGreaterThan(0)
    expect(() => JSON.parse(text)).toThrow()
  })

  it('mwerror: a 200 with a MediaWiki error, or maxlag with Retry-After', async () => {
    double.setFault('commons', { kind: 'mwerror' })
    const response = await send(
      double,
      api('commons.wikimedia.org', { action: 'query', list: 'allcampaigns' }),
    )
    expect(response.status).toBe(200)
    expect(at(parseJson(await response.text()), 'error', 'code')).toBe(
      'internal_api_error_DBQueryError',
    )
    double.setFault('commons', { kind: 'mwerror', code: 'maxlag' })
    const lagged = await send(
      double,
      api('commons.wikimedia.org', { action: 'query', list: 'allcampaigns' }),
    )
    expect(lagged.headers.get('retry-after')).toBe('5')
    expect(at(parseJson(await lagged.text()), 'error')).toMatchObject({ code: 'maxlag', lag: 6.5 })
  })

  it('empty: a 200 with no body', async () => {
    double.setFault('query', { kind: 'empty' })
    const response = await send(
      double,
      'https://query.wikidata.org/sparql?format=json&query=ASK%7B%7D',
    )
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('delay: answers normally after the delay, or drops the request on abort', async () => {
    double.setFault('wikidata', { kind: 'delay', ms: 60 })
    const started = Date.now()
    const response = await send(double, ENTITIES)
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
    expect(at(parseJson(await response.text()), 'entities', 'Q33', 'id')).toBe('Q33')
    double.setFault('wikidata', { kind: 'delay', ms: 10_000 })
    const controller = new AbortController()
    const pending = double.handle(new Request(ENTITIES, { signal: controller.signal }))
    controller.abort()
    expect((await pending).type).toBe('error')
  })

  it('affects only its upstream, and is removed with null', async () => {
    double.setFault('wikipedia', { kind: 'status', status: 503 })
    expect((await send(double, ENTITIES)).status).toBe(200)
    double.setFault('wikipedia', null)
    expect((await send(double, SUMMARY)).status).toBe(200)
  })

  it('reads faults from JSON and rejects malformed ones', () => {
    expect(readFault({ kind: 'status', status: 429, retryAfter: 3 })).toEqual({
      kind: 'status',
      status: 429,
      retryAfter: 3,
    })
    expect(readFault(null)).toBeNull()
    expect(readFault({ kind: 'status' })).toBeUndefined()
    expect(readFault({ kind: 'explode' })).toBeUndefined()
  })
})

describe('latency', () => {
  it('waits before answering, per upstream or for all', async () => {
    // A latency far above any answer's own time, so a busy machine cannot blur the two.
    const latency = 400
    double.setLatency(latency, 'wikipedia')
    let started = Date.now()
    await send(double, ENTITIES)
    expect(Date.now() - started).toBeLessThan(latency)
    started = Date.now()
    await send(double, SUMMARY)
    expect(Date.now() - started).toBeGreaterThanOrEqual(latency - 5)
    double.setLatency(latency)
    started = Date.now()
    await send(double, ENTITIES)
    expect(Date.now() - started).toBeGreaterThanOrEqual(latency - 5)
    const entry = double.log.at(-1)
    expect((entry?.endedAt ?? 0) - (entry?.startedAt ?? 0)).toBeGreaterThanOrEqual(latency - 5)
  })
})

describe('the log', () => {
  it('records upstream, method, url, timing, status and the calling headers', async () => {
    await send(double, ENTITIES, { headers: { 'Api-User-Agent': 'Kooste/0.1 (test)' } })
    await send(double, 'https://example.org/nothing')
    expect(double.log).toEqual([
      {
        upstream: 'wikidata',
        method: 'GET',
        url: ENTITIES,
        startedAt: expect.any(Number),
        endedAt: expect.any(Number),
        status: 200,
        fault: null,
        headers: {
          'api-user-agent': 'Kooste/0.1 (test)',
          'user-agent': null,
          accept: null,
          'content-type': null,
          origin: null,
        },
        origin: '*',
      },
      expect.objectContaining({ upstream: 'unknown', status: 404 }),
    ])
  })

  it('is cleared by clearLog and reset, which also removes faults and latency', async () => {
    await send(double, SUMMARY)
    double.setFault('wikidata', { kind: 'status', status: 500 })
    double.setLatency(1000)
    double.clearLog()
    expect(double.log).toHaveLength(0)
    double.reset()
    const started = Date.now()
    expect((await send(double, ENTITIES)).status).toBe(200)
    expect(Date.now() - started).toBeLessThan(500)
    expect(double.log).toHaveLength(1)
  })
})
