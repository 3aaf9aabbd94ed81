import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/chromium.ts'

// End-to-end journeys in the system Chromium (Debian's `chromium` package; no Playwright browser
// download works here) against the built app served with the Wikimedia double on one origin.
// KOOSTE_E2E_PORT and KOOSTE_E2E_OUTDIR let several runs share a machine (each with its own build).
const port = Number(process.env.KOOSTE_E2E_PORT ?? 4173)
const outDir = process.env.KOOSTE_E2E_OUTDIR ?? 'dist'

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Three workers on CI's two cores: many tests spend seconds waiting (the fault matrix's slow and
  // silent upstreams, retries, polls), and a third worker uses that time. Same CPU, less wall time:
  // the fault matrix 193 s -> 130 s, 200 fuzz routes 65 s -> 54 s.
  workers: process.env.CI ? 3 : undefined,
  // In CI a failed test runs once more, recording a trace, and a test that passes only on that
  // second try still fails the run (failOnFlakyTests): every failure counts, and the recording,
  // which costs about a quarter of the browser's CPU when every test pays it, is paid by failures
  // only. Locally, every test records and keeps its trace when it fails.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `vite preview --mode demo --port ${port} --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/config.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
