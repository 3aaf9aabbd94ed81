// @vitest-environment node
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDouble, type Double } from './index.ts'
import { isObject, parseJson, type Json } from './json.ts'
import { api, at, getJson, keysAt, listAt, REAL_FIXTURES, send } from './test-support.ts'

const ENTITIES = path.join(REAL_FIXTURES, 'entities')
const present = existsSync(ENTITIES)
const title = present
  ? 'a dataset holding only entities/ (real Wikidata responses)'
  : `a dataset of real responses: SKIPPED, ${ENTITIES} not found`

/** Fixture file → file name in the dataset (the name is the id, which makes redirects). */
const FILES: Record<string, string> = {
  'wdmt_wbgetentities_Q42_Douglas_Adams.json': 'Q42.json',
  'wdmt_wbgetentities_Q64_Berlin.json': 'Q64.json',
  'openrefine-wikibase_Q726.json': 'Q726.json',
  'wikibase-sdk_Q217447.json': 'Q217447.json',
  'wikibase-sdk_P8098.json': 'P8098.json',
  'wdtk_wbgetentities_Q32063953_redirect_to_Q1040_Karlsruhe.json': 'Q32063953.json',
  'dahlia-wikidata_Q16231742.json': 'Q16231742.json',
}

async function fixture(name: string): Promise<Json> {
  return parseJson(await readFile(path.join(ENTITIES, name), 'utf8'))
}

describe.skipIf(!present)(title, () => {
  let dir: string
  let double: Double
  const wikidata = (params: Record<string, string>) =>
    getJson(double, api('www.wikidata.org', params))

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kooste-real-'))
    await mkdir(path.join(dir, 'entities'))
    for (const [from, to] of Object.entries(FILES)) {
      await writeFile(path.join(dir, 'entities', to), await readFile(path.join(ENTITIES, from)))
    }
    // One entity per file from a multi-entity response (the missing Q6 has no data to write).
    const multi = await fixture('wdtk_wbgetentities_Q6-Q42-P31_multi_with_missing.json')
    await mkdir(path.join(dir, 'multi', 'entities'), { recursive: true })
    const entities = at(multi, 'entities')
    for (const [id, entity] of Object.entries(isObject(entities) ? entities : {})) {
      if (isObject(entity) && entity.missing === undefined) {
        await writeFile(
          path.join(dir, 'multi', 'entities', `${id}.json`),
          JSON.stringify({ entities: { [id]: entity } }),
        )
      }
    }
    double = await createDouble({ dataset: dir })
  })

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('answers wbgetentities for a redirect exactly as Wikidata did', async () => {
    const real = await fixture('wdtk_wbgetentities_Q32063953_redirect_to_Q1040_Karlsruhe.json')
    const ours = await wikidata({ action: 'wbgetentities', ids: 'Q32063953', formatversion: '1' })
    expect(at(ours, 'entities', 'Q32063953')).toEqual(at(real, 'entities', 'Q32063953'))
  })

  it('answers a multi-entity request with a missing id exactly as Wikidata did', async () => {
    const real = await fixture('wdtk_wbgetentities_Q6-Q42-P31_multi_with_missing.json')
    const multi = await createDouble({ dataset: path.join(dir, 'multi') })
    const ours = await getJson(
      multi,
      api('www.wikidata.org', { action: 'wbgetentities', ids: 'Q6|Q42|P31' }),
    )
    expect(at(ours, 'entities')).toEqual(at(real, 'entities'))
  })

  it('passes claims and terms through unchanged', async () => {
    const real = await fixture('wdmt_wbgetentities_Q42_Douglas_Adams.json')
    const ours = await wikidata({ action: 'wbgetentities', ids: 'Q42' })
    expect(at(ours, 'entities', 'Q42', 'claims')).toEqual(at(real, 'entities', 'Q42', 'claims'))
    expect(at(ours, 'entities', 'Q42', 'labels')).toEqual(at(real, 'entities', 'Q42', 'labels'))
    const bare = await wikidata({
      action: 'wbgetentities',
      ids: 'Q726',
      props: 'labels',
      languages: 'fi',
    })
    expect(at(bare, 'entities', 'Q726', 'labels', 'fi', 'value')).toBe('hevonen')
  })

  it('searches and geosearches the real entities', async () => {
    const found = await wikidata({
      action: 'wbsearchentities',
      search: 'douglas ad',
      language: 'en',
    })
    expect(at(found, 'search', 0, 'id')).toBe('Q42')
    const near = await wikidata({
      action: 'query',
      list: 'geosearch',
      gscoord: '52.52|13.40',
      gsradius: '5000',
    })
    expect(listAt(near, 'query', 'geosearch').map((page) => at(page, 'title'))).toEqual(['Q64'])
  })

  it('runs SPARQL over the real entities', async () => {
    const select = async (query: string) => {
      const response = await send(
        double,
        `https://query.wikidata.org/sparql?format=json&query=${encodeURIComponent(query)}`,
      )
      expect(response.status).toBe(200)
      return listAt(parseJson(await response.text()), 'results', 'bindings')
    }
    expect(await select('SELECT ?x WHERE { wd:Q42 wdt:P31 wd:Q5 BIND(1 AS ?x) }')).toHaveLength(1)
    const labels = await select('SELECT (COUNT(?l) AS ?n) WHERE { wd:Q42 rdfs:label ?l }')
    expect(Number(at(labels, 0, 'n', 'value'))).toBeGreaterThan(100)
    const wikisource = await select(
      'SELECT ?a WHERE { ?a schema:about wd:Q64 ; schema:isPartOf <https://de.wikisource.org/> }',
    )
    expect(at(wikisource, 0, 'a', 'value')).toBe('https://de.wikisource.org/wiki/Berlin')
    const population = await select('SELECT ?p WHERE { wd:Q64 wdt:P1082 ?p }')
    expect(population).toHaveLength(1)
    // -2500 (2500 BCE) in the JSON is year -2499 in XSD 1.1.
    const bce = await select(
      'SELECT ?t ?precision WHERE { wd:Q726 p:P279/pqv:P580 ?v . ?v wikibase:timeValue ?t ; wikibase:timePrecision ?precision }',
    )
    expect(at(bce, 0, 't', 'value')).toBe('-2499-01-01T00:00:00Z')
    expect(at(bce, 0, 'precision', 'value')).toBe('7')
    const redirect = await select('SELECT ?to WHERE { wd:Q32063953 owl:sameAs ?to }')
    expect(at(redirect, 0, 'to', 'value')).toBe('http://www.wikidata.org/entity/Q1040')
  })

  it('answers every other upstream empty', async () => {
    const commons = (params: Record<string, string>) =>
      getJson(double, api('commons.wikimedia.org', { action: 'query', ...params }))
    expect(
      at(
        await commons({ titles: 'File:Douglas adams portrait cropped.jpg', prop: 'imageinfo' }),
        'query',
        'pages',
        0,
        'missing',
      ),
    ).toBe(true)
    expect(
      keysAt(await commons({ generator: 'search', gsrsearch: 'haswbstatement:P180=Q42' }), 'query'),
    ).toEqual([])
    expect(
      at(
        await commons({ list: 'categorymembers', cmtitle: 'Category:Berlin' }),
        'query',
        'categorymembers',
      ),
    ).toEqual([])
    expect(at(await commons({ list: 'allcampaigns' }), 'query', 'allcampaigns')).toEqual([])
    expect(
      (await send(double, 'https://en.wikipedia.org/api/rest_v1/page/summary/Douglas_Adams'))
        .status,
    ).toBe(404)
    const parse = await getJson(
      double,
      api('de.wikisource.org', { action: 'parse', page: 'Berlin' }),
    )
    expect(at(parse, 'error', 'code')).toBe('missingtitle')
  })
})
