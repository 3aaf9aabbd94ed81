/** Writes docs/screenshot.png: the demo world's Verla page in Chromium (needs `npm run build`). */
import path from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../tests/chromium.ts'
import { startDoubleServer } from '../tests/double/server.ts'

const root = path.resolve(import.meta.dirname, '..')
const server = await startDoubleServer({ staticDir: path.join(root, 'dist') })
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
  await page.goto(`${server.origin}/Q217447?lang=en&uilang=en`)
  await page.locator('.kst-facts').waitFor()
  await page.locator('.kst-topic-header img').evaluate((img: HTMLImageElement) => img.decode())
  // Sections fade in (Codex messages); let them finish.
  await page.waitForTimeout(1000)
  await page.screenshot({ path: path.join(root, 'docs/screenshot.png') })
} finally {
  await browser.close()
  await server.close()
}
