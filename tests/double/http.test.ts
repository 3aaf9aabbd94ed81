// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseJson, type Json } from './json.ts'
import { startDoubleServer, type DoubleServer } from './server.ts'
import { at, listAt, TESTDATA } from './test-support.ts'
import { doublePlugin } from './vite-plugin.ts'

let running: DoubleServer
let staticDir: string

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'kooste-double-'))
  await mkdir(path.join(staticDir, 'assets'))
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Kooste</title>')
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  running = await startDoubleServer({ dataset: TESTDATA, staticDir })
})

afterAll(async () => {
  await running.close()
  await rm(staticDir, { recursive: true, force: true })
})

async function json(url: string, init?: RequestInit): Promise<Json> {
  const response = await fetch(url, init)
  return parseJson(await response.text())
}

const control = (action: string, body: unknown) =>
  fetch(`${running.origin}/_double/__control/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('the standalone server', () => {
  it('serves config.json pointing every endpoint at the mount', async () => {
    const config = await json(`${running.origin}/config.json`)
    const base = `${running.origin}/_double`
    expect(config).toEqual({
      wikidataApi: `${base}/www.wikidata.org/w/api.php`,
      queryService: `${base}/query.wikidata.org/sparql`,
      commonsApi: `${base}/commons.wikimedia.org/w/api.php`,
      wikipediaRest: `${base}/{lang}.wikipedia.org/api/rest_v1`,
      wikisourceApi: `${base}/{lang}.wikisource.org/w/api.php`,
      tiles: { url: `${base}/tile.openstreetmap.org/{z}/{x}/{y}.png` },
    })
  })

  it('answers mounted GET and POST requests as the upstream would', async () => {
    const url = `${running.origin}/_double/www.wikidata.org/w/api.php`
    const get = await json(
      `${url}?action=wbgetentities&ids=Q33&props=labels&languages=fi&format=json`,
    )
    expect(at(get, 'entities', 'Q33', 'labels', 'fi', 'value')).toBe('Suomi')
    const post = await json(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=wbgetentities&ids=Q1757&props=labels&languages=se&format=json',
    })
    expect(at(post, 'entities', 'Q1757', 'labels', 'se', 'value')).toBe('Helsset')
    const query = encodeURIComponent('SELECT ?c WHERE { wd:Q33 wdt:P36 ?c }')
    const sparql = await json(
      `${running.origin}/_double/query.wikidata.org/sparql?query=${query}`,
      {
        headers: { accept: 'application/sparql-results+json' },
      },
    )
    expect(at(sparql, 'results', 'bindings', 0, 'c', 'value')).toBe(
      'http://www.wikidata.org/entity/Q1757',
    )
  })

  it('rewrites image URLs to the mount, where they load', async () => {
    const summary = await json(
      `${running.origin}/_double/fi.wikipedia.org/api/rest_v1/page/summary/Helsinki`,
    )
    const thumbnail = String(at(summary, 'thumbnail', 'source'))
    expect(thumbnail.startsWith(`${running.origin}/_double/upload.wikimedia.org/`)).toBe(true)
    const image = await fetch(thumbnail)
    expect(image.headers.get('content-type')).toBe('image/svg+xml')
    const viaFilePath = await fetch(
      `${running.origin}/_double/commons.wikimedia.org/wiki/Special:FilePath/Helsinki_Cathedral.jpg?width=100`,
    )
    expect(viaFilePath.url).toContain('/_double/upload.wikimedia.org/wikipedia/commons/thumb/')
    expect(await viaFilePath.text()).toContain('width="100"')
  })

  it('takes faults, latency and resets over HTTP, and serves the log', async () => {
    expect(
      (await control('fault', { upstream: 'wikipedia', fault: { kind: 'status', status: 503 } }))
        .status,
    ).toBe(200)
    const summary = `${running.origin}/_double/fi.wikipedia.org/api/rest_v1/page/summary/Helsinki`
    expect((await fetch(summary)).status).toBe(503)
    expect((await control('latency', { ms: 30, upstream: 'wikipedia' })).status).toBe(200)
    expect((await control('fault', { upstream: 'nowhere', fault: null })).status).toBe(400)
    expect(
      (await control('fault', { upstream: 'wikipedia', fault: { kind: 'boom' } })).status,
    ).toBe(400)
    const log = await json(`${running.origin}/_double/__control/log`)
    expect(listAt(log).some((entry) => at(entry, 'status') === 503)).toBe(true)
    expect((await control('reset', {})).status).toBe(200)
    expect((await fetch(summary)).status).toBe(200)
    expect(listAt(await json(`${running.origin}/_double/__control/log`))).toHaveLength(1)
  })

  it('drops a timed-out request when the client gives up', async () => {
    await control('fault', { upstream: 'wikidata', fault: { kind: 'timeout' } })
    const url = `${running.origin}/_double/www.wikidata.org/w/api.php?action=wbgetentities&ids=Q33&format=json`
    await expect(fetch(url, { signal: AbortSignal.timeout(100) })).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(running.double.log.at(-1)).toMatchObject({ fault: 'timeout', status: 0 })
    await control('reset', {})
  })

  it('serves the built app with an SPA fallback', async () => {
    expect(await (await fetch(`${running.origin}/`)).text()).toContain('<title>Kooste</title>')
    expect(await (await fetch(`${running.origin}/Q1757?lang=fi`)).text()).toContain(
      '<title>Kooste</title>',
    )
    const script = await fetch(`${running.origin}/assets/app.js`)
    expect(script.headers.get('content-type')).toContain('text/javascript')
    expect((await fetch(`${running.origin}/assets/missing.js`)).status).toBe(404)
    expect((await fetch(`${running.origin}/%2e%2e/package.json`)).status).toBe(404)
    expect((await fetch(`${running.origin}/_double/example.org/x`)).status).toBe(404)
  })
})

describe('the Vite plugin', () => {
  it('mounts the double and config.json on the dev server', async () => {
    const server = await createServer({
      configFile: false,
      root: staticDir,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
      plugins: [doublePlugin({ dataset: TESTDATA })],
    })
    await server.listen()
    try {
      const address = server.httpServer?.address()
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
      expect(at(await json(`${origin}/config.json`), 'commonsApi')).toBe(
        `${origin}/_double/commons.wikimedia.org/w/api.php`,
      )
      const body = await json(
        `${origin}/_double/commons.wikimedia.org/w/api.php?action=query&list=allcampaigns&format=json`,
      )
      expect(at(body, 'query', 'allcampaigns', '1', 'name')).toBe('wlm-fi')
    } finally {
      await server.close()
    }
  })

  it('mounts the double on the preview server', async () => {
    const server = await preview({
      configFile: false,
      root: staticDir,
      logLevel: 'silent',
      build: { outDir: staticDir },
      preview: { host: '127.0.0.1', port: 0 },
      plugins: [doublePlugin({ dataset: TESTDATA })],
    })
    try {
      const address = server.httpServer.address()
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
      const tile = await fetch(`${origin}/_double/tile.openstreetmap.org/1/0/0.png`)
      expect(tile.headers.get('content-type')).toBe('image/png')
    } finally {
      await server.close()
    }
  })
})
