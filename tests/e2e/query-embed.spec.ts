import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { seriousViolations } from './axe'
import { loadedScripts } from './scripts'

// "Any query, any chart" (/embed/query): each view drawn from a real query on the demo world
// (the double answers with Oxigraph), what is wrong said inside the frame, only the view's own
// code loaded; and visualizations made elsewhere, framed from another origin.
const P = `PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`
const queries = {
  table: `${P}SELECT ?item ?coord WHERE { ?item wdt:P625 ?coord } ORDER BY ?item LIMIT 20`,
  bar: `${P}#defaultView:BarChart
SELECT ?type (COUNT(?item) AS ?count) WHERE { ?item wdt:P31 ?type }
GROUP BY ?type ORDER BY DESC(?count) ?type LIMIT 8`,
  line: `${P}SELECT ?year (COUNT(?item) AS ?items) WHERE { ?item wdt:P571 ?date . BIND(YEAR(?date) AS ?year) } GROUP BY ?year`,
  map: `${P}SELECT ?item ?coord WHERE { ?item wdt:P361 wd:Q217447 ; wdt:P625 ?coord }`,
  timeline: `${P}SELECT ?item ?start WHERE { ?item wdt:P571 ?start }`,
  images: `${P}SELECT ?item ?image WHERE { ?item wdt:P18 ?image } ORDER BY ?item LIMIT 6`,
}
type View = keyof typeof queries
const embed = (query: string, params = '', languages = 'lang=en&uilang=en') =>
  `/embed/query?${languages}${params}&sparql=${encodeURIComponent(query)}`

const drawn: Record<View, (page: Page) => Promise<void>> = {
  table: async (page) => {
    const table = page.getByRole('region', { name: 'Places' }).getByRole('table')
    await expect(table.getByRole('columnheader')).toHaveText(['item', 'coord'])
    await expect(table.getByRole('link', { name: 'Verla', exact: true })).toHaveAttribute(
      'href',
      /\/Q217447\?lang=en&uilang=en$/,
    )
  },
  bar: async (page) => {
    const chart = page.getByRole('group', { name: 'Places' })
    await expect(chart.locator('.kst-viz-chart__bar')).toHaveCount(8)
    await expect(chart.getByRole('link', { name: /^municipality of Finland: \d+$/ })).toBeVisible()
  },
  line: async (page) => {
    const chart = page.getByRole('group', { name: 'Places' })
    await expect(chart.locator('.kst-query-line__path')).toHaveAttribute('d', /^M.+L/)
    await expect(chart.getByRole('img', { name: '1872: 1' })).toBeVisible()
  },
  map: async (page) => {
    const map = page.getByRole('region', { name: 'Map: Places' })
    await expect(map.locator('.leaflet-marker-icon').first()).toBeVisible()
    await map.locator('.leaflet-marker-icon').first().click()
    await expect(page.locator('.leaflet-popup-content a')).toHaveAttribute(
      'href',
      /\/Q\d+\?lang=en/,
    )
  },
  timeline: async (page) => {
    await expect(page.locator('.kst-timeline-chart__svg')).toBeVisible()
    await page.getByText('Show as a list').click()
    await expect(page.getByRole('link', { name: 'Verla', exact: true }).first()).toBeVisible()
  },
  images: async (page) => {
    const images = page.locator('.kst-query-images img')
    await expect(images).toHaveCount(6)
    for (const src of await images.evaluateAll((els) => els.map((e) => e.getAttribute('src')))) {
      expect(src).toMatch(/commons\.wikimedia\.org|upload\.wikimedia\.org/)
    }
    await expect(page.locator('.kst-query-images .kst-credit').first()).toBeVisible()
  },
}
const otherViews: Record<View, RegExp> = {
  table: /(VizChart|MapCanvas|TimelineChart|QueryEmbedBar|QueryEmbedMap|QueryEmbedImages)-/,
  bar: /(MapCanvas|TimelineChart|QueryEmbedTable|QueryEmbedMap|QueryEmbedImages)-/,
  line: /(VizChart|MapCanvas|TimelineChart|QueryEmbedMap|QueryEmbedImages)-/,
  map: /(VizChart|TimelineChart|QueryEmbedBar|QueryEmbedLine|QueryEmbedImages)-/,
  timeline: /(VizChart|MapCanvas|QueryEmbedBar|QueryEmbedMap|QueryEmbedImages)-/,
  images: /(VizChart|MapCanvas|TimelineChart|QueryEmbedBar|QueryEmbedMap)-/,
}

test.describe('the query embed draws', () => {
  for (const view of Object.keys(queries) as View[]) {
    test(`a ${view} from a real query, loading only its own code`, async ({ page }) => {
      const loaded = loadedScripts(page)
      const params = view === 'bar' ? '&title=Places' : `&view=${view}&title=Places`
      await page.goto(embed(queries[view], params))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Places')
      await drawn[view](page)
      await expect(page.getByRole('link', { name: 'Open Kooste' })).toBeVisible()
      expect(loaded.filter((name) => otherViews[view].test(name))).toEqual([])
      expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex')
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})

test.describe('the query embed says inside the frame', () => {
  const long = `${queries.table}\n#${'a'.repeat(6100)}`
  for (const [name, path, message] of [
    ['no query', '/embed/query?uilang=en', 'There is no query.'],
    ['a query too long', embed(long), `The query is ${long.length} characters long`],
    [
      'a CONSTRUCT',
      embed(`${P}CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }`),
      'this one is CONSTRUCT',
    ],
    [
      'an unknown view',
      embed(queries.table, '&view=pie'),
      '“pie” is not a view. Views: table, bar',
    ],
    [
      'a role naming a missing variable',
      embed(queries.bar, '&y=total'),
      'The query has no variable “total” (parameter y). Its variables: type, count.',
    ],
    ['a bad theme', embed(queries.table, '&theme=blue'), '“blue” is not a theme.'],
    [
      'a view without its kind of values',
      embed(queries.bar, '&view=map'),
      'Nothing in the results can be the coord of the view map.',
    ],
    [
      'a query the service rejects',
      embed(`${P}SELECT ?a WHERE { ?a ?b }`),
      'did not accept the query. Check its syntax.',
    ],
    [
      'zero rows',
      embed(`${P}SELECT ?item WHERE { ?item wdt:P31 wd:Q1 }`),
      'The query found nothing.',
    ],
  ] as const) {
    test(`what is wrong with ${name}`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('main')).toContainText(message)
      await expect(page.getByRole('table')).toHaveCount(0)
      await expect(page.getByRole('banner')).toHaveCount(0)
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  test('that the query service failed, and tries again', async ({ page }) => {
    let fail = true
    await page.route('**/query.wikidata.org/sparql**', (route) =>
      fail
        ? route.fulfill({ status: 429, headers: { 'Retry-After': '0' }, body: 'slow down' })
        : route.fallback(),
    )
    await page.goto(embed(queries.table))
    await expect(page.getByRole('main')).toContainText(
      'The Wikidata Query Service asked us to slow down.',
    )
    fail = false
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('table')).toBeVisible()
  })

  test('that it shows only the first 500 rows', async ({ page }) => {
    await page.goto(embed(`${P}SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 600`))
    await expect(page.getByText('Showing the first 500 of 600 results.')).toBeVisible()
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(500)
  })
})

test.describe('the query embed on every screen', () => {
  test('phone, right to left and dark', async ({ page }, info) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(embed(queries.bar, '&title=Places&theme=dark', 'uilang=ar&lang=ar'))
    await expect(page.locator('.kst-viz-chart__bar')).toHaveCount(8)
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await page.screenshot({ path: info.outputPath('bar-phone-rtl-dark.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(embed(queries.table, '&title=Places', 'uilang=he&lang=he'))
    await expect(page.getByRole('table')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await page.screenshot({ path: info.outputPath('table-phone-rtl.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
  })
})

test.describe('the query chart builder', () => {
  test('is offered by the Embed dialog of every section', async ({ page }) => {
    await page.goto('/Q217447?lang=en&uilang=en')
    await page.getByRole('button', { name: 'Embed “Timeline” on another website' }).click()
    const dialog = page.getByRole('dialog', { name: 'Embed “Timeline”' })
    await dialog.getByRole('link', { name: 'Chart any SPARQL query on another website' }).click()
    await expect(page).toHaveURL(/\/query\?lang=en&uilang=en$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chart a query')
  })

  test('previews the embed of a query and gives its code', async ({ page }) => {
    await page.goto('/query?lang=en&uilang=en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chart a query')
    await expect(page.getByRole('main')).toHaveCount(1)
    await page.getByRole('textbox', { name: 'Title' }).fill('Kinds of topics')
    await page.getByRole('button', { name: 'Draw' }).click()
    const preview = page.frameLocator('iframe.kst-query-builder__preview')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Kinds of topics')
    await expect(preview.locator('.kst-viz-chart__bar')).toHaveCount(10)
    const code = page.getByRole('textbox', { name: 'HTML (iframe)' })
    await expect(code).toHaveValue(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/query\?view=bar&amp;title=Kinds/,
    )
    await expect(code).toHaveValue(/sandbox="allow-scripts allow-same-origin/)
    expect(await seriousViolations(page)).toEqual([])
  })
})

test.describe('visualizations made elsewhere', () => {
  const fixture = readFileSync(new URL('./fixtures/external-viz.html', import.meta.url), 'utf8')
  const entry = {
    id: 'test-viz',
    title: { en: 'A test visualization' },
    url: 'https://viz.test/viz.html?item={qid}&lang={lang}',
    appliesTo: { properties: ['P31'] },
    credit: {
      author: 'Test Author',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      link: 'https://viz.test/about',
    },
    height: 320,
  }

  test('show in a frame that is sandboxed, credited and cannot reach the page', async ({
    page,
  }, info) => {
    await page.route('**/config.json', async (route) => {
      const response = await route.fetch()
      const config = (await response.json()) as object
      await route.fulfill({ response, json: { ...config, externalVisualizations: [entry] } })
    })
    // The deployment lists the test entry in config.json and builds with its origin in
    // KOOSTE_CSP_SOURCES (docs/visualizations.md); a build without it gets the same policy here.
    await page.route(/\/Q217447\?/, async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback()
      const response = await route.fetch()
      const html = await response.text()
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"[^>]*frame-src 'self'/)
      const body = html.replace(/frame-src ([^;"]*)/, (directive, sources: string) =>
        sources.includes('https://viz.test') ? directive : `frame-src ${sources} https://viz.test`,
      )
      await route.fulfill({ response, body })
    })
    await page.route('https://viz.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: fixture }),
    )
    await page.goto('/Q217447?lang=fi&uilang=en')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The visualizations load when the reader nears them.
    for (let i = 0; i < 6; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.waitForTimeout(150)
    }
    const frame = page.locator('iframe.kst-viz-external__frame')
    await frame.scrollIntoViewIfNeeded()
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts')
    await expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer')
    await expect(frame).toHaveAttribute('loading', 'lazy')
    await expect(frame).toHaveAttribute('title', 'A test visualization (on viz.test)')
    await expect(frame).toHaveAttribute('src', 'https://viz.test/viz.html?item=Q217447&lang=fi')
    const section = page.locator('.kst-viz-external')
    await expect(section.getByRole('link', { name: 'By Test Author' })).toHaveAttribute(
      'href',
      'https://viz.test/about',
    )
    await expect(section.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible()
    const inside = page.frameLocator('iframe.kst-viz-external__frame')
    await expect(inside.locator('#item')).toHaveText('Q217447')
    await expect(inside.locator('#parent')).toHaveText('blocked')
    await expect(inside.locator('#storage')).toHaveText('blocked')
    await expect(inside.locator('#referrer')).toHaveText('none')
    expect(await seriousViolations(page, ['.kst-viz-external'])).toEqual([])
    await section.screenshot({ path: info.outputPath('external.png') })
  })
})
