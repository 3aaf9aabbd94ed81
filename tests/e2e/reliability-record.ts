/**
 * Where the reliability specs leave their figures for docs/reliability.md: one JSON file per
 * spec in bench-results/reliability/ (git-ignored), read by scripts/reliability-table.ts. Each
 * test merges its own entry, so a spec run alone, or in parts, still leaves a valid file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const RELIABILITY_DIR = join(process.cwd(), 'bench-results', 'reliability')

/** Merges `entries` into bench-results/reliability/<spec>.json. */
export function recordReliability(spec: string, entries: Record<string, unknown>): void {
  const file = join(RELIABILITY_DIR, `${spec}.json`)
  mkdirSync(dirname(file), { recursive: true })
  let current: Record<string, unknown> = {}
  try {
    current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    // No file yet, or a torn one from an interrupted run: start again.
  }
  writeFileSync(
    file,
    `${JSON.stringify({ ...current, ...entries, updated: new Date().toISOString() }, null, 2)}\n`,
  )
}
