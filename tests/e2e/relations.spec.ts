import { expect, test, type Page, type Request } from '@playwright/test'
import { seriousViolations } from './axe'

const QUERY = '/_double/query.wikidata.org'

/** A relations query: a query-service POST whose SPARQL tags rows with `?panel`. */
function isRelationsQuery(request: Request): boolean {
  if (!request.url().includes(QUERY)) return false
  const body = request.postData() ?? ''
  return new URLSearchParams(body).get('query')?.includes('?panel') ?? false
}

/** Watches the query service: relations requests, and the most requests in flight at once. */
function watchQueries(page: Page) {
  const seen = { relations: 0, all: 0, inFlight: 0, maxInFlight: 0 }
  const done = (request: Request) => {
    if (request.url().includes(QUERY)) seen.inFlight--
  }
  page.on('request', (request) => {
    if (!request.url().includes(QUERY)) return
    seen.all++
    seen.inFlight++
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight)
    if (isRelationsQuery(request)) seen.relations++
  })
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return seen
}

/** Scrolls down the related topics until every group has loaded. */
async function readAllRelations(page: Page) {
  const section = page.locator('.kst-relations')
  // After an in-app navigation the section may be replaced while it is being scrolled to.
  await expect(async () => section.scrollIntoViewIfNeeded({ timeout: 2000 })).toPass()
  for (let i = 0; i < 8; i++) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForTimeout(150)
  }
  await expect(section.locator('[aria-busy="true"]')).toHaveCount(0)
}

const panelHeadings = (page: Page) => page.locator('.kst-relations-panel h3')

test.describe('related topics', () => {
  test('Kouvola shows its panels in at most three queries, never more than two at once', async ({
    page,
  }) => {
    const queries = watchQueries(page)
    await page.goto('/Q204382?lang=en&uilang=en')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kouvola')
    await readAllRelations(page)
    await expect(panelHeadings(page)).toHaveText([
      'Location',
      'Located here',
      'Capital of',
      'Similar topics',
    ])
    const here = page.locator('[data-panel="located-here"]')
    // Verla, and what the map's demo items put at Verla (scripts/demo-world/world-map.ts).
    await expect(here.getByText('7 topics', { exact: true })).toBeVisible()
    await expect(here.getByRole('link', { name: 'Verla', exact: true })).toBeVisible()
    await expect(here.getByText('1872–1964')).toBeVisible()
    await expect(page.locator('[data-panel="similar"]').getByRole('link')).toHaveText([
      'Helsinki',
      'Jaala',
      'Pernå',
      'Pori',
      'Rauma',
      'Turku',
    ])
    expect(queries.relations).toBeGreaterThan(0)
    expect(queries.relations).toBeLessThanOrEqual(3)
    expect(queries.maxInFlight).toBeLessThanOrEqual(2)
  })

  test('panels below the fold wait until the reader scrolls near them', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 600 })
    const queries = watchQueries(page)
    await page.goto('/Q33?lang=en&uilang=en')
    await expect(page.locator('.kst-facts')).toBeVisible()
    await expect(page.locator('.kst-relations')).toBeAttached()
    const top = await page.locator('.kst-relations').evaluate((e) => e.getBoundingClientRect().top)
    // The section starts well below the first screen, beyond the observer's margin.
    expect(top).toBeGreaterThan(600 + 700)
    await page.waitForTimeout(500)
    expect(queries.relations).toBe(0)
    await readAllRelations(page)
    await expect(panelHeadings(page)).toContainText(['Parts', 'Located here', 'Neighbours'])
    expect(queries.relations).toBe(2)
  })

  test('a card opens its topic in Kooste, keeping the languages', async ({ page }) => {
    await page.goto('/Q204382?lang=en&uilang=en')
    await readAllRelations(page)
    await page
      .locator('[data-panel="located-here"]')
      .getByRole('link', { name: 'Verla', exact: true })
      .click()
    await expect(page).toHaveURL(/\/Q217447\?lang=en&uilang=en$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla')
    await readAllRelations(page)
    await expect(panelHeadings(page)).toContainText(['Significant events'])
  })

  test('a panel switches to a list and to places, and sorts by distance', async ({ page }) => {
    await page.goto('/Q5698?lang=en&uilang=en')
    await readAllRelations(page)
    const here = page.locator('[data-panel="located-here"]')
    await expect(here.locator('.kst-relations-card')).toHaveCount(2)
    await here.getByRole('button', { name: 'List' }).click()
    await expect(here.locator('.kst-relations-list__item')).toHaveCount(2)
    await here.getByRole('button', { name: 'Places' }).click()
    await expect(here.locator('.kst-relations-places__item')).toHaveText([/Kouvola.*km away/])
    await expect(here.getByText('One topic has no coordinates.')).toBeVisible()
    await here.getByRole('button', { name: 'List' }).click()
    await here.getByRole('combobox').selectOption({ label: 'By distance' })
    await expect(here.locator('.kst-relations-list__item a')).toHaveText(['Kouvola', 'Jaala'])
  })

  test('labels come in the content language, shown by id when there is none', async ({ page }) => {
    await page.goto('/Q188451?lang=en&uilang=en')
    await readAllRelations(page)
    await expect(
      page.locator('[data-panel="instances"]').getByRole('link', { name: 'Q999990108' }),
    ).toBeVisible()
    await page.goto('/Q188451?lang=fi&uilang=fi')
    await readAllRelations(page)
    await expect(page.getByRole('heading', { name: 'Esiintymät' })).toBeVisible()
    const yoik = page.locator('[data-panel="instances"]').getByRole('link', { name: 'joiku' })
    await expect(yoik.locator('bdi')).toHaveAttribute('lang', 'fi')
  })

  test('a busy query service: the group says so and loads by itself after Retry-After', async ({
    page,
  }) => {
    // Every relations query is refused three times: http.ts's own two retries are not enough.
    const refused = new Map<string, number>()
    await page.route(`**${QUERY}/**`, (route) => {
      const body = route.request().postData() ?? ''
      const count = refused.get(body) ?? 0
      if (isRelationsQuery(route.request()) && count < 3) {
        refused.set(body, count + 1)
        return route.fulfill({
          status: 429,
          headers: { 'Retry-After': '1', 'Access-Control-Allow-Origin': '*' },
          body: 'Too many requests',
        })
      }
      return route.fallback()
    })
    await page.goto('/Q204382?lang=en&uilang=en')
    const section = page.locator('.kst-relations')
    await section.scrollIntoViewIfNeeded()
    await expect(section.getByText(/asked us to slow down/).first()).toBeVisible({
      timeout: 15_000,
    })
    await expect(section.getByText('Trying again in one second…').first()).toBeVisible()
    await readAllRelations(page)
    await expect(panelHeadings(page)).toContainText(['Located here'], { timeout: 15_000 })
    await expect(section.getByText(/slow down/)).toHaveCount(0)
  })

  test('lays out right to left, with years still read left to right', async ({ page }) => {
    await page.goto('/Q33?lang=ar&uilang=ar')
    await readAllRelations(page)
    await expect(page.locator('article.kst-topic')).toHaveAttribute('dir', 'rtl')
    const war = page.locator('[data-panel="located-here"] .kst-relations-card').filter({
      hasText: 'حرب الشتاء',
    })
    await expect(war.locator('.kst-relations-card__years bdi')).toHaveAttribute('dir', 'ltr')
    await expect(war.locator('.kst-relations-card__years')).toHaveText('1939–1940')
    // The first card of a panel sits at the right-hand edge of the section.
    const first = await page
      .locator('[data-panel="located-here"] .kst-relations-card')
      .first()
      .boundingBox()
    const section = await page.locator('.kst-relations').boundingBox()
    expect(first!.x + first!.width).toBeCloseTo(section!.x + section!.width, 0)
  })

  test('embedded in the dark theme, the sort menu’s arrow is drawn in the dark theme’s colour', async ({
    page,
  }) => {
    await page.goto('/embed/Q5698/relations?lang=en&uilang=en&theme=dark')
    const sort = page.locator('[data-panel="located-here"]').getByRole('combobox')
    await expect(sort).toBeVisible()
    const arrow = await sort.evaluate((select) => getComputedStyle(select).backgroundImage)
    // Codex draws it in #202122, which cannot be seen on the dark background.
    expect(arrow).toContain('%23eaecf0')
  })

  test('has no serious or critical accessibility violations, in every view', async ({ page }) => {
    // Three axe runs over every panel.
    test.setTimeout(90_000)
    await page.goto('/Q204382?lang=en&uilang=en')
    await readAllRelations(page)
    const similar = page.locator('[data-panel="similar"]')
    for (const view of ['Gallery', 'List', 'Places']) {
      await similar.getByRole('button', { name: view }).click()
      expect(
        (await seriousViolations(page, ['.kst-relations'])).map((v) => `${view} ${v}`),
      ).toEqual([])
    }
  })

  // Panels that only the demo data in world-relations.ts gives (demo-world/SOURCES.md).
  for (const [path, panel, name] of [
    ['/Q217447', 'location', 'Kouvola'],
    ['/Q38511', 'twins', 'Gothenburg'],
    ['/Q999990101', 'effects', 'Moscow Peace Treaty'],
    ['/Q999990303', 'sequence', 'Winter War'],
    ['/Q999990305', 'colours', 'white'],
    ['/Q999990311', 'teams', 'HJK Helsinki'],
    ['/Q999990314', 'products', 'Fiskars orange-handled scissors'],
    ['/Q215346', 'namesakes', 'Mikael Agricola Day'],
    ['/Q57036', 'subclasses', 'smoke sauna'],
    ['/Q999990323', 'lower-taxa', 'silver birch'],
  ] as const) {
    test(`${path} shows the ${panel} panel with ${name}`, async ({ page }) => {
      await page.goto(`${path}?lang=en&uilang=en`)
      await readAllRelations(page)
      await expect(
        page.locator(`[data-panel="${panel}"]`).getByRole('link', { name }),
      ).toBeVisible()
    })
  }

  test("an architect's award opens its page, which lists who received it", async ({ page }) => {
    await page.goto('/Q999990321?lang=en&uilang=en')
    await readAllRelations(page)
    await page
      .locator('[data-panel="awards"]')
      .getByRole('link', { name: 'Royal Gold Medal' })
      .click()
    await expect(page).toHaveURL(/\/Q999990320\?(.*&)?lang=en/)
    await readAllRelations(page)
    await expect(
      page.locator('[data-panel="recipients"]').getByRole('link', { name: 'Alvar Aalto' }),
    ).toBeVisible()
  })
})
