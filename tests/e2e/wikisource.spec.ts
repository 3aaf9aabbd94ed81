import { expect, test } from '@playwright/test'
import { seriousViolations } from './axe'

const agricola = '/Q215346'
const abckiria = '/Q999990109'
const kalevala = '/Q999990104'
const lonnrot = '/Q999990105'

test.describe('Wikisource texts', () => {
  test('an author shows his texts, and one opens in the page without its header', async ({
    page,
  }) => {
    await page.goto(`${agricola}?lang=fi&uilang=en`)
    const section = page.locator('section.kst-wikisource')
    await expect(section.getByRole('heading', { name: 'Texts', exact: true })).toBeVisible()
    await expect(section.getByRole('heading', { name: 'Author page on Wikisource' })).toBeVisible()
    await expect(section.getByRole('link', { name: 'Tekijä:Mikael Agricola' })).toBeVisible()
    const byHim = section.getByRole('region', { name: 'Texts by this author' })
    await expect(byHim.getByRole('listitem')).toHaveCount(1)
    await expect(byHim.getByRole('listitem')).toContainText('1543')
    await expect(byHim.getByRole('listitem')).toContainText('suomi')

    await byHim.getByRole('link', { name: 'Abckiria' }).click()
    await expect(page).toHaveURL(/[?&]text=fi:Abckiria/)
    const reader = page.getByRole('region', { name: 'Abckiria' })
    await expect(reader.getByRole('heading', { name: 'Abckiria' })).toBeFocused()
    const body = reader.locator('.kst-wikisource-reader__text')
    await expect(body).toContainText('Oppe nyt wanha / ia noori /')
    await expect(body).toContainText('nin Jesus sinun Armons laina.')
    await expect(body).toHaveAttribute('lang', 'fi')
    await expect(body).toHaveAttribute('dir', 'ltr')
    // The header template (title, author, year, back link) and the footer navigation are gone.
    await expect(body).not.toContainText('Kirjoittanut')
    await expect(body).not.toContainText('← Mikael Agricola')
    await expect(body.locator('script')).toHaveCount(0)

    await expect(reader.getByRole('link', { name: 'Open on Wikisource' })).toHaveAttribute(
      'href',
      'https://fi.wikisource.org/wiki/Abckiria',
    )
    await expect(reader.getByRole('link', { name: 'Download as EPUB' })).toHaveAttribute(
      'href',
      'https://ws-export.wmcloud.org/?lang=fi&page=Abckiria&format=epub',
    )
    await expect(reader.getByRole('link', { name: 'Download as PDF' })).toHaveAttribute(
      'href',
      'https://ws-export.wmcloud.org/?lang=fi&page=Abckiria&format=pdf',
    )

    await reader.getByRole('button', { name: 'Close' }).click()
    await expect(page).not.toHaveURL(/text=/)
    await expect(page.locator('.kst-wikisource-reader')).toHaveCount(0)
  })

  test('a topic described by an encyclopedia article on Wikisource lists it, and it opens in the reader', async ({
    page,
  }) => {
    await page.goto(`${lonnrot}?lang=en&uilang=en`)
    const section = page.locator('section.kst-wikisource')
    const about = section.getByRole('region', { name: 'Texts about this topic' })
    const article = about.getByRole('listitem').filter({ hasText: 'Lönnrot, Elias' })
    await expect(article).toHaveCount(1)
    await expect(article).toContainText('in Nordisk familjebok (second edition)')
    await expect(article).toContainText('1912')
    await expect(article).toContainText('svenska')

    await article.getByRole('link', { name: 'Lönnrot, Elias' }).click()
    await expect(page).toHaveURL(/[?&]text=sv:Nordisk(_|%20| )familjebok/)
    const reader = page.getByRole('region', { name: 'Lönnrot, Elias' })
    await expect(reader.getByRole('heading', { name: 'Lönnrot, Elias' })).toBeFocused()
    const body = reader.locator('.kst-wikisource-reader__text')
    await expect(body).toContainText('finsk språkforskare och folkdiktsamlare')
    await expect(body).toHaveAttribute('lang', 'sv')
    // The header template and the footer navigation are gone; the footnote stays.
    await expect(body).not.toContainText('andra upplagan (1912)')
    await expect(body).not.toContainText('← Nordisk familjebok')
    await expect(body).toContainText('Om Kalevala se särskild artikel.')
    await expect(reader.getByRole('link', { name: 'Open on Wikisource' })).toHaveAttribute(
      'href',
      'https://sv.wikisource.org/wiki/Nordisk_familjebok/L%C3%B6nnrot,_Elias',
    )
    expect(await seriousViolations(page, ['.kst-wikisource'])).toEqual([])
  })

  test('the author page opens in the reader, its works linking on in the reader', async ({
    page,
  }) => {
    await page.goto(`${agricola}?lang=fi&uilang=en`)
    await page.getByRole('link', { name: 'Tekijä:Mikael Agricola' }).click()
    const body = page.locator('.kst-wikisource-reader__text')
    await expect(body).toContainText('Rucouskiria (1544)')
    // An author page is a list of works, not a book to download.
    await expect(page.getByRole('link', { name: 'Download as EPUB' })).toHaveCount(0)
    // A red link (no page yet) is text, not a link to an edit form.
    await expect(body.getByRole('link', { name: 'Rucouskiria' })).toHaveCount(0)
    await body.getByRole('link', { name: 'Abckiria' }).click()
    await expect(page).toHaveURL(/text=fi:Abckiria/)
    await expect(body).toContainText('Oppe nyt wanha')
  })

  test('a work on Wikisource offers its text first, before the facts', async ({ page }) => {
    await page.goto(`${abckiria}?lang=en&uilang=en`)
    const reader = page.locator('.kst-wikisource-reader')
    await expect(reader.locator('.kst-wikisource-reader__text')).toContainText('Oppe nyt wanha')
    await expect(page.getByRole('heading', { name: 'Facts', exact: true })).toBeVisible()
    const order = await page
      .locator('h2')
      .evaluateAll((headings) => headings.map((h) => h.textContent?.trim()))
    expect(order.indexOf('Texts')).toBeGreaterThan(-1)
    expect(order.indexOf('Texts')).toBeLessThan(order.indexOf('Facts'))
    await expect(reader.getByRole('button', { name: 'Close' })).toHaveCount(0)
  })

  test('a sitelink to a Wikisource page that does not exist says so', async ({ page }) => {
    await page.goto(`${kalevala}?lang=fi&uilang=en`)
    const reader = page.locator('.kst-wikisource-reader')
    await expect(reader).toContainText('Wikisource has no page “Kalevala”')
    await expect(reader.getByRole('button', { name: 'Retry' })).toHaveCount(0)
    await expect(reader.getByRole('link', { name: 'Download as EPUB' })).toHaveCount(0)
  })

  test('a shared link to a page that does not exist says so too', async ({ page }) => {
    await page.goto(`${agricola}?lang=fi&uilang=en&text=fi:Rucouskiria`)
    await expect(page.locator('.kst-wikisource-reader')).toContainText(
      'Wikisource has no page “Rucouskiria”',
    )
  })

  test('speaks Finnish, calling Wikisource Wikiaineisto', async ({ page }) => {
    await page.goto(`${agricola}?lang=fi&uilang=fi&text=fi:Abckiria`)
    const section = page.locator('section.kst-wikisource')
    await expect(section.getByRole('heading', { name: 'Tekstit', exact: true })).toBeVisible()
    await expect(section.getByRole('heading', { name: 'Tekijän tekstit' })).toBeVisible()
    await expect(section.getByRole('link', { name: 'Lataa EPUB-tiedostona' })).toBeVisible()
    await expect(section.getByText('Teksti on Wikiaineistosta.')).toBeVisible()
  })

  test('a topic without texts has no Texts section', async ({ page }) => {
    await page.goto('/Q217447?lang=en&uilang=en')
    await expect(page.getByRole('heading', { name: 'Facts', exact: true })).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { name: 'Texts', exact: true })).toHaveCount(0)
  })

  test('the section and its reader have no serious or critical accessibility violations', async ({
    page,
  }) => {
    await page.goto(`${agricola}?lang=fi&uilang=en&text=fi:Abckiria`)
    await expect(page.locator('.kst-wikisource-reader__text')).toContainText('Oppe nyt wanha')
    expect(await seriousViolations(page, ['.kst-wikisource'])).toEqual([])
  })
})
