import { describe, expect, it, vi } from 'vitest'
import { useDouble } from './double'
import { mountKooste } from './mount'

const double = useDouble()
const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ') ?? ''

describe('the topic page over the double', () => {
  it('shows the header, the Wikipedia lead and the facts with their labels', async () => {
    const { element, unmount } = await mountKooste('/Q217447?lang=en&uilang=en')
    await vi.waitFor(() => expect(element.querySelector('h1')?.textContent).toMatch(/Verla/), {
      timeout: 10000,
    })
    await vi.waitFor(
      () =>
        expect(element.querySelector('.kst-article__lead')?.textContent).toMatch(
          /Verla is a former groundwood and board mill/,
        ),
      { timeout: 10000 },
    )
    await vi.waitFor(() => expect(element.querySelector('.kst-facts')).not.toBeNull(), {
      timeout: 10000,
    })
    // Every linked item shows its label, not its id.
    const links = [...element.querySelectorAll('.kst-facts a[href^="/Q"]')]
    expect(links.length).toBeGreaterThan(3)
    expect(links.filter((a) => /^Q\d+$/.test(a.textContent?.trim() ?? ''))).toEqual([])
    expect(text(element)).toContain('World Heritage Site')
    unmount()
  })

  it('asks for the topic in two waves: the entity, then everything it mentions', async () => {
    double().clearLog()
    const { element, unmount } = await mountKooste('/Q217447?lang=fi')
    await vi.waitFor(() => expect(element.querySelector('.kst-facts')).not.toBeNull(), {
      timeout: 10000,
    })
    await vi.waitFor(() => expect(element.querySelector('.kst-article__lead')).not.toBeNull(), {
      timeout: 10000,
    })
    const log = double().log
    const entityCalls = log.filter((e) => e.url.includes('wbgetentities'))
    expect(entityCalls[0]?.url).toContain('ids=Q217447')
    const entityArrived = log[0]?.endedAt ?? Infinity
    // Nothing else starts before the entity has arrived.
    for (const entry of log.slice(1)) expect(entry.startedAt).toBeGreaterThanOrEqual(entityArrived)
    for (const entry of log) expect(entry.headers['api-user-agent']).toMatch(/^Kooste\//)
    unmount()
  })

  it('shows the facts in the content language, falling back along the chain', async () => {
    const fi = await mountKooste('/Q217447?lang=fi&uilang=fi')
    await vi.waitFor(
      () =>
        expect(fi.element.querySelector('.kst-facts')?.textContent).toContain(
          'maailmanperintökohde',
        ),
      { timeout: 10000 },
    )
    fi.unmount()
    // Northern Sámi has its own label here; elsewhere it falls back to Norwegian, Finnish, English.
    const se = await mountKooste('/Q217447?lang=se&uilang=en')
    await vi.waitFor(
      () => expect(se.element.querySelector('.kst-facts')?.textContent).toContain('máilmmiárbi'),
      { timeout: 10000 },
    )
    const lang = se.element.querySelector('.kst-facts a[href^="/Q9259"] bdi')?.getAttribute('lang')
    expect(lang).toBe('se')
    se.unmount()
  })

  it('keeps the facts when Wikipedia fails, and offers a retry', async () => {
    double().setFault('wikipedia', { kind: 'status', status: 500 })
    const { element, unmount } = await mountKooste('/Q217447?lang=en')
    await vi.waitFor(() => expect(element.querySelector('.kst-section__error')).not.toBeNull(), {
      timeout: 10000,
    })
    await vi.waitFor(() => expect(element.querySelector('.kst-facts')).not.toBeNull(), {
      timeout: 10000,
    })
    double().setFault('wikipedia', null)
    const retry = element.querySelector<HTMLButtonElement>('.kst-section__error button')
    retry?.click()
    await vi.waitFor(() => expect(element.querySelector('.kst-article__lead')).not.toBeNull(), {
      timeout: 10000,
    })
    unmount()
  })

  it('says so when the linked article is gone, without offering a pointless retry', async () => {
    double().setFault('wikipedia', { kind: 'status', status: 404 })
    const { element, unmount } = await mountKooste('/Q217447?lang=en&uilang=en')
    await vi.waitFor(
      () => expect(text(element)).toContain('The Wikipedia article “Verla” could not be found'),
      { timeout: 10000 },
    )
    expect(element.querySelector('.kst-section__error')).toBeNull()
    unmount()
  })

  it.each([
    ['/Q0', 'is not a Wikidata id'],
    ['/Qabc', 'is not a Wikidata id'],
    ['/L1', 'Kooste shows items and properties'],
    ['/Q999999999', 'Wikidata has no item Q999999999'],
  ])('gives %s a clear page', async (path, expected) => {
    const { element, unmount } = await mountKooste(`${path}?uilang=en`)
    await vi.waitFor(() => expect(text(element)).toContain(expected), { timeout: 10000 })
    unmount()
  })

  it('follows a redirect to the item it points to', async () => {
    const { router, unmount } = await mountKooste('/Q999999002?uilang=en')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/Q217447'), {
      timeout: 10000,
    })
    unmount()
  })
})
