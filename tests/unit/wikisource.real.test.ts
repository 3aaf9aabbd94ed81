// Real Wikimedia responses (../shared/fixtures/real, see its PROVENANCE.md; skipped without it):
// real items with Wikisource sitelinks are told apart (a text, a city with a portal), and the one
// real Wikisource page body goes through the reader with nothing that runs and its poem whole.
import { describe, expect, it } from 'vitest'
import { mapAnyEntities } from '../conformance/contract'
import { filesIn, fixturesExist, loadFixture, readText } from '../conformance/fixtures'
import type { LinkContext } from '../../src/domain/html'
import { isWikisourceWork, isWork, wikisourcePages } from '../../src/domain/wikisourceTopic'
import { prepareReader } from '../../src/domain/wikisourceReader'

function entity(file: string, id: string) {
  const outcome = mapAnyEntities(loadFixture(`entities/${file}`).body)
  if (outcome.status !== 'accepted') throw new Error(`${file} was rejected`)
  const found = outcome.value.find((e) => e.id === id)
  if (!found) throw new Error(`${file} has no ${id}`)
  return found
}

describe.skipIf(!fixturesExist)('real items with Wikisource sitelinks', () => {
  it.each([
    ['openrefine-wikibase_Q2495462.json', 'Q2495462', 'United States v. Nixon, a decision', true],
    ['openrefine-wikibase_Q95016486.json', 'Q95016486', 'an Alumni Oxonienses entry', true],
    ['wdmt_wbgetentities_Q64_Berlin.json', 'Q64', 'Berlin, a city', false],
    ['wdmt_wbgetentities_Q60_New_York_City.json', 'Q60', 'New York City', false],
    ['dahlia-wikidata_Q8646.json', 'Q8646', 'Hong Kong', false],
  ])('%s (%s: %s): a work on Wikisource %s', (file, id, _, work) => {
    const item = entity(file, id)
    expect(wikisourcePages(item).length).toBeGreaterThan(0)
    expect(isWork(item)).toBe(work)
    expect(isWikisourceWork(item)).toBe(work)
  })
})

const context: LinkContext = {
  lang: 'pt',
  route: (lang, title) => `/Q1?text=${lang}:${title}`,
  articleUrl: (lang, title) => `https://${lang}.wikisource.org/wiki/${title}`,
}

describe.skipIf(!fixturesExist)('the real Wikisource page in the reader', () => {
  it.each(filesIn('wikisource'))('%s: no script, no form, the poem verse by verse', (file) => {
    const raw = readText(file)
    const view = prepareReader(
      { title: 'Pacotilha poetica', html: raw, disambiguation: false },
      context,
    )
    const out = document.createElement('div')
    out.innerHTML = view.html
    expect(view.kind).toBe('text')
    expect(out.querySelector('script, style, form, input, button, iframe')).toBeNull()
    expect(view.html).not.toMatch(/RLQ|mw\.config|javascript:/)
    expect(out.textContent?.replace(/\s+/g, ' ')).toContain(
      'Por gosto a um camafêo, Oh que louca pretenção!',
    )
    for (const a of out.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? ''
      expect(href.startsWith('/Q1?text=pt:') || /^(#|https:\/\/)/.test(href)).toBe(true)
    }
  })
})
