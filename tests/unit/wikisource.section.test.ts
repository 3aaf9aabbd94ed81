// The Texts section in the whole app over the double: where it appears, what it asks for, and
// what it shows for an author, a work, a missing page and a topic without texts.
import { describe, expect, it, vi } from 'vitest'
import { useDouble } from './double'
import { mountKooste } from './mount'

const double = useDouble()
const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const wait = { timeout: 10000 }

describe('the Texts section', () => {
  it("lists Mikael Agricola's author page and Abckiria from one query, and reads it on request", async () => {
    double().clearLog()
    const { element, router, unmount } = await mountKooste('/Q215346?lang=fi&uilang=en')
    await vi.waitFor(
      () => expect(text(element.querySelector('#kst-wikisource-by'))).toBe('Texts by this author'),
      wait,
    )
    const section = element.querySelector('.kst-wikisource')
    expect(text(section?.querySelector('h2'))).toBe('Texts')
    expect(text(section?.querySelector('.kst-wikisource-own'))).toContain('Tekijä:Mikael Agricola')
    const item = section?.querySelector('.kst-wikisource-text')
    expect(text(item)).toContain('Abckiria')
    expect(text(item)).toContain('1543')
    expect(text(item)).toContain('suomi')
    // The author is the topic: not repeated on his own texts.
    expect(text(item?.querySelector('.kst-wikisource-text__meta'))).not.toContain('Agricola')
    // Nothing is read until asked for.
    expect(section?.querySelector('.kst-wikisource-reader')).toBeNull()
    expect(double().log.filter((e) => e.upstream === 'wikisource')).toHaveLength(0)

    const link = item?.querySelector<HTMLAnchorElement>('a.kst-wikisource-text__title')
    expect(link?.getAttribute('href')).toBe('/Q215346?lang=fi&uilang=en&text=fi:Abckiria')
    link?.click()
    await vi.waitFor(() => expect(router.currentRoute.value.query.text).toBe('fi:Abckiria'), wait)
    await vi.waitFor(
      () =>
        expect(text(element.querySelector('.kst-wikisource-reader__text'))).toContain(
          'Oppe nyt wanha',
        ),
      wait,
    )
    const reader = element.querySelector('.kst-wikisource-reader__text')
    expect(text(reader)).not.toContain('Kirjoittanut')
    expect(reader?.getAttribute('lang')).toBe('fi')
    expect(double().log.filter((e) => e.upstream === 'wikisource')).toHaveLength(1)
    unmount()
  })

  it('reads a work first: its text opens right after the Wikipedia text', async () => {
    const { element, unmount } = await mountKooste('/Q999990109?lang=en&uilang=en')
    await vi.waitFor(
      () =>
        expect(text(element.querySelector('.kst-wikisource-reader__text'))).toContain(
          'Oppe nyt wanha',
        ),
      wait,
    )
    await vi.waitFor(() => expect(element.querySelector('.kst-facts')).not.toBeNull(), wait)
    const sections = [...element.querySelectorAll('.kst-topic section[aria-labelledby]')].map((s) =>
      s.getAttribute('aria-labelledby'),
    )
    expect(sections.indexOf('kst-wikisource-title')).toBeLessThan(
      sections.indexOf('kst-facts-title'),
    )
    expect(text(element.querySelector('#kst-wikisource-reader-title'))).toBe('Abckiria')
    // Its one page is open in the reader: no second link to it below.
    expect(element.querySelector('.kst-wikisource-own')).toBeNull()
    unmount()
  })

  it('says so when the work links to a Wikisource page that does not exist', async () => {
    const { element, unmount } = await mountKooste('/Q999990104?lang=fi&uilang=en')
    await vi.waitFor(
      () =>
        expect(text(element.querySelector('.kst-wikisource-reader'))).toContain(
          'Wikisource has no page “Kalevala”',
        ),
      wait,
    )
    expect(element.querySelector('.kst-wikisource-reader .kst-section__error')).toBeNull()
    unmount()
  })

  it.each([
    ['an API error', { kind: 'mwerror' as const }],
    ['a malformed answer', { kind: 'malformed' as const }],
    ['a server error', { kind: 'status' as const, status: 500 }],
  ])('shows %s from Wikisource in the reader, with a retry that works', async (_, fault) => {
    double().setFault('wikisource', fault)
    const { element, unmount } = await mountKooste('/Q999990109?lang=en&uilang=en')
    const error = () => element.querySelector('.kst-wikisource-reader .kst-section__error')
    await vi.waitFor(() => expect(error()).not.toBeNull(), wait)
    expect(text(error())).toContain('Wikisource')
    expect(element.querySelector('.kst-wikisource-reader__text')).toBeNull()
    double().setFault('wikisource', null)
    error()?.querySelector('button')?.click()
    await vi.waitFor(
      () =>
        expect(text(element.querySelector('.kst-wikisource-reader__text'))).toContain(
          'Oppe nyt wanha',
        ),
      wait,
    )
    unmount()
  })

  it('shows nothing on a topic without texts once the query has answered', async () => {
    double().clearLog()
    const { element, unmount } = await mountKooste('/Q217447?lang=en&uilang=en')
    await vi.waitFor(() => expect(element.querySelector('.kst-facts')).not.toBeNull(), wait)
    await vi.waitFor(() => {
      const queries = double().log.filter((e) => e.upstream === 'query')
      expect(queries.length).toBeGreaterThan(0)
      expect(queries.every((e) => e.status !== null)).toBe(true)
    }, wait)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(element.querySelector('.kst-wikisource')).toBeNull()
    unmount()
  })

  it('shows a failed query with a retry', async () => {
    double().setFault('query', { kind: 'status', status: 500 })
    const { element, unmount } = await mountKooste('/Q217447?lang=en&uilang=en')
    await vi.waitFor(
      () => expect(element.querySelector('.kst-wikisource .kst-section__error')).not.toBeNull(),
      wait,
    )
    double().setFault('query', null)
    element.querySelector<HTMLButtonElement>('.kst-wikisource .kst-section__error button')?.click()
    await vi.waitFor(() => expect(element.querySelector('.kst-wikisource')).toBeNull(), wait)
    unmount()
  })
})
