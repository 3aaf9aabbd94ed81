/**
 * Politeness, read from the requests each page sends to the Wikimedia double (its own log, per
 * page, through Playwright's routing: parallel workers share one double, so its server-side log
 * would mix pages). For each main demo topic, with every section scrolled into view:
 * - every request carries Api-User-Agent;
 * - the query service never has more than 2 requests in flight from the page;
 * - no identical request (method, URL and body) is sent twice after a successful answer (a retry
 *   after a failure is told apart: it follows a failed answer);
 * - Action API requests carry origin=*;
 * - wbgetentities ids and imageinfo titles come in batches of at most 50.
 * And after a 429 with Retry-After, nothing is sent to that host before the time has passed.
 */
import { expect, test, type Page, type Route } from '@playwright/test'
import { recordReliability } from './reliability-record.ts'

interface Sent {
  method: string
  url: URL
  body: string
  agent: string | undefined
  host: string
  start: number
  end: number | null
  status: number | null
}

const DOUBLE = '/_double/'

/** Logs every fetch the page sends to the double; `answer` may replace the double's reply. */
async function watch(page: Page, answer?: (route: Route, sent: Sent) => Promise<boolean>) {
  const log: Sent[] = []
  await page.route(`**${DOUBLE}**`, async (route: Route) => {
    const request = route.request()
    // Images (gallery thumbnails, map tiles) are <img> loads the browser makes; no header can
    // be set on them. Politeness is about the app's own requests.
    if (!['fetch', 'xhr'].includes(request.resourceType()) || request.method() === 'OPTIONS')
      return route.continue()
    const url = new URL(request.url())
    const headers = await request.allHeaders()
    const sent: Sent = {
      method: request.method(),
      url,
      body: request.postData() ?? '',
      agent: headers['api-user-agent'],
      host: url.pathname.slice(DOUBLE.length).split('/')[0] ?? '',
      start: Date.now(),
      end: null,
      status: null,
    }
    log.push(sent)
    try {
      if (answer && (await answer(route, sent))) return
      const response = await route.fetch()
      sent.status = response.status()
      await route.fulfill({ response })
    } catch {
      // The page went away or cancelled the request.
    } finally {
      sent.end = Date.now()
    }
  })
  return log
}

/** Waits until nothing has been in flight for `quiet` ms. */
async function settle(page: Page, log: Sent[], quiet = 600) {
  let calm = 0
  for (let waited = 0; waited < 20_000 && calm < quiet; waited += 100) {
    await page.waitForTimeout(100)
    calm = log.some((sent) => sent.end === null) ? 0 : calm + 100
  }
}

/** Scrolls the whole page in steps, so that every lazy section comes into view and loads. */
async function scrollThrough(page: Page, log: Sent[]) {
  for (let step = 0; step < 40; step++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8)
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
    })
    await settle(page, log, 300)
    if (done) break
  }
  await settle(page, log)
}

function maxConcurrent(requests: Sent[]): number {
  const events = requests.flatMap((sent) => [
    [sent.start, 1] as const,
    [sent.end ?? Number.POSITIVE_INFINITY, -1] as const,
  ])
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let now = 0
  let most = 0
  for (const [, change] of events) most = Math.max(most, (now += change))
  return most
}

/** Ids or titles in one Action API request (URL or POST body). */
function batchSize(sent: Sent): number {
  const params = new URLSearchParams(sent.url.search)
  for (const [key, value] of new URLSearchParams(sent.body)) params.set(key, value)
  const action = params.get('action')
  const prop = params.get('prop') ?? ''
  const list =
    action === 'wbgetentities'
      ? params.get('ids')
      : action === 'query' && prop.split('|').includes('imageinfo')
        ? (params.get('titles') ?? params.get('pageids'))
        : null
  return list ? list.split('|').length : 0
}

const TOPICS = [
  ['Verla', 'Q217447'],
  ['Kouvola', 'Q204382'],
  ['Kymenlaakso', 'Q5698'],
  ['Finland', 'Q33'],
  ['Mikael Agricola', 'Q215346'],
] as const

test.describe.configure({ mode: 'parallel' })

for (const [name, id] of TOPICS) {
  test(`${name} (${id}): every request is polite`, async ({ page }) => {
    test.setTimeout(90_000)
    const log = await watch(page)
    await page.goto(`/${id}?uilang=en&lang=en`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await settle(page, log)
    await scrollThrough(page, log)

    const sections = await page.evaluate(() =>
      ['gallery', 'map', 'timeline', 'relations', 'viz', 'wikisource', 'article']
        .filter((name) => document.getElementById(`kst-${name}-title`))
        .join(' '),
    )
    const actionApi = log.filter((sent) => sent.url.pathname.endsWith('/api.php'))
    const query = log.filter((sent) => sent.host === 'query.wikidata.org')
    // Identical requests: the second one counts only if the first was answered successfully
    // (a retry after a failure or a cancelled request is expected).
    const answered = new Map<string, Sent>()
    const duplicates: string[] = []
    for (const sent of log) {
      const key = `${sent.method} ${sent.url.href} ${sent.body}`
      const earlier = answered.get(key)
      if (earlier && earlier.status !== null && earlier.status < 400) duplicates.push(key)
      if (!earlier || (earlier.status ?? 500) >= 400) answered.set(key, sent)
    }
    const figures = {
      sections,
      requests: log.length,
      actionApi: actionApi.length,
      query: query.length,
      maxConcurrentQuery: maxConcurrent(query),
      duplicates: duplicates.length,
      largestBatch: Math.max(0, ...actionApi.map(batchSize)),
      withoutAgent: log.filter((sent) => !sent.agent).length,
      withoutOrigin: actionApi.filter((sent) => sent.url.searchParams.get('origin') !== '*').length,
    }
    console.log(`${name}: ${JSON.stringify(figures)}`)
    recordReliability('politeness', id, { name, ...figures })

    expect(log.length).toBeGreaterThan(5)
    expect(figures.withoutAgent, 'requests without Api-User-Agent').toBe(0)
    expect(figures.maxConcurrentQuery).toBeLessThanOrEqual(2)
    expect(duplicates, 'identical requests after a successful answer').toEqual([])
    expect(figures.withoutOrigin, 'Action API requests without origin=*').toBe(0)
    expect(figures.largestBatch).toBeLessThanOrEqual(50)
  })
}

test('after a 429 with Retry-After, nothing more goes to that host until the time has passed', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const RETRY_AFTER_S = 2
  let refusedAt: number | null = null
  const log = await watch(page, async (route, sent) => {
    if (refusedAt !== null || sent.host !== 'www.wikidata.org') return false
    sent.status = 429
    refusedAt = Date.now()
    await route.fulfill({
      status: 429,
      headers: { 'Retry-After': String(RETRY_AFTER_S), 'Access-Control-Allow-Origin': '*' },
      body: 'Too many requests',
    })
    return true
  })
  await page.goto('/Q217447?uilang=en&lang=en')
  // The app waits, then asks again, and the topic still arrives.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla', { timeout: 20_000 })
  expect(refusedAt).not.toBeNull()
  const refused = refusedAt ?? 0
  const after = log.filter((sent) => sent.host === 'www.wikidata.org' && sent.start > refused)
  expect(after.length).toBeGreaterThan(0)
  const firstAfter = Math.min(...after.map((sent) => sent.start)) - refused
  console.log(
    `Retry-After ${RETRY_AFTER_S} s: the next Wikidata request came ${firstAfter} ms later`,
  )
  recordReliability('politeness', 'retry-after', {
    seconds: RETRY_AFTER_S,
    nextRequestAfterMs: firstAfter,
  })
  // A few ms of slack: the app's clock starts when it reads the answer, a little after ours.
  expect(firstAfter).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 50)
})
