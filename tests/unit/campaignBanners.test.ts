// The campaign banners of a topic page, mounted with fake campaign sources: what a person sees,
// which link they get, what happens when a source is down, and that hiding a banner sticks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { App } from 'vue'
import { defaultConfig } from '../../src/config'
import { servicesKey, type Services } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import { languageChain } from '../../src/domain/languages'
import type { CampaignsApi } from '../../src/api/campaigns'
import { ApiError } from '../../src/api/http'
import { parseEditions, type ParsedRegistry } from '../../src/domain/campaignRegistry'
import type { CampaignStatus } from '../../src/domain/campaignEligibility'
import type { Entity } from '../../src/domain/entity'
import { campaignsApiKey } from '../../src/composables/useCampaigns'
import { useCampaignDismissals } from '../../src/composables/useCampaignDismissals'
import CampaignBanners from '../../src/components/campaign/CampaignBanners.vue'
import { coordinate, editionRecord, item, text } from './campaignFixtures'

const verla = item(
  'Q217447',
  {
    P17: ['Q33'],
    P1435: ['Q9259'],
    P4009: ['1277'],
    P625: [coordinate(61.061992, 26.640016)],
    P373: [text('Verla groundwood and board mill')],
  },
  { en: 'Verla', fi: 'Verla' },
)

const registry = (records: Record<string, unknown>[], source = 'bundled'): ParsedRegistry =>
  parseEditions(records, source)
const november = (overrides: Record<string, unknown> = {}) =>
  editionRecord({
    id: 'demo-nov',
    name: { en: 'Demo contest November', fi: 'Esittelykilpailu marraskuu' },
    start: '2026-11-01',
    end: '2026-11-30',
    eligibility: ['P4009'],
    monumentId: { from: 'P4009' },
    ...overrides,
  })
const enabled = (...names: string[]) =>
  new Map<string, CampaignStatus>(names.map((n) => [n, { enabled: true, start: null, end: null }]))

interface Sources {
  bundled?: () => Promise<ParsedRegistry>
  page?: () => Promise<ParsedRegistry>
  statuses?: () => Promise<Map<string, CampaignStatus>>
}

function fakeApi(sources: Sources) {
  const calls: string[] = []
  const api: CampaignsApi = {
    getBundledRegistry: () => {
      calls.push('bundled')
      return sources.bundled?.() ?? Promise.resolve(registry([]))
    },
    getRegistryPage: (title) => {
      calls.push(`page ${title}`)
      return sources.page?.() ?? Promise.resolve(registry([], title))
    },
    getCampaignStatuses: (names) => {
      calls.push(`statuses ${names.join(',')}`)
      return sources.statuses?.() ?? Promise.resolve(enabled(...names))
    },
  }
  return { api, calls }
}

const queries: string[] = []
function fakeServices(answer: string[] = []): Services {
  const fail = () => {
    throw new Error('not expected in this test')
  }
  return {
    config: defaultConfig,
    wikidata: new Proxy({}, { get: fail }) as Services['wikidata'],
    commons: new Proxy({}, { get: fail }) as Services['commons'],
    wikipedia: new Proxy({}, { get: fail }) as Services['wikipedia'],
    wikisource: new Proxy({}, { get: fail }) as Services['wikisource'],
    campaigns: new Proxy({}, { get: fail }) as Services['campaigns'],
    sparql: {
      runQuery: (query: string) => {
        queries.push(query)
        return Promise.resolve(
          answer.map((id) => ({
            place: { type: 'uri' as const, value: `http://www.wikidata.org/entity/${id}` },
          })),
        )
      },
    },
  } as Services
}

let wrapper: VueWrapper | null = null
async function mountBanners(
  api: CampaignsApi,
  options: { entity?: Entity; uilang?: string; places?: string[] } = {},
) {
  const uilang = options.uilang ?? 'en'
  const i18n = createI18n(uilang)
  const setup = {
    install(app: App) {
      installI18n(app, i18n)
      app.provide(servicesKey, fakeServices(options.places))
      app.provide(campaignsApiKey, api)
    },
  }
  wrapper = mount(CampaignBanners, {
    props: { entity: options.entity ?? verla, chain: languageChain('en'), lang: 'en', uilang },
    global: { plugins: [setup] },
    attachTo: document.body,
  })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(i18n.locale.value).toBe(uilang)
  })
  await flushPromises()
  return wrapper
}

const banners = (w: VueWrapper) => w.findAll('.kst-campaign-banner')
const uploadLink = (w: VueWrapper, index = 0) =>
  new URL(banners(w)[index]?.find('a.kst-campaign-banner__upload').attributes('href') ?? '')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-21T10:00:00+02:00'))
  localStorage.clear()
  useCampaignDismissals().reload()
  queries.length = 0
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('campaign banners on a topic', () => {
  it('show which contest, until when, and an upload link with the item’s details', async () => {
    const { api } = fakeApi({ bundled: () => Promise.resolve(registry([november()])) })
    const w = await mountBanners(api)
    expect(w.find('section').attributes('aria-label')).toBe('Photo contests')
    expect(banners(w)).toHaveLength(1)
    const banner = banners(w)[0]!
    expect(banner.find('.kst-campaign-banner__title').text()).toBe('Demo contest November')
    expect(banner.find('.kst-campaign-banner__when').text().replace(/\s+/g, ' ')).toBe(
      'Open until November 30, 2026 · , ends in 9 days',
    )
    const link = banner.find('a.kst-campaign-banner__upload')
    expect(link.text()).toBe('Upload your photo (opens Wikimedia Commons in a new tab)')
    expect(link.attributes('target')).toBe('_blank')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect([...uploadLink(w).searchParams]).toEqual([
      ['campaign', 'wlm-fi'],
      ['fields[]', '1277'],
      ['uselang', 'en'],
      ['descriptionlang', 'en'],
      ['description', 'Verla (Wikidata item Q217447)'],
      ['captionlang', 'en'],
      ['caption', 'Verla (Wikidata item Q217447)'],
      ['lat', '61.061992'],
      ['lon', '26.640016'],
      [
        'categories',
        'Images from Wiki Loves Monuments 2026 in Finland|Verla groundwood and board mill',
      ],
    ])
  })

  it('speak the reader’s language: Finnish texts, dates and upload form', async () => {
    const { api } = fakeApi({ bundled: () => Promise.resolve(registry([november()])) })
    const w = await mountBanners(api, { uilang: 'fi' })
    const banner = banners(w)[0]!
    expect(banner.find('.kst-campaign-banner__title').text()).toBe('Esittelykilpailu marraskuu')
    expect(banner.find('.kst-campaign-banner__when').text()).toContain(
      'Avoinna 30. marraskuuta 2026 asti',
    )
    expect(banner.find('.kst-campaign-banner__when').text()).toContain('päättyy 9 päivän kuluttua')
    expect(uploadLink(w).searchParams.get('uselang')).toBe('fi')
    expect(uploadLink(w).searchParams.get('description')).toBe('Verla (Wikidata-kohde Q217447)')
  })

  it('give several contests their own banners, in the order of the data', async () => {
    const second = november({
      id: 'demo-second',
      name: { en: 'Second contest' },
      campaign: 'wle-fi',
    })
    const { api } = fakeApi({ bundled: () => Promise.resolve(registry([second, november()])) })
    const w = await mountBanners(api)
    expect(banners(w).map((b) => b.find('.kst-campaign-banner__title').text())).toEqual([
      'Second contest',
      'Demo contest November',
    ])
    expect(uploadLink(w, 0).searchParams.get('campaign')).toBe('wle-fi')
  })

  it('are absent after the window, and announce the next edition without an upload link', async () => {
    const ended = november({ id: 'demo-oct', start: '2026-10-01', end: '2026-10-31' })
    const next = november({
      id: 'demo-dec',
      name: { en: 'December contest' },
      start: '2026-12-01',
      end: '2026-12-31',
      announceFrom: '2026-11-15',
    })
    const later = november({ id: 'demo-jan', start: '2027-01-01', end: '2027-01-31' })
    const { api } = fakeApi({ bundled: () => Promise.resolve(registry([ended, next, later])) })
    const w = await mountBanners(api)
    expect(banners(w)).toHaveLength(1)
    expect(banners(w)[0]!.text()).toContain('December contest')
    expect(banners(w)[0]!.text()).toContain('Starts on December 1, 2026')
    expect(banners(w)[0]!.text()).toContain('Uploads open when the contest starts.')
    expect(banners(w)[0]!.find('a.kst-campaign-banner__upload').exists()).toBe(false)
  })

  it('say “ends today” on the last day in the edition’s time zone', async () => {
    vi.setSystemTime(new Date('2026-11-30T23:30:00+02:00'))
    const { api } = fakeApi({ bundled: () => Promise.resolve(registry([november()])) })
    const w = await mountBanners(api)
    expect(banners(w)[0]!.find('.kst-campaign-banner__when').text()).toContain('ends today')
  })

  it('render nothing, and ask nothing more, when no edition applies', async () => {
    const { api, calls } = fakeApi({
      bundled: () => Promise.resolve(registry([november({ eligibility: ['P2186'] })])),
    })
    const w = await mountBanners(api)
    expect(w.find('section').exists()).toBe(false)
    expect(calls).toEqual(['bundled', 'page Data:Kooste/campaigns.tab'])
  })
})

describe('the sources', () => {
  it('still work with the bundled registry down, and say so once in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const down = () => Promise.reject(new ApiError('commons', 404, 'notfound', 'not found'))
    const page = () => Promise.resolve(registry([november()], 'Data:Kooste/campaigns.tab'))
    for (let i = 0; i < 2; i++) {
      const { api } = fakeApi({ bundled: down, page })
      const w = await mountBanners(api)
      expect(banners(w)).toHaveLength(1)
      w.unmount()
      wrapper = null
    }
    expect(warn.mock.calls.filter(([m]) => String(m).includes('bundled registry'))).toHaveLength(1)
  })

  it('still work with the wiki page down', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { api } = fakeApi({
      bundled: () => Promise.resolve(registry([november()])),
      page: () => Promise.reject(new ApiError('commons', null, 'network', 'offline')),
    })
    expect(banners(await mountBanners(api))).toHaveLength(1)
  })

  it('let the wiki page correct a bundled edition', async () => {
    const { api } = fakeApi({
      bundled: () => Promise.resolve(registry([november({ end: '2026-11-20' })])),
      page: () => Promise.resolve(registry([november({ end: '2026-11-25' })], 'page')),
    })
    const w = await mountBanners(api)
    expect(banners(w)[0]!.text()).toContain('ends in 4 days')
  })

  it('report a malformed entry once and skip it, keeping the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const bad = registry([november({ id: 'demo-bad', timeZone: 'Nowhere/Town' }), november()])
    for (let i = 0; i < 2; i++) {
      const w = await mountBanners(fakeApi({ bundled: () => Promise.resolve(bad) }).api)
      expect(banners(w)).toHaveLength(1)
      w.unmount()
      wrapper = null
    }
    const messages = warn.mock.calls.map(([m]) => String(m)).filter((m) => m.includes('demo-bad'))
    expect(messages).toEqual([
      '[Kooste campaigns] bundled: skipped demo-bad: timeZone must be an IANA time zone such as Europe/Helsinki',
    ])
  })

  it('show no banner for a disabled or unknown campaign', async () => {
    const { api, calls } = fakeApi({
      bundled: () => Promise.resolve(registry([november()])),
      statuses: () =>
        Promise.resolve(new Map([['wlm-fi', { enabled: false, start: null, end: null }]])),
    })
    const w = await mountBanners(api)
    expect(calls).toContain('statuses wlm-fi')
    expect(w.find('section').exists()).toBe(false)
    const unknown = fakeApi({
      bundled: () => Promise.resolve(registry([november()])),
      statuses: () => Promise.resolve(new Map()),
    })
    w.unmount()
    expect((await mountBanners(unknown.api)).find('section').exists()).toBe(false)
  })

  it('trust the registry when Commons’ campaign list is down', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { api } = fakeApi({
      bundled: () => Promise.resolve(registry([november()])),
      statuses: () => Promise.reject(new ApiError('commons', 500, 'http', 'HTTP 500')),
    })
    expect(banners(await mountBanners(api))).toHaveLength(1)
  })

  it('ask the query service once for the P131 chain of an item without P17', async () => {
    const kouvola = item('Q999', { P131: ['Q204382'], P4009: ['1'] }, { en: 'Somewhere' })
    const region = november({ regions: ['Q5698'] })
    const { api } = fakeApi({ bundled: () => Promise.resolve(registry([region])) })
    const w = await mountBanners(api, { entity: kouvola, places: ['Q33', 'Q5698'] })
    expect(queries).toHaveLength(1)
    expect(queries[0]).toContain('VALUES ?place { wd:Q33 wd:Q5698 }')
    expect(banners(w)).toHaveLength(1)
  })
})

describe('hiding a banner', () => {
  it('is remembered per edition, across page loads', async () => {
    const other = november({ id: 'demo-other', name: { en: 'Other contest' } })
    const sources = { bundled: () => Promise.resolve(registry([november(), other])) }
    const w = await mountBanners(fakeApi(sources).api)
    await banners(w)[0]!.find('.cdx-message__dismiss-button').trigger('click')
    await flushPromises()
    expect(JSON.parse(localStorage.getItem('kooste:campaign-dismissed:v1') ?? '[]')).toEqual([
      'demo-nov',
    ])
    await vi.waitFor(() => expect(banners(w)).toHaveLength(1))
    w.unmount()
    wrapper = null
    useCampaignDismissals().reload() // a new page load reads storage again
    const again = await mountBanners(fakeApi(sources).api)
    expect(banners(again).map((b) => b.find('.kst-campaign-banner__title').text())).toEqual([
      'Other contest',
    ])
  })

  it('survives a storage that cannot be read or written', async () => {
    localStorage.setItem('kooste:campaign-dismissed:v1', '{not json')
    useCampaignDismissals().reload()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const w = await mountBanners(
      fakeApi({ bundled: () => Promise.resolve(registry([november()])) }).api,
    )
    expect(banners(w)).toHaveLength(1)
    await banners(w)[0]!.find('.cdx-message__dismiss-button').trigger('click')
    await vi.waitFor(() => expect(w.find('section').exists()).toBe(false))
  })
})
