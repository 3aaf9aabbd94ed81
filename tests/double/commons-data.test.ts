// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDouble, repoRoot, type Double } from './index.ts'
import { dataTitle } from './commons-data.ts'
import { api, at, getJson, listAt, send, testDouble } from './test-support.ts'

const tab = JSON.stringify({
  license: 'CC0-1.0',
  schema: { fields: [{ name: 'id', type: 'string' }] },
  data: [['a'], ['b']],
})

let double: Double
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kooste-commons-data-'))
  mkdirSync(path.join(dir, 'entities'))
  mkdirSync(path.join(dir, 'commons-data'))
  writeFileSync(path.join(dir, 'commons-data', 'Kooste%2Fcampaigns.tab.json'), tab)
  writeFileSync(
    path.join(dir, 'commons-data', 'Sandbox_map.map.json'),
    '{"type":"FeatureCollection"}',
  )
  double = await createDouble({ dataset: dir })
})

const revisions = (params: Record<string, string>) =>
  getJson(
    double,
    api('commons.wikimedia.org', { action: 'query', prop: 'revisions', origin: '*', ...params }),
  )

describe('Commons Data: pages for prop=revisions', () => {
  it('gives the content in slots.main with its model and format (formatversion 2)', async () => {
    const body = await revisions({
      titles: 'Data:Kooste/campaigns.tab',
      rvprop: 'content',
      rvslots: 'main',
    })
    expect(at(body, 'batchcomplete')).toBe(true)
    const [page] = listAt(body, 'query', 'pages')
    expect(at(page, 'ns')).toBe(486)
    expect(at(page, 'title')).toBe('Data:Kooste/campaigns.tab')
    expect(typeof at(page, 'pageid')).toBe('number')
    expect(at(page, 'revisions', 0, 'slots', 'main')).toEqual({
      contentmodel: 'Tabular.JsonConfig',
      contentformat: 'application/json',
      content: tab,
    })
  })

  it('puts the content in * under formatversion 1, pages keyed by id', async () => {
    const body = await revisions({
      formatversion: '1',
      titles: 'Data:Kooste/campaigns.tab',
      rvprop: 'content|ids',
      rvslots: 'main',
    })
    const pages = at(body, 'query', 'pages')
    const [page] = Object.values(pages && typeof pages === 'object' ? pages : {})
    expect(at(page, 'revisions', 0, 'slots', 'main', '*')).toBe(tab)
    expect(typeof at(page, 'revisions', 0, 'revid')).toBe('number')
  })

  it('answers without rvslots in the legacy shape, content on the revision', async () => {
    const body = await revisions({ titles: 'Data:Sandbox map.map', rvprop: 'content' })
    expect(at(body, 'query', 'pages', 0, 'revisions', 0)).toMatchObject({
      contentmodel: 'Map.JsonConfig',
      content: '{"type":"FeatureCollection"}',
    })
  })

  it('marks a Data: page that does not exist as missing in namespace 486', async () => {
    const body = await revisions({ titles: 'Data:Nope.tab', rvprop: 'content', rvslots: 'main' })
    expect(at(body, 'query', 'pages', 0)).toEqual({
      ns: 486,
      title: 'Data:Nope.tab',
      missing: true,
    })
  })

  it('normalizes Data: titles as MediaWiki does', () => {
    expect(dataTitle('data:kooste/campaigns.tab')).toBe('Data:Kooste/campaigns.tab')
    expect(dataTitle('Data:Kooste/My_table.tab')).toBe('Data:Kooste/My table.tab')
    expect(dataTitle('File:X.jpg')).toBeNull()
    expect(dataTitle('Data:')).toBeNull()
  })

  it('answers with CORS headers for origin=*', async () => {
    const response = await send(
      double,
      api('commons.wikimedia.org', {
        action: 'query',
        prop: 'revisions',
        titles: 'Data:Kooste/campaigns.tab',
        rvprop: 'content',
        rvslots: 'main',
        origin: '*',
      }),
    )
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('leaves datasets without commons-data/ with missing Data: pages', async () => {
    const plain = await testDouble()
    const body = await getJson(
      plain,
      api('commons.wikimedia.org', {
        action: 'query',
        prop: 'revisions',
        titles: 'Data:Kooste/campaigns.tab',
        rvprop: 'content',
        rvslots: 'main',
      }),
    )
    expect(at(body, 'query', 'pages', 0, 'missing')).toBe(true)
  })

  it('serves the demo world’s campaign registry page', async () => {
    const demo = await createDouble({ dataset: path.join(repoRoot, 'demo-world') })
    const body = await getJson(
      demo,
      api('commons.wikimedia.org', {
        action: 'query',
        prop: 'revisions',
        titles: 'Data:Kooste/campaigns.tab',
        rvprop: 'content',
        rvslots: 'main',
      }),
    )
    const content = at(body, 'query', 'pages', 0, 'revisions', 0, 'slots', 'main', 'content')
    expect(typeof content).toBe('string')
    expect(JSON.parse(String(content)).license).toBe('CC0-1.0')
  })
})
