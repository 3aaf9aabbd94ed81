import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/**
 * The serious and critical axe violations on the page (or inside `scopes`), as readable lines.
 * Runs once finite animations have ended: a banner caught halfway through fading in has text of
 * too little contrast, which is a fact about the moment, not about the page.
 */
export async function seriousViolations(page: Page, scopes: string[] = []): Promise<string[]> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  )
  let builder = new AxeBuilder({ page })
  for (const scope of scopes) builder = builder.include(scope)
  const results = await builder.analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
