import { expect, test, type Page } from '@playwright/test'

// The demo world's registry page has a contest running in November 2026 and one that ended in
// October 2026 for Verla (RKY id 1277); the bundled registry has Wiki Loves Monuments 2026 in
// Finland (September). The clock is fixed so the journeys do not depend on today's date.
const verla = '/Q217447?lang=en&uilang=en'
const november = new Date('2026-11-21T10:00:00+02:00')

const contests = (page: Page) => page.getByRole('region', { name: 'Photo contests' })
const banners = (page: Page) => contests(page).locator('.kst-campaign-banner')

async function uploadLink(page: Page): Promise<URL> {
  const href = await contests(page)
    .getByRole('link', { name: /Upload your photo/ })
    .getAttribute('href')
  return new URL(href ?? '')
}

test.describe('campaign banners', () => {
  test('Verla shows the running contest, not the ended one, with the exact upload link', async ({
    page,
  }) => {
    await page.clock.setFixedTime(november)
    await page.goto(verla)
    await expect(banners(page)).toHaveCount(1)
    const banner = banners(page).first()
    await expect(banner).toContainText('Demo contest: built heritage of Finland, November 2026')
    await expect(banner).toContainText('Open until November 30, 2026')
    await expect(banner).toContainText('ends in 9 days')
    await expect(page.getByText('built heritage of Finland, October 2026')).toHaveCount(0)
    await expect(page.getByText('Demo contest with a disabled campaign')).toHaveCount(0)

    const link = contests(page).getByRole('link', { name: /Upload your photo/ })
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    const url = await uploadLink(page)
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://commons.wikimedia.org/wiki/Special:UploadWizard',
    )
    expect([...url.searchParams]).toEqual([
      ['campaign', 'wlm-fi'],
      ['fields[]', '1277'],
      ['uselang', 'en'],
      ['descriptionlang', 'en'],
      ['description', 'Verla (Wikidata item Q217447)'],
      ['captionlang', 'en'],
      ['caption', 'Verla (Wikidata item Q217447)'],
      ['lat', '61.061992'],
      ['lon', '26.640016'],
      ['categories', 'Kooste demo uploads 2026 in Finland|Verla groundwood and board mill'],
    ])
  })

  test('the banner speaks the interface language, in the link too', async ({ page }) => {
    await page.clock.setFixedTime(november)
    await page.goto('/Q217447?lang=fi&uilang=fi')
    const region = page.getByRole('region', { name: 'Valokuvakilpailut' })
    await expect(region).toContainText('Esittelykilpailu: Suomen rakennettu kulttuuriperintö')
    await expect(region).toContainText('Avoinna 30. marraskuuta 2026 asti')
    await expect(region).toContainText('päättyy 9 päivän kuluttua')
    const href = await region.getByRole('link', { name: /Lataa kuvasi/ }).getAttribute('href')
    const url = new URL(href ?? '')
    expect(url.searchParams.get('uselang')).toBe('fi')
    expect(url.searchParams.get('captionlang')).toBe('fi')
    expect(url.searchParams.get('caption')).toBe('Verla (Wikidata-kohde Q217447)')
  })

  test('hiding the banner sticks across reloads', async ({ page }) => {
    await page.clock.setFixedTime(november)
    await page.goto(verla)
    await expect(banners(page)).toHaveCount(1)
    await page.getByRole('button', { name: 'Hide this contest notice' }).click()
    await expect(contests(page)).toHaveCount(0)
    await page.reload()
    await expect(page.locator('.kst-facts')).toBeVisible()
    // The campaign sources have answered (the banner would be there by now) and it stays hidden.
    await page.waitForLoadState('networkidle')
    await expect(contests(page)).toHaveCount(0)
  })

  test('in September 2026 the bundled Wiki Loves Monuments edition shows instead', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-09-29T12:00:00+03:00'))
    await page.goto(verla)
    await expect(banners(page)).toHaveCount(1)
    await expect(banners(page)).toContainText('Wiki Loves Monuments 2026 in Finland')
    await expect(banners(page)).toContainText('ends tomorrow')
    const url = await uploadLink(page)
    expect(url.searchParams.get('campaign')).toBe('wlm-fi')
    expect(url.searchParams.get('fields[]')).toBe('Q217447')
    expect(url.searchParams.get('categories')).toBe(
      'Images from Wiki Loves Monuments 2026 in Finland|Verla groundwood and board mill',
    )
  })

  test('after every window there is no banner and no upload link', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-05T12:00:00+02:00'))
    await page.goto(verla)
    await expect(page.locator('.kst-facts')).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expect(contests(page)).toHaveCount(0)
    await expect(page.locator('a[href*="Special:UploadWizard"]')).toHaveCount(0)
  })
})
