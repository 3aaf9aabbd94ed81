import { expect, test } from '@playwright/test'

test.describe('search', () => {
  test('a keyboard-only reader finds a topic and opens it', async ({ page }) => {
    await page.goto('/?uilang=en')
    const search = page.getByRole('combobox', { name: 'Search topics' })
    await search.focus()
    await page.keyboard.type('Verla')
    const option = page.getByRole('option').filter({ hasText: 'Verla' }).first()
    await expect(option).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/Q217447/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Verla')
  })

  test('a click on a suggestion opens the topic without reloading the app', async ({ page }) => {
    await page.goto('/?uilang=en')
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
    await page.getByRole('combobox', { name: 'Search topics' }).fill('Kouvola')
    await page.getByRole('option').filter({ hasText: 'Kouvola' }).first().click()
    await expect(page).toHaveURL(/\/Q204382/)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
  })

  test('Enter without a choice lists every match', async ({ page }) => {
    await page.goto('/?uilang=en')
    const search = page.getByRole('combobox', { name: 'Search topics' })
    await search.fill('Kymen')
    await search.press('Enter')
    await expect(page).toHaveURL(/\/search\?.*q=Kymen/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kymen')
    await expect(page.getByRole('link', { name: /Kymenlaakso|Kymmenedalen/ }).first()).toBeVisible()
  })

  test('a search with no match says so', async ({ page }) => {
    await page.goto('/search?q=zzxxqqnothing&uilang=en')
    await expect(page.getByText('No topics found.')).toBeVisible()
  })
})
