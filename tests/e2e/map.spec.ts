import { expect, test, type Page, type Request, type Route } from '@playwright/test'
import { seriousViolations } from './axe'

const verla = '/Q217447?lang=en&uilang=en'
const kouvola = '/Q204382?lang=en&uilang=en'
const QUERY = '/_double/query.wikidata.org'

const mapSection = (page: Page) => page.getByRole('region', { name: 'Map', exact: true })
const zoomIn = (page: Page) => mapSection(page).getByRole('button', { name: 'Zoom in' })
const markers = (page: Page, source: string) =>
  page.locator(`.leaflet-marker-pane .kst-map-marker--${source}`)

/** The map's layer query: a query-service POST whose SPARQL asks for the "parts" layer. */
function isMapQuery(request: Request): boolean {
  if (!request.url().includes(QUERY)) return false
  const query = new URLSearchParams(request.postData() ?? '').get('query') ?? ''
  return query.includes('"parts" AS ?layer')
}

test.describe('the map', () => {
  test('shows Verla with OpenStreetMap tiles, attribution and the photos taken there', async ({
    page,
  }) => {
    await page.goto(verla)
    const section = mapSection(page)
    await expect(section).toBeVisible()
    await expect(section.locator('.leaflet-container')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Verla', exact: true })).toBeVisible()
    await expect(markers(page, 'photos')).toHaveCount(2)
    await expect(section.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap')
    await expect(section.locator('.leaflet-tile-loaded').first()).toBeVisible()
    await expect(section.getByText('Photos taken here (2)')).toBeVisible()
  })

  test('turns layers off and on', async ({ page }) => {
    await page.goto(verla)
    await expect(markers(page, 'photos')).toHaveCount(2)
    const photos = page.getByRole('checkbox', { name: /Photos taken here/ })
    await photos.uncheck()
    await expect(markers(page, 'photos')).toHaveCount(0)
    await expect(page).toHaveURL(/maplayers=parts%2Cnearby%2Cwanted|maplayers=parts,nearby,wanted/)
    await photos.check()
    await expect(markers(page, 'photos')).toHaveCount(2)
  })

  test('a photo popup shows the thumbnail with its credit', async ({ page }) => {
    await page.goto(verla)
    await expect(markers(page, 'photos')).toHaveCount(2)
    // At the starting zoom the two photos, taken 30 m apart, overlap: zoom in to tell them apart.
    await zoomIn(page).click()
    await zoomIn(page).click()
    await markers(page, 'photos').first().click()
    const popup = page.locator('.leaflet-popup')
    await expect(popup.locator('img')).toBeVisible()
    await expect(popup.locator('.kst-credit')).toContainText(/CC|Public domain/)
  })

  test('a popup links to the topic, which opens without reloading the page', async ({ page }) => {
    await page.goto(kouvola)
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7))
    await page.getByRole('button', { name: 'Verla', exact: true }).click()
    const link = page.locator('.leaflet-popup').getByRole('link', { name: 'Verla' })
    await expect(link).toBeVisible()
    await link.click()
    await expect(page).toHaveURL(/\/Q217447\?lang=en&uilang=en$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla')
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7)
  })

  test('markers work from the keyboard', async ({ page }) => {
    await page.goto(kouvola)
    const marker = page.getByRole('button', { name: 'Verla', exact: true })
    await marker.focus()
    await page.keyboard.press('Enter')
    const link = page.locator('.leaflet-popup').getByRole('link', { name: 'Verla' })
    await expect(link).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(page.locator('.leaflet-popup')).toHaveCount(0)
    await expect(marker).toBeFocused()
  })

  test('keeps its view and layers in the URL across a reload', async ({ page }) => {
    await page.goto(verla)
    await expect(markers(page, 'photos')).toHaveCount(2)
    await zoomIn(page).click()
    await expect(page).toHaveURL(/map=61\.06\d*%2C26\.64\d*%2C16|map=61\.06\d*,26\.64\d*,16/)
    await page.getByRole('checkbox', { name: /Photos taken here/ }).uncheck()
    await expect(page).toHaveURL(/maplayers=/)
    const url = page.url()
    await page.reload()
    await expect(page.locator('.leaflet-container')).toBeVisible()
    expect(page.url()).toBe(url)
    await expect(page.getByRole('checkbox', { name: /Photos taken here/ })).not.toBeChecked()
    await expect(markers(page, 'photos')).toHaveCount(0)
    await expect(page.locator('.leaflet-tile-loaded').first()).toHaveAttribute(
      'src',
      /\/16\/\d+\/\d+\.png$/,
    )
  })

  test('a topic without a place has no map and loads no map code', async ({ page }) => {
    const loaded: string[] = []
    page.on('request', (request) => loaded.push(request.url()))
    await page.goto('/Q215346?lang=en&uilang=en')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Agricola')
    await expect(page.locator('.kst-facts')).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { name: 'Map', exact: true })).toHaveCount(0)
    expect(
      loaded.filter((url) => /leaflet|MapSection|MapCanvas|\/assets\/map-/i.test(url)),
    ).toEqual([])
    expect(loaded.filter((url) => url.includes('tile.openstreetmap.org'))).toEqual([])
    // The same app loads them for a topic with a place.
    await page.goto(verla)
    await expect(page.locator('.leaflet-container')).toBeVisible()
    expect(loaded.filter((url) => /MapCanvas/.test(url)).length).toBeGreaterThan(0)
  })

  test('says when the tile server fails, and still shows the markers', async ({ page }) => {
    await page.route('**/_double/tile.openstreetmap.org/**', (route) =>
      route.fulfill({ status: 500, body: 'tile server down' }),
    )
    await page.goto(verla)
    await expect(
      page.getByText('The background map could not be loaded. The places are still marked.'),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Verla', exact: true })).toBeVisible()
    await expect(markers(page, 'photos')).toHaveCount(2)
  })

  test('has a list for reading the map without it', async ({ page }) => {
    await page.goto(kouvola)
    await mapSection(page).getByRole('button', { name: 'List' }).click()
    const list = page.locator('.kst-map-list')
    await expect(list.getByRole('heading', { name: 'Parts and contents' })).toBeVisible()
    await expect(list.getByRole('link', { name: 'Verla' })).toHaveAttribute('href', /^\/Q217447/)
  })

  test('has no serious accessibility violations, with its list and a popup open', async ({
    page,
  }) => {
    await page.goto(kouvola)
    await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible()
    await mapSection(page).getByRole('button', { name: 'List' }).click()
    await page.getByRole('button', { name: 'Verla', exact: true }).click()
    await expect(page.locator('.leaflet-popup img')).toBeVisible()
    expect(await seriousViolations(page, ['.kst-map', '.kst-map-list'])).toEqual([])
  })

  test('goes full screen', async ({ page }) => {
    await page.goto(verla)
    await mapSection(page).getByRole('button', { name: 'Full screen' }).click()
    await expect(mapSection(page).getByRole('button', { name: 'Exit full screen' })).toBeVisible()
    const box = await page.locator('.kst-map__canvas').boundingBox()
    expect(box?.height ?? 0).toBeGreaterThan(500)
    await mapSection(page).getByRole('button', { name: 'Exit full screen' }).click()
    await expect(mapSection(page).getByRole('button', { name: 'Full screen' })).toBeVisible()
  })

  test('keeps the map left to right on a right-to-left page, the controls follow the page', async ({
    page,
  }) => {
    await page.goto('/Q217447?lang=ar&uilang=ar')
    await expect(page.locator('.leaflet-container')).toBeVisible()
    await expect(page.locator('.kst-map-canvas')).toHaveAttribute('dir', 'ltr')
    const direction = await page
      .locator('.kst-map-toolbar')
      .evaluate((element) => getComputedStyle(element).direction)
    expect(direction).toBe('rtl')
  })

  test('clusters 5,000 markers', async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = []
      ;(window as unknown as { longTasks: typeof tasks }).longTasks = tasks
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration })
        }
      }).observe({ type: 'longtask', buffered: true })
    })
    let answeredAt = 0
    await page.route(`**${QUERY}/**`, async (route: Route) => {
      if (!isMapQuery(route.request())) return route.fallback()
      // Let the page settle first, so the long tasks measured are the map's.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      answeredAt = await page.evaluate(() => performance.now())
      const bindings = Array.from({ length: 5000 }, (_, i) => ({
        item: { type: 'uri', value: `http://www.wikidata.org/entity/Q${900000 + i}` },
        layer: { type: 'literal', value: 'parts' },
        coord: {
          type: 'literal',
          datatype: 'http://www.opengis.net/ont/geosparql#wktLiteral',
          value: `Point(${26.5 + (i % 100) * 0.003} ${61 + Math.floor(i / 100) * 0.003})`,
        },
        label: { type: 'literal', 'xml:lang': 'en', value: `Building ${i}` },
      }))
      await route.fulfill({
        contentType: 'application/sparql-results+json',
        body: JSON.stringify({
          head: { vars: ['item', 'layer', 'coord', 'label'] },
          results: { bindings },
        }),
      })
    })
    await page.goto(verla)
    await expect(page.getByText('Parts and contents (5,000)')).toBeVisible({ timeout: 20_000 })
    const clusters = page.locator('.leaflet-marker-pane .kst-map-cluster--parts')
    await expect(clusters.first()).toBeVisible()
    const drawn = await page.locator('.leaflet-marker-pane > *').count()
    expect(drawn).toBeLessThan(400)
    await page.waitForTimeout(500)
    const tasks = await page.evaluate(
      () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    )
    const longest = Math.max(
      0,
      ...tasks.filter((t) => t.start >= answeredAt).map((t) => t.duration),
    )
    testInfo.annotations.push({
      type: 'longest task after 5,000 points arrived',
      description: `${Math.round(longest)} ms (${drawn} markers drawn)`,
    })
    console.log(
      `map: longest main-thread task after 5,000 points arrived: ${Math.round(longest)} ms; ${drawn} markers drawn`,
    )
    // Activating a cluster zooms in to where it comes apart (and the URL follows).
    const zoomOfTiles = async () =>
      Number(
        /\/(\d+)\/\d+\/\d+\.png$/.exec(
          (await page.locator('.leaflet-tile-loaded').last().getAttribute('src')) ?? '',
        )?.[1],
      )
    const before = await zoomOfTiles()
    // Markers are drawn a little beyond the view; pick a cluster inside it.
    await page.locator('.kst-map-canvas').evaluate((map) => {
      const box = map.getBoundingClientRect()
      const inside = [...map.querySelectorAll('.kst-map-cluster--parts')].find((cluster) => {
        const r = cluster.getBoundingClientRect()
        return (
          r.left > box.left + 60 &&
          r.right < box.right - 10 &&
          r.top > box.top + 80 &&
          r.bottom < box.bottom - 30
        )
      })
      inside?.setAttribute('data-test-inside', '')
    })
    await page.locator('[data-test-inside]').click()
    await expect(page).toHaveURL(/map=/)
    const zoom = Number(/map=[^&]*?(?:%2C|,)(\d+)(?:&|$)/.exec(page.url())?.[1])
    expect(zoom).toBeGreaterThan(before)
  })
})
