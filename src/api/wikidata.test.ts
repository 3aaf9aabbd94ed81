// The Wikibase requests are built from plain parameters: these tables pin the exact URLs, and prove
// them equal to what wikibase-sdk's WBK builders (which the app used before) produced.
import { describe, expect, it } from 'vitest'
import { WBK, type EntityId, type Site } from 'wikibase-sdk'
import { createHttp } from './http'
import { createWikidataApi, type EntityProp } from './wikidata'

const API = 'https://www.wikidata.org/w/api.php'
const emptyEntities = { entities: {} }
const emptySearch = { search: [], success: 1 }

/** The API over an HTTP client whose fetch records every URL and answers `body`. */
function setup(apiUrl = API, body: unknown = emptyEntities) {
  const urls: string[] = []
  const http = createHttp({
    userAgent: 'Kooste/test (https://example.org)',
    limits: { queryConcurrency: 2, retries: 0, timeoutMs: 2000, maxRetryAfterMs: 0 },
    fetch: (async (input: RequestInfo | URL) => {
      urls.push(String(input))
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
    }) as typeof fetch,
    base: 'https://kooste.example/app/',
  })
  return { api: createWikidataApi(http, apiUrl), http, urls }
}

/** The URL the HTTP client fetched for a URL built by wikibase-sdk (the app's former path). */
async function viaWbk(build: (wbk: ReturnType<typeof WBK>) => string, body: unknown) {
  const { http, urls } = setup(API, body)
  const wbk = WBK({ instance: 'https://www.wikidata.org', wgScriptPath: 'w' })
  await http.json({ upstream: 'wikidata', url: build(wbk), actionApi: true })
  return urls[0]
}

const tail = 'formatversion=2'

describe('the Wikibase requests', () => {
  const entityCases: [string, EntityId[], EntityProp[], string[] | undefined, string][] = [
    [
      'labels in a language chain',
      ['Q217447'],
      ['labels'],
      ['fi', 'sv', 'en'],
      `${API}?action=wbgetentities&ids=Q217447&format=json&languages=fi%7Csv%7Cen&props=labels&origin=*&${tail}`,
    ],
    [
      'every prop, several ids',
      ['Q1', 'P31', 'L7-F1'],
      ['labels', 'descriptions', 'aliases', 'claims', 'sitelinks', 'datatype', 'info'],
      ['en'],
      `${API}?action=wbgetentities&ids=Q1%7CP31%7CL7-F1&format=json&languages=en&props=labels%7Cdescriptions%7Caliases%7Cclaims%7Csitelinks%7Cdatatype%7Cinfo&origin=*&${tail}`,
    ],
    [
      'no languages: every language',
      ['Q42'],
      ['claims'],
      undefined,
      `${API}?action=wbgetentities&ids=Q42&format=json&props=claims&origin=*&${tail}`,
    ],
    [
      'no props: the API default',
      ['M566797'],
      [],
      ['en'],
      `${API}?action=wbgetentities&ids=M566797&format=json&languages=en&origin=*&${tail}`,
    ],
    [
      'an empty language list is sent empty, as before',
      ['Q42'],
      ['labels'],
      [],
      `${API}?action=wbgetentities&ids=Q42&format=json&languages=&props=labels&origin=*&${tail}`,
    ],
  ]

  it.each(entityCases)('getEntities: %s', async (_, ids, props, languages, expected) => {
    const { api, urls } = setup()
    await api.getEntities(ids, { props, languages })
    expect(urls).toEqual([expected])
    expect(await viaWbk((wbk) => wbk.getEntities({ ids, props, languages }), emptyEntities)).toBe(
      expected,
    )
  })

  it('getEntities: batches of 50 in parallel, without duplicates or invalid ids', async () => {
    const { api, urls } = setup()
    const ids = Array.from({ length: 120 }, (_, i) => `Q${i + 1}`)
    await api.getEntities([...ids, 'Q1', 'not an id', 'Q0', ''], { props: ['labels'] })
    const batches = urls.map((url) => new URL(url).searchParams.get('ids')?.split('|'))
    expect(batches.map((batch) => batch?.length)).toEqual([50, 50, 20])
    expect(batches.flat()).toEqual(ids)
  })

  it('getEntities: asks nothing when no id is valid', async () => {
    const { api, urls } = setup()
    expect(await api.getEntities(['x', 'Q0'], { props: ['labels'] })).toEqual({
      entities: {},
      missing: [],
      redirects: {},
    })
    expect(urls).toEqual([])
  })

  const sitelinkCases: [Site, string, string][] = [
    ['fiwiki', 'Verla', 'titles=Verla&sites=fiwiki'],
    ['enwiki', 'Douglas Adams', 'titles=Douglas+Adams&sites=enwiki'],
    [
      'frwikisource',
      'Les Misérables/Tome 1',
      'titles=Les+Mis%C3%A9rables%2FTome+1&sites=frwikisource',
    ],
    ['commonswiki', 'Category:Verla', 'titles=Category%3AVerla&sites=commonswiki'],
    ['zh_yuewiki', '維基百科&', 'titles=%E7%B6%AD%E5%9F%BA%E7%99%BE%E7%A7%91%26&sites=zh_yuewiki'],
  ]

  it.each(sitelinkCases)('getEntityBySitelink: %s %s', async (site, title, query) => {
    const { api, urls } = setup()
    await api.getEntityBySitelink(site, title)
    const expected = `${API}?action=wbgetentities&${query}&format=json&normalize=true&props=info&origin=*&${tail}`
    expect(urls).toEqual([expected])
    expect(
      await viaWbk(
        (wbk) => wbk.getEntitiesFromSitelinks({ titles: title, sites: site, props: ['info'] }),
        emptyEntities,
      ),
    ).toBe(expected)
  })

  it('getEntityBySitelink: asks nothing for a wiki that does not exist', async () => {
    const { api, urls } = setup()
    expect((await api.getEntityBySitelink('xxwiki', 'Verla')).entities).toEqual({})
    expect(urls).toEqual([])
  })

  const searchCases: [string, string, string, number | undefined, number | undefined, string][] = [
    ['Verla', 'fi', 'fi', undefined, undefined, 'search=Verla&language=fi&limit=10&continue=0'],
    ['Verla', 'fi', 'en', 20, 40, 'search=Verla&language=fi&limit=20&continue=40'],
    ['a b&c=d', 'he', 'ar', 7, 0, 'search=a+b%26c%3Dd&language=he&limit=7&continue=0'],
    ['Åbo', 'sv', '', 10, 10, 'search=%C3%85bo&language=sv&limit=10&continue=10'],
  ]

  it.each(searchCases)(
    'searchEntities: %s in %s (UI %s)',
    async (search, lang, uilang, limit, offset, query) => {
      const { api, urls } = setup(API, emptySearch)
      await api.searchEntities(search, { lang, uilang, limit, offset })
      // An empty UI language falls back to the content language.
      const uselang = uilang || lang
      const expected = `${API}?action=wbsearchentities&${query}&format=json&uselang=${uselang}&type=item&origin=*&${tail}`
      expect(urls).toEqual([expected])
      const wbkUrl = await viaWbk(
        (wbk) =>
          wbk.searchEntities({
            search,
            language: lang,
            uselang: uilang,
            limit: limit ?? 10,
            continue: offset ?? 0,
          }),
        emptySearch,
      )
      expect(wbkUrl).toBe(expected)
    },
  )

  it('searchEntities and getEntityBySitelink refuse empty input without a request', async () => {
    const { api, urls } = setup(API, emptySearch)
    await expect(api.searchEntities('', { lang: 'en', uilang: 'en' })).rejects.toThrow(/empty/)
    await expect(api.getEntityBySitelink('fiwiki', '')).rejects.toThrow(/title/)
    expect(urls).toEqual([])
  })

  it('resolves a relative api.php against the page, as the demo serves it', async () => {
    const { api, urls } = setup('/_double/www.wikidata.org/w/api.php')
    await api.getEntities(['Q42'], { props: ['labels'], languages: ['en'] })
    expect(urls).toEqual([
      `https://kooste.example/_double/www.wikidata.org/w/api.php?action=wbgetentities&ids=Q42&format=json&languages=en&props=labels&origin=*&${tail}`,
    ])
  })
})
