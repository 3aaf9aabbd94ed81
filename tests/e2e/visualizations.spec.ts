import { readFile } from 'node:fs/promises'
import { expect, test, type Page, type Request } from '@playwright/test'
import { seriousViolations } from './axe'

const QUERY = '/_double/query.wikidata.org'
const GALLEN_KALLELA = '/Q999990103'
const KOUVOLA = '/Q204382'

/** The visualizations' query: a query-service POST whose SPARQL tags rows with `?viz`. */
const isVizQuery = (request: Request) =>
  request.url().includes(QUERY) &&
  (new URLSearchParams(request.postData() ?? '').get('query')?.includes('?viz') ?? false)

/** Counts the visualizations' queries and the most query-service requests in flight at once. */
function watchQueries(page: Page) {
  const seen = { viz: 0, inFlight: 0, maxInFlight: 0 }
  const done = (request: Request) => {
    if (request.url().includes(QUERY)) seen.inFlight--
  }
  page.on('request', (request) => {
    if (!request.url().includes(QUERY)) return
    seen.inFlight++
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight)
    if (isVizQuery(request)) seen.viz++
  })
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return seen
}

/** Scrolls to the bottom until the visualizations have loaded. */
async function reachCharts(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (let i = 0; i < 6; i++) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForTimeout(150)
  }
  await expect(page.locator('.kst-viz .kst-viz-chart__svg, .kst-viz table').first()).toBeVisible()
}

const section = (page: Page) => page.locator('.kst-viz')
const marks = (page: Page) => section(page).locator('.kst-viz-chart__mark')

test.describe('visualizations', () => {
  // Whole topic pages with every section, and axe: more than the default on a busy machine.
  test.describe.configure({ timeout: 60_000 })

  test('a painter’s works over time, by type and his children, in one query', async ({ page }) => {
    const queries = watchQueries(page)
    await page.goto(`${GALLEN_KALLELA}?lang=en&uilang=en`)
    await reachCharts(page)
    const tabs = section(page).getByRole('tab')
    await expect(tabs).toContainText([
      'Works over time',
      'Works by type',
      'People by year of birth',
    ])
    await expect(section(page).getByRole('tab', { name: 'Heritage designations' })).toHaveCount(0)
    const chart = section(page).getByRole('group', { name: 'Works over time' })
    await expect(chart).toBeVisible()
    await expect(marks(page)).toHaveCount(2)
    expect(
      await marks(page).evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label'))),
    ).toEqual([
      '1880s: 2 works. Including Boy with a Crow and Old Woman with a Cat.',
      '1890s: 5 works. Including Aino Myth, The Forging of the Sampo, and The Defense of the Sampo.',
    ])
    await section(page).getByRole('tab', { name: 'People by year of birth' }).click()
    await expect(page).toHaveURL(/viz=people-by-birth/)
    await expect(section(page).getByRole('link', { name: /^1891: 1 person\./ })).toBeVisible()
    expect(queries.viz).toBe(1)
    expect(queries.maxInFlight).toBeLessThanOrEqual(2)
    expect(await seriousViolations(page, ['.kst-viz'])).toEqual([])
  })

  test('waits until the reader scrolls near it before asking anything', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 600 })
    // The sections above the charts arrive one by one; on a busy machine the charts could be near
    // the fold before they do. Tall facts keep the charts far below whatever the timing.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style')
        style.textContent = '.kst-facts { min-block-size: 4000px; }'
        document.head.append(style)
      })
    })
    const queries = watchQueries(page)
    await page.goto(`${GALLEN_KALLELA}?lang=en&uilang=en`)
    await expect(page.locator('.kst-facts')).toBeVisible()
    await page.waitForTimeout(800)
    expect(queries.viz).toBe(0)
    await reachCharts(page)
    expect(queries.viz).toBe(1)
  })

  test('the chart turns into a table, and the CSV download has its data', async ({ page }) => {
    await page.goto(`${KOUVOLA}?lang=en&uilang=en&viz=heritage-designations`)
    await expect(section(page).getByRole('tab', { name: 'Heritage designations' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(marks(page).first()).toHaveAttribute('aria-label', /: \d+ items?\. Including /)
    await section(page).getByRole('button', { name: 'Table' }).click()
    await expect(page).toHaveURL(/vizview=table/)
    const table = section(page).getByRole('table', { name: 'Heritage designations' })
    await expect(table.getByRole('columnheader')).toHaveText(['Designation', 'Items'])
    await expect(table.getByRole('row', { name: /World Heritage Site/ })).toContainText('1 item')
    const downloading = page.waitForEvent('download')
    await section(page).getByRole('button', { name: 'Download CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('Kouvola-Heritage-designations.csv')
    const text = await readFile((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFFDesignation,Items,Wikidata ID\r\n')).toBe(true)
    expect(text).toContain('World Heritage Site,1,Q9259\r\n')
    expect(await seriousViolations(page, ['.kst-viz'])).toEqual([])
  })

  test('SVG and PNG downloads stand alone', async ({ page }) => {
    await page.goto(`${GALLEN_KALLELA}?lang=en&uilang=en&viz=people-by-birth`)
    await expect(marks(page).first()).toBeVisible()
    let downloading = page.waitForEvent('download')
    await section(page).getByRole('button', { name: 'Download SVG' }).click()
    const svg = await readFile((await (await downloading).path())!, 'utf8')
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('Akseli Gallen-Kallela: People by year of birth')
    expect(svg).toContain('fill:rgb(')
    expect(svg).not.toContain('class=')
    expect(svg).not.toContain('var(--')
    expect(svg).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/Q999990406\?lang=en&amp;uilang=en"/)
    downloading = page.waitForEvent('download')
    await section(page).getByRole('button', { name: 'Download PNG' }).click()
    const png = await readFile((await (await downloading).path())!)
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  test('bars are one tab stop; arrow keys move, Enter opens the topic', async ({ page }) => {
    await page.goto(`${GALLEN_KALLELA}?lang=en&uilang=en&viz=works-by-type`)
    const painting = section(page).getByRole('link', { name: 'painting: 7 works.' })
    await expect(painting).toBeVisible()
    await section(page).getByRole('button', { name: 'Download CSV' }).focus()
    await page.keyboard.press('Tab')
    await expect(painting).toBeFocused()
    await expect(section(page).locator('.kst-viz-tooltip')).toContainText('7 works')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/Q3305213\?lang=en&uilang=en$/)
  })

  test('time bars move with the arrow keys', async ({ page }) => {
    await page.goto(`${GALLEN_KALLELA}?lang=en&uilang=en&viz=people-by-birth`)
    const first = section(page).getByRole('link', { name: /^1891:/ })
    await first.focus()
    await page.keyboard.press('ArrowRight')
    await expect(section(page).getByRole('link', { name: /^1896:/ })).toBeFocused()
    await page.keyboard.press('End')
    await expect(section(page).getByRole('link', { name: /^1898:/ })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jorma Gallen-Kallela')
  })

  test('a year of media filters the gallery', async ({ page }) => {
    await page.goto(`${KOUVOLA}?lang=en&uilang=en&viz=media-by-year`)
    // The chart reads the gallery's first pages only, and says so.
    await expect(
      section(page).getByText(/Counted from the first \d+ found; there are more\./),
    ).toBeVisible()
    const bar = section(page).getByRole('link', { name: /^2020: 2 files\. Including / })
    await expect(bar).toBeVisible()
    await bar.click()
    await expect(page).toHaveURL(/gyear=2020/)
    await expect(page.locator('.kst-gallery')).toBeInViewport()
  })

  test('is absent where no chart has anything to show', async ({ page }) => {
    const queries = watchQueries(page)
    // The test entity with hostile text: a human nothing links to, without files.
    await page.goto('/Q999999001?lang=en&uilang=en')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    for (let i = 0; i < 6; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.waitForTimeout(200)
    }
    await expect.poll(() => queries.viz).toBe(1)
    await expect(section(page)).toHaveCount(0)
  })

  test('embedded, shows only the chart asked for', async ({ page }) => {
    await page.goto(`/embed${GALLEN_KALLELA}/visualizations?lang=en&uilang=en&viz=people-by-birth`)
    await expect(
      section(page).getByRole('heading', { name: 'People by year of birth' }),
    ).toBeVisible()
    await expect(section(page).getByRole('tab')).toHaveCount(0)
    const popup = page.waitForEvent('popup')
    await section(page)
      .getByRole('link', { name: /^1896:/ })
      .click()
    await expect(await popup).toHaveURL(/\/Q999990407\?lang=en&uilang=en$/)
  })

  test('embedded in the dark theme, its SVG keeps the dark background', async ({ page }) => {
    await page.goto(
      `/embed/Q33/visualizations?lang=en&uilang=en&theme=dark&viz=heritage-designations`,
    )
    await expect(marks(page).first()).toBeVisible()
    const downloading = page.waitForEvent('download')
    await section(page).getByRole('button', { name: 'Download SVG' }).click()
    const svg = await readFile((await (await downloading).path())!, 'utf8')
    const background = /<rect width="100%" height="100%" fill="rgb\((\d+), (\d+), (\d+)\)"/.exec(
      svg,
    )
    expect(background).not.toBeNull()
    expect(Number(background![1])).toBeLessThan(80)
    expect(await seriousViolations(page, ['.kst-viz'])).toEqual([])
  })

  test('embedded, says so when the chart asked for has nothing to draw', async ({ page }) => {
    await page.goto('/embed/Q999999001/visualizations?lang=en&uilang=en&viz=works-over-time')
    await expect(page.getByText('There is nothing to draw for this topic.')).toBeVisible()
  })

  test('on a phone', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${GALLEN_KALLELA}?lang=en&uilang=en&viz=works-over-time`)
    await expect(marks(page).first()).toBeVisible()
    const width = await section(page)
      .locator('.kst-viz-chart__svg')
      .evaluate((e) => e.getBoundingClientRect().width)
    expect(width).toBeLessThanOrEqual(390)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await section(page).screenshot({ path: testInfo.outputPath('visualizations-phone.png') })
    expect(await seriousViolations(page, ['.kst-viz'])).toEqual([])
  })

  test('right to left: category bars mirrored, time kept left to right', async ({
    page,
  }, testInfo) => {
    await page.goto(`/Q33?lang=ar&uilang=ar&viz=heritage-designations`)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const bar = section(page).locator('.kst-viz-chart__bar').first()
    await expect(bar).toBeVisible()
    const svg = await section(page).locator('.kst-viz-chart__svg').boundingBox()
    const box = await bar.boundingBox()
    // The bars grow from the right edge, where their labels stand.
    expect(box!.x + box!.width).toBeGreaterThan(svg!.x + svg!.width * 0.5)
    await section(page).screenshot({ path: testInfo.outputPath('visualizations-rtl.png') })
    expect(await seriousViolations(page, ['.kst-viz'])).toEqual([])
  })
})
