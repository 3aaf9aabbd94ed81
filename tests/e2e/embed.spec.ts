import { readFile } from 'node:fs/promises'
import { expect, test, type Frame, type Page } from '@playwright/test'
import { seriousViolations } from './axe'
import { loadedScripts } from './scripts'

// Embeds: the routes that show one section in another site's frame, the dialog that writes the
// code, and embed.js on a host page of another origin (served here by Playwright itself).
const verla = 'Q217447'
const kooste = (page: Page) => new URL(page.url()).origin
const otherSections =
  /(MapSection|MapCanvas|GallerySection|RelationsSection|WikisourceSection|CampaignBanners|TopicView|VizSection)-/

test.describe('embed routes', () => {
  test('show one section with its topic, the sources and the way back, and load no other section', async ({
    page,
  }) => {
    const loaded = loadedScripts(page)
    await page.goto(`/embed/${verla}/timeline?lang=en&uilang=en`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verla')
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
    await expect(page.locator('.kst-timeline-chart__svg')).toBeVisible()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Timeline'])
    // None of the site around it.
    await expect(page.getByRole('banner')).toHaveCount(0)
    await expect(page.getByRole('search')).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Embed/ })).toHaveCount(0)
    const back = page.getByRole('link', { name: 'Open “Verla” in Kooste' })
    await expect(back).toHaveAttribute('href', `${kooste(page)}/${verla}?lang=en&uilang=en`)
    await expect(back).toHaveAttribute('target', '_top')
    await expect(
      page.getByText('Data from Wikidata, Wikimedia Commons, Wikipedia and Wikisource'),
    ).toBeVisible()
    await expect(page).toHaveTitle('Verla – Kooste')
    expect(loaded.filter((name) => otherSections.test(name))).toEqual([])
    expect(loaded.some((name) => /TimelineSection-/.test(name))).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
  })

  // Codex is one ES module of every component the app uses (31 KB gzip); these embeds draw its
  // CSS-only markup instead (docs/adr/004-css-only-codex-in-embeds.md).
  for (const [path, drawn] of [
    [`/embed/${verla}/timeline`, '.kst-timeline-chart__svg, .kst-timeline-list'],
    [`/embed/${verla}/campaigns`, '.kst-campaign-banner'],
    ['/embed/Q215346/wikisource', '.kst-wikisource'],
    [`/embed/${verla}/relations`, '.kst-relations-panel'],
    [`/embed/${verla}/map`, '.kst-map-toolbar'],
    [`/embed/${verla}/gallery`, '.kst-gallery-item'],
  ] as const) {
    test(`${path} loads none of Codex’s JavaScript`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-09-10T10:00:00+02:00'))
      const loaded = loadedScripts(page)
      await page.goto(`${path}?lang=en&uilang=en`)
      await expect(page.locator(drawn).first()).toBeVisible()
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      expect(loaded.length).toBeGreaterThan(3)
      expect(loaded.filter((name) => /\/codex-(?!icons-)[^/]*\.js$/.test(name))).toEqual([])
    })
  }

  test('keep the section’s own navigation inside the frame, without reloading it', async ({
    page,
  }) => {
    await page.goto('/embed/Q215346/wikisource?lang=fi&uilang=en')
    await page.evaluate(() => Object.assign(window, { notReloaded: true }))
    const byHim = page.getByRole('region', { name: 'Texts by this author' })
    await byHim.getByRole('link', { name: 'Abckiria' }).click()
    await expect(page).toHaveURL(/\/embed\/Q215346\/wikisource\?.*text=fi:Abckiria/)
    await expect(page.getByRole('region', { name: 'Abckiria' })).toContainText('Oppe nyt wanha')
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
  })

  test('carry the section’s own state: the map’s layers', async ({ page }) => {
    await page.goto(`/embed/${verla}/map?lang=en&uilang=en&maplayers=parts`)
    const map = page.getByRole('region', { name: 'Map', exact: true })
    await expect(map).toBeVisible()
    await expect(map.getByRole('checkbox', { name: /Parts and contents/ })).toBeChecked()
    await expect(map.getByRole('checkbox', { name: /^Nearby/ })).not.toBeChecked()
  })

  for (const [path, message] of [
    [`/embed/Qx/map`, '“Qx” is not a Wikidata id. Ids look like Q42.'],
    [`/embed/${verla}/chart`, 'There is no section “chart” to embed.'],
    [`/embed/${verla}`, 'The address does not say which section to show.'],
    [`/embed/Q999999991/map`, 'Wikidata has no topic Q999999991.'],
    [`/embed/P31/timeline`, 'Topic P31 has nothing to show in the section “timeline”.'],
    [`/embed/${verla}/map?theme=sepia`, '“sepia” is not a theme. Use light or dark.'],
  ] as const) {
    test(`say inside the frame what is wrong with ${path}`, async ({ page }) => {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}uilang=en`)
      const problem = page.locator('.kst-embed__problem')
      await expect(problem).toContainText('This embed cannot be shown')
      await expect(problem).toContainText(message)
      await expect(page.getByRole('banner')).toHaveCount(0)
      await expect(page.getByRole('link', { name: /^Open/ })).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  for (const [section, id, name] of [
    ['timeline', verla, 'Verla'],
    ['map', verla, 'Verla'],
    ['relations', verla, 'Verla'],
    ['gallery', verla, 'Verla'],
    ['campaigns', verla, 'Verla'],
    ['wikisource', 'Q215346', 'Mikael Agricola'],
    ['visualizations', verla, 'Verla'],
  ] as const) {
    test(`in dark, ${section} keeps its contrast`, async ({ page }) => {
      // A day the demo contest runs, so that the banner shows.
      await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+02:00'))
      await page.goto(`/embed/${id}/${section}?lang=en&uilang=en&theme=dark`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
      await expect(
        page.locator('.kst-embed__content .kst-section, .kst-embed__content section').first(),
      ).toBeVisible()
      await page.waitForLoadState('networkidle')
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      )
      expect(background).toBe('rgb(16, 20, 24)')
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  test('an error in dark is dark too, and right to left in Arabic', async ({ page }) => {
    await page.goto(`/embed/${verla}/chart?theme=dark&uilang=ar&lang=ar`)
    await expect(page.locator('.kst-embed__problem')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await seriousViolations(page)).toEqual([])
  })
})

test.describe('the Embed dialog', () => {
  test('opens from the keyboard, previews the embed and gives its code', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`/${verla}?lang=en&uilang=en&timeline=1900..1950`)
    await expect(page.locator('.kst-timeline-chart__svg')).toBeVisible()
    const button = page.getByRole('button', { name: 'Embed “Timeline” on another website' })
    await button.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Embed “Timeline”' })
    await expect(dialog).toBeVisible()
    const preview = page.frameLocator('.kst-embed-dialog__preview')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Verla')
    await expect(preview.locator('.kst-timeline-controls__range')).toHaveText('1900 – 1950')

    await dialog.getByRole('radio', { name: 'Dark' }).check()
    const iframeCode = dialog.getByRole('textbox', { name: 'HTML (iframe)' })
    await expect(iframeCode).toHaveValue(/theme=dark/)
    await expect(iframeCode).toHaveValue(/timeline=1900\.\.1950/)
    await dialog.getByRole('button', { name: 'Copy' }).first().click()
    await expect(dialog.getByRole('status').first()).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await iframeCode.inputValue(),
    )
    expect(await seriousViolations(page, ['.cdx-dialog'])).toEqual([])

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()
  })

  test('is on every section that can be embedded', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+02:00'))
    await page.goto(`/${verla}?lang=en&uilang=en`)
    // The visualizations load when they near the viewport.
    await page.locator('section.kst-viz').scrollIntoViewIfNeeded()
    for (const name of [
      'Photo contests',
      'Pictures and media',
      'Map',
      'Timeline',
      'Related topics',
      'Visualizations',
    ]) {
      await expect(
        page.getByRole('button', { name: `Embed “${name}” on another website` }),
      ).toHaveCount(1)
    }
    await page.goto('/Q215346?lang=fi&uilang=en')
    await expect(
      page.getByRole('button', { name: 'Embed “Texts” on another website' }),
    ).toHaveCount(1)
  })
})

test.describe('embed.js on another site', () => {
  // Another origin on this machine: the same server under another name. The host page is written
  // into a page of that origin (Chromium keeps pages of unknown address from loading local scripts).
  const hostOf = (page: Page) => `${kooste(page).replace('127.0.0.1', 'localhost')}/config.json`

  async function hostPage(page: Page, body: string) {
    const origin = kooste(page)
    await page.goto(hostOf(page))
    await page.setContent(`<!doctype html><html lang="en"><head><title>A host page</title></head>
      <body><main><h1>A host page</h1>${body}</main>
      <script async src="${origin}/embed.js"></script></body></html>`)
  }

  async function frameOf(page: Page, index: number): Promise<Frame> {
    const element = page.locator('[data-kooste] iframe').nth(index)
    await element.scrollIntoViewIfNeeded()
    const frame = await (await element.elementHandle())!.contentFrame()
    return frame!
  }

  test('serves a small, unhashed loader', async ({ page, request }) => {
    await page.goto('/config.json')
    const response = await request.get(`${kooste(page)}/embed.js`)
    expect(response.ok()).toBe(true)
    expect(response.headers()['content-type']).toMatch(/javascript/)
    expect((await response.body()).length).toBeLessThan(6000)
  })

  test('embeds every view, each frame fitted to its content', async ({ page }) => {
    test.setTimeout(120_000)
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+02:00'))
    await page.goto('/config.json')
    const views = [
      [`${verla}/campaigns`, '.kst-campaign-banner'],
      ['Q215346/wikisource', 'section.kst-wikisource'],
      [`${verla}/gallery`, '.kst-gallery-grid'],
      [`${verla}/map`, '.leaflet-container'],
      [`${verla}/timeline`, '.kst-timeline-chart__svg'],
      [`${verla}/relations`, '[data-panel="parts"]'],
      [`${verla}/visualizations`, 'section.kst-viz h2'],
    ] as const
    await hostPage(
      page,
      views
        .map(
          ([target]) =>
            `<div data-kooste="${target}" data-kooste-uilang="en" data-kooste-lang="en"></div>`,
        )
        .join('\n'),
    )
    const frames = page.locator('[data-kooste] iframe')
    await expect(frames).toHaveCount(views.length)
    for (const [index, [target, selector]] of views.entries()) {
      const frame = await frameOf(page, index)
      await expect(frame.locator('.kst-embed__problem'), target).toHaveCount(0)
      await expect(frame.locator(selector).first(), target).toBeVisible({ timeout: 20_000 })
      await expect
        .poll(
          async () => {
            const content = await frame.locator('main.kst-embed').boundingBox()
            const outer = await frames.nth(index).boundingBox()
            return Math.abs((content?.height ?? 0) - (outer?.height ?? 0))
          },
          { timeout: 20_000, message: target },
        )
        .toBeLessThanOrEqual(2)
    }
    expect(await seriousViolations(page)).toEqual([])
  })

  test('a chart’s frame downloads its data; the other frames may not download', async ({
    page,
  }) => {
    await page.goto('/config.json')
    await hostPage(
      page,
      `<div data-kooste="Q204382/visualizations" data-kooste-lang="en" data-kooste-uilang="en"
         data-kooste-query="viz=heritage-designations&amp;vizview=table"></div>
       <div data-kooste="${verla}/timeline" data-kooste-lang="en" data-kooste-uilang="en"></div>`,
    )
    const frames = page.locator('[data-kooste] iframe')
    await expect(frames.nth(0)).toHaveAttribute('sandbox', /(^| )allow-downloads( |$)/)
    await expect(frames.nth(1)).not.toHaveAttribute('sandbox', /allow-downloads/)
    const chart = await frameOf(page, 0)
    const downloading = page.waitForEvent('download')
    await chart.getByRole('button', { name: 'Download CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('Kouvola-Heritage-designations.csv')
    expect(await readFile((await download.path())!, 'utf8')).toContain('World Heritage Site,1,')
  })

  test('makes a query embed’s frame from a `query` placeholder, fitted to its table', async ({
    page,
  }) => {
    await page.goto('/config.json')
    const sparql =
      'SELECT ?item ?coord WHERE { ?item <http://www.wikidata.org/prop/direct/P625> ?coord } ' +
      'ORDER BY ?item LIMIT 5'
    const params = new URLSearchParams({ view: 'table', title: 'Places', sparql }).toString()
    await hostPage(
      page,
      `<div data-kooste="query" data-kooste-lang="en" data-kooste-uilang="en"
         data-kooste-height="150" data-kooste-query="${params.replace(/&/g, '&amp;')}"></div>`,
    )
    const frame = await frameOf(page, 0)
    const table = frame.getByRole('region', { name: 'Places' }).getByRole('table')
    await expect(table.getByRole('columnheader')).toHaveText(['item', 'coord'])
    await expect(table.getByRole('row')).toHaveCount(6)
    const outer = page.locator('[data-kooste] iframe')
    await expect
      .poll(async () => {
        const content = await frame.locator('main').first().boundingBox()
        return Math.abs((content?.height ?? 0) - ((await outer.boundingBox())?.height ?? 0))
      })
      .toBeLessThanOrEqual(2)
  })

  test('makes lazy frames that fit their content, and opens links in a new tab', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000)
    await page.goto('/config.json')
    const origin = kooste(page)
    await hostPage(
      page,
      `<div data-kooste="${verla}/timeline" data-kooste-lang="en" data-kooste-uilang="en" data-kooste-height="150"></div>
       <div data-kooste="${verla}/relations" data-kooste-lang="en" data-kooste-uilang="en" data-kooste-height="150"></div>
       <div data-kooste="${verla}/map" data-kooste-lang="en" data-kooste-uilang="en" data-kooste-theme="dark"></div>`,
    )
    const frames = page.locator('[data-kooste] iframe')
    await expect(frames).toHaveCount(3)
    await expect(frames.first()).toHaveAttribute('loading', 'lazy')
    await expect(frames.first()).toHaveAttribute(
      'src',
      `${origin}/embed/${verla}/timeline?lang=en&uilang=en`,
    )

    const drawn = ['.kst-timeline-chart__svg', '[data-panel="parts"]', '.leaflet-container']
    for (const [index, selector] of drawn.entries()) {
      const frame = await frameOf(page, index)
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Verla')
      await expect(frame.locator(selector)).toBeVisible({ timeout: 20_000 })
      // The frame's height follows its content.
      await expect
        .poll(
          async () => {
            const content = await frame.locator('main.kst-embed').boundingBox()
            const outer = await frames.nth(index).boundingBox()
            return Math.abs((content?.height ?? 0) - (outer?.height ?? 0))
          },
          { timeout: 20_000 },
        )
        .toBeLessThanOrEqual(2)
      expect((await frames.nth(index).boundingBox())!.height).toBeGreaterThan(150)
    }

    // A topic linked from inside a frame opens in a new tab; the host hears about it.
    await page.evaluate(() => {
      document.addEventListener('kooste:navigate', (event) => {
        document.body.dataset.navigated = (event as CustomEvent<{ url: string }>).detail.url
      })
    })
    const relations = await frameOf(page, 1)
    const link = relations.locator('[data-panel="parts"] a[href^="/Q"]').first()
    const href = await link.getAttribute('href')
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()])
    await expect(tab).toHaveURL(`${origin}${href}`)
    await expect(tab.getByRole('banner')).toBeVisible()
    await expect(page.locator('body')).toHaveAttribute('data-navigated', `${origin}${href}`)
    expect(page.url()).toBe(hostOf(page))

    expect(await seriousViolations(page)).toEqual([])

    // "Open in Kooste" takes the host page's window to the topic.
    const timeline = await frameOf(page, 0)
    await timeline.getByRole('link', { name: 'Open “Verla” in Kooste' }).click()
    await expect(page).toHaveURL(`${origin}/${verla}?lang=en&uilang=en`)
  })
})
