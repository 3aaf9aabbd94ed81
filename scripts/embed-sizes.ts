/**
 * The JavaScript an embed frame loads (gzip), measured in Chromium: every script the frame has
 * fetched by the time its section is drawn and nothing is busy. Used by `npm run bench`; run alone
 * with `jiti scripts/embed-sizes.ts [outDir]` to see one build's figures with the chunks by size.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

/** The embeds measured: a demo topic for each section, and the query embed's views. */
export const embedRoutes: Record<string, string> = {
  timeline: '/embed/Q217447/timeline',
  map: '/embed/Q217447/map',
  gallery: '/embed/Q217447/gallery',
  relations: '/embed/Q217447/relations',
  wikisource: '/embed/Q215346/wikisource',
  campaigns: '/embed/Q217447/campaigns',
  visualizations: '/embed/Q215346/visualizations',
}

export interface EmbedSize {
  js: number
  chunks: { file: string; gzip: number }[]
}

/** Loads each embed in a fresh page and sums the gzip size of the scripts it fetched from dist. */
export async function measureEmbeds(
  browser: Browser,
  origin: string,
  dist: string,
  routes: Record<string, string> = embedRoutes,
): Promise<Record<string, EmbedSize>> {
  const out: Record<string, EmbedSize> = {}
  for (const [name, route] of Object.entries(routes)) {
    const page = await browser.newPage()
    const files = new Set<string>()
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.origin === origin && url.pathname.endsWith('.js')) files.add(url.pathname)
    })
    await page.goto(`${origin}${route}${route.includes('?') ? '&' : '?'}lang=en&uilang=en`)
    await page.waitForFunction(
      () =>
        document.querySelector('.kst-embed__content, .kst-embed__problem, .kst-query-embed') !==
          null && document.querySelector('[aria-busy="true"]') === null,
      undefined,
      { timeout: 30_000, polling: 50 },
    )
    await page.waitForLoadState('networkidle')
    await page.close()
    const chunks = [...files]
      .map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(dist, file))).length }))
      .sort((a, b) => b.gzip - a.gzip)
    out[name] = { js: chunks.reduce((sum, c) => sum + c.gzip, 0), chunks }
  }
  return out
}
