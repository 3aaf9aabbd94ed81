/**
 * The fault matrix: every upstream × every fault, on the topic page of a demo topic that uses that
 * upstream. Sections that do not depend on the failing upstream render; those that do say what
 * failed and offer a retry; nothing reaches the console but the browser's own failed-resource
 * lines; and once the fault is lifted, the retry buttons bring every section back.
 *
 * Data-driven: PROBES says how to find each section and which upstreams it needs (an error with a
 * retry when one fails) or only uses (it still shows its content, and may offer a retry);
 * TOPICS says which sections each topic shows. A new section in sections.ts fails the first test
 * until it has a probe here.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page, type Request as PlaywrightRequest } from '@playwright/test'
import {
  FAULT_CASES,
  FAULT_UPSTREAMS,
  injectFault,
  type FaultSwitch,
  type FaultUpstream,
} from '../double/fault-routes.ts'

/** How to find one section of the topic page and what it depends on. */
interface Probe {
  /** The registry id (sections.ts), or a core part of the page. */
  id: string
  /** The section's root element; for `#id`, the section around the element with that id. */
  root: string
  /** Only the root's own state counts (it holds the other sections). */
  shallow?: boolean
  /** It fails, with a retry, when one of these fails. */
  needs: FaultUpstream[]
  /** It shows its content when one of these fails, perhaps with a retry for the missing part. */
  uses?: FaultUpstream[]
  /** It may leave the page when one of its `uses` fails (a contest banner it cannot decide). */
  mayVanish?: boolean
  /** What shows that it has loaded (it loads only when scrolled near, say); the root otherwise. */
  content?: string
}

/** The section around a heading (by id). */
const titled = (id: string) => `#${id}`

const PROBES: Probe[] = [
  {
    id: 'topic',
    root: 'article.kst-topic > section.kst-section',
    shallow: true,
    needs: ['wikidata'],
  },
  { id: 'article', root: titled('kst-article-title'), needs: ['wikidata', 'wikipedia'] },
  // A banner is an invitation, not content: when its eligibility cannot be read it is not shown.
  {
    id: 'campaigns',
    root: '.kst-campaigns',
    needs: ['wikidata'],
    uses: ['commons', 'query'],
    mayVanish: true,
  },
  {
    id: 'wikisource-work',
    root: '.kst-wikisource',
    needs: ['wikidata', 'wikisource'],
    uses: ['query'],
  },
  {
    id: 'gallery',
    root: titled('kst-gallery-title'),
    needs: ['wikidata', 'commons'],
    uses: ['query'],
  },
  { id: 'facts', root: titled('kst-facts-title'), needs: ['wikidata'], uses: ['commons'] },
  {
    id: 'map',
    root: titled('kst-map-title'),
    needs: ['wikidata'],
    uses: ['query', 'commons', 'tiles'],
  },
  // Its media lane reads the topic's Commons files.
  {
    id: 'timeline',
    root: titled('kst-timeline-title'),
    needs: ['wikidata'],
    uses: ['query', 'commons'],
  },
  // Texts by and about the topic: not shown when there are none.
  {
    id: 'wikisource',
    root: '.kst-wikisource',
    needs: ['wikidata', 'query'],
    uses: ['wikisource'],
    mayVanish: true,
  },
  {
    id: 'relations',
    root: 'section.kst-relations',
    needs: ['wikidata', 'query'],
    uses: ['commons'],
    // Its groups load when scrolled near.
    content: '.kst-relations-panel, .kst-relations__none',
  },
  {
    id: 'visualizations',
    root: 'section.kst-viz',
    needs: ['wikidata'],
    uses: ['query', 'commons'],
    // Loads when scrolled near; leaves the page when no chart has anything to show.
    mayVanish: true,
    content: '[role="tabpanel"], .kst-viz__title ~ *:not([role="progressbar"])',
  },
]

/** The demo topics and the sections each shows when nothing fails. */
const TOPICS = {
  verla: {
    path: '/Q217447?lang=en&uilang=en',
    sections: [
      'topic',
      'article',
      'campaigns',
      'gallery',
      'facts',
      'map',
      'timeline',
      'wikisource',
      'relations',
      'visualizations',
    ],
  },
  kalevala: {
    path: '/Q999990104?lang=fi&uilang=en',
    sections: [
      'topic',
      'article',
      'wikisource-work',
      'gallery',
      'facts',
      'timeline',
      'relations',
      'visualizations',
    ],
  },
} satisfies Record<string, { path: string; sections: string[] }>

/** Which topic shows each upstream at work. */
const TOPIC_FOR: Record<FaultUpstream, keyof typeof TOPICS> = {
  wikidata: 'verla',
  query: 'verla',
  commons: 'verla',
  wikipedia: 'verla',
  wikisource: 'kalevala',
  tiles: 'verla',
}

type State = 'absent' | 'loading' | 'failed' | 'ready'
interface Seen {
  state: State
  text: string
}

const stateOf = (seen: Record<string, Seen>, probe: Probe): State =>
  seen[probe.id]?.state ?? 'absent'

/** The state of every probe, read in one pass in the page. */
function states(page: Page, probes: Probe[]): Promise<Record<string, Seen>> {
  return page.evaluate((list) => {
    const out: Record<string, { state: string; text: string }> = {}
    for (const probe of list) {
      const found = document.querySelector(probe.root)
      const root = probe.root.startsWith('#') ? (found?.closest('section') ?? null) : found
      if (!root) {
        out[probe.id] = { state: 'absent', text: '' }
        continue
      }
      if (probe.content) root.scrollIntoView()
      const scope = probe.shallow ? ':scope > ' : ''
      const busy =
        root.getAttribute('aria-busy') === 'true' ||
        (!probe.shallow &&
          root.querySelector('[aria-busy="true"], [role="progressbar"]') !== null) ||
        (probe.content !== undefined && root.querySelector(probe.content) === null)
      const retry = [...root.querySelectorAll(`${scope}.cdx-message button`)].find(
        (b) => b.textContent?.trim() === 'Try again',
      )
      const text = retry?.closest('.cdx-message')?.textContent?.trim() ?? ''
      out[probe.id] = { state: retry ? 'failed' : busy ? 'loading' : 'ready', text }
    }
    return out
  }, probes) as Promise<Record<string, Seen>>
}

/** Collects what reaches the console: uncaught errors, rejections, console errors. */
function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // The browser's own line for every failed image, fetch or tile: expected under a fault.
    if (/^Failed to load resource: /.test(message.text())) return
    problems.push(`console.error: ${message.text()}`)
  })
  return problems
}

const UPSTREAM_NAMES: Record<FaultUpstream, RegExp> = {
  wikidata: /Wikidata|names of the linked topics/,
  query: /Query Service|could not be loaded/,
  commons: /Commons|could not be loaded/,
  wikipedia: /Wikipedia/,
  wikisource: /Wikisource/,
  tiles: /background map/,
}

/**
 * Cases that fail today, with the reason; `test.fail` keeps them honest (they fail the run the day
 * they pass, so the entry can go).
 */
const KNOWN: Record<string, string> = {}

/** Every failure message of the page (CommonSection's and the sections' partial ones). */
const FAILURE_TEXT =
  /could not be (loaded|reached|read)|did not answer|answered with an error|asked us to slow down|did not give/

test('every section of the registry has a probe', () => {
  // Read as text: the registry module pulls in the app's build-time virtual modules.
  const registry = readFileSync('src/components/topic/sections.ts', 'utf8')
  const ids = [...registry.matchAll(/^\s*id: '([\w-]+)',$/gm)].map((m) => m[1] ?? '')
  expect(ids.length).toBeGreaterThan(5)
  const probed = new Set(PROBES.map((p) => p.id))
  expect(ids.filter((id) => !probed.has(id))).toEqual([])
})

test.describe('fault matrix', () => {
  // Each case loads a whole topic page twice over (fault, then retry) on a busy machine.
  test.describe.configure({ timeout: 120_000 })
  let fault: FaultSwitch | null = null
  test.afterEach(async () => {
    await fault?.dispose()
    fault = null
  })

  for (const upstream of Object.keys(TOPIC_FOR) as FaultUpstream[]) {
    for (const faultCase of FAULT_CASES) {
      test(`${upstream}: ${faultCase.name}`, async ({ page }) => {
        const known = KNOWN[`${upstream}: ${faultCase.name}`]
        test.fail(known !== undefined, known)
        const topic: { path: string; sections: string[] } = TOPICS[TOPIC_FOR[upstream]]
        const probes = PROBES.filter((p) => topic.sections.includes(p.id))
        const problems = watchConsole(page)
        // The page's own clock (Date, timers, AbortSignal.timeout) is Playwright's: the date is
        // pinned for the contest banners, and a timeout can be reached without waiting for it.
        await page.clock.install({ time: new Date('2026-11-21T10:00:00+02:00') })
        fault = await injectFault(page, upstream, faultCase.fault)
        const timeout = faultCase.fault.kind === 'timeout'
        const slow = faultCase.fault.kind === 'delay'
        // Requests to the other upstreams still on their way: the clock must not jump past the
        // app's timeout while one is, or that one times out too (a gallery's next page, say).
        const faultedHost = FAULT_UPSTREAMS[upstream][0].replace(/^\*\*\/_double\/\*?|\/\*\*$/g, '')
        const othersPending = new Set<PlaywrightRequest>()
        const other = (r: PlaywrightRequest) =>
          r.url().includes('/_double/') && !r.url().includes(faultedHost)
        page.on('request', (r) => other(r) && othersPending.add(r))
        page.on('requestfinished', (r) => othersPending.delete(r))
        page.on('requestfailed', (r) => othersPending.delete(r))
        await page.goto(topic.path)
        await expect(page.getByRole('banner')).toBeVisible()

        const blocked = probes.some((p) => p.shallow && p.needs.includes(upstream))
        const involved = (p: Probe) => [...p.needs, ...(p.uses ?? [])].includes(upstream)
        // What each section may show under the fault (everything is gone when the topic fails).
        const allowed = (p: Probe): State[] => {
          if (blocked && !p.shallow) return ['absent']
          // A slow answer may still come in before the rest of a busy page.
          // (A section that is absent while it has nothing to show may stay absent meanwhile.)
          if (p.needs.includes(upstream))
            return slow
              ? ['loading', 'ready', ...(p.mayVanish ? ['absent' as const] : [])]
              : ['failed']
          if (!involved(p)) return p.mayVanish ? ['ready', 'absent'] : ['ready']
          const partial: State[] = slow ? ['loading', 'ready'] : ['failed', 'ready']
          return p.mayVanish ? [...partial, 'absent'] : partial
        }
        const unexpected = (seen: Record<string, Seen>) =>
          probes
            .filter((p) => !allowed(p).includes(stateOf(seen, p)))
            .map((p) => `${p.id}: ${stateOf(seen, p)}`)

        let independentAt = 0
        await expect
          .poll(
            async () => {
              const seen = await states(page, probes)
              const waiting = unexpected(seen)
              // Under a delay, 'loading' is allowed from the start: without this, the poll could
              // pass before the page had sent its first request to the slow upstream.
              if (!fault?.requests.some((r) => r.faulted))
                waiting.push('the fault is not exercised')
              // A silent upstream: once everything else is in, let the app's own timeout (20 s,
              // config limits.timeoutMs) run out on the page's clock.
              if (
                timeout &&
                othersPending.size === 0 &&
                probes.every((p) => involved(p) || stateOf(seen, p) === 'ready') &&
                probes.some((p) => involved(p) && stateOf(seen, p) === 'loading')
              )
                await page.clock.fastForward(21_000)
              if (
                slow &&
                !independentAt &&
                probes.every((p) => involved(p) || stateOf(seen, p) === 'ready')
              )
                independentAt = Date.now()
              return waiting
            },
            { timeout: 45_000, intervals: [250] },
          )
          .toEqual([])
        expect(
          fault.requests.filter((r) => r.faulted).length,
          'the fault was exercised',
        ).toBeGreaterThan(0)

        const seen = await states(page, probes)
        for (const probe of probes.filter((p) => stateOf(seen, p) === 'failed'))
          expect(seen[probe.id]?.text, probe.id).toMatch(UPSTREAM_NAMES[upstream])
        if (slow) {
          // Nothing waited for the slow upstream: the rest was in before its first answer.
          const firstAnswer = Math.min(...fault.requests.filter((r) => r.faulted).map((r) => r.at))
          expect(independentAt - firstAnswer).toBeLessThan(
            faultCase.fault.kind === 'delay' ? faultCase.fault.ms : 0,
          )
        }
        if (faultCase.fault.kind === 'status' && faultCase.fault.status === 429) {
          // Retry-After (1 s) honoured: the same request is sent again only after it.
          const last = new Map<string, number>()
          for (const request of fault.requests) {
            const before = last.get(request.url)
            if (before !== undefined) expect(request.at - before).toBeGreaterThanOrEqual(950)
            last.set(request.url, request.at)
          }
        }

        // Lift the fault: a slow upstream fills in by itself, a failed one on retry.
        fault.lift()
        let clicked = 0
        await expect
          .poll(
            async () => {
              // One retry at a time, given 2 s to start before the next click.
              const retry = page.getByRole('button', { name: 'Try again' })
              if (!slow && Date.now() - clicked > 2000 && (await retry.count()) > 0) {
                await retry.first().click()
                clicked = Date.now()
              }
              const now = await states(page, probes)
              return probes
                .filter(
                  (p) =>
                    stateOf(now, p) !== 'ready' && !(p.mayVanish && stateOf(now, p) === 'absent'),
                )
                .map((p) => `${p.id}: ${stateOf(now, p)}`)
            },
            { timeout: 45_000, intervals: [250] },
          )
          .toEqual([])
        await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0)
        await expect(page.getByText(FAILURE_TEXT)).toHaveCount(0)
        expect(problems).toEqual([])
      })
    }
  }
})
