// @vitest-environment node
/**
 * Search: Wikidata `wbsearchentities` bodies through mapSearchResponse, and the other search-like
 * bodies (CirrusSearch `list=search`, Wikipedia's full-text, prefix and nearby searches in other/),
 * which mapSearchResponse must reject with a ShapeError and mapPageImages must read as empty.
 */
import { describe, expect, it } from 'vitest'
import { isRecord, rec, str } from '../../src/domain/guards'
import { mapPageImages, mapSearchResponse } from '../../src/domain/search'
import { accepted, attempt, expectRejected } from './contract'
import { filesIn, fixturesExist, loadFixture, readJson, reportWhenSkipped } from './fixtures'

reportWhenSkipped()

const isEntitySearch = (body: unknown) => isRecord(body) && Array.isArray(body.search)

describe.skipIf(!fixturesExist)('search bodies', () => {
  describe.each([...filesIn('search'), ...filesIn('other')])('%s', (file) => {
    const { body } = loadFixture(file)

    it('is accepted as an entity search, or rejected with a ShapeError', () => {
      const outcome = attempt(() => mapSearchResponse(body, 'en'))
      if (isEntitySearch(body)) expect(outcome.status).toBe('accepted')
      else expectRejected(outcome)
      // No page of these answers is a Wikidata item, so none gives an item thumbnail.
      expect(mapPageImages(body)).toEqual({})
    })

    if (!isEntitySearch(body)) return
    it('maps every hit with its id, label, description and match', () => {
      const page = accepted(attempt(() => mapSearchResponse(body, 'en')))
      const raw = isRecord(body) && Array.isArray(body.search) ? body.search.filter(isRecord) : []
      expect(page.hits.map((h) => h.id)).toEqual(raw.map((h) => h.id))
      raw.forEach((hit, i) => {
        const mapped = page.hits[i]
        const label = str(hit, 'label')
        const description = str(hit, 'description')
        expect(mapped?.label).toEqual(label ? { value: label, lang: 'en' } : null)
        expect(mapped?.description).toEqual(description ? { value: description, lang: 'en' } : null)
        const match = rec(hit, 'match')
        const text = match ? str(match, 'text') : undefined
        expect(mapped?.match).toEqual(
          text && text !== label ? { value: text, lang: str(match!, 'language') } : null,
        )
      })
      const next = isRecord(body) ? body['search-continue'] : undefined
      expect(page.next).toBe(typeof next === 'number' ? next : null)
    })
  })
})

describe.skipIf(!fixturesExist)('known values', () => {
  it('finds Attila the Hun, the king first, with descriptions where Wikidata has them', () => {
    const page = mapSearchResponse(
      readJson('search/gimme_wikidata_wbsearchentities_attila_the_hun.json'),
      'en',
    )
    expect(page.hits[0]).toEqual({
      id: 'Q36724',
      label: { value: 'Attila the Hun', lang: 'en' },
      description: { value: 'King of the Hunnic Empire', lang: 'en' },
      match: null,
    })
    expect(page.hits.map((h) => h.id)).toEqual([
      'Q36724',
      'Q17987270',
      'Q4818461',
      'Q4818464',
      'Q4818462',
    ])
    expect(page.hits[2]?.description).toBeNull()
    expect(page.next).toBeNull()
  })

  it('finds a property by its alias and says which alias matched', () => {
    const page = mapSearchResponse(
      readJson('search/gimme_wikidata_wbsearchentities_property_gender.json'),
      'en',
    )
    expect(page.hits[0]).toMatchObject({
      id: 'P21',
      label: { value: 'sex or gender', lang: 'en' },
      match: { value: 'gender', lang: 'en' },
    })
    expect(page.hits[1]).toMatchObject({ id: 'P2433', match: null })
  })

  it('pages on with search-continue and shows alias matches', () => {
    const page = mapSearchResponse(readJson('search/wdtk_wbsearchentities_abc.json'), 'en')
    expect(page.hits).toHaveLength(7)
    expect(page.next).toBe(7)
    expect(page.hits[0]).toEqual({
      id: 'Q169889',
      label: { value: 'American Broadcasting Company', lang: 'en' },
      description: { value: 'American broadcast television network', lang: 'en' },
      match: { value: 'ABC', lang: 'en' },
    })
    expect(page.hits[1]).toMatchObject({ id: 'Q286874', label: { value: 'ABC' }, match: null })
  })

  it('does not take a CirrusSearch list=search answer for an entity search', () => {
    expectRejected(
      attempt(() =>
        mapSearchResponse(readJson('search/wikibase-sdk_cirrus_search_response.json'), 'en'),
      ),
    )
  })
})
