/**
 * `npm run bench`: builds the app, serves it with the Wikimedia double at 200 ms per request, opens
 * each demo topic in Chromium and reports, per topic, the requests by upstream, the request waves
 * (the depth of the chain of requests that wait on each other) and the time to a complete page;
 * then the initial JavaScript and CSS per route (gzip). Writes bench-results/bench.json.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../tests/chromium.ts'
import { startDoubleServer } from '../tests/double/server.ts'
import type { LogEntry } from '../tests/double/index.ts'

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
  return {
    '/ (home)': sizes(['index.html', 'src/views/HomeView.vue']),
    '/Q… (topic)': sizes(['index.html', 'src/views/TopicView.vue']),
    '/search': sizes(['index.html', 'src/views/SearchView.vue']),
    '/wiki/…': sizes(['index.html', 'src/views/WikiTitleView.vue']),
  }
}

async function main() {
  execFileSync('vite', ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  const server = await startDoubleServer({ staticDir: path.join(root, 'dist') })
  const browser = await chromium.launch(chromiumLaunchOptions)
  const results = []
  try {
    for (const id of topics) {
      const page = await browser.newPage()
      server.double.reset()
      server.double.setLatency(latencyMs)
      const started = Date.now()
      await page.goto(`${server.origin}/${id}?lang=en&uilang=en`)
      // Complete: the header, every section settled (nothing busy), the facts shown.
      await page.waitForFunction(
        () =>
          document.querySelector('h1') !== null &&
          document.querySelector('[aria-busy="true"]') === null &&
          (document.querySelector('.kst-facts') !== null ||
            document.querySelector('.kst-error-page') !== null),
        undefined,
        { timeout: 30_000, polling: 20 },
      )
      const completeMs = Date.now() - started
      const log = server.double.log.filter((e) => dataUpstreams.has(e.upstream))
      const byUpstream: Record<string, number> = {}
      for (const entry of log) byUpstream[entry.upstream] = (byUpstream[entry.upstream] ?? 0) + 1
      const referenced = await page.evaluate(
        () => document.querySelectorAll('.kst-facts a[href]').length,
      )
      results.push({
        id,
        requests: log.length,
        byUpstream,
        waves: waves(log),
        completeMs,
        linksShown: referenced,
      })
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const sizes = routeSizes()
  const report = {
    date: new Date().toISOString(),
    latencyMs,
    topics: results,
    initialGzipBytes: sizes,
  }
  mkdirSync(path.join(root, 'bench-results'), { recursive: true })
  writeFileSync(path.join(root, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`)

  console.log(`\nTopic pages with ${latencyMs} ms per request (double), Chromium:`)
  console.table(
    results.map((r) => ({
      topic: r.id,
      requests: r.requests,
      ...r.byUpstream,
      waves: r.waves,
      'complete (ms)': r.completeMs,
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
  console.log('Written to bench-results/bench.json')
}

await main()
