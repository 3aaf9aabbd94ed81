/**
 * Memory: browsing 50 topics in a row through the app's router keeps the JS heap bounded. The
 * heap is measured (CDP Runtime.getHeapUsage) after a forced collection (HeapProfiler.collectGarbage)
 * at topics 10 and 50; what grows between them must stay under GROWTH_BOUND_MB. The response cache
 * of src/api/http.ts is an LRU of `cacheSize` entries, so 40 more topics may fill it, not more.
 */
import { readdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { recordReliability } from './reliability-record.ts'

/** The most the heap may grow from topic 10 to topic 50 (the LRU's worth of answers and some). */
const GROWTH_BOUND_MB = 8
const TOPICS = 50

// The demo world's items, in a fixed order; the main topics first (they have every section).
const MAIN = ['Q217447', 'Q204382', 'Q5698', 'Q33', 'Q215346']
const ITEMS = [
  ...MAIN,
  ...readdirSync('demo-world/entities')
    .filter((name) => /^Q\d+\.json$/.test(name))
    .map((name) => name.slice(0, -5))
    .filter((id) => !MAIN.includes(id) && !id.startsWith('Q9999')),
]

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 2 ** 20
}

test(`browsing ${TOPICS} topics in a row keeps the heap bounded`, async ({ page }) => {
  test.setTimeout(180_000)
  expect(ITEMS.length).toBeGreaterThanOrEqual(TOPICS)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`/${ITEMS[0]}?uilang=en&lang=en`)
  const figures: Record<string, number> = {}
  for (let n = 1; n <= TOPICS; n++) {
    const id = ITEMS[(n - 1) % ITEMS.length] ?? 'Q33'
    if (n > 1)
      await page.evaluate((to) => {
        window.history.pushState(null, '', `/${to}?uilang=en&lang=en`)
        window.dispatchEvent(new PopStateEvent('popstate'))
      }, id)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Down the page, so that the lazy sections (map, timeline, gallery…) load as a reader's would.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await page.waitForTimeout(250)
    await page.evaluate(() => window.scrollTo(0, 0))
    if (n === 10 || n === TOPICS) figures[`heapMbAt${n}`] = await heapMb(page)
  }
  const growth = (figures[`heapMbAt${TOPICS}`] ?? 0) - (figures.heapMbAt10 ?? 0)
  const result = {
    topics: TOPICS,
    heapMbAt10: Math.round((figures.heapMbAt10 ?? 0) * 10) / 10,
    heapMbAt50: Math.round((figures[`heapMbAt${TOPICS}`] ?? 0) * 10) / 10,
    growthMb: Math.round(growth * 10) / 10,
    boundMb: GROWTH_BOUND_MB,
  }
  console.log(`memory: ${JSON.stringify(result)}`)
  recordReliability('memory', 'browse', result)
  expect(errors).toEqual([])
  expect(growth).toBeLessThan(GROWTH_BOUND_MB)
})
