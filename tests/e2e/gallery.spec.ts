import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from './axe'

const verla = '/Q217447'
const sauna = '/Q999990106'

const gallery = (page: Page) => page.locator('section.kst-gallery')
const thumbnails = (page: Page) => gallery(page).locator('.kst-gallery-item__link')
const viewer = (page: Page) => page.getByRole('dialog')

test.describe('media gallery', () => {
  test('shows the files with their credit and filters them through the URL', async ({ page }) => {
    await page.goto(`${sauna}?lang=en&uilang=en`)
    await expect(gallery(page).getByRole('heading', { name: 'Pictures and media' })).toBeVisible()
    await expect(thumbnails(page)).toHaveCount(3)
    const first = gallery(page).locator('.kst-gallery-item').first()
    await expect(first.locator('img')).toHaveAttribute('src', /\/thumb\/.*330px-/)
    await expect(first.getByRole('link', { name: 'via Wikimedia Commons' })).toHaveAttribute(
      'href',
      /^https:\/\/commons\.wikimedia\.org\/wiki\/File:/,
    )
    await expect(first.locator('a[rel~="license"]')).toHaveText(/CC|Public domain/)

    await gallery(page)
      .getByRole('combobox', { name: 'Media type' })
      .selectOption({ label: 'Video (1)' })
    await expect(page).toHaveURL(/gtype=video/)
    await expect(thumbnails(page)).toHaveCount(1)
    await expect(gallery(page)).toContainText('1 of 3 files match the filters.')
    await expect(gallery(page).locator('.kst-gallery-item__type')).toHaveText('Video')

    // The filtered address, opened afresh, shows the same.
    await page.goto(page.url())
    await expect(thumbnails(page)).toHaveCount(1)
    await gallery(page).getByRole('button', { name: 'Clear filters' }).click()
    await expect(thumbnails(page)).toHaveCount(3)
    await expect(page).not.toHaveURL(/gtype=/)
  })

  test('opens the viewer, moves with the keyboard, deep-links, and Escape returns focus', async ({
    page,
  }) => {
    await page.goto(`${verla}?lang=en&uilang=en`)
    const firstLink = thumbnails(page).first()
    await firstLink.focus()
    await page.keyboard.press('Enter')
    await expect(viewer(page)).toBeVisible()
    await expect(viewer(page)).toHaveAttribute('aria-modal', 'true')
    await expect(viewer(page).getByRole('heading')).toHaveText('Verla board mill and dam, Kouvola')
    await expect(viewer(page)).toContainText('1 / 50')
    await expect(viewer(page)).toContainText('The red-brick board mill of Verla')
    await expect(viewer(page).getByRole('link', { name: 'Verla', exact: true })).toHaveAttribute(
      'href',
      /^\/Q217447/,
    )
    await expect(viewer(page).getByRole('link', { name: /^61°3′/ })).toHaveAttribute(
      'href',
      /openstreetmap\.org\/\?mlat=61\.06220/,
    )
    await expect(page).toHaveURL(/file=File:Verla_board_mill_and_dam,_Kouvola\.jpg/)

    await page.keyboard.press('ArrowRight')
    await expect(viewer(page)).toContainText('2 / 50')
    await expect(page).toHaveURL(/file=File:Verla_drying_loft\.jpg/)
    await expect(viewer(page).getByRole('heading')).toHaveText('Verla drying loft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
    await expect(viewer(page)).toContainText('2 / 50')

    // Tab stays in the dialog.
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab')
    expect(await viewer(page).evaluate((d) => d.contains(document.activeElement))).toBe(true)

    // The address reopens the same file.
    const deepLink = page.url()
    await page.keyboard.press('Escape')
    await expect(viewer(page)).toBeHidden()
    await expect(page).not.toHaveURL(/file=/)
    const focused = page.locator(':focus')
    await expect(focused).toHaveAttribute('href', /file=File:Verla_drying_loft\.jpg/)
    await expect(focused).toHaveClass(/kst-gallery-item__link/)

    await page.goto(deepLink)
    await expect(viewer(page).getByRole('heading')).toHaveText('Verla drying loft')
    await expect(viewer(page)).toContainText('Board drying loft at Verla.')
    await viewer(page).getByRole('button', { name: 'Close' }).click()
    await expect(viewer(page)).toBeHidden()
  })

  test('zooms a picture and copies its attribution line', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`${verla}?lang=en&uilang=en&file=File:Verla_drying_loft.jpg`)
    const img = viewer(page).locator('.kst-gallery-media__img')
    await expect(img).toHaveAttribute('src', /1280px-/)
    await viewer(page).getByRole('button', { name: 'Zoom in' }).click()
    await expect(img).toHaveAttribute('style', /scale\(1\.5\)/)
    await viewer(page).getByRole('button', { name: 'Fit to screen' }).click()
    await expect(img).toHaveAttribute('style', /scale\(1\)/)
    await viewer(page).getByRole('button', { name: 'Reuse' }).click()
    await expect(viewer(page).getByRole('button', { name: 'Copied' })).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(
      '“Verla drying loft” by DemoUploader, https://commons.wikimedia.org/wiki/File:Verla_drying_loft.jpg, CC0 (http://creativecommons.org/publicdomain/zero/1.0/deed.en)',
    )
  })

  test('filters by a range of years, kept in the URL and worked with the keyboard', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    await page.goto(`${verla}?lang=en&uilang=en`)
    const status = gallery(page).locator('.kst-gallery-status__count')
    // The double builds its stores on the first requests of a run: the first wave may be slow.
    await expect(status).toHaveText('50 files. More can be loaded.', { timeout: 30_000 })
    const from = gallery(page).getByRole('combobox', { name: 'From year' })
    const to = gallery(page).getByRole('combobox', { name: 'To year' })
    await from.selectOption({ label: '1900 (2)' })
    await expect(page).toHaveURL(/gyear=1900-(&|$)/)
    // The "to" menu offers only years from 1900 on; choose 1920 with the keyboard.
    await expect(to.getByRole('option', { name: '1896 (1)' })).toHaveCount(0)
    await expect(to.getByRole('option', { name: '1900 (2)' })).toHaveCount(1)
    await to.focus()
    // Any year, 1900, 1904, 1906, 1910, 1914, 1918, 1920: seven steps down from "Any year".
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown')
    await expect(to).toHaveValue('1920')
    await expect(page).toHaveURL(/gyear=1900-1920/)
    // 1900 (2), 1904, 1906, 1910, 1914, 1918, 1920: eight files.
    await expect(thumbnails(page)).toHaveCount(8)
    await expect(gallery(page)).toContainText('8 of 50 files match the filters.')
    await expect(from.locator('option:checked')).toHaveText('1900 (2)')
    await expect(to.locator('option:checked')).toHaveText('1920 (1)')

    // The address alone gives the same range; an open end and a reversed range work too.
    await page.goto(`${verla}?lang=en&uilang=en&gyear=1920-1900`)
    await expect(thumbnails(page)).toHaveCount(8)
    await page.goto(`${verla}?lang=en&uilang=en&gyear=-1892`)
    await expect(thumbnails(page)).toHaveCount(3)
    await expect(from.locator('option:checked')).toHaveText('Any year')
    await gallery(page).getByRole('button', { name: 'Clear filters' }).click()
    await expect(page).not.toHaveURL(/gyear=/)
    await expect(status).toHaveText('50 files. More can be loaded.')
  })

  test('plays video, shows documents, and says when a linked file is missing', async ({ page }) => {
    test.setTimeout(60_000)
    await page.goto(`${sauna}?lang=en&uilang=en&file=File:Throwing_löyly_on_sauna_stones.webm`)
    // Commons' transcodes (prop=videoinfo) fitted to the 1280×720 window: VP9 WebM, then H.264
    // MP4, the original last.
    const sources = viewer(page).locator('video source')
    // The first request of a run may wait for the double to build its stores.
    await expect(sources).toHaveCount(3, { timeout: 30_000 })
    await expect(sources.nth(0)).toHaveAttribute('src', /\/transcoded\/.*\.webm\.720p\.vp9\.webm$/)
    await expect(sources.nth(0)).toHaveAttribute('type', 'video/webm; codecs="vp9, opus"')
    await expect(sources.nth(1)).toHaveAttribute('src', /\.webm\.720p\.mp4$/)
    await expect(sources.nth(2)).toHaveAttribute(
      'src',
      /\/Throwing_l%C3%B6yly_on_sauna_stones\.webm$/,
    )
    await expect(sources.nth(2)).toHaveAttribute('type', 'video/webm')
    // Its TimedText subtitles in WebVTT, the reader's language shown by default.
    const tracks = viewer(page).locator('video track')
    await expect(tracks).toHaveCount(2)
    expect(
      await tracks.evaluateAll((list) =>
        list.map((t) => [
          t.getAttribute('srclang'),
          t.getAttribute('label'),
          t.hasAttribute('default'),
        ]),
      ),
    ).toEqual([
      ['en', 'English (en)', true],
      ['fi', 'suomi (fi)', false],
    ])
    await expect(viewer(page).locator('video')).toHaveAttribute('crossorigin', 'anonymous')
    const vtt = await page.request.get((await tracks.first().getAttribute('src')) ?? '')
    expect(await vtt.text()).toBe(
      'WEBVTT\n\n00:00.000 --> 00:04.000\n[Water hisses on the hot stones]\n',
    )
    await page.goto(
      '/Q999990108?lang=en&uilang=en&file=File:Luohti_sung_at_a_lakeside,_sound_recording.oga',
    )
    const sound = viewer(page).locator('audio source')
    await expect(sound).toHaveCount(3)
    expect(await sound.evaluateAll((list) => list.map((s) => s.getAttribute('type')))).toEqual([
      'audio/ogg; codecs="opus"',
      'audio/mpeg',
      'audio/ogg',
    ])
    await page.goto('/Q999990104?lang=en&uilang=en&file=File:Kalevala_1835_first_edition.djvu')
    await expect(viewer(page).getByRole('img', { name: /First page of/ })).toBeVisible()
    await expect(
      viewer(page).getByRole('link', { name: 'Open the whole document on Wikimedia Commons' }),
    ).toBeVisible()
    await page.goto(`${verla}?lang=en&uilang=en&file=File:Not_on_Commons.jpg`)
    await expect(viewer(page)).toContainText('Not on Commons.jpg is not on Wikimedia Commons', {
      timeout: 30_000,
    })
  })

  test('moves to the next and previous file with a swipe on a touch screen', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
    })
    const page = await context.newPage()
    await page.goto(`${verla}?lang=en&uilang=en&file=File:Verla_drying_loft.jpg`)
    await expect(viewer(page).getByRole('heading')).toHaveText('Verla drying loft')
    await expect(viewer(page)).toContainText('2 / 50')
    const stage = viewer(page).locator('.kst-gallery-media__stage')
    await expect(stage).toBeVisible()
    const box = (await stage.boundingBox())!
    const y = box.y + box.height / 2
    // A real touch sequence through the DevTools protocol: Chromium turns it into the pointer
    // events the viewer listens to (pointerdown, pointermove, pointerup on the stage).
    const cdp = await context.newCDPSession(page)
    async function swipe(fromX: number, toX: number) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: fromX, y }],
      })
      for (let i = 1; i <= 5; i++) {
        const x = fromX + ((toX - fromX) * i) / 5
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] })
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    const left = box.x + box.width * 0.15
    const right = box.x + box.width * 0.85
    await swipe(right, left)
    await expect(viewer(page)).toContainText('3 / 50')
    await expect(page).not.toHaveURL(/Verla_drying_loft/)
    await swipe(left, right)
    await expect(viewer(page)).toContainText('2 / 50')
    await expect(page).toHaveURL(/file=File:Verla_drying_loft\.jpg/)
    // A short or vertical move is not a swipe.
    await swipe(box.x + box.width / 2, box.x + box.width / 2 + 10)
    await expect(viewer(page)).toContainText('2 / 50')
    await page.screenshot({ path: test.info().outputPath('viewer-phone.png') })

    // Right to left, the next file is the one to the left: a swipe to the right brings it.
    await page.goto(`${verla}?lang=ar&uilang=ar&file=File:Verla_drying_loft.jpg`)
    await expect(viewer(page)).toContainText('2 / 50')
    await expect(stage).toBeVisible()
    await swipe(left, right)
    await expect(viewer(page)).toContainText('3 / 50')
    await context.close()
  })

  test('lets a reader upload when a topic has no files: the running contest, or Commons', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+02:00'))
    // Verla workers' housing: an RKY site (P4009) without a photo, in the November demo contest.
    await page.goto('/Q999990203?lang=en&uilang=en')
    await expect(gallery(page)).toContainText(
      'Wikimedia Commons has no files about this topic yet.',
    )
    await expect(gallery(page)).toContainText(
      'Photograph it and take part in the photo contest: Demo contest: built heritage of Finland, November 2026',
    )
    const contest = gallery(page).getByRole('link', { name: /Upload your photo/ })
    await expect(contest).toHaveAttribute('target', '_blank')
    const url = new URL((await contest.getAttribute('href')) ?? '')
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://commons.wikimedia.org/wiki/Special:UploadWizard',
    )
    expect([...url.searchParams]).toEqual([
      ['campaign', 'wlm-fi'],
      ['fields[]', '1277'],
      ['uselang', 'en'],
      ['descriptionlang', 'en'],
      ['description', "Verla workers' housing (Wikidata item Q999990203)"],
      ['captionlang', 'en'],
      ['caption', "Verla workers' housing (Wikidata item Q999990203)"],
      ['lat', '61.0609'],
      ['lon', '26.6425'],
      ['categories', 'Kooste demo uploads 2026 in Finland'],
    ])
    await gallery(page).screenshot({ path: test.info().outputPath('empty-contest.png') })

    // Verlankoski: no heritage, no contest: a plain upload link, and no contest data asked for.
    requests.length = 0
    await page.goto('/Q999990205?lang=fi&uilang=fi')
    const plain = gallery(page).getByRole('link', { name: /Lataa Wikimedia Commonsiin/ })
    await expect(gallery(page)).toContainText('Wikimedia Commonsissa ei ole vielä tiedostoja')
    const href = new URL((await plain.getAttribute('href')) ?? '')
    expect([...href.searchParams]).toEqual([
      ['uselang', 'fi'],
      ['descriptionlang', 'fi'],
      ['description', 'Verlankoski (Wikidata-kohde Q999990205)'],
      ['captionlang', 'fi'],
      ['caption', 'Verlankoski (Wikidata-kohde Q999990205)'],
      ['lat', '61.0626'],
      ['lon', '26.6408'],
    ])
    expect(
      requests.filter((u) => /registry\.json|allcampaigns|Kooste%2Fcampaigns/.test(u)),
    ).toEqual([])
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the empty gallery on a phone and right to left', async ({ browser }) => {
    test.setTimeout(90_000)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+02:00'))
    await page.goto('/Q999990203?lang=ar&uilang=ar')
    const link = gallery(page).locator('.kst-gallery-upload__link')
    await expect(link).toBeVisible()
    const [section, button] = [await gallery(page).boundingBox(), await link.boundingBox()]
    // Inside the section, starting from the right edge.
    expect(button!.x + button!.width).toBeLessThanOrEqual(section!.x + section!.width + 1)
    expect(section!.x + section!.width - (button!.x + button!.width)).toBeLessThan(20)
    await gallery(page).screenshot({ path: test.info().outputPath('empty-rtl-phone.png') })
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  test('has no serious or critical accessibility violations with the viewer open', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    // The demo world runs a contest for Verla in November 2026: its banner is behind the viewer,
    // and the page behind a modal must be out of reach (inert), not merely dimmed.
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+02:00'))
    await page.goto(`${verla}?lang=en&uilang=en&file=File:Verla_board_mill_and_dam,_Kouvola.jpg`)
    await expect(viewer(page).locator('.kst-gallery-location__tile').first()).toBeVisible()
    await expect(page.locator('.kst-campaign-banner')).toHaveCount(1)
    expect(await seriousViolations(page)).toEqual([])
  })

  test('lays out and moves right to left', async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto(`${verla}?lang=ar&uilang=ar`)
    await thumbnails(page).first().click()
    await expect(viewer(page)).toContainText('1 / 50')
    const previous = viewer(page).locator('.kst-gallery-viewer__nav--previous')
    const next = viewer(page).locator('.kst-gallery-viewer__nav--next')
    const [p, n] = [await previous.boundingBox(), await next.boundingBox()]
    expect(p!.x).toBeGreaterThan(n!.x)
    await page.keyboard.press('ArrowLeft')
    await expect(viewer(page)).toContainText('2 / 50')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('keeps at most 300 images in the page with 2,000 files loaded', async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto(`${verla}?lang=en&uilang=en`)
    const grid = gallery(page).locator('.kst-gallery-grid')
    await expect(thumbnails(page).first()).toBeVisible()
    const status = gallery(page).locator('.kst-gallery-status__count')
    // Continuous loading: scrolling the panel to its end brings the next page.
    const first = (await status.textContent()) ?? ''
    await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await expect(status).not.toHaveText(first)
    // Then "Load more" until the end, in the page so that each page is asked for as soon as the
    // one before has come (the panel stays put: the double's SVG placeholders are slow to draw).
    await grid.evaluate(async (el) => {
      el.scrollTo({ top: 0 })
      const count = () => document.querySelector('.kst-gallery-status__count')?.textContent ?? ''
      for (let i = 0; i < 100 && /More can be loaded/.test(count()); i++) {
        const before = count()
        const changed = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (count() === before) return
            observer.disconnect()
            resolve()
          })
          observer.observe(document.querySelector('.kst-gallery-status')!, {
            subtree: true,
            childList: true,
            characterData: true,
          })
        })
        document.querySelector<HTMLButtonElement>('.kst-gallery-status button')?.click()
        await changed
      }
    })
    await expect(status).not.toContainText('More can be loaded')
    const total = Number(
      /([\d,]+) files\./.exec((await status.textContent()) ?? '')?.[1]?.replace(/,/g, ''),
    )
    expect(total).toBeGreaterThanOrEqual(2000)
    for (const top of [0, 50_000, 200_000]) {
      await grid.evaluate((el, y) => el.scrollTo({ top: y }), top)
      await page.waitForTimeout(100)
      const images = await page.locator('img').count()
      expect(images).toBeLessThanOrEqual(300)
      expect(await gallery(page).locator('img').count()).toBeGreaterThan(0)
    }
    // Chromium's (coarse) figure for the page's JavaScript heap.
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    )
    expect(heap).toBeLessThan(150 * 1024 * 1024)
  })
})
