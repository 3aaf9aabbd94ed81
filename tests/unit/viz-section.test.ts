// The visualizations section in the whole app over the double: the charts a topic has, a failed
// query that fails only its charts (the media chart stands) and comes back on retry.
import { describe, expect, it, vi } from 'vitest'
import { useDouble } from './double'
import { mountKooste } from './mount'

const double = useDouble()
const wait = { timeout: 15000 }

const viz = (element: Element) => element.querySelector('.kst-viz')
const tabs = (element: Element) =>
  [...(viz(element)?.querySelectorAll('[role="tab"]') ?? [])].map((t) => t.textContent?.trim())

describe('the visualizations section', () => {
  it('shows a painter’s charts in tabs, the one the URL asks for selected', async () => {
    const { element, unmount } = await mountKooste(
      '/Q999990103?lang=en&uilang=en&viz=people-by-birth',
    )
    await vi.waitFor(() => expect(tabs(element)).toContain('People by year of birth'), wait)
    await vi.waitFor(
      () => expect(viz(element)?.querySelectorAll('.kst-viz-chart__mark').length).toBe(8),
      wait,
    )
    expect(tabs(element)).toEqual(
      expect.arrayContaining(['Works over time', 'Works by type', 'People by year of birth']),
    )
    expect(viz(element)?.querySelector('[aria-selected="true"]')?.textContent).toContain(
      'People by year of birth',
    )
    expect(viz(element)?.querySelector('.kst-viz-panel__description')?.textContent).toContain(
      'People linked to Akseli Gallen-Kallela',
    )
    unmount()
  })

  it('a failed query fails only its charts, says why, and "Try again" brings them back', async () => {
    double().setFault('query', { kind: 'status', status: 500 })
    const { element, unmount } = await mountKooste(
      '/Q999990103?lang=en&uilang=en&viz=works-over-time',
    )
    await vi.waitFor(
      () => expect(viz(element)?.querySelector('.kst-section__error') ?? null).not.toBeNull(),
      wait,
    )
    expect(viz(element)?.textContent).toContain('Wikidata Query Service')
    expect(element.querySelector('.kst-facts')).not.toBeNull()
    double().setFault('query', null)
    viz(element)?.querySelector<HTMLButtonElement>('.kst-section__error button')?.click()
    await vi.waitFor(
      () => expect(viz(element)?.querySelectorAll('.kst-viz-chart__mark').length).toBe(2),
      wait,
    )
    expect(viz(element)?.querySelector('.kst-section__error')).toBeNull()
    unmount()
  })

  it('is absent when no chart found anything', async () => {
    const { element, unmount } = await mountKooste('/Q999999001?lang=en&uilang=en')
    await vi.waitFor(
      () =>
        expect(double().log.some((e) => e.upstream === 'query' && e.status !== null)).toBe(true),
      wait,
    )
    await vi.waitFor(() => expect(viz(element)).toBeNull(), wait)
    unmount()
  })
})
