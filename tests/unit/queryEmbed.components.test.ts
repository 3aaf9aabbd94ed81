// The query embed route over the double (real SPARQL through Oxigraph): results drawn as text,
// hostile values staying text, links only to Kooste topics and http(s) addresses, errors in the
// frame.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useDouble } from './double'
import { mountKooste } from './mount'

useDouble()
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const P =
  'PREFIX wd: <http://www.wikidata.org/entity/>\nPREFIX wdt: <http://www.wikidata.org/prop/direct/>\n'
const embed = (query: string, params = '') =>
  `/embed/query?lang=en&uilang=en${params}&sparql=${encodeURIComponent(query)}`

afterEach(() => {
  document.body.replaceChildren()
  document.getElementById('kst-embed-theme')?.remove()
})

describe('the query embed', () => {
  it('draws a table of real results with item labels fetched in the content language', async () => {
    const { element, unmount } = await mountKooste(
      embed(`${P}SELECT ?item WHERE { VALUES ?item { wd:Q217447 } }`, '&title=Mills'),
    )
    await vi.waitFor(() => expect(element.querySelector('table')).not.toBeNull(), {
      timeout: 10000,
    })
    expect(text(element.querySelector('h1'))).toBe('Mills')
    expect(text(element.querySelector('thead'))).toBe('item')
    const link = element.querySelector<HTMLAnchorElement>('tbody a')!
    expect(text(link)).toBe('Verla')
    expect(new URL(link.href).pathname).toBe('/Q217447')
    expect(link.target).toBe('_blank')
    unmount()
  })

  it('keeps hostile values as text and links only http(s) addresses', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">'
    const query = `SELECT ?text ?bad ?good WHERE { VALUES (?text ?bad ?good) {
      ("${hostile.replace(/"/g, '\\"')}" <javascript:alert(1)> <https://example.org/x?a=1&b=2>)
    } }`
    const { element, unmount } = await mountKooste(embed(query))
    await vi.waitFor(() => expect(element.querySelector('tbody tr')).not.toBeNull(), {
      timeout: 10000,
    })
    const cells = [...element.querySelectorAll('tbody td')]
    expect(text(cells[0]!)).toBe(hostile)
    expect(element.querySelector('tbody img')).toBeNull()
    expect(cells[1]!.querySelector('a')).toBeNull()
    expect(text(cells[1]!)).toBe('javascript:alert(1)')
    expect(cells[2]!.querySelector('a')?.getAttribute('href')).toBe('https://example.org/x?a=1&b=2')
    const hrefs = [...element.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
    expect(hrefs.every((href) => /^https?:/.test(href))).toBe(true)
    expect((window as { pwned?: number }).pwned).toBeUndefined()
    unmount()
  })

  it.each([
    ['', 'There is no query'],
    [`${P}ASK { ?s ?p ?o }`, 'Only SELECT queries can be drawn; this one is ASK.'],
  ])('says in the frame what is wrong with %j', async (query, message) => {
    const { element, unmount } = await mountKooste(embed(query))
    await vi.waitFor(() => expect(text(element)).toContain(message), { timeout: 10000 })
    expect(element.querySelector('table, .kst-viz-chart, .kst-query-line')).toBeNull()
    unmount()
  })

  it('says when the query found nothing, and when the service rejects it', async () => {
    const empty = await mountKooste(
      embed(`${P}SELECT ?item WHERE { ?item wdt:P31 wd:Q999999999999 }`),
    )
    await vi.waitFor(() => expect(text(empty.element)).toContain('The query found nothing.'), {
      timeout: 10000,
    })
    empty.unmount()
    const broken = await mountKooste(embed('SELECT ?a WHERE { ?a ?b }'))
    await vi.waitFor(() => expect(text(broken.element)).toContain('did not accept the query'), {
      timeout: 10000,
    })
    broken.unmount()
  })

  it('says which variable a view is missing', async () => {
    const { element, unmount } = await mountKooste(
      embed(`${P}SELECT ?item WHERE { VALUES ?item { wd:Q217447 } }`, '&view=map'),
    )
    await vi.waitFor(
      () => expect(text(element)).toContain('Nothing in the results can be the coord'),
      { timeout: 10000 },
    )
    unmount()
  })
})
