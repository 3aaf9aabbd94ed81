// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { Double } from './index.ts'
import { api, at, getJson, keysAt, send, testDouble } from './test-support.ts'

let double: Double
beforeAll(async () => {
  double = await testDouble()
})

const WIKIDATA = 'www.wikidata.org'
const getEntities = (params: Record<string, string>) =>
  getJson(double, api(WIKIDATA, { action: 'wbgetentities', ...params }))

describe('wbgetentities', () => {
  it('returns entities by id in request order, keyed by id, with info and all props', async () => {
    const body = await getEntities({ ids: 'Q33|Q1757' })
    expect(keysAt(body, 'entities')).toEqual(['Q33', 'Q1757'])
    expect(at(body, 'success')).toBe(1)
    expect(at(body, 'entities', 'Q1757')).toMatchObject({
      pageid: 2144,
      ns: 0,
      title: 'Q1757',
      lastrevid: 2200000001,
      modified: '2024-05-01T10:00:00Z',
      type: 'item',
      id: 'Q1757',
      labels: { fi: { language: 'fi', value: 'Helsinki' } },
      sitelinks: { fiwiki: { site: 'fiwiki', title: 'Helsinki', badges: [] } },
    })
    expect(at(body, 'entities', 'Q1757', 'claims', 'P625', 0, 'mainsnak', 'datavalue')).toEqual({
      value: {
        latitude: 60.170833,
        longitude: 24.9375,
        altitude: null,
        precision: 0.000277778,
        globe: 'http://www.wikidata.org/entity/Q2',
      },
      type: 'globecoordinate',
    })
  })

  it('keeps only the requested props and languages', async () => {
    const body = await getEntities({
      ids: 'Q1757',
      props: 'labels|descriptions',
      languages: 'sv|en',
    })
    expect(keysAt(body, 'entities', 'Q1757')).toEqual(['type', 'id', 'labels', 'descriptions'])
    expect(keysAt(body, 'entities', 'Q1757', 'labels')).toEqual(['sv', 'en'])
  })

  it('falls back along the MediaWiki chain with languagefallback, marking for-language', async () => {
    const body = await getEntities({
      ids: 'Q1757|Q33',
      props: 'labels',
      languages: 'smn|se',
      languagefallback: '1',
    })
    expect(at(body, 'entities', 'Q1757', 'labels', 'smn')).toEqual({
      language: 'fi',
      value: 'Helsinki',
      'for-language': 'smn',
    })
    expect(at(body, 'entities', 'Q1757', 'labels', 'se')).toEqual({
      language: 'se',
      value: 'Helsset',
    })
    expect(at(body, 'entities', 'Q33', 'labels', 'smn', 'value')).toBe('Suomâ')
  })

  it('filters sitelinks by site and adds URLs with sitelinks/urls', async () => {
    const body = await getEntities({
      ids: 'Q1757',
      props: 'sitelinks/urls',
      sitefilter: 'svwiki|commonswiki',
    })
    expect(at(body, 'entities', 'Q1757', 'sitelinks')).toEqual({
      svwiki: {
        site: 'svwiki',
        title: 'Helsingfors',
        badges: [],
        url: 'https://sv.wikipedia.org/wiki/Helsingfors',
      },
      commonswiki: {
        site: 'commonswiki',
        title: 'Category:Helsinki',
        badges: [],
        url: 'https://commons.wikimedia.org/wiki/Category:Helsinki',
      },
    })
  })

  it('answers a redirected id under that id with the target and a redirects record', async () => {
    const body = await getEntities({ ids: 'Q900099', props: 'info|labels', languages: 'fi' })
    expect(at(body, 'entities', 'Q900099')).toEqual({
      pageid: 2144,
      ns: 0,
      title: 'Q1757',
      lastrevid: 2200000001,
      modified: '2024-05-01T10:00:00Z',
      redirects: { from: 'Q900099', to: 'Q1757' },
      type: 'item',
      id: 'Q1757',
      labels: { fi: { language: 'fi', value: 'Helsinki' } },
    })
    const unresolved = await getEntities({ ids: 'Q900099', redirects: 'no' })
    expect(at(unresolved, 'entities', 'Q900099')).toEqual({ id: 'Q900099', missing: '' })
  })

  it('reports missing ids as the real API does, and reads ids case-insensitively', async () => {
    const body = await getEntities({ ids: 'Q6|q33', props: 'labels', languages: 'en' })
    expect(at(body, 'entities', 'Q6')).toEqual({ id: 'Q6', missing: '' })
    expect(at(body, 'entities', 'Q33', 'labels', 'en', 'value')).toBe('Finland')
  })

  it('rejects a malformed id with the no-such-entity error and no entities', async () => {
    const url = api(WIKIDATA, { action: 'wbgetentities', ids: 'Q1|pop', formatversion: '1' })
    const response = await send(double, url)
    expect(response.status).toBe(200)
    expect(response.headers.get('mediawiki-api-error')).toBe('no-such-entity')
    const body = await getJson(double, url)
    expect(at(body, 'entities')).toBeUndefined()
    expect(at(body, 'error')).toMatchObject({
      code: 'no-such-entity',
      info: 'Could not find such an entity. (Invalid id: pop)',
      id: 'pop',
      messages: [
        {
          name: 'wikibase-api-no-such-entity',
          parameters: [],
          html: { '*': 'Could not find such an entity.' },
        },
      ],
    })
    expect(typeof at(body, 'error', '*')).toBe('string')
    expect(typeof at(body, 'servedby')).toBe('string')
  })

  it('refuses more than 50 ids with toomanyvalues', async () => {
    const ids = Array.from({ length: 51 }, (_, i) => `Q${i + 1}`).join('|')
    const body = await getEntities({ ids })
    expect(at(body, 'error')).toMatchObject({
      code: 'toomanyvalues',
      info: 'Too many values supplied for parameter "ids". The limit is 50.',
      limit: 50,
    })
    expect(typeof at(body, 'error', 'docref')).toBe('string')
    const fifty = await getEntities({ ids: ids.split('|').slice(0, 50).join('|'), props: 'info' })
    expect(keysAt(fifty, 'entities')).toHaveLength(50)
  })

  it('looks entities up by sitelink, normalizing titles, and reports unknown titles', async () => {
    const body = await getEntities({
      sites: 'fiwiki',
      titles: 'helsinki|Suomi|Ei_ole',
      props: 'info',
    })
    expect(keysAt(body, 'entities')).toEqual(['Q1757', 'Q33', '-1'])
    expect(at(body, 'entities', '-1')).toEqual({ site: 'fiwiki', title: 'Ei_ole', missing: '' })
    const spaced = await getEntities({
      sites: 'enwiki',
      titles: 'Helsinki_Cathedral',
      props: 'info',
    })
    expect(keysAt(spaced, 'entities')).toEqual(['Q900002'])
  })

  it('follows Wikipedia redirect pages in sitelink lookups, unless redirects=no', async () => {
    const followed = await getEntities({
      sites: 'fiwiki',
      titles: 'Helsingin kaupunki',
      props: 'info',
    })
    expect(keysAt(followed, 'entities')).toEqual(['Q1757'])
    const literal = await getEntities({
      sites: 'fiwiki',
      titles: 'Helsingin kaupunki',
      props: 'info',
      redirects: 'no',
    })
    expect(keysAt(literal, 'entities')).toEqual(['-1'])
  })

  it('asks for ids or sites and titles', async () => {
    const body = await getEntities({})
    expect(at(body, 'error', 'code')).toBe('param-missing')
  })
})

describe('wbsearchentities', () => {
  const search = (params: Record<string, string>) =>
    getJson(double, api(WIKIDATA, { action: 'wbsearchentities', language: 'en', ...params }))

  it('matches label prefixes case-insensitively, in the real result shape', async () => {
    const body = await search({ search: 'HELSINKI c', uselang: 'en' })
    expect(at(body, 'searchinfo')).toEqual({ search: 'HELSINKI c' })
    expect(at(body, 'search')).toEqual([
      {
        id: 'Q900002',
        title: 'Q900002',
        pageid: expect.any(Number),
        concepturi: 'http://www.wikidata.org/entity/Q900002',
        repository: 'wikidata',
        url: '//www.wikidata.org/wiki/Q900002',
        display: {
          label: { value: 'Helsinki Cathedral', language: 'en' },
          description: { value: 'church in Helsinki, Finland', language: 'en' },
        },
        label: 'Helsinki Cathedral',
        description: 'church in Helsinki, Finland',
        match: { type: 'label', language: 'en', text: 'Helsinki Cathedral' },
      },
    ])
    expect(at(body, 'success')).toBe(1)
  })

  it('matches aliases and reports them, exact matches first', async () => {
    const body = await search({ search: 'helsingfors' })
    expect(at(body, 'search', 0, 'id')).toBe('Q1757')
    expect(at(body, 'search', 0, 'match')).toEqual({
      type: 'alias',
      language: 'en',
      text: 'Helsingfors',
    })
    expect(at(body, 'search', 0, 'aliases')).toEqual(['Helsingfors'])
  })

  it('searches the fallback languages of the search language', async () => {
    const body = await search({ search: 'helsset', language: 'se' })
    expect(at(body, 'search', 0, 'match')).toEqual({
      type: 'label',
      language: 'se',
      text: 'Helsset',
    })
    const fallback = await search({ search: 'helsinki', language: 'smn' })
    expect(at(fallback, 'search', 0, 'match', 'language')).toBe('fi')
  })

  it('pages with limit and continue', async () => {
    const first = await search({ search: 'h', limit: '1' })
    expect(at(first, 'search')).toHaveLength(1)
    expect(at(first, 'search-continue')).toBe(1)
    const second = await search({ search: 'h', limit: '1', continue: '1' })
    expect(at(second, 'search', 0, 'id')).not.toBe(at(first, 'search', 0, 'id'))
  })

  it('finds properties with type=property', async () => {
    const body = await search({ search: 'population', type: 'property' })
    expect(at(body, 'search', 0)).toMatchObject({
      id: 'P1082',
      title: 'Property:P1082',
      datatype: 'quantity',
      url: '//www.wikidata.org/wiki/Property:P1082',
    })
  })

  it('requires search and language', async () => {
    const body = await getJson(double, api(WIKIDATA, { action: 'wbsearchentities', search: 'x' }))
    expect(at(body, 'error', 'code')).toBe('missingparam')
  })
})

describe('query', () => {
  it('prop=pageimages gives an item the thumbnail of its P18 image', async () => {
    const body = await getJson(
      double,
      api(WIKIDATA, {
        action: 'query',
        prop: 'pageimages',
        piprop: 'thumbnail',
        pithumbsize: '120',
        titles: 'Q1757|Q33',
      }),
    )
    const pages = at(body, 'query', 'pages')
    const helsinki = Array.isArray(pages) ? pages.find((p) => at(p, 'title') === 'Q1757') : null
    expect(at(helsinki, 'thumbnail', 'source')).toMatch(
      /^https:\/\/upload\.wikimedia\.org\/.*\/120px-/,
    )
    expect(at(helsinki, 'thumbnail', 'width')).toBe(120)
    const finland = Array.isArray(pages) ? pages.find((p) => at(p, 'title') === 'Q33') : null
    expect(at(finland, 'thumbnail')).toBeUndefined()
  })

  it('list=geosearch finds items by P625, nearest first, with distances in metres', async () => {
    const body = await getJson(
      double,
      api(WIKIDATA, {
        action: 'query',
        list: 'geosearch',
        gscoord: '60.1699|24.9384',
        gsradius: '1000',
      }),
    )
    expect(at(body, 'batchcomplete')).toBe(true)
    const results = at(body, 'query', 'geosearch')
    expect(at(results, 0)).toEqual({
      pageid: 2144,
      ns: 0,
      title: 'Q1757',
      lat: 60.170833,
      lon: 24.9375,
      dist: expect.any(Number),
      primary: true,
    })
    expect(Array.isArray(results) && results.map((r) => at(r, 'title'))).toEqual([
      'Q1757',
      'Q900002',
    ])
    const limited = await getJson(
      double,
      api(WIKIDATA, {
        action: 'query',
        list: 'geosearch',
        gscoord: '60.17|24.94',
        gsradius: '10000',
        gslimit: '1',
        formatversion: '1',
      }),
    )
    expect(at(limited, 'query', 'geosearch')).toHaveLength(1)
    expect(at(limited, 'query', 'geosearch', 0, 'primary')).toBe('')
  })

  it('list=geosearch needs a radius', async () => {
    const body = await getJson(
      double,
      api(WIKIDATA, { action: 'query', list: 'geosearch', gscoord: '60|24' }),
    )
    expect(at(body, 'error')).toMatchObject({
      code: 'missingparam',
      info: 'The "gsradius" parameter must be set.',
    })
  })

  it('meta=languageinfo gives autonyms, directions and MediaWiki fallbacks', async () => {
    const body = await getJson(
      double,
      api(WIKIDATA, {
        action: 'query',
        meta: 'languageinfo',
        liprop: 'autonym|name|dir|fallbacks',
        licode: 'se|smn|ar|fi|nb',
      }),
    )
    expect(at(body, 'query', 'languageinfo')).toEqual({
      se: {
        dir: 'ltr',
        autonym: 'davvisámegiella',
        name: 'Northern Sami',
        fallbacks: ['nb', 'fi'],
      },
      smn: { dir: 'ltr', autonym: 'anarâškielâ', name: 'Inari Sami', fallbacks: ['fi'] },
      ar: { dir: 'rtl', autonym: 'العربية', name: 'Arabic', fallbacks: [] },
      fi: { dir: 'ltr', autonym: 'suomi', name: 'Finnish', fallbacks: [] },
      nb: { dir: 'ltr', autonym: 'norsk bokmål', name: 'Norwegian Bokmål', fallbacks: ['nn'] },
    })
  })

  it('warns about unknown modules instead of failing', async () => {
    const body = await getJson(double, api(WIKIDATA, { action: 'query', list: 'nosuchlist' }))
    expect(at(body, 'warnings', 'query', 'warnings')).toBe(
      'Unrecognized value for parameter "list": nosuchlist.',
    )
  })
})

describe('Action API conventions', () => {
  it('sends CORS headers only for origin=*', async () => {
    const open = await send(
      double,
      api(WIKIDATA, { action: 'wbgetentities', ids: 'Q33', origin: '*' }),
    )
    expect(open.headers.get('access-control-allow-origin')).toBe('*')
    expect(open.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const closed = await send(double, api(WIKIDATA, { action: 'wbgetentities', ids: 'Q33' }))
    expect(closed.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers the preflight that Api-User-Agent causes, and refuses unknown headers', async () => {
    const url = api(WIKIDATA, { action: 'wbgetentities', ids: 'Q33', origin: '*' })
    const headers = {
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'api-user-agent',
    }
    const ok = await send(double, url, { method: 'OPTIONS', headers })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('access-control-allow-origin')).toBe('*')
    expect(ok.headers.get('access-control-allow-headers')).toBe('api-user-agent')
    const refused = await send(double, url, {
      method: 'OPTIONS',
      headers: { ...headers, 'access-control-request-headers': 'x-secret' },
    })
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('gives the HTML pretty-printer without format=json, and an error for other formats', async () => {
    const html = await send(double, `https://${WIKIDATA}/w/api.php?action=wbgetentities&ids=Q33`)
    expect(html.headers.get('content-type')).toContain('text/html')
    const xml = await getJson(
      double,
      api(WIKIDATA, { action: 'wbgetentities', ids: 'Q33', format: 'xml' }),
    )
    expect(at(xml, 'error', 'code')).toBe('badvalue')
  })

  it('reads POSTed form parameters', async () => {
    const body = await getJson(double, `https://${WIKIDATA}/w/api.php`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=wbgetentities&ids=Q33&props=labels&languages=fi&format=json',
    })
    expect(at(body, 'entities', 'Q33', 'labels', 'fi', 'value')).toBe('Suomi')
  })

  it('serves Special:EntityData', async () => {
    const body = await getJson(double, `https://${WIKIDATA}/wiki/Special:EntityData/Q900099.json`)
    expect(keysAt(body, 'entities')).toEqual(['Q1757'])
  })

  it('rejects unknown actions', async () => {
    const body = await getJson(double, api(WIKIDATA, { action: 'edit' }))
    expect(at(body, 'error', 'code')).toBe('badvalue')
  })
})
