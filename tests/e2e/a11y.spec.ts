import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

for (const [name, path, ready] of [
  ['topic', '/Q217447?lang=en&uilang=en', '.kst-facts'],
  ['search results', '/search?q=Verla&uilang=en', '.kst-search-page__hit'],
  ['home', '/?uilang=en', '.kst-home__card'],
] as const) {
  test(`the ${name} page has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path)
    await expect(page.locator(ready).first()).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    )
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
}
