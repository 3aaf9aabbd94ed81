// The related-topics section in the whole app over the double: the panels a topic has, and a
// group that fails on its own, says why and comes back (by itself after a 429, or on retry).
import { describe, expect, it, vi } from 'vitest'
import { useDouble } from './double'
import { mountKooste } from './mount'

const double = useDouble()
const wait = { timeout: 15000 }

const panelTitles = (element: Element) =>
  [...element.querySelectorAll('.kst-relations-panel h3')].map((h) => h.textContent?.trim())
const relations = (element: Element) => element.querySelector('.kst-relations')

describe('the related-topics section', () => {
  it('shows Kouvola’s panels, with Verla located here as a link to its page', async () => {
    const { element, unmount } = await mountKooste('/Q204382?lang=en&uilang=en')
    await vi.waitFor(() => expect(panelTitles(element)).toHaveLength(4), wait)
    expect(panelTitles(element)).toEqual([
      'Location',
      'Located here',
      'Capital of',
      'Similar topics',
    ])
    const verla = [...element.querySelectorAll<HTMLAnchorElement>('.kst-relations a')].find(
      (a) => a.textContent?.trim() === 'Verla',
    )
    expect(verla?.getAttribute('href')).toBe('/Q217447?lang=en&uilang=en')
    expect(relations(element)?.textContent).not.toContain('no other topics')
    unmount()
  })

  it('labels the cards in the content language', async () => {
    const { element, unmount } = await mountKooste('/Q33?lang=fi&uilang=fi')
    await vi.waitFor(() => expect(panelTitles(element)).toContain('Naapurit'), wait)
    const neighbours = element.querySelector('[data-panel="neighbours"]')
    expect(neighbours?.textContent).toContain('Ruotsi')
    expect(neighbours?.querySelector('a bdi')?.getAttribute('lang')).toBe('fi')
    unmount()
  })

  it('says that a topic has no related topics', async () => {
    // The hostile test entity is an instance of human and nothing links to it.
    const { element, unmount } = await mountKooste('/Q999999001?lang=en&uilang=en')
    await vi.waitFor(
      () => expect(relations(element)?.textContent).toContain('Wikidata links no other topics'),
      wait,
    )
    expect(element.querySelectorAll('.kst-relations-panel')).toHaveLength(0)
    unmount()
  })

  it('after a 429, says so and loads again by itself once the wait is over', async () => {
    double().setFault('query', { kind: 'status', status: 429, retryAfter: 1 })
    const { element, unmount } = await mountKooste('/Q204382?lang=en&uilang=en')
    await vi.waitFor(
      () => expect(relations(element)?.textContent).toContain('Trying again in one second'),
      wait,
    )
    expect(relations(element)?.textContent).toContain('asked us to slow down')
    double().setFault('query', null)
    await vi.waitFor(() => expect(panelTitles(element)).toContain('Located here'), wait)
    expect(relations(element)?.textContent).not.toContain('slow down')
    unmount()
  })

  it('a failed query fails only its group, and "Try again" recovers it', async () => {
    double().setFault('query', { kind: 'status', status: 500 })
    const { element, unmount } = await mountKooste('/Q204382?lang=en&uilang=en')
    await vi.waitFor(
      () => expect(relations(element)?.querySelectorAll('.kst-section__error').length).toBe(3),
      wait,
    )
    expect(element.querySelector('.kst-facts')).not.toBeNull()
    double().setFault('query', null)
    const retry = relations(element)!.querySelector<HTMLButtonElement>('.kst-section__error button')
    retry?.click()
    await vi.waitFor(() => expect(panelTitles(element)).toContain('Located here'), wait)
    expect(relations(element)?.querySelectorAll('.kst-section__error').length).toBe(2)
    unmount()
  })
})
