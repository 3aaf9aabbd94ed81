// Campaign banners on whole topic pages over the Wikimedia double's demo world: the bundled
// registry (served from public/), the registry page on Commons and list=allcampaigns together.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { createDouble, repoRoot, type Double } from '../double/index.ts'
import { useCampaignDismissals } from '../../src/composables/useCampaignDismissals'
import { mountKooste } from './mount'

const bundled = fs.readFileSync(path.join(repoRoot, 'public/campaigns/registry.json'), 'utf8')
let double: Double
let bundledDown = false
const server = setupServer(
  http.get('*/campaigns/registry.json', () =>
    bundledDown
      ? new HttpResponse('gone', { status: 404 })
      : new HttpResponse(bundled, { headers: { 'content-type': 'application/json' } }),
  ),
  http.all('*', ({ request }) => double.handle(request)),
)
beforeAll(async () => {
  double = await createDouble({ dataset: path.join(repoRoot, 'demo-world') })
  server.listen()
})
afterAll(() => server.close())

const wait = { timeout: 10000 }
let unmount: (() => void) | null = null
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  localStorage.clear()
  useCampaignDismissals().reload()
  double.reset()
  bundledDown = false
})
afterEach(() => {
  unmount?.()
  unmount = null
  vi.useRealTimers()
  vi.restoreAllMocks()
})

async function topic(path: string, iso: string) {
  vi.setSystemTime(new Date(iso))
  const mounted = await mountKooste(path)
  unmount = mounted.unmount
  await vi.waitFor(() => expect(mounted.element.querySelector('.kst-facts')).not.toBeNull(), wait)
  return mounted.element
}

/** Reads of the campaign registry page on Commons (a map outline is read with prop=revisions too). */
const registryReads = () =>
  double.log.filter((entry) => {
    const params = new URL(entry.url, 'http://double.invalid').searchParams
    return (
      params.get('prop') === 'revisions' && params.get('titles') === 'Data:Kooste/campaigns.tab'
    )
  })

const titles = (element: Element) =>
  [...element.querySelectorAll('.kst-campaign-banner__title')].map((e) => e.textContent?.trim())
const link = (element: Element) =>
  new URL(element.querySelector<HTMLAnchorElement>('a.kst-campaign-banner__upload')?.href ?? '')

describe('campaign banners on the demo world', () => {
  it('Verla in November 2026: the running demo edition, not the ended ones or the disabled one', async () => {
    const element = await topic('/Q217447?lang=en&uilang=en', '2026-11-21T10:00:00+02:00')
    await vi.waitFor(() => expect(titles(element)).toHaveLength(1), wait)
    expect(titles(element)).toEqual(['Demo contest: built heritage of Finland, November 2026'])
    expect([...link(element).searchParams]).toEqual([
      ['campaign', 'wlm-fi'],
      ['fields[]', '1277'],
      ['uselang', 'en'],
      ['descriptionlang', 'en'],
      ['description', 'Verla (Wikidata item Q217447)'],
      ['captionlang', 'en'],
      ['caption', 'Verla (Wikidata item Q217447)'],
      ['lat', '61.061992'],
      ['lon', '26.640016'],
      ['categories', 'Kooste demo uploads 2026 in Finland|Verla groundwood and board mill'],
    ])
    const asked = double.log.map((entry) => entry.url)
    expect(registryReads()).toHaveLength(1)
    expect(asked.filter((url) => url.includes('list=allcampaigns'))).toHaveLength(1)
  })

  it('Verla in September 2026: the bundled Wiki Loves Monuments 2026 in Finland, with the QID', async () => {
    const element = await topic('/Q217447?lang=fi&uilang=fi', '2026-09-10T12:00:00+03:00')
    await vi.waitFor(() => expect(titles(element)).toHaveLength(1), wait)
    expect(titles(element)).toEqual(['Wiki Loves Monuments 2026 Suomessa'])
    expect(link(element).searchParams.get('fields[]')).toBe('Q217447')
    expect(link(element).searchParams.get('uselang')).toBe('fi')
    expect(link(element).searchParams.get('categories')).toBe(
      'Images from Wiki Loves Monuments 2026 in Finland|Verla groundwood and board mill',
    )
  })

  it('with the bundled registry down, the wiki page still gives its banner', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    bundledDown = true
    const element = await topic('/Q217447?lang=en&uilang=en', '2026-11-21T10:00:00+02:00')
    await vi.waitFor(() => expect(titles(element)).toHaveLength(1), wait)
  })

  it('with the registry page down, the bundled registry still gives its banner', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    double.setFault('commons', { kind: 'status', status: 500 })
    const element = await topic('/Q217447?lang=en&uilang=en', '2026-09-10T12:00:00+03:00')
    await vi.waitFor(() => expect(titles(element)).toHaveLength(1), wait)
    // Commons' campaign list is down too: the registry is trusted.
    expect(link(element).searchParams.get('campaign')).toBe('wlm-fi')
  })

  it('sauna culture in November 2026: no banner and no campaign request (its contests ended)', async () => {
    const element = await topic('/Q999990106?lang=en&uilang=en', '2026-11-21T10:00:00+02:00')
    await vi.waitFor(() => expect(registryReads()).not.toEqual([]), wait)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(titles(element)).toEqual([])
    expect(double.log.filter((e) => e.url.includes('list=allcampaigns'))).toEqual([])
  })

  it('a topic without any hook loads no campaign code and asks nothing', async () => {
    const element = await topic('/Q215346?lang=en&uilang=en', '2026-11-21T10:00:00+02:00')
    expect(titles(element)).toEqual([])
    expect(registryReads()).toEqual([])
  })
})
