// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { Double } from './index.ts'
import { parseJson } from './json.ts'
import { api, at, getJson, send, testDouble } from './test-support.ts'

let double: Double
beforeAll(async () => {
  double = await testDouble()
})

const REST = 'https://fi.wikipedia.org/api/rest_v1/page'

describe('Wikipedia REST', () => {
  it('serves the summary with the REST content type and CORS', async () => {
    const response = await send(double, `${REST}/summary/Helsinki`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('Specs/Summary/1.4.2')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const body = parseJson(await response.text())
    expect(at(body, 'wikibase_item')).toBe('Q1757')
    expect(at(body, 'thumbnail', 'source')).toMatch(/^https:\/\/upload\.wikimedia\.org\//)
  })

  it('serves Parsoid HTML', async () => {
    const response = await send(double, `${REST}/html/Helsinki`)
    expect(response.headers.get('content-type')).toContain('Specs/HTML/2.1.0')
    expect(await response.text()).toContain('<b>Helsinki</b> on Suomen pääkaupunki.')
  })

  it('decodes titles: spaces or underscores, lowercase first letter, %2F for a slash', async () => {
    expect((await send(double, `${REST}/summary/helsinki`)).status).toBe(200)
    const slash = await getJson(double, 'https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC')
    expect(at(slash, 'title')).toBe('AC/DC')
  })

  it('answers a redirect page with the page it redirects to', async () => {
    const body = await getJson(double, `${REST}/summary/Helsingin_kaupunki`)
    expect(at(body, 'title')).toBe('Helsinki')
    expect(at(body, 'wikibase_item')).toBe('Q1757')
  })

  it('answers unknown pages with the REST not_found problem', async () => {
    const response = await send(double, `${REST}/summary/Ei_ole`)
    expect(response.status).toBe(404)
    expect(parseJson(await response.text())).toEqual({
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      method: 'get',
      detail: 'Page or revision not found.',
      uri: '/fi.wikipedia.org/v1/page/summary/Ei_ole',
    })
    expect(
      (await send(double, 'https://sv.wikipedia.org/api/rest_v1/page/html/Helsingfors')).status,
    ).toBe(404)
  })

  it('points image URLs at the mount when a public base is given', async () => {
    const mounted = await testDouble({
      publicBase: (host) => `http://localhost:4173/_double/${host}`,
    })
    const body = parseJson(
      await (await mounted.handle(new Request(`${REST}/summary/Helsinki`))).text(),
    )
    expect(at(body, 'originalimage', 'source')).toBe(
      'http://localhost:4173/_double/upload.wikimedia.org/wikipedia/commons/b/b7/Helsinki_Cathedral.jpg',
    )
    const html = await (await mounted.handle(new Request(`${REST}/html/Helsinki`))).text()
    expect(html).toContain(
      'src="http://localhost:4173/_double/upload.wikimedia.org/wikipedia/commons/thumb/',
    )
  })

  it('answers action=parse from the same HTML', async () => {
    const body = await getJson(
      double,
      api('fi.wikipedia.org', { action: 'parse', page: 'Helsinki', prop: 'text' }),
    )
    expect(String(at(body, 'parse', 'text'))).toContain('Suomen pääkaupunki')
  })
})

describe('Wikisource action=parse', () => {
  const parse = (params: Record<string, string>) =>
    getJson(double, api('fi.wikisource.org', { action: 'parse', ...params }))

  it('returns the rendered page in parse.text (formatversion 2)', async () => {
    const body = await parse({ page: 'Seitsemän_veljestä', prop: 'text|displaytitle' })
    expect(at(body, 'parse')).toEqual({
      title: 'Seitsemän veljestä',
      pageid: expect.any(Number),
      text: expect.stringContaining(
        '<div class="mw-content-ltr mw-parser-output" lang="fi" dir="ltr">',
      ),
      displaytitle: 'Seitsemän veljestä',
    })
  })

  it('wraps the text in * for formatversion 1', async () => {
    const body = await parse({ page: 'Seitsemän veljestä', prop: 'text', formatversion: '1' })
    expect(String(at(body, 'parse', 'text', '*'))).toContain('Toukolan')
  })

  it('answers an unknown page with missingtitle', async () => {
    const response = await send(
      double,
      api('fi.wikisource.org', { action: 'parse', page: 'Ei ole', origin: '*' }),
    )
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(at(parseJson(await response.text()), 'error')).toMatchObject({
      code: 'missingtitle',
      info: "The page you specified doesn't exist.",
    })
  })

  it('has nothing for other languages', async () => {
    const body = await getJson(
      double,
      api('sv.wikisource.org', { action: 'parse', page: 'Seitsemän veljestä' }),
    )
    expect(at(body, 'error', 'code')).toBe('missingtitle')
  })
})
