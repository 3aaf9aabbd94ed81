import { expect, test } from '@playwright/test'
import { seriousViolations } from './axe'

// The clock is fixed in November 2026, when the demo world runs a photo contest for Verla, so the
// topic page is checked with its campaign banner too.
for (const [name, path, ready] of [
  ['topic', '/Q217447?lang=en&uilang=en', '.kst-campaign-banner'],
  ['search results', '/search?q=Verla&uilang=en', '.kst-search-page__hit'],
  ['home', '/?uilang=en', '.kst-home__card'],
] as const) {
  test(`the ${name} page has no serious or critical accessibility violations`, async ({ page }) => {
    // A whole topic page (map, timeline, gallery, related topics, charts) is a lot for axe.
    test.setTimeout(90_000)
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+02:00'))
    await page.goto(path)
    await expect(page.locator(ready).first()).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })
}
