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

    await gallery(page).getByRole('combobox', { name: 'Media type' }).click()
    await page.getByRole('option', { name: 'Video (1)' }).click()
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

  test('plays video, shows documents, and says when a linked file is missing', async ({ page }) => {
    await page.goto(`${sauna}?lang=en&uilang=en&file=File:Throwing_löyly_on_sauna_stones.webm`)
    await expect(viewer(page).locator('video source')).toHaveAttribute('type', 'video/webm')
    await page.goto('/Q999990104?lang=en&uilang=en&file=File:Kalevala_1835_first_edition.djvu')
    await expect(viewer(page).getByRole('img', { name: /First page of/ })).toBeVisible()
    await expect(
      viewer(page).getByRole('link', { name: 'Open the whole document on Wikimedia Commons' }),
    ).toBeVisible()
    await page.goto(`${verla}?lang=en&uilang=en&file=File:Not_on_Commons.jpg`)
    await expect(viewer(page)).toContainText('Not on Commons.jpg is not on Wikimedia Commons')
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
