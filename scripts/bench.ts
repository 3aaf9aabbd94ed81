/**
 * `npm run bench`: builds the app, serves it with the Wikimedia double at 200 ms per request, opens
 * each demo topic in Chromium and reports, per topic, the requests by upstream, the request waves
 * (the depth of the chain of requests that wait on each other) and the time to a complete page;
 * then the initial JavaScript and CSS per route (gzip), and the JavaScript each embed frame loads
 * (scripts/embed-sizes.ts). Writes bench-results/bench.json.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { chromiumLaunchOptions } from '../tests/chromium.ts'
import { startDoubleServer } from '../tests/double/server.ts'
import type { LogEntry } from '../tests/double/index.ts'
import { measureEmbeds, type EmbedSize } from './embed-sizes.ts'

const root = path.resolve(import.meta.dirname, '..')
const latencyMs = 200
const topics = [
  'Q217447', // Verla Groundwood and Board Mill
  'Q204382', // Kouvola
  'Q5698', // Kymenlaakso
  'Q33', // Finland
  'Q215346', // Mikael Agricola
  'Q999990101', // Winter War
  'Q999990102', // The Defense of the Sampo
  'Q999990106', // Sauna culture in Finland
  'Q999990107', // Sammallahdenmäki
  'Q999990108', // Sámi yoik
]
const dataUpstreams = new Set(['wikidata', 'query', 'commons', 'wikipedia', 'wikisource'])

function countByUpstream(entries: readonly LogEntry[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const entry of entries) out[entry.upstream] = (out[entry.upstream] ?? 0) + 1
  return out
}

/** Wave of each request: 1 + the deepest wave that had ended before it started. */
function waves(entries: readonly LogEntry[]): number {
  const done: { end: number; wave: number }[] = []
  let deepest = 0
  for (const entry of [...entries].sort((a, b) => a.startedAt - b.startedAt)) {
    const before = done.filter((d) => d.end <= entry.startedAt).map((d) => d.wave)
    const wave = 1 + Math.max(0, ...before)
    deepest = Math.max(deepest, wave)
    done.push({ end: entry.endedAt ?? Infinity, wave })
  }
  return deepest
}

interface ManifestChunk {
  file: string
  css?: string[]
  imports?: string[]
}

function routeSizes(): Record<string, { js: number; css: number }> {
  const dist = path.join(root, 'dist')
  const manifest = JSON.parse(
    readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen
    seen.add(key)
    for (const next of manifest[key]?.imports ?? []) closure(next, seen)
    return seen
  }
  const sizes = (keys: string[]) => {
    const chunks = new Set<string>()
    for (const key of keys) for (const chunk of closure(key)) chunks.add(chunk)
    const files = [...chunks].map((k) => manifest[k]!)
    const css = new Set(files.flatMap((f) => f.css ?? []))
    return {
      js: files.reduce((sum, f) => sum + gz(f.file), 0),
      css: [...css].reduce((sum, f) => sum + gz(f), 0),
    }
  }
  // Every site route also loads the chrome that App.vue fetches beside the first view.
  const site = [
    'index.html',
    'src/components/common/AppHeader.vue',
    'src/components/common/AppNetworkNotice.vue',
  ]
  return {
    '/ (home)': sizes([...site, 'src/views/HomeView.vue']),
    '/Q… (topic)': sizes([...site, 'src/views/TopicView.vue']),
    '/search': sizes([...site, 'src/views/SearchView.vue']),
    '/wiki/…': sizes([...site, 'src/views/WikiTitleView.vue']),
  }
}

/**
 * The gallery with its 2,000-file test category loaded: image elements in the DOM at the top,
 * middle and end of the grid, and the JS heap after a forced garbage collection.
 */
async function measureGallery(browser: Browser, origin: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${origin}/Q217447?lang=en&uilang=en`)
  await page.locator('.kst-gallery-item').first().waitFor({ timeout: 30_000 })
  const more = page.locator('.kst-gallery-status button')
  for (let i = 0; i < 100 && (await more.count()) > 0; i++) {
    await more.first().click()
    await page.waitForFunction(
      () => document.querySelector('.kst-gallery [aria-busy="true"]') === null,
      undefined,
      { timeout: 30_000, polling: 50 },
    )
  }
  const files = await page.evaluate(() => {
    const text = document.querySelector('.kst-gallery-status__count')?.textContent ?? ''
    return Number(/\d[\d,\s]*/.exec(text)?.[0]?.replace(/\D/g, '') ?? 0)
  })
  const images: number[] = []
  for (const at of [0, 0.5, 1]) {
    await page.evaluate((fraction) => {
      const grid = document.querySelector('.kst-gallery-grid')
      if (grid) grid.scrollTop = (grid.scrollHeight - grid.clientHeight) * fraction
    }, at)
    await page.waitForTimeout(300)
    images.push(await page.evaluate(() => document.querySelectorAll('img').length))
  }
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  await page.close()
  return { files, maxImages: Math.max(...images), heapMB: +(heap.usedSize / 1048576).toFixed(1) }
}

/** A page is settled when it shows a topic or an error page and nothing is busy. */
function settled(): boolean {
  return (
    (document.querySelector('.kst-facts') !== null ||
      document.querySelector('.kst-error-page') !== null) &&
    document.querySelector('[aria-busy="true"]') === null
  )
}

async function main() {
  execFileSync('vite', ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  const server = await startDoubleServer({ staticDir: path.join(root, 'dist') })
  const browser = await chromium.launch(chromiumLaunchOptions)
  const results = []
  let gallery: Awaited<ReturnType<typeof measureGallery>> | null = null
  let embeds: Record<string, EmbedSize> = {}
  try {
    for (const id of topics) {
      // The core page (issue 2's measure: header, Wikipedia text, facts with every label), with
      // the feature sections switched off through config.json so their requests do not count.
      let page = await browser.newPage()
      await page.route('**/config.json', async (route) => {
        const response = await route.fetch()
        await route.fulfill({ response, json: { ...(await response.json()), sections: [] } })
      })
      server.double.reset()
      server.double.setLatency(latencyMs)
      let started = Date.now()
      await page.goto(`${server.origin}/${id}?lang=en&uilang=en`)
      await page.waitForFunction(settled, undefined, { timeout: 30_000, polling: 20 })
      const coreMs = Date.now() - started
      const core = server.double.log.filter((e) => dataUpstreams.has(e.upstream))
      const factLinks = await page.evaluate(
        () => document.querySelectorAll('.kst-facts a[href]').length,
      )
      await page.close()

      // The whole page: every section, until nothing is busy. Sections below the fold load when
      // the reader comes near them; a window taller than any demo page brings them all in.
      page = await browser.newPage({ viewport: { width: 1280, height: 16_000 } })
      server.double.reset()
      server.double.setLatency(latencyMs)
      started = Date.now()
      await page.goto(`${server.origin}/${id}?lang=en&uilang=en`)
      await page.waitForFunction(settled, undefined, { timeout: 30_000, polling: 20 })
      const completeMs = Date.now() - started
      const all = server.double.log.filter((e) => dataUpstreams.has(e.upstream))
      await page.close()
      results.push({
        id,
        core: {
          requests: core.length,
          byUpstream: countByUpstream(core),
          waves: waves(core),
          ms: coreMs,
        },
        page: {
          requests: all.length,
          byUpstream: countByUpstream(all),
          waves: waves(all),
          ms: completeMs,
        },
        factLinks,
      })
    }
    server.double.reset()
    gallery = await measureGallery(browser, server.origin)
    server.double.reset()
    server.double.setLatency(0)
    embeds = await measureEmbeds(browser, server.origin, path.join(root, 'dist'))
  } finally {
    await browser.close()
    await server.close()
  }
  const sizes = routeSizes()
  if (gallery) {
    console.log(
      `Gallery: ${gallery.files} files loaded, at most ${gallery.maxImages} img elements in the page, ` +
        `JS heap ${gallery.heapMB} MB after GC`,
    )
  }
  const report = {
    date: new Date().toISOString(),
    latencyMs,
    topics: results,
    initialGzipBytes: sizes,
    embedGzipBytes: Object.fromEntries(Object.entries(embeds).map(([k, v]) => [k, v.js])),
    gallery,
  }
  mkdirSync(path.join(root, 'bench-results'), { recursive: true })
  writeFileSync(path.join(root, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`)

  console.log(`\nTopic pages with ${latencyMs} ms per request (double), Chromium:`)
  console.table(
    results.map((r) => ({
      topic: r.id,
      'core requests': r.core.requests,
      'core waves': r.core.waves,
      'core (ms)': r.core.ms,
      'page requests': r.page.requests,
      ...Object.fromEntries(Object.entries(r.page.byUpstream).map(([k, v]) => [`page ${k}`, v])),
      'page waves': r.page.waves,
      'page (ms)': r.page.ms,
    })),
  )
  console.log('Initial JS and CSS per route (gzip, KB):')
  console.table(
    Object.fromEntries(
      Object.entries(sizes).map(([route, s]) => [
        route,
        { js: +(s.js / 1024).toFixed(1), css: +(s.css / 1024).toFixed(1) },
      ]),
    ),
  )
  console.log('JavaScript an embed frame loads until its section is drawn (gzip, KB):')
  console.table(
    Object.fromEntries(
      Object.entries(embeds).map(([name, e]) => [
        name,
        { js: +(e.js / 1024).toFixed(1), chunks: e.chunks.length },
      ]),
    ),
  )
  console.log('Written to bench-results/bench.json')
}

await main()
