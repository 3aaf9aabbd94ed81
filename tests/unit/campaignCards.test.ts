// Contest offers for items met in passing (relation cards): one batched look-up per tick, nothing
// fetched while no edition runs, editions that need the P131 chain left out, retried after a failure.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, ref, type App } from 'vue'
import { defaultConfig } from '../../src/config'
import { servicesKey, type Services } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import type { CampaignsApi } from '../../src/api/campaigns'
import { parseEditions } from '../../src/domain/campaignRegistry'
import type { CampaignStatus } from '../../src/domain/campaignEligibility'
import type { Entity } from '../../src/domain/entity'
import { campaignsApiKey, useCampaignCardOffers } from '../../src/composables/useCampaigns'
import { editionRecord, item } from './campaignFixtures'

const entities: Record<string, Entity> = {
  Q1: item('Q1', { P17: ['Q33'], P4009: ['1277'] }, { en: 'Mill' }),
  Q2: item('Q2', { P17: ['Q33'] }, { en: 'Shed' }),
  // No P17: its country would need the P131 chain, a query per item.
  Q3: item('Q3', { P131: ['Q204382'], P4009: ['99'] }, { en: 'House' }),
}
const editions = parseEditions(
  [
    editionRecord({
      id: 'demo-nov',
      name: { en: 'Demo contest November' },
      start: '2026-11-01',
      end: '2026-11-30',
      eligibility: ['P4009'],
      monumentId: { from: 'P4009' },
    }),
  ],
  'bundled',
)

function setup(options: { now: string; failFirst?: boolean }) {
  const lookups: string[][] = []
  const registryReads: string[] = []
  let failures = options.failFirst ? 1 : 0
  const api: CampaignsApi = {
    getBundledRegistry: () => {
      registryReads.push('bundled')
      return Promise.resolve(editions)
    },
    getRegistryPage: () => Promise.resolve(parseEditions([], 'page')),
    getCampaignStatuses: (names) =>
      Promise.resolve(
        new Map<string, CampaignStatus>(
          names.map((n) => [n, { enabled: true, start: null, end: null }]),
        ),
      ),
  }
  const services = {
    config: { ...defaultConfig, campaignRegistryPage: '' },
    wikidata: {
      getEntities: (ids: readonly string[]) => {
        lookups.push([...ids])
        if (failures-- > 0) return Promise.reject(new Error('down'))
        const found = Object.fromEntries(
          ids.flatMap((id) => (entities[id] ? [[id, entities[id]]] : [])),
        )
        return Promise.resolve({ entities: found, missing: [], redirects: {} })
      },
    },
  } as unknown as Services
  let offers!: ReturnType<typeof useCampaignCardOffers>
  const Probe = defineComponent({
    setup() {
      offers = useCampaignCardOffers(ref('en'), { now: () => Date.parse(options.now) })
      return () => h('div')
    },
  })
  const i18n = createI18n('en')
  const wrapper: VueWrapper = mount(Probe, {
    global: {
      plugins: [
        {
          install(app: App) {
            installI18n(app, i18n)
            app.provide(servicesKey, services)
            app.provide(campaignsApiKey, api)
          },
        },
      ],
    },
  })
  return { offers: () => offers, lookups, registryReads, wrapper }
}

let mounted: VueWrapper | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

describe('contest offers for relation cards', () => {
  it('looks up the items asked for in one tick together, once, and links the eligible ones', async () => {
    const { offers, lookups, wrapper } = setup({ now: '2026-11-21T10:00:00+02:00' })
    mounted = wrapper
    offers().request(['Q1', 'Q2'])
    offers().request(['Q3', 'Q1'])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(Object.keys(offers().offers.value)).toEqual(['Q1'])
    })
    expect(lookups).toEqual([['Q1', 'Q2', 'Q3']])
    const offer = offers().offers.value.Q1!
    expect(offer.contest).toEqual({ value: 'Demo contest November', lang: 'en' })
    const url = new URL(offer.url)
    expect(url.searchParams.get('fields[]')).toBe('1277')
    expect(url.searchParams.get('description')).toBe('Mill (Wikidata item Q1)')
    offers().request(['Q1', 'Q2'])
    await flushPromises()
    expect(lookups).toHaveLength(1)
  })

  it('asks Wikidata nothing while no edition runs', async () => {
    const { offers, lookups, registryReads, wrapper } = setup({ now: '2026-12-05T12:00:00+02:00' })
    mounted = wrapper
    offers().request(['Q1'])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(registryReads).toEqual(['bundled'])
    })
    await flushPromises()
    expect(lookups).toEqual([])
    expect(offers().offers.value).toEqual({})
  })

  it('asks again for items whose look-up failed', async () => {
    const { offers, lookups, wrapper } = setup({
      now: '2026-11-21T10:00:00+02:00',
      failFirst: true,
    })
    mounted = wrapper
    offers().request(['Q1'])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(lookups).toHaveLength(1)
    })
    await flushPromises()
    expect(offers().offers.value).toEqual({})
    offers().request(['Q1'])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(offers().offers.value.Q1).toBeDefined()
    })
    expect(lookups).toEqual([['Q1'], ['Q1']])
  })
})
