/**
 * Where the reliability specs leave their figures for docs/reliability.md: one JSON file per
 * test in bench-results/reliability/<spec>/ (git-ignored), read by scripts/reliability-table.ts.
 * A spec run alone, or one test of it, leaves its own files and touches no other.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const RELIABILITY_DIR = join(process.cwd(), 'bench-results', 'reliability')

/**
 * Writes one test's figures to bench-results/reliability/<spec>/<part>.json: a file per test, so
 * that parallel workers never write the same file.
 */
export function recordReliability(spec: string, part: string, figures: unknown): void {
  const file = join(RELIABILITY_DIR, spec, `${part.replace(/[^\w.-]+/g, '-')}.json`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`)
}
