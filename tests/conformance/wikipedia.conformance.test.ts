/**
 * Wikipedia: REST `page/summary` bodies (current and 2017 shapes) through mapSummary, the other
 * Wikipedia bodies (action=parse, action=query extracts, mobile-sections) rejected by it with a
 * ShapeError, and every piece of Wikipedia HTML in them through sanitizeHtml.
 */
import { describe, expect, it } from 'vitest'
import { arr, isRecord, rec, str } from '../../src/domain/guards'
import { htmlToText } from '../../src/domain/htmlText'
import { mapSummary } from '../../src/domain/wikipedia'
import { accepted, attempt, expectRejected, sanitizeAndCheck } from './contract'
import {
  allFiles,
  filesIn,
  fixturesExist,
  loadFixture,
  readJson,
  reportWhenSkipped,
} from './fixtures'

reportWhenSkipped()

/** A REST summary: a page title with its lead as text and HTML at the top level. */
const isSummary = (body: unknown) =>
  isRecord(body) && typeof body.title === 'string' && typeof body.extract_html === 'string'

/** Every HTML string of a Wikipedia body that Kooste could show. */
function htmlOf(body: unknown): string[] {
  if (!isRecord(body)) return []
  const parse = rec(body, 'parse')
  const query = rec(body, 'query')
  return [
    str(body, 'extract_html'),
    str(body, 'displaytitle'),
    parse ? str(parse, 'text') : undefined,
    parse ? str(parse, 'displaytitle') : undefined,
    ...(query ? arr(query, 'pages') : []).map((p) => (isRecord(p) ? str(p, 'extract') : undefined)),
    ...arr(body, 'sections').map((s) => (isRecord(s) ? str(s, 'text') : undefined)),
  ].filter((html): html is string => html !== undefined)
}

describe.skipIf(!fixturesExist)('Wikipedia bodies', () => {
  describe.each(filesIn('wikipedia'))('%s', (file) => {
    const { body } = loadFixture(file)

    it('is accepted as a summary, or rejected with a ShapeError when it is another answer', () => {
      const outcome = attempt(() => mapSummary(body, 'en'))
      if (!isSummary(body)) {
        expectRejected(outcome)
        return
      }
      const summary = accepted(outcome)
      const raw = isRecord(body) ? body : {}
      expect(summary).toMatchObject({
        title: raw.title,
        extract: raw.extract,
        extractHtml: raw.extract_html,
        lang: raw.lang ?? 'en',
        wikibaseItem: raw.wikibase_item ?? null,
      })
    })

    it('has HTML that sanitizes to safe markup with its text kept', () => {
      const pieces = htmlOf(body)
      expect(pieces.length).toBeGreaterThan(0)
      for (const html of pieces) {
        const out = sanitizeAndCheck(html)
        const words = htmlToText(html).split(' ').slice(0, 5).join(' ')
        expect(out.textContent?.replace(/\s+/g, ' ')).toContain(words)
      }
    })
  })

  it.each(allFiles().filter((file) => !file.startsWith('wikipedia/')))(
    '%s is not taken for a Wikipedia summary',
    (file) => {
      expectRejected(attempt(() => mapSummary(loadFixture(file).body, 'en')))
    },
  )
})

describe.skipIf(!fixturesExist)('known values', () => {
  it("reads the summary of Fermat's Last Theorem", () => {
    const summary = mapSummary(
      readJson('wikipedia/android_rb_page_summary_valid_Fermat.json'),
      'fi',
    )
    expect(summary).toMatchObject({
      title: "Fermat's Last Theorem",
      displayTitleHtml: "Fermat's Last Theorem",
      description: 'theorem in number theory',
      lang: 'en',
      dir: 'ltr',
      kind: 'standard',
      wikibaseItem: null,
      pageUrl: "https://en.wikipedia.org/wiki/Fermat's_Last_Theorem",
    })
    expect(summary.extract).toMatch(
      /^In number theory, Fermat's Last Theorem states that no three positive integers/,
    )
    const lead = sanitizeAndCheck(summary.extractHtml)
    expect(lead.querySelector('p > b')?.textContent).toBe("Fermat's Last Theorem")
  })

  it('reads the older summary shape of Douglas Adams', () => {
    const summary = mapSummary(readJson('wikipedia/wptools_rest_summary_Douglas_Adams.json'), 'en')
    expect(summary).toMatchObject({
      title: 'Douglas Adams',
      description: 'English writer and humorist',
      lang: 'en',
      dir: 'ltr',
      kind: 'standard',
      wikibaseItem: null,
      pageUrl: null,
    })
    expect(summary.extract).toMatch(
      /^Douglas Noel Adams \(11 March 1952 – 11 May 2001\) was an English author/,
    )
    expect(summary.extractHtml).toMatch(/^<p><b>Douglas Noel Adams<\/b>/)
  })

  it('sanitizes the action=parse HTML of an album page, infobox and all', () => {
    const body = readJson('wikipedia/wptools_parse_infobox.json')
    const parse = isRecord(body) ? (rec(body, 'parse') ?? {}) : {}
    expect(sanitizeAndCheck(str(parse, 'displaytitle') ?? '').innerHTML).toBe(
      '<i>Blue Train</i> (album)',
    )
    const page = sanitizeAndCheck(str(parse, 'text') ?? '')
    expect(page.querySelector('table.infobox th')?.textContent).toBe('Blue Train')
    expect(page.textContent).toContain('John Coltrane')
    for (const img of page.querySelectorAll('img'))
      expect(img.getAttribute('src')).toMatch(/^https:\/\//)
  })

  it('keeps the wikibase item of the mobile-sections lead, which is not a summary', () => {
    const body = readJson('wikipedia/wptools_rest_mobile-sections-lead_Douglas_Adams.json')
    expectRejected(attempt(() => mapSummary(body, 'en')))
    expect(isRecord(body) && body.wikibase_item).toBe('Q42')
  })
})
