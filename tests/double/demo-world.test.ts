// @vitest-environment node
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { getDataset, type Dataset } from './dataset.ts'
import { createDouble, repoRoot, type Double } from './index.ts'
import { parseJson } from './json.ts'
import { api, at, getJson, keysAt, listAt, send } from './test-support.ts'

const ENTITIES = path.resolve(repoRoot, 'demo-world/entities')
const files = existsSync(ENTITIES)
  ? readdirSync(ENTITIES).filter((name) => name.endsWith('.json'))
  : []
const title =
  files.length > 0
    ? 'the demo world (smoke test)'
    : 'the demo world: SKIPPED, demo-world/entities holds no entities yet'

describe.skipIf(files.length === 0)(title, () => {
  let double: Double
  let dataset: Dataset

  beforeAll(async () => {
    double = await createDouble()
    dataset = await getDataset(double.dataset)
  })

  it('reads every entity file', () => {
    expect(dataset.entities.size + dataset.redirects.size).toBeGreaterThanOrEqual(files.length)
  })

  it('answers wbgetentities for its items', async () => {
    const ids = [...dataset.entities.keys()].slice(0, 50)
    const body = await getJson(
      double,
      api('www.wikidata.org', { action: 'wbgetentities', ids: ids.join('|'), props: 'labels' }),
    )
    expect(keysAt(body, 'entities')).toEqual(ids)
  })

  it('loads into the query service', async () => {
    const query = encodeURIComponent(
      'SELECT (COUNT(*) AS ?n) WHERE { ?item wikibase:sitelinks ?count }',
    )
    const response = await send(
      double,
      `https://query.wikidata.org/sparql?format=json&query=${query}`,
    )
    expect(response.status).toBe(200)
    const body = parseJson(await response.text())
    expect(Number(at(body, 'results', 'bindings', 0, 'n', 'value'))).toBeGreaterThan(0)
  })

  it('serves the summary of every Wikipedia page it has', async () => {
    for (const [key, page] of dataset.wikipedia) {
      if (page.summary === undefined) continue
      const [language, pageTitle = ''] = key.split('|')
      const url = `https://${language}.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent(pageTitle.replace(/ /g, '_'))}`
      expect((await send(double, url)).status, url).toBe(200)
    }
  })

  it('describes every Commons file with imageinfo', async () => {
    const titles = [...dataset.files.keys()].slice(0, 50)
    if (titles.length === 0) return
    const body = await getJson(
      double,
      api('commons.wikimedia.org', {
        action: 'query',
        titles: titles.join('|'),
        prop: 'imageinfo',
        iiprop: 'url|extmetadata',
      }),
    )
    for (const page of listAt(body, 'query', 'pages')) {
      expect(at(page, 'imagerepository'), String(at(page, 'title'))).toBe('local')
    }
  })
})
