// @vitest-environment node
// The Wikidata client against the Wikimedia double: the requests it builds are ones the double (and
// so MediaWiki, whose behaviour the double follows) answers, and the double's log sees them whole.
import { describe, expect, it } from 'vitest'
import { createHttp } from '../../src/api/http'
import { createWikidataApi } from '../../src/api/wikidata'
import { useDouble } from './double'

const double = useDouble()

function api() {
  const http = createHttp({
    userAgent: 'Kooste/test (https://example.org)',
    limits: { queryConcurrency: 2, retries: 0, timeoutMs: 10000, maxRetryAfterMs: 0 },
  })
  return createWikidataApi(http, 'https://www.wikidata.org/w/api.php')
}

const wikidataCalls = () =>
  double()
    .log.filter((entry) => entry.upstream === 'wikidata')
    .map((entry) => ({ params: Object.fromEntries(new URL(entry.url).searchParams), entry }))

describe('the Wikidata client over the double', () => {
  it('gets entities in batches of 50, each a complete Action API request', async () => {
    const ids = [...Array.from({ length: 60 }, (_, i) => `Q${900000000 + i}`), 'Q217447']
    const { entities, missing } = await api().getEntities(ids, {
      props: ['labels', 'claims'],
      languages: ['fi', 'en'],
    })
    expect(entities.Q217447?.labels.fi).toBe('Verla')
    expect(missing).toHaveLength(60)
    const calls = wikidataCalls()
    expect(calls.map((c) => c.params.ids?.split('|').length)).toEqual([50, 11])
    for (const { params, entry } of calls) {
      expect(entry.status).toBe(200)
      expect(entry.origin).toBe('*')
      expect(params).toMatchObject({
        action: 'wbgetentities',
        format: 'json',
        formatversion: '2',
        languages: 'fi|en',
        props: 'labels|claims',
      })
    }
  })

  it('finds the item of a wiki page and searches labels', async () => {
    const client = api()
    const bySitelink = await client.getEntityBySitelink('fiwiki', 'Verla')
    expect(Object.keys(bySitelink.entities)).toEqual(['Q217447'])
    const page = await client.searchEntities('Verla', { lang: 'fi', uilang: 'en', limit: 5 })
    expect(page.hits.map((hit) => hit.id)).toContain('Q217447')
    expect(wikidataCalls().map(({ params }) => params.action)).toEqual([
      'wbgetentities',
      'wbsearchentities',
    ])
    expect(wikidataCalls().every(({ entry }) => entry.status === 200)).toBe(true)
  })
})
