import { expect as baseExpect, test, type Page, type Request, type Route } from '@playwright/test'
import { seriousViolations } from './axe'

// The map waits on the double's query service, which is slow to start on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 })
test.describe.configure({ timeout: 60_000 })

const verla = '/Q217447?lang=en&uilang=en'
const kouvola = '/Q204382?lang=en&uilang=en'
const QUERY = '/_double/query.wikidata.org'

const mapSection = (page: Page) => page.getByRole('region', { name: 'Map', exact: true })
const zoomIn = (page: Page) => mapSection(page).getByRole('button', { name: 'Zoom in' })
const markers = (page: Page, source: string) =>
  page.locator(`.leaflet-marker-pane .kst-map-marker--${source}`)
/** Opens a marker's popup from the keyboard (markers that lie close together overlap). */
async function openMarker(page: Page, name: string | RegExp) {
  const marker = mapSection(page).getByRole('button', { name, exact: typeof name === 'string' })
  await marker.focus()
  await page.keyboard.press('Enter')
  return page.locator('.leaflet-popup')
}
const COMMONS_API = '/_double/commons.wikimedia.org/w/api.php'
const WIKIDATA_API = '/_double/www.wikidata.org/w/api.php'
/** The clock of the demo world's running contest (see campaigns.spec.ts). */
const november = new Date('2026-11-21T10:00:00+02:00')

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
    const link = (await openMarker(page, 'Verla')).getByRole('link', { name: 'Verla' })
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
    await expect(list.getByRole('link', { name: 'Verla', exact: true })).toHaveAttribute(
      'href',
      /^\/Q217447/,
    )
  })

  test('has no serious accessibility violations, with its list and a popup open', async ({
    page,
  }) => {
    await page.goto(kouvola)
    await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible()
    await mapSection(page).getByRole('button', { name: 'List' }).click()
    await openMarker(page, 'Verla')
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

  test("draws Verla's outline from its Commons map data page, fitted and toggleable", async ({
    page,
  }) => {
    await page.goto(verla)
    const outline = page.getByRole('checkbox', { name: /Outline/ })
    await expect(outline).toBeChecked()
    await expect(mapSection(page).getByText('Outline (1)')).toBeVisible()
    const shape = mapSection(page).locator('path.kst-map-shape')
    await expect(shape).toHaveCount(1)
    // Fitted in the view: the outline lies inside the map's box.
    const map = await page.locator('.kst-map-canvas').boundingBox()
    const drawn = await shape.boundingBox()
    expect(drawn && map).toBeTruthy()
    if (drawn && map) {
      expect(drawn.x).toBeGreaterThanOrEqual(map.x)
      expect(drawn.y).toBeGreaterThanOrEqual(map.y)
      expect(drawn.x + drawn.width).toBeLessThanOrEqual(map.x + map.width)
      expect(drawn.y + drawn.height).toBeLessThanOrEqual(map.y + map.height)
      expect(drawn.width).toBeGreaterThan(40)
    }
    await outline.uncheck()
    await expect(shape).toHaveCount(0)
    await expect(page).toHaveURL(/maplayers=parts(%2C|,)nearby(%2C|,)photos(%2C|,)wanted(&|$)/)
    await outline.check()
    await expect(shape).toHaveCount(1)
  })

  for (const [name, content, message] of [
    ['malformed', '{"type": "FeatureCollection", "features": [', 'is not valid map data'],
    ['missing', null, 'does not exist on Wikimedia Commons'],
  ] as const) {
    test(`says so when the outline page is ${name}, and keeps the rest of the map`, async ({
      page,
    }) => {
      await page.route(`**${COMMONS_API}?**`, (route) => {
        const url = new URL(route.request().url())
        if (url.searchParams.get('prop') !== 'revisions') return route.fallback()
        const pages =
          content === null
            ? [{ ns: 486, title: url.searchParams.get('titles'), missing: true }]
            : [
                {
                  pageid: 1,
                  ns: 486,
                  title: url.searchParams.get('titles'),
                  revisions: [{ slots: { main: { contentmodel: 'Map.JsonConfig', content } } }],
                },
              ]
        return route.fulfill({ json: { batchcomplete: true, query: { pages } } })
      })
      await page.goto(verla)
      await expect(mapSection(page).getByText(message)).toBeVisible()
      await expect(page.getByRole('checkbox', { name: /Outline \(0\)/ })).toBeDisabled()
      await expect(mapSection(page).locator('path.kst-map-shape')).toHaveCount(0)
      await expect(markers(page, 'photos')).toHaveCount(2)
      await expect(
        mapSection(page).getByRole('link', { name: 'Its outline on Wikimedia Commons' }),
      ).toHaveAttribute('href', /Data(:|%3A)Kooste(\/|%2F)Verla\.map$/)
    })
  }

  test('names nearby items in the geosearch answer: three requests and one shape page, one wave', async ({
    page,
  }) => {
    const sent: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (!url.includes('/_double/')) return
      if (url.includes(QUERY) && !isMapQuery(request)) return
      if (url.includes(QUERY)) sent.push('query: map layers')
      else if (url.includes(WIKIDATA_API) && url.includes('geosearch'))
        sent.push('wikidata: nearby')
      else if (url.includes(COMMONS_API) && url.includes('geosearch')) sent.push('commons: photos')
      else if (url.includes(COMMONS_API) && url.includes('revisions') && url.includes('.map'))
        sent.push('commons: shape')
    })
    let named = 0
    page.on('request', (request) => {
      const query = new URLSearchParams(request.postData() ?? '').get('query') ?? ''
      if (
        request.url().includes(QUERY) &&
        query.includes('SELECT ?item ?image ?label ?description')
      )
        named++
    })
    await page.goto(verla)
    await expect(page.getByRole('checkbox', { name: /^Nearby \(3\)/ })).toBeVisible()
    // The nearby markers have their names before anyone looks at the map.
    await expect(
      mapSection(page).getByRole('button', { name: 'Verlankoski', exact: true }),
    ).toHaveCount(1)
    await page.locator('.kst-map-canvas').hover()
    await mapSection(page).getByRole('button', { name: 'List' }).click()
    await expect(
      page.locator('.kst-map-list').getByRole('link', { name: 'Verlankoski', exact: true }),
    ).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(named).toBe(0)
    expect(sent.sort()).toEqual([
      'commons: photos',
      'commons: shape',
      'query: map layers',
      'wikidata: nearby',
    ])
    console.log(`map: requests for Verla's map: ${sent.length} (${sent.join(', ')})`)
  })

  test('shows nearby items and photos around the place a topic without coordinates is in', async ({
    page,
  }) => {
    await page.goto('/Q999990102?lang=en&uilang=en')
    await expect(mapSection(page).getByText(/Shown where it is located/)).toBeVisible()
    await expect(
      page.getByRole('checkbox', { name: /^Nearby \(around Turku Art Museum\)/ }),
    ).toBeVisible()
    await expect(
      page.getByRole('checkbox', { name: /^Photos taken around Turku Art Museum/ }),
    ).toBeVisible()
  })

  test('says that coordinates on Mars are not on Earth, and draws no map', async ({ page }) => {
    await page.goto('/Q999990207?lang=en&uilang=en')
    const section = mapSection(page)
    await expect(section.getByText(/not on Earth/)).toBeVisible()
    await expect(section.getByText('Mars')).toBeVisible()
    await expect(page.locator('.leaflet-container')).toHaveCount(0)
  })

  test("offers the running contest's upload on a wanted marker and in the list", async ({
    page,
  }) => {
    await page.clock.setFixedTime(november)
    await page.goto(kouvola)
    await expect(page.getByText(/Heritage without a photo \(2\)/)).toBeVisible()
    const popup = await openMarker(page, "Verla workers' housing (no photo yet)")
    const upload = popup.getByRole('link', { name: /Upload your photo/ })
    await expect(upload).toBeVisible()
    await expect(popup).toContainText('Demo contest: built heritage of Finland, November 2026')
    const url = new URL((await upload.getAttribute('href')) ?? '')
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://commons.wikimedia.org/wiki/Special:UploadWizard',
    )
    expect(url.searchParams.get('campaign')).toBe('wlm-fi')
    expect(url.searchParams.get('fields[]')).toBe('1277')
    expect(url.searchParams.get('lat')).toBe('61.0609')
    expect(url.searchParams.get('description')).toContain("Verla workers' housing")
    await expect(upload).toHaveAttribute('target', '_blank')
    await page.keyboard.press('Escape')
    // Heritage that no running contest takes gets no offer.
    const other = await openMarker(page, 'Verla rock painting (no photo yet)')
    await expect(other).toContainText('No photo yet')
    await expect(other.getByRole('link', { name: /Upload your photo/ })).toHaveCount(0)
    await page.keyboard.press('Escape')
    await mapSection(page).getByRole('button', { name: 'List' }).click()
    const list = page.locator('.kst-map-list')
    await expect(list.getByRole('link', { name: /Upload your photo/ })).toHaveCount(1)
    expect(await list.getByRole('link', { name: /Upload your photo/ }).getAttribute('href')).toBe(
      url.toString(),
    )
  })

  test('offers no upload once the contest has ended', async ({ page }) => {
    // A December visitor: the demo contest ended on 30 November.
    await page.clock.setFixedTime(new Date('2026-12-05T10:00:00+02:00'))
    await page.goto(kouvola)
    await mapSection(page).getByRole('button', { name: 'List' }).click()
    await expect(
      page.locator('.kst-map-list').getByText("Verla workers' housing").first(),
    ).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expect(mapSection(page).getByRole('link', { name: /Upload your photo/ })).toHaveCount(0)
  })

  test('a relations panel shows its places on a map, with the list as the alternative', async ({
    page,
  }) => {
    await page.goto(verla)
    const related = page.getByRole('region', { name: 'Related topics' })
    await related.scrollIntoViewIfNeeded()
    const panel = related
      .getByRole('region')
      .filter({ hasText: 'Verla board mill' })
      .filter({ has: page.getByRole('button', { name: 'Places' }) })
      .first()
    await panel.getByRole('button', { name: 'Places' }).click()
    const map = panel.locator('.kst-relations-map')
    await expect(map.locator('.leaflet-container')).toBeVisible()
    await expect(map.locator('.kst-map-marker--related')).toHaveCount(3)
    await panel.locator('.kst-relations-places__item', { hasText: 'Verla board mill' }).hover()
    await expect(map.locator('.kst-map-highlight')).toHaveCount(1)
    const marker = map.getByRole('button', { name: 'Verla drying lofts' })
    await marker.focus()
    await page.keyboard.press('Enter')
    const link = map.locator('.leaflet-popup').getByRole('link', { name: 'Verla drying lofts' })
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/Q999990201\?/)
  })
})
