// The empty gallery's upload offer, mounted with fake campaign sources: the running contest's link,
// the plain link when no contest applies or the sources fail, and no contest data for other topics.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { App } from 'vue'
import { defaultConfig } from '../../src/config'
import { servicesKey, type Services } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import type { CampaignsApi } from '../../src/api/campaigns'
import { ApiError } from '../../src/api/http'
import { parseEditions } from '../../src/domain/campaignRegistry'
import type { CampaignStatus } from '../../src/domain/campaignEligibility'
import type { Entity } from '../../src/domain/entity'
import { campaignsApiKey } from '../../src/composables/useCampaigns'
import GalleryUploadOffer from '../../src/components/gallery/GalleryUploadOffer.vue'
import { coordinate, editionRecord, item, text } from './campaignFixtures'

const housing = item(
  'Q999990203',
  { P17: ['Q33'], P4009: ['1277'], P625: [coordinate(61.0609, 26.6425)] },
  { en: "Verla workers' housing" },
)
const rapids = item(
  'Q999990205',
  { P17: ['Q33'], P625: [coordinate(61.0626, 26.6408)], P373: [text('Verlankoski')] },
  { en: 'Verlankoski' },
)
const november = editionRecord({
  id: 'demo-nov',
  name: { en: 'Demo contest November' },
  start: '2026-11-01',
  end: '2026-11-30',
  eligibility: ['P4009'],
  monumentId: { from: 'P4009' },
  url: 'https://commons.wikimedia.org/wiki/Commons:Demo',
})

function fakeApi(fail = false) {
  const calls: string[] = []
  const api: CampaignsApi = {
    getBundledRegistry: () => {
      calls.push('bundled')
      return fail
        ? Promise.reject(new ApiError('commons', 500, 'http', 'down'))
        : Promise.resolve(parseEditions([november], 'bundled'))
    },
    getRegistryPage: (title) => {
      calls.push('page')
      return Promise.resolve(parseEditions([], title))
    },
    getCampaignStatuses: (names) => {
      calls.push('statuses')
      return Promise.resolve(
        new Map<string, CampaignStatus>(
          names.map((n) => [n, { enabled: true, start: null, end: null }]),
        ),
      )
    },
  }
  return { api, calls }
}

let wrapper: VueWrapper | null = null
async function offer(entity: Entity, api: CampaignsApi) {
  const i18n = createI18n('en')
  wrapper = mount(GalleryUploadOffer, {
    props: { entity, uilang: 'en' },
    global: {
      plugins: [
        {
          install(app: App) {
            installI18n(app, i18n)
            app.provide(servicesKey, { config: defaultConfig } as unknown as Services)
            app.provide(campaignsApiKey, api)
          },
        },
      ],
    },
  })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper!.find('a.kst-gallery-upload__link').exists()).toBe(true)
  })
  return wrapper
}
const href = (w: VueWrapper) => new URL(w.find('a.kst-gallery-upload__link').attributes('href')!)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-21T10:00:00+02:00'))
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
})

describe('the empty gallery’s upload offer', () => {
  it('links the running contest the topic can take part in, as the banner does', async () => {
    const w = await offer(housing, fakeApi().api)
    expect(w.text()).toContain('Photograph it and take part in the photo contest:')
    expect(w.find('a[href="https://commons.wikimedia.org/wiki/Commons:Demo"]').text()).toBe(
      'Demo contest November',
    )
    expect(href(w).searchParams.get('campaign')).toBe('wlm-fi')
    expect(href(w).searchParams.get('fields[]')).toBe('1277')
  })

  it('falls back to the plain upload link when the contest sources fail', async () => {
    const w = await offer(housing, fakeApi(true).api)
    expect(w.text()).toContain('You can upload it to Wikimedia Commons.')
    expect(href(w).searchParams.has('campaign')).toBe(false)
    expect(href(w).searchParams.get('description')).toBe(
      "Verla workers' housing (Wikidata item Q999990203)",
    )
  })

  it('asks for no contest data for a topic no contest could take', async () => {
    const { api, calls } = fakeApi()
    const w = await offer(rapids, api)
    expect(calls).toEqual([])
    expect([...href(w).searchParams]).toEqual([
      ['uselang', 'en'],
      ['descriptionlang', 'en'],
      ['description', 'Verlankoski (Wikidata item Q999990205)'],
      ['captionlang', 'en'],
      ['caption', 'Verlankoski (Wikidata item Q999990205)'],
      ['lat', '61.0626'],
      ['lon', '26.6408'],
      ['categories', 'Verlankoski'],
    ])
    expect(w.find('a.kst-gallery-upload__link').attributes('target')).toBe('_blank')
  })
})
