/**
 * Wikisource: the only real Wikisource body found is a whole page view (a ptwikisource poem with
 * its skin, scripts and forms). Kooste shows Wikisource HTML only through sanitizeHtml: no script
 * may survive, the text must. The JSON mappers must reject the page with a ShapeError.
 */
import { describe, expect, it } from 'vitest'
import { mapEntityResponse } from '../../src/domain/entity'
import { isRecord, rec, str } from '../../src/domain/guards'
import { sanitizeHtml } from '../../src/domain/html'
import { htmlToText } from '../../src/domain/htmlText'
import { mapImageInfoResponse } from '../../src/domain/commons'
import { mapSearchResponse } from '../../src/domain/search'
import { mapSparqlResults } from '../../src/domain/sparql'
import { mapSummary } from '../../src/domain/wikipedia'
import { attempt, expectRejected, linkContext, parseHtml, sanitizeAndCheck } from './contract'
import { filesIn, fixturesExist, loadFixture, readText, reportWhenSkipped } from './fixtures'

reportWhenSkipped()

/** The HTML of a Wikisource body: a page as text, or the `parse.text` of an action=parse answer. */
function htmlOf(body: unknown): string {
  if (typeof body === 'string') return body
  const parse = isRecord(body) ? rec(body, 'parse') : undefined
  const text = parse?.text
  return typeof text === 'string' ? text : isRecord(text) ? (str(text, '*') ?? '') : ''
}

const poem =
  'wikisource/ws-export_ptwikisource_Pacotilha_poetica_Se_namora_por_gosto_ou_por_precisao.html'

describe.skipIf(!fixturesExist)('Wikisource bodies', () => {
  describe.each(filesIn('wikisource'))('%s', (file) => {
    const { body } = loadFixture(file)
    const html = htmlOf(body)

    it('sanitizes to markup with nothing that runs, and keeps the text', () => {
      expect(html.length).toBeGreaterThan(0)
      const out = sanitizeAndCheck(html)
      expect(
        out.querySelector('script, style, link, meta, form, input, button, textarea, select'),
      ).toBeNull()
      expect(htmlToText(html).length).toBeGreaterThan(0)
      // Wiki chrome (navigation, edit links, notices) may go; every paragraph of text stays.
      const shown = out.textContent?.replace(/\s+/g, ' ') ?? ''
      const raw = new DOMParser().parseFromString(html, 'text/html')
      const paragraphs = [...raw.querySelectorAll('p')].map((p) =>
        p.textContent?.replace(/\s+/g, ' ').trim(),
      )
      expect(paragraphs.length).toBeGreaterThan(0)
      for (const paragraph of paragraphs) if (paragraph) expect(shown).toContain(paragraph)
    })

    it.skipIf(typeof body !== 'string')(
      'is rejected with a ShapeError by every JSON mapper',
      () => {
        expectRejected(attempt(() => mapSummary(body, 'pt')))
        expectRejected(attempt(() => mapEntityResponse(body)))
        expectRejected(attempt(() => mapSparqlResults(body)))
        expectRejected(attempt(() => mapSearchResponse(body, 'pt')))
        expectRejected(attempt(() => mapImageInfoResponse(body, 'pt')))
      },
    )
  })
})

describe.skipIf(!fixturesExist)('known values', () => {
  it('drops the five scripts of the page view, code and all', () => {
    const raw = readText(poem)
    expect(raw.match(/<script\b/g)).toHaveLength(5)
    const text = htmlToText(raw)
    for (const code of ['RLQ', 'wgCanonicalNamespace', 'mw.config', 'client-nojs'])
      expect(text).not.toContain(code)
    expect(sanitizeHtml(raw, { ...linkContext, lang: 'pt' })).not.toMatch(/<script|RLQ/)
  })

  it('keeps the poem: its title, both columns, verse by verse', () => {
    const out = sanitizeAndCheck(readText(poem))
    // The page's <h1> is not in the allow-list; its text stays.
    expect(out.querySelector('h1')).toBeNull()
    expect(out.textContent).toContain('Pacotilha poetica/Se namora por gosto ou por precisão')
    expect(out.querySelector('#header_section_text')?.textContent).toBe(
      'Se namora por gosto ou por precisão',
    )
    expect(out.querySelector('#mw-content-text')?.getAttribute('lang')).toBe('pt')
    const columns = [...out.querySelectorAll('td div')].map((d) => d.textContent?.trim())
    expect(columns).toContain('SENHORAS')
    expect(columns).toContain('HOMENS')
    const verses = [...out.querySelectorAll('.poem')].map(
      (p) => p.textContent?.replace(/\s+/g, ' ') ?? '',
    )
    expect(verses.length).toBeGreaterThanOrEqual(4)
    expect(verses[0]).toContain('2 Por gosto a um camafêo, Oh que louca pretenção!')
    expect(verses[0]).toContain('Namorais por precisão.')
    expect(out.querySelectorAll('.poem br').length).toBeGreaterThan(20)
    expect(parseHtml(out.innerHTML).querySelector('.poem i')?.textContent).toBe('camafêo')
  })

  it('opens the links that leave the wiki safely', () => {
    const out = sanitizeAndCheck(readText(poem))
    const licence = out.querySelector(
      'a[href="https://creativecommons.org/licenses/by-sa/3.0/deed.pt"]',
    )
    expect(licence?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(licence?.getAttribute('target')).toBe('_blank')
  })

  it('sends the /wiki/… and /w/index.php links of page HTML to the wiki, never to Kooste', () => {
    const out = sanitizeAndCheck(readText(poem))
    const links = [...out.querySelectorAll('a[href]')]
    expect(links.length).toBeGreaterThan(0)
    for (const a of links) {
      const href = a.getAttribute('href') ?? ''
      if (a.hasAttribute('data-kooste-route')) expect(href).toMatch(/^\/wiki\/en\//)
      else expect(href).toMatch(/^(#|https:\/\/)/)
    }
    const edit = links.find((a) => a.getAttribute('href')?.includes('action=edit'))
    expect(edit?.getAttribute('href')).toMatch(
      /^https:\/\/en\.wikipedia\.org\/w\/index\.php\?title=/,
    )
  })
})
