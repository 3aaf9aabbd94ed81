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

  test('a related topic without a photo offers the contest, in one batched look-up', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    const lookups: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      // The cards' look-up (the topic's own entity asks for more props).
      if (url.searchParams.get('props') === 'labels|claims')
        lookups.push(url.searchParams.get('ids') ?? '')
    })
    await page.clock.setFixedTime(november)
    // The national built heritage class lists the RKY sites (P1435) as related topics.
    await page.goto('/Q29966257?lang=en&uilang=en')
    const panel = page.locator('[data-panel="heritage"]')
    await panel.scrollIntoViewIfNeeded()
    const housing = panel.locator('.kst-relations-card', { hasText: "Verla workers' housing" })
    const link = housing.getByRole('link', { name: /Upload your photo/ })
    await expect(link).toBeVisible({ timeout: 30_000 })
    // Which topic and which contest, for a list of links read out of context.
    await expect(link).toHaveAccessibleName(
      /^Upload your photo ?: Verla workers' housing, Demo contest: built heritage of Finland, November 2026 \(opens Wikimedia Commons in a new tab\)$/,
    )
    const url = new URL((await link.getAttribute('href')) ?? '')
    expect(url.searchParams.get('campaign')).toBe('wlm-fi')
    expect(url.searchParams.get('fields[]')).toBe('1277')
    expect(url.searchParams.get('description')).toBe(
      "Verla workers' housing (Wikidata item Q999990203)",
    )
    // Verla has a photo: no link on its card, and only the photo-less items were looked up.
    const verlaCard = panel.locator('.kst-relations-card', { hasText: 'Verla former' })
    await expect(verlaCard.locator('.kst-relations-card__upload')).toHaveCount(0)
    expect(lookups).toHaveLength(1)
    expect(lookups[0]?.split('|')).not.toContain('Q217447')
    expect(lookups[0]?.split('|')).toContain('Q999990203')
    // The card's own link still opens the topic.
    // The upload link sits above the card's own link area, so a tap reaches it.
    await link.click({ trial: true })
    await housing.getByRole('link', { name: "Verla workers' housing", exact: true }).click()
    await expect(page).toHaveURL(/\/Q999990203/)
  })

  test('no contest running: related topics are not looked up and offer nothing', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    const lookups: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.searchParams.get('props') === 'labels|claims') lookups.push(url.search)
    })
    await page.clock.setFixedTime(new Date('2026-12-05T12:00:00+02:00'))
    await page.goto('/Q29966257?lang=en&uilang=en')
    const panel = page.locator('[data-panel="heritage"]')
    await panel.scrollIntoViewIfNeeded()
    await expect(panel.locator('.kst-relations-card', { hasText: 'workers' })).toBeVisible({
      timeout: 30_000,
    })
    await page.waitForLoadState('networkidle')
    await expect(page.locator('.kst-relations-card__upload')).toHaveCount(0)
    expect(lookups).toEqual([])
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
