/**
 * The double's faults, applied per page in Playwright instead of on the shared server: parallel
 * workers share one double, so a server-side fault would leak into other tests. Each page gets its
 * own `FaultSwitch`; the answers are built by `applyFault`, so a fault looks exactly as the double's
 * own (`faults.ts`): same status pages, same MediaWiki error bodies, same cut JSON.
 */
import type { Page, Route } from '@playwright/test'
import { applyFault, type Fault } from './faults.ts'

/** The upstreams the fault matrix covers, with the double's mount paths (globs) for each. */
export const FAULT_UPSTREAMS = {
  wikidata: ['**/_double/www.wikidata.org/**'],
  query: ['**/_double/query.wikidata.org/**'],
  commons: ['**/_double/commons.wikimedia.org/**'],
  wikipedia: ['**/_double/*.wikipedia.org/**'],
  wikisource: ['**/_double/*.wikisource.org/**'],
  tiles: ['**/_double/tile.openstreetmap.org/**'],
} as const

export type FaultUpstream = keyof typeof FAULT_UPSTREAMS

/**
 * One fault of the matrix. A timeout never answers: the app gives up after its own
 * `limits.timeoutMs` (20 s), which the matrix reaches on the page's clock (page.clock).
 */
export interface FaultCase {
  name: string
  fault: Fault
}

export const FAULT_CASES: FaultCase[] = [
  { name: 'timeout', fault: { kind: 'timeout' } },
  { name: '429 with Retry-After', fault: { kind: 'status', status: 429, retryAfter: 1 } },
  { name: '500', fault: { kind: 'status', status: 500 } },
  { name: 'malformed JSON', fault: { kind: 'malformed' } },
  { name: 'MediaWiki error in a 200', fault: { kind: 'mwerror' } },
  { name: 'empty answer', fault: { kind: 'empty' } },
  { name: '10-second delay', fault: { kind: 'delay', ms: 10_000 } },
]

/** One request seen under the switch. */
export interface FaultedRequest {
  /** The URL, and the body of a POST after a space. */
  url: string
  at: number
  faulted: boolean
}

/** A fault on one upstream of one page, which the test can lift. */
export interface FaultSwitch {
  /** Every request to the upstream, faulted or not, in order. */
  readonly requests: FaultedRequest[]
  /** From now on, requests pass untouched (requests already held stay held). */
  lift(): void
  /** Releases every held request (a timeout's never-answered ones); call when the test ends. */
  dispose(): Promise<void>
}

async function realAnswer(route: Route): Promise<Response> {
  const answer = await route.fetch()
  return new Response(answer.status() === 204 ? null : new Uint8Array(await answer.body()), {
    status: answer.status(),
    headers: answer.headers(),
  })
}

/** Injects `fault` into every request the page sends to `upstream` until lifted. */
export async function injectFault(
  page: Page,
  upstream: FaultUpstream,
  fault: Fault,
): Promise<FaultSwitch> {
  let active = true
  const ended = new AbortController()
  const requests: FaultedRequest[] = []
  const handler = async (route: Route) => {
    const faulted = active && route.request().method() !== 'OPTIONS'
    const body = route.request().postData()
    requests.push({
      url: route.request().url() + (body ? ` ${body}` : ''),
      at: Date.now(),
      faulted,
    })
    if (!faulted) return route.fallback()
    const response = await applyFault(fault, ended.signal, () => realAnswer(route))
    // A dropped request (timeout, or a delay cut short by the end of the test).
    if (response.type === 'error') return route.abort('timedout').catch(() => undefined)
    const headers: Record<string, string> = {}
    response.headers.forEach((value, key) => (headers[key] = value))
    await route
      .fulfill({
        status: response.status,
        headers,
        body: Buffer.from(await response.arrayBuffer()),
      })
      .catch(() => undefined)
  }
  for (const glob of FAULT_UPSTREAMS[upstream]) await page.route(glob, handler)
  return {
    requests,
    lift: () => (active = false),
    dispose: async () => {
      ended.abort()
      for (const glob of FAULT_UPSTREAMS[upstream]) await page.unroute(glob, handler)
    },
  }
}
