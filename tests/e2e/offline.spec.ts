/**
 * Offline: with the network gone after the app has loaded, going to another topic says clearly
 * that the network is gone (the app's notice under the header), the topic's section says what
 * failed with a retry, and when the network returns the notice says so and the retry works.
 * Desktop, phone and right to left, with screenshots.
 */
import { expect, test } from '@playwright/test'
import { seriousViolations } from './axe.ts'
import { recordReliability } from './reliability-record.ts'

const CASES = [
  {
    name: 'desktop',
    viewport: { width: 1280, height: 900 },
    query: 'uilang=en&lang=en',
    to: 'Kouvola',
  },
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    query: 'uilang=en&lang=en',
    to: 'Kouvola',
  },
  {
    name: 'right to left',
    viewport: { width: 1280, height: 900 },
    query: 'uilang=ar&lang=ar',
    to: 'كوفولا',
  },
] as const

test.describe.configure({ mode: 'parallel' })

for (const { name, viewport, query, to } of CASES) {
  test(`offline (${name}): the app says the network is gone, and recovers when it returns`, async ({
    page,
    context,
  }, testInfo) => {
    test.setTimeout(60_000)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.setViewportSize(viewport)
    await page.goto(`/Q217447?${query}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const notice = page.locator('.kst-network-notice .cdx-message')
    await expect(notice).toHaveCount(0)

    await context.setOffline(true)
    // To another topic through the app (a link, as a reader would follow one).
    await page.evaluate(() => {
      window.history.pushState(null, '', `/Q204382${window.location.search}`)
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect(notice).toBeVisible()
    await expect(notice).toHaveClass(/cdx-message--warning/)
    // The topic's own section says what failed, with a retry; the previous topic is gone.
    const topicSection = page.locator('article.kst-topic > section.kst-section').first()
    await expect(topicSection).toContainText('could not be reached', { timeout: 15_000 })
    await expect(page.getByRole('heading', { level: 1, name: 'Verla' })).toHaveCount(0)
    const retry = topicSection.getByRole('button', { name: 'Try again' })
    await expect(retry).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath(`offline-${name}.png`) })
    expect(await seriousViolations(page)).toEqual([])

    await context.setOffline(false)
    // The notice turns to "the connection is back", and the retry brings the topic.
    await expect(page.locator('.kst-network-notice .cdx-message--warning')).toHaveCount(0)
    await expect(page.locator('.kst-network-notice .cdx-message--success')).toBeVisible()
    await retry.click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(to, {
      timeout: 15_000,
    })
    await page.screenshot({ path: testInfo.outputPath(`online-again-${name}.png`) })
    expect(errors).toEqual([])
    recordReliability('offline', name, { passed: true })
  })
}
