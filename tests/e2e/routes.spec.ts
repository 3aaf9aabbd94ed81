import { expect, test } from '@playwright/test'

test.describe('addresses', () => {
  test('a Wikipedia title leads to its topic and the URL becomes the item id', async ({ page }) => {
    await page.goto('/wiki/fi/Kouvola?uilang=en')
    await expect(page).toHaveURL(/\/Q204382\?/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kouvola')
  })

  test('a Wikipedia redirect title leads to the topic of the page it redirects to', async ({
    page,
  }) => {
    await page.goto('/wiki/fi/Verla?uilang=en')
    await expect(page).toHaveURL(/\/Q217447\?/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla')
  })

  test('a Wikipedia title with no item says so', async ({ page }) => {
    await page.goto('/wiki/fi/Ei_ole_olemassa?uilang=en')
    await expect(page.getByText('is not connected to a Wikidata item')).toBeVisible()
  })

  for (const [path, text] of [
    ['/Q0', 'is not a Wikidata id'],
    ['/Qabc', 'is not a Wikidata id'],
    ['/Q999999999', 'Wikidata has no item Q999999999'],
    ['/L7', 'Kooste shows items and properties'],
    ['/some/unknown/page', 'There is no page at /some/unknown/page'],
  ] as const) {
    test(`${path} gets a clear page`, async ({ page }) => {
      await page.goto(`${path}?uilang=en`)
      await expect(page.getByText(text)).toBeVisible()
      await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible()
    })
  }

  test('a property is shown as a property', async ({ page }) => {
    await page.goto('/P31?uilang=en&lang=en')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('instance of')
    await expect(page.getByText('a Wikidata property of type wikibase-item')).toBeVisible()
  })

  test('a redirected item lands on its target', async ({ page }) => {
    await page.goto('/Q999999002?uilang=en')
    await expect(page).toHaveURL(/\/Q217447/)
  })

  test('hostile text in labels stays text', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto('/Q999999001?uilang=en&lang=en')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>')
    await expect(page.locator('h1 script, h1 img')).toHaveCount(0)
    expect(dialogs).toEqual([])
  })
})
