import { expect, test } from '@playwright/test'

const verla = '/Q217447'

test.describe('topic page', () => {
  test('shows header, picture with credit, Wikipedia lead and labelled facts', async ({ page }) => {
    await page.goto(`${verla}?lang=en&uilang=en`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla')
    await expect(page.locator('.kst-topic-header img')).toHaveAttribute('src', /\/thumb\//)
    await expect(page.locator('.kst-topic-header figcaption')).toContainText(/CC|Public domain/)
    await expect(page.locator('.kst-article__lead')).not.toBeEmpty()
    await expect(page.getByRole('heading', { name: 'Facts', exact: true })).toBeVisible()
    await expect(page.locator('.kst-facts')).toContainText('World Heritage Site')
    await expect(page).toHaveTitle(/Verla.*Kooste/)
  })

  test('reads the whole article in the page, with internal links kept inside Kooste', async ({
    page,
  }) => {
    await page.goto(`${verla}?lang=en&uilang=en`)
    await page.getByRole('button', { name: 'Read more' }).click()
    const full = page.locator('.kst-article__full')
    await expect(full).toBeVisible()
    await expect(full.locator('script')).toHaveCount(0)
    const internal = full.locator('a[data-kooste-route]').first()
    await expect(internal).toHaveAttribute('href', /^\/wiki\/en\/.*uilang=en/)
    const external = full.locator('a[target="_blank"]').first()
    await expect(external).toHaveAttribute('rel', /noopener/)
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7))
    await internal.click()
    await expect(page).toHaveURL(/\/Q\d+\?.*uilang=en/)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7)
  })

  test('switches the content and interface languages through the URL', async ({ page }) => {
    await page.goto(`${verla}?lang=fi&uilang=fi`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla')
    await expect(page.getByRole('heading', { name: 'Tiedot', exact: true })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
    await expect(page.locator('.kst-article__body')).toHaveAttribute('lang', 'fi')
    await page.goto(`${verla}?lang=sv&uilang=sv`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
    await expect(page.locator('.kst-article__body')).toHaveAttribute('lang', /sv|fi|en/)
  })

  test('the content language menu shows the current language and takes a new one by keyboard', async ({
    page,
  }) => {
    await page.goto(`${verla}?lang=se&uilang=en`)
    const menu = page.getByRole('combobox', { name: 'Content language' })
    await expect(menu).toHaveValue('davvisámegiella')
    await menu.fill('suo')
    await expect(page.getByRole('option', { name: /suomi/ })).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/lang=fi/)
    await expect(menu).toHaveValue('suomi')
    await expect(page.locator('.kst-facts')).toContainText('maailmanperintökohde')
  })

  test('lays out a right-to-left language right to left', async ({ page }) => {
    await page.goto('/Q33?lang=ar&uilang=ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('article.kst-topic')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('h1 bdi[lang="ar"]')).toBeVisible()
  })

  test('a failed Wikipedia request fails only its section, and retry recovers', async ({
    page,
  }) => {
    let failing = true
    await page.route('**/_double/*.wikipedia.org/**', (route) =>
      failing ? route.fulfill({ status: 500, body: 'upstream down' }) : route.fallback(),
    )
    await page.goto(`${verla}?lang=en&uilang=en`)
    const error = page.locator('.kst-section__error')
    await expect(error).toContainText('Wikipedia answered with an error (500)')
    await expect(page.locator('.kst-facts')).toContainText('World Heritage Site')
    failing = false
    await error.getByRole('button', { name: 'Try again' }).click()
    await expect(page.locator('.kst-article__lead')).not.toBeEmpty()
  })

  test('works on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto(`${verla}?lang=en&uilang=en`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
