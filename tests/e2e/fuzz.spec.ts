/**
 * Bad input, generated: 1,000 routes and query strings (fast-check, fixed seed) — ids valid and
 * not, huge, unicode; /wiki/<lang>/<title> with odd languages and titles; searches; embeds; every
 * state key of the query string with repeated, odd and huge values. Each must land on a topic, a
 * search page or a clear error page: the main landmark shows a heading or a message and has
 * visible text, and no uncaught error or unhandled rejection reaches the page.
 *
 * Fast: most cases navigate inside one page through the app's router (history.pushState and a
 * popstate, as the browser's back button would); every SAMPLE_EVERY-th case is a real page load.
 * To reproduce a failure, run with the same seed (KOOSTE_FUZZ_SEED) or open the printed URL.
 */
import { expect, test, type Page } from '@playwright/test'
import fc from 'fast-check'
import { readdirSync } from 'node:fs'
import { recordReliability } from './reliability-record.ts'

const SEED = Number(process.env.KOOSTE_FUZZ_SEED ?? 20261121)
const RUNS = 1000
const SHARDS = 4
const SAMPLE_EVERY = 25

// The demo world's items: valid ids that land on real topics.
const DEMO_IDS = readdirSync('demo-world/entities')
  .filter((name) => /^[QP]\d+\.json$/.test(name))
  .map((name) => name.slice(0, -5))

const enc = encodeURIComponent
const unicode = fc.string({ unit: 'binary', maxLength: 24 })
const odd = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%%25',
    '..',
    '../..',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'toString',
    '<script>',
    '"\'><img src=x>',
    'javascript:alert(1)',
    'Q0',
    '-1',
    'NaN',
    'Infinity',
    '1e308',
    '\u202e',
    '\u0000',
    '🇫🇮',
    'ﷺ',
  ),
  fc.string({ maxLength: 30 }),
  unicode,
  fc.integer().map(String),
  fc.nat({ max: 40 }).map((n) => 'x'.repeat(n * 100)),
)

const id = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DEMO_IDS) },
  fc.nat().map((n) => `Q${n}`),
  fc.nat({ max: 99999 }).map((n) => `P${n}`),
  fc.constantFrom('L7', 'L7-S1', 'L7-F2', 'M123', 'E1', 'q33', 'Q033', 'Q-1', 'Q 33', 'Q33 '),
  fc.nat({ max: 3000 }).map((n) => `Q${'9'.repeat(n + 20)}`),
  odd,
)

const lang = fc.oneof(
  fc.constantFrom(
    'fi',
    'en',
    'sv',
    'ar',
    'he',
    'zh-hant',
    'be-tarask',
    'simple',
    'EN',
    'xx',
    'qqx',
  ),
  fc.constantFrom(
    'zh_Hant',
    'de-CH-1901',
    'x-private',
    'mul',
    'und',
    'en-',
    '-en',
    'a'.repeat(300),
  ),
  odd,
)
const title = fc.oneof(
  fc.constantFrom('Kouvola', 'Verla', 'Suomi', 'Ei_ole_olemassa', 'A/B', 'C#', '%E2%82%AC', '_'),
  odd,
)
const section = fc.oneof(
  fc.constantFrom(
    'gallery',
    'map',
    'timeline',
    'relations',
    'viz',
    'facts',
    'article',
    'wikisource',
  ),
  odd,
)
const STATE_KEYS = [
  'lang',
  'uilang',
  'theme',
  'gyear',
  'gtype',
  'gsource',
  'gdepicts',
  'file',
  'map',
  'maplayers',
  'timeline',
  'rel',
  'viz',
  'vizview',
  'article',
  'text',
  'section',
  'q',
]
const queryString = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...STATE_KEYS) }, odd),
      fc.oneof(
        lang,
        odd,
        fc.constantFrom('dark', 'light', 'os', '1850-1900', '2020', 'all', '60.9/26.7/8'),
      ),
      fc.nat({ max: 3 }),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => {
    const parts = pairs.flatMap(([key, value, repeat]) =>
      Array.from({ length: repeat + 1 }, () => `${enc(key)}=${enc(value)}`),
    )
    return parts.length ? `?${parts.join('&')}` : ''
  })

const path = fc.oneof(
  { weight: 4, arbitrary: id.map((value) => `/${enc(value)}`) },
  { weight: 2, arbitrary: fc.tuple(lang, title).map(([l, t]) => `/wiki/${enc(l)}/${enc(t)}`) },
  { weight: 2, arbitrary: odd.map((q) => `/search?q=${enc(q)}`) },
  { weight: 2, arbitrary: fc.tuple(id, section).map(([i, s]) => `/embed/${enc(i)}/${enc(s)}`) },
  fc.constantFrom('/', '/embed', '/embed/', '/wiki', '/wiki/fi', '/search', '//Q33', '/Q33/'),
  fc.array(odd, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.map(enc).join('/')}`),
)

/**
 * A path and query string; a search's own `?q=` is followed by `&…` instead of a second `?`. At
 * most MAX_URL characters: longer addresses are refused by HTTP servers (and the preview server)
 * before the app ever sees them, so they test nothing of Kooste.
 */
const MAX_URL = 8000
const route = fc
  .tuple(path, queryString)
  .map(([p, q]) => (p.includes('?') ? p + q.replace('?', '&') : p + q))
  .filter((url) => url.length <= MAX_URL)

/** A URL short enough for a failure message. */
const shown = (url: string) =>
  url.length > 200 ? `${url.slice(0, 200)}… (${url.length} chars)` : url

const CASES = fc.sample(route, { seed: SEED, numRuns: RUNS })

/** In the page: the view has landed (a heading or a message in the main landmark, with text). */
function landed(): boolean {
  const main = document.querySelector('main')
  if (!main || (main.innerText ?? '').trim() === '') return false
  const shown = (el: Element) => (el as HTMLElement).checkVisibility?.() !== false
  const heading = [...main.querySelectorAll('h1')].some(
    (h) => shown(h) && (h as HTMLElement).innerText.trim() !== '',
  )
  const message = [...main.querySelectorAll('.cdx-message')].some(shown)
  return heading || message
}

async function navigateInApp(page: Page, url: string) {
  await page.evaluate((to) => {
    // The origin first: a path such as //Q33 would otherwise be read as another host's.
    window.history.pushState(null, '', window.location.origin + to)
    window.dispatchEvent(new PopStateEvent('popstate'))
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  }, url)
}

test.describe.configure({ mode: 'parallel' })

const SHARD_SIZE = Math.ceil(RUNS / SHARDS)
for (let shard = 0; shard < SHARDS; shard++) {
  test(`bad input: generated routes ${shard * SHARD_SIZE + 1}–${Math.min(RUNS, (shard + 1) * SHARD_SIZE)} of ${RUNS} (seed ${SEED})`, async ({
    page,
  }, testInfo) => {
    // A shard takes 180–230 s on a CI machine (3 workers on 2 cores): the limit leaves room for a
    // busy machine without hiding a hang, which stops at each route's 10 s wait anyway.
    test.setTimeout(360_000)
    console.log(`fuzz seed ${SEED} (set KOOSTE_FUZZ_SEED to change), shard ${shard + 1}/${SHARDS}`)
    const errors: string[] = []
    let current = ''
    page.on('pageerror', (error) => errors.push(`${shown(current)}: ${error.message}`))
    const failures: string[] = []
    const cases = CASES.slice(shard * SHARD_SIZE, (shard + 1) * SHARD_SIZE)
    const started = Date.now()
    let loads = 0
    const origin = String(testInfo.project.use.baseURL)
    await page.goto('/?uilang=en')
    for (const [index, url] of cases.entries()) {
      current = url
      const real = index % SAMPLE_EVERY === 0
      if (real) {
        loads++
        await page.goto(`${origin}${url}`)
      } else {
        await navigateInApp(page, url)
      }
      try {
        await page.waitForFunction(landed, undefined, { timeout: 10_000, polling: 50 })
      } catch {
        failures.push(
          `${shown(url)} (${real ? 'page load' : 'in-app'}): blank, no heading or message`,
        )
        await page.screenshot({ path: testInfo.outputPath(`blank-${shard}-${index}.png`) })
      }
    }
    const seconds = (Date.now() - started) / 1000
    console.log(
      `shard ${shard + 1}: ${cases.length} routes (${loads} page loads, ${cases.length - loads} in-app) in ${seconds.toFixed(1)} s`,
    )
    recordReliability('fuzz', `shard${shard + 1}`, {
      seed: SEED,
      runs: RUNS,
      routes: cases.length,
      pageLoads: loads,
      inApp: cases.length - loads,
      seconds: Math.round(seconds * 10) / 10,
      failures: failures.length,
      errors: errors.length,
    })
    expect(failures, `seed ${SEED}`).toEqual([])
    expect(errors, `seed ${SEED}`).toEqual([])
  })
}
