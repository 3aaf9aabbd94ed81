import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from './axe'

const verla = '/Q217447?lang=en&uilang=en'
const agricola = '/Q215346?lang=en&uilang=en'

const chart = (page: Page) => page.locator('.kst-timeline-chart__svg')
const lane = (page: Page, name: 'topic' | 'related') =>
  chart(page).locator(`.kst-timeline-lane--${name}`)
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' })
const rangeOf = (url: string) => {
  const value = new URL(url).searchParams.get('timeline') ?? ''
  const [start, end] = value.split('..').map(Number)
  return { start: start ?? NaN, end: end ?? NaN }
}

test.describe('timeline', () => {
  test("shows Verla's own dates, events and designations on the chart", async ({ page }) => {
    await page.goto(verla)
    const section = page.getByRole('region', { name: 'Timeline' })
    await expect(section).toBeVisible()
    await expect(section.locator('.kst-timeline-controls__range')).toHaveText(/^18\d\d – 20\d\d$/)
    for (const text of ['Verla', 'fire', 'construction', 'World Heritage Site', 'Kouvola'])
      await expect(lane(page, 'topic')).toContainText(text)
    await expect(chart(page)).toHaveAttribute('aria-label', /^Timeline, showing 18\d\d – 20\d\d$/)
    await expect(section.getByText(/arrow keys/)).toBeVisible()
    // A tooltip tells when, at the precision known.
    await lane(page, 'topic').getByText('fire', { exact: true }).hover()
    await expect(page.getByRole('tooltip')).toContainText('between 1874 and 1876')
  })

  test('zooms and pans with the keyboard, keeping the range in the URL', async ({ page }) => {
    await page.goto(verla)
    await expect(lane(page, 'topic')).toContainText('fire')
    await expect(chart(page).locator('.kst-timeline-lane--media')).toBeVisible()
    await chart(page).focus()
    await page.keyboard.press('+')
    await expect(page).toHaveURL(/[?&]timeline=/)
    const zoomed = rangeOf(page.url())
    expect(zoomed.end - zoomed.start).toBeLessThan(100)
    await expect(page.locator('.kst-timeline-controls__range')).toHaveText(/^19\d\d – 19\d\d$/)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => rangeOf(page.url()).start).toBeLessThan(zoomed.start)
    const moved = rangeOf(page.url())
    // The range survives a reload, as a shared link would.
    await page.reload()
    await expect(lane(page, 'topic')).toContainText('Verla')
    const text = await page.locator('.kst-timeline-controls__range').textContent()
    expect(text).toBe(`${Math.floor(moved.start)} – ${Math.floor(moved.end)}`)
    await chart(page).focus()
    await page.keyboard.press('0')
    await expect(page).not.toHaveURL(/[?&]timeline=/)
  })

  test("shows Agricola's works in the related lane, and a click opens one", async ({ page }) => {
    await page.goto(agricola)
    await expect(lane(page, 'topic')).toContainText('Mikael Agricola')
    await expect(lane(page, 'related')).toContainText('Abckiria')
    await expect(page.getByText(/Julian calendar/).first()).toBeVisible()
    await lane(page, 'related').getByText('Abckiria').click()
    await expect(page).toHaveURL(/\/Q999990109\?(.*&)?lang=en/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Abckiria')
  })

  test('lists the same events in order, with links to their topics', async ({ page }) => {
    await page.goto(agricola)
    await timeline(page).getByRole('button', { name: 'List' }).click()
    const items = page.locator('.kst-timeline-list__item')
    // The topic's life, its works, and its files on Commons (the facsimile dated to the year).
    await expect(items).toHaveCount(5)
    await expect(items.nth(0)).toContainText('c. 1510 (Julian) – April 9, 1557 (Julian)')
    await expect(items.nth(1)).toContainText(
      '1543Abckiria 1543 facsimile · file on Wikimedia Commons',
    )
    await expect(items.nth(2)).toContainText('1543 (Julian)')
    await expect(items.nth(2)).toContainText('Abckiria')
    await expect(items.nth(3)).toContainText('Se Wsi Testamenti')
    await expect(items.nth(4)).toContainText('April 8, 2019Mikael Agricola monument in Vyborg')
    await items.nth(3).getByRole('link', { name: 'Se Wsi Testamenti' }).click()
    await expect(page).toHaveURL(/\/Q999990110\?/)
  })

  test("shows the topic's dated files in the media lane; a click opens the gallery's viewer", async ({
    page,
  }) => {
    const commons: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('commons.wikimedia.org/w/api.php')) commons.push(r.url())
    })
    await page.goto(agricola)
    const media = chart(page).locator('.kst-timeline-lane--media')
    await expect(media).toContainText('Mikael Agricola monument in Vyborg')
    await expect(media).toContainText('Abckiria 1543 facsimile')
    // The lane asks nothing that the gallery does not: every Commons request is sent once.
    await expect(page.locator('.kst-gallery-item').first()).toBeVisible()
    expect(commons.length).toBeGreaterThan(0)
    expect(new Set(commons).size).toBe(commons.length)
    await media.getByText('Mikael Agricola monument in Vyborg').click()
    await expect(page).toHaveURL(/[?&]file=File:Mikael_Agricola_monument_in_Vyborg\.jpg/)
    const viewer = page.getByRole('dialog')
    await expect(viewer).toBeVisible()
    await expect(viewer).toContainText('Mikael Agricola monument in Vyborg')
  })

  test('groups files of one date, and opens a file from the list on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(verla)
    const items = page.locator('.kst-timeline-list__item--media')
    await expect(items.filter({ hasText: /^1890\d+ files from this date/ })).toHaveCount(1)
    const loft = items.filter({ hasText: 'Verla drying loft' })
    await expect(loft).toContainText('June 19, 2021')
    await loft.getByRole('link', { name: 'Verla drying loft' }).click()
    await expect(page).toHaveURL(/[?&]file=File:Verla_drying_loft\.jpg/)
    await expect(page.getByRole('dialog')).toBeVisible()
  })

  test('shows the list on a phone, where a chart would be too narrow', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 })
    const scripts: string[] = []
    page.on('request', (r) => scripts.push(r.url()))
    await page.goto(verla)
    const items = page.locator('.kst-timeline-list__item')
    await expect(items.first()).toContainText('1872 – July 18, 1964')
    await expect(chart(page)).toHaveCount(0)
    await expect(timeline(page).getByRole('button', { name: 'List' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    // The chart's code (and d3) is not loaded for the list.
    expect(scripts.filter((u) => /TimelineChart/.test(u))).toEqual([])
  })

  test('draws BCE dates known only between bounds, without a year 0', async ({ page }) => {
    await page.goto('/Q999990107?lang=en&uilang=en')
    await expect(page.locator('.kst-timeline-controls__range')).toContainText('BCE')
    await expect(page.locator('.kst-timeline-axis__label', { hasText: /^0/ })).toHaveCount(0)
    await timeline(page).getByRole('button', { name: 'List' }).click()
    await expect(page.locator('.kst-timeline-list__item').first()).toContainText(
      'between 15th century BCE and 5th century BCE',
    )
  })

  test("draws a related item's date known only between bounds as an uncertain range", async ({
    page,
  }) => {
    await page.goto('/Q999990107?lang=en&uilang=en')
    const cairn = chart(page)
      .locator('.kst-timeline-lane--related .kst-timeline-lane__event')
      .filter({ hasText: 'Kirkonlaattia' })
    await expect(cairn).toHaveCount(1)
    // Hatched, with no solid span: nothing is known but the bounds.
    await expect(cairn.locator('.kst-timeline-lane__uncertain')).toHaveCount(1)
    await expect(cairn.locator('.kst-timeline-lane__span')).toHaveCount(0)
    await cairn.hover()
    await expect(page.getByRole('tooltip')).toContainText(
      'between 15th century BCE and 5th century BCE',
    )
  })

  test('has no serious or critical accessibility violations, as a chart or a list', async ({
    page,
  }) => {
    await page.goto(agricola)
    await expect(lane(page, 'related')).toContainText('Abckiria')
    const check = () => seriousViolations(page, ['.kst-timeline'])
    expect(await check()).toEqual([])
    await timeline(page).getByRole('button', { name: 'List' }).click()
    await expect(page.locator('.kst-timeline-list__item').first()).toBeVisible()
    expect(await check()).toEqual([])
  })

  test('loads no timeline code for a topic without dates', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (r) => scripts.push(r.url()))
    await page.goto('/Q38511?lang=en&uilang=en')
    await expect(page.locator('.kst-facts')).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0)
    expect(scripts.filter((u) => /Timeline/.test(u))).toEqual([])
    // On a dated topic the timeline's code comes in its own chunk, after the page.
    await page.goto(verla)
    await expect(lane(page, 'topic')).toContainText('fire')
    expect(scripts.filter((u) => /TimelineSection-[\w-]+\.js$/.test(u))).toHaveLength(1)
  })
})

/** A query-service answer with `count` related works, dated to the day, month or year. */
function syntheticRelated(count: number) {
  const uri = (value: string) => ({ type: 'uri', value })
  const xsd = (type: string, value: string) => ({
    type: 'literal',
    datatype: `http://www.w3.org/2001/XMLSchema#${type}`,
    value,
  })
  const pad = (n: number) => String(n).padStart(2, '0')
  const bindings: object[] = []
  for (let i = 0; i < count; i++) {
    const item = uri(`http://www.wikidata.org/entity/Q${900000000 + i}`)
    const base = {
      item,
      via: uri('http://www.wikidata.org/prop/direct/P50'),
      dir: { type: 'literal', value: 'in' },
    }
    const year = 1500 + ((i * 7919) % 520)
    const precision = [9, 10, 11][i % 3]!
    const period = i % 10 === 0
    const dates = period ? ['P569', 'P570'] : ['P577']
    dates.forEach((property, k) =>
      bindings.push({
        ...base,
        date: uri(`http://www.wikidata.org/prop/${property}`),
        time: xsd(
          'dateTime',
          `${year + k * 40}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}T00:00:00Z`,
        ),
        precision: xsd('integer', String(precision)),
        calendar: uri('http://www.wikidata.org/entity/Q1985727'),
        rank: uri('http://wikiba.se/ontology#NormalRank'),
      }),
    )
    bindings.push({ ...base, label: { type: 'literal', 'xml:lang': 'en', value: `Work ${i + 1}` } })
  }
  return {
    head: {
      vars: ['item', 'via', 'dir', 'date', 'time', 'precision', 'calendar', 'rank', 'label'],
    },
    results: { bindings },
  }
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/**
 * The renderer main thread's tasks from a Chromium trace: wall time (`dur`, what the long-task
 * API reports) and the thread's own CPU time (`tdur`), which stays true when other processes
 * keep the machine busy.
 */
function mainThreadTasks(events: TraceEvent[]) {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ ts: e.ts / 1000, wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }))
}

test('5,000 events render and zoom without a main-thread task over 200 ms', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const body = JSON.stringify(syntheticRelated(5000))
  await page.route('**/query.wikidata.org/sparql**', async (route) => {
    const data = route.request().postData() ?? ''
    if (!data.includes('timePrecision')) return route.continue()
    await route.fulfill({ status: 200, contentType: 'application/sparql-results+json', body })
  })
  await page.addInitScript(() => {
    const tasks: number[] = []
    ;(window as unknown as { longTasks: number[] }).longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  // The page itself first, so that its own start (the app's code, the other sections) is not
  // counted; then the timeline, from its data arriving to zooming, panning and the list.
  await page.goto('/?uilang=en')
  await expect(page.locator('.kst-home__card').first()).toBeVisible()
  await browser.startTracing(page, {
    categories: ['toplevel', 'disabled-by-default-devtools.timeline'],
  })
  await page.goto(agricola)
  await expect(lane(page, 'related').locator('.kst-timeline-density__bin').first()).toBeVisible({
    timeout: 60_000,
  })
  await chart(page).focus()
  for (const key of [
    '+',
    '+',
    '+',
    'ArrowLeft',
    'ArrowLeft',
    '+',
    '+',
    'ArrowRight',
    '-',
    '-',
    '+',
  ])
    await page.keyboard.press(key)
  const box = (await chart(page).boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 80)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 - 300, box.y + 80, { steps: 20 })
  await page.mouse.up()
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -200 : 300)
  // Wheel events are not awaited: on a busy machine some land after the first reset.
  await expect(async () => {
    await page.keyboard.press('0')
    await expect(page).not.toHaveURL(/[?&]timeline=/, { timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await timeline(page).getByRole('button', { name: 'List' }).click()
  await expect(page.locator('.kst-timeline-list__item')).toHaveCount(100)
  await timeline(page)
    .getByRole('button', { name: /^Show \d+ more$/ })
    .click()
  await expect(page.locator('.kst-timeline-list__item')).toHaveCount(200)
  await timeline(page).getByRole('button', { name: 'Chart' }).click()
  await expect(lane(page, 'related')).toBeVisible()
  await page.waitForTimeout(500)
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[]
  }
  const tasks = mainThreadTasks(trace.traceEvents)
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  )
  const longest = (key: 'wall' | 'cpu') => Math.max(0, ...tasks.map((t) => t[key]))
  console.log(
    `5,000 events: ${tasks.length} main-thread tasks; longest ${longest('cpu').toFixed(0)} ms of ` +
      `CPU, ${longest('wall').toFixed(0)} ms of wall time; long tasks seen by the page: ` +
      `${longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`,
  )
  expect(tasks.length).toBeGreaterThan(50)
  expect(longest('cpu')).toBeLessThan(200)
})
