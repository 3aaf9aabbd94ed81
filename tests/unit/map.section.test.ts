// The map section with Leaflet in jsdom, over the double's demo world: what a person sees on
// Verla's and Kouvola's maps, what its layers do, where its popups link, what it asks for and when.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, type App } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { defaultConfig } from '../../src/config'
import { createServices, servicesKey } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import { languageChain } from '../../src/domain/languages'
import { useMapHighlight } from '../../src/composables/useMapHighlight'
import MapSection from '../../src/components/map/MapSection.vue'
import { useDouble } from './double'
import type { CampaignsApi } from '../../src/api/campaigns'
import { at, edition } from './campaignFixtures'
import { mountKooste } from './mount'

const double = useDouble()
const wait = { timeout: 10000 }
let mounted: VueWrapper | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
  vi.useRealTimers()
})

/** Mounts the map section alone for an item, over the live services answered by the double. */
async function mountMap(
  id: string,
  query: Record<string, string> = {},
  lang = 'en',
  campaigns?: CampaignsApi,
) {
  const services = createServices(defaultConfig)
  const entity = (
    await services.wikidata.getEntities([id], {
      props: ['labels', 'descriptions', 'claims', 'sitelinks'],
    })
  ).entities[id]!
  double().clearLog()
  const router: Router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:id', component: defineComponent({ render: () => null }) }],
  })
  await router.push({ path: `/${id}`, query: { lang, ...query } })
  const setup = {
    install(app: App) {
      installI18n(app, createI18n('en'))
      app.provide(servicesKey, campaigns ? { ...services, campaigns } : services)
    },
  }
  mounted = mount(MapSection, {
    props: { entity, chain: languageChain(lang), lang, uilang: 'en' },
    global: { plugins: [router, setup] },
    attachTo: document.body,
  })
  return { wrapper: mounted, router }
}

const markers = (wrapper: VueWrapper, source: string) =>
  wrapper.findAll(`.leaflet-marker-pane .kst-map-marker--${source}`)
const layerCheckbox = (wrapper: VueWrapper, name: RegExp) =>
  wrapper.findAll('.kst-map-layers__layer').find((l) => name.test(l.text()))

describe('the map section on Verla', () => {
  it('shows a Leaflet map with the topic, OSM attribution and the photos taken there', async () => {
    const { wrapper } = await mountMap('Q217447')
    expect(wrapper.find('h2').text()).toBe('Map')
    await vi.waitFor(() => expect(wrapper.find('.leaflet-container').exists()).toBe(true), wait)
    expect(wrapper.find('.kst-map-canvas').attributes('dir')).toBe('ltr')
    expect(wrapper.find('.kst-map-canvas').attributes('aria-label')).toBe('Map of Verla')
    const topic = markers(wrapper, 'topic')
    expect(topic).toHaveLength(1)
    expect(topic[0]!.attributes('title')).toBe('Verla')
    expect(topic[0]!.attributes('role')).toBe('button')
    expect(topic[0]!.attributes('tabindex')).toBe('0')
    expect(wrapper.find('.leaflet-control-attribution').text()).toContain('OpenStreetMap')
    expect(wrapper.find('.leaflet-tile-pane img').attributes('src') ?? '').toMatch(
      /^https:\/\/tile\.openstreetmap\.org\/15\/\d+\/\d+\.png$/,
    )
    await vi.waitFor(() => expect(markers(wrapper, 'photos')).toHaveLength(2), wait)
    expect(markers(wrapper, 'photos')[0]!.attributes('title')).toMatch(/^Photo: /)
    await vi.waitFor(() => expect(wrapper.findAll('path.kst-map-shape')).toHaveLength(1), wait)
    const labels = () =>
      wrapper.findAll('.kst-map-layers label').map((l) => l.text().replace(/\s+/g, ' '))
    expect(labels()).toEqual([
      'Parts and contents (3)',
      'Nearby (3)',
      'Photos taken here (2)',
      'Heritage without a photo (2)',
      'Outline (1)',
    ])
    // Nearby items come named from the geosearch answer.
    expect(markers(wrapper, 'nearby').map((m) => m.attributes('title'))).toContain('Verlankoski')
  })

  it('asks for the map data in one wave: three requests, and the outline page, and nothing else', async () => {
    const { wrapper } = await mountMap('Q217447')
    await vi.waitFor(() => expect(markers(wrapper, 'photos')).toHaveLength(2), wait)
    await vi.waitFor(() => expect(wrapper.findAll('path.kst-map-shape')).toHaveLength(1), wait)
    await flushPromises()
    const log = double().log.filter((e) => e.method !== 'OPTIONS')
    expect(log.map((e) => e.upstream).sort()).toEqual(['commons', 'commons', 'query', 'wikidata'])
    const wikidata = log.find((e) => e.upstream === 'wikidata')?.url ?? ''
    expect(wikidata).toContain('generator=geosearch')
    expect(wikidata).toContain('entityterms')
    const commons = log.filter((e) => e.upstream === 'commons').map((e) => e.url)
    expect(commons.some((url) => url.includes('generator=geosearch'))).toBe(true)
    expect(commons.some((url) => url.includes('Verla.map'))).toBe(true)
    // One wave: every request started before any of them answered.
    const firstEnd = Math.min(...log.map((e) => e.endedAt ?? Infinity))
    for (const entry of log) expect(entry.startedAt).toBeLessThanOrEqual(firstEnd)
  })

  it('turns a layer off and on, and writes the layers into the URL', async () => {
    const { wrapper, router } = await mountMap('Q217447')
    await vi.waitFor(() => expect(markers(wrapper, 'photos')).toHaveLength(2), wait)
    await layerCheckbox(wrapper, /Photos/)!
      .find('input')
      .setValue(false)
    await vi.waitFor(() => expect(markers(wrapper, 'photos')).toHaveLength(0), wait)
    await vi.waitFor(
      () => expect(router.currentRoute.value.query.maplayers).toBe('parts,nearby,wanted,shape'),
      wait,
    )
    expect(router.currentRoute.value.query.lang).toBe('en')
    await layerCheckbox(wrapper, /Photos/)!
      .find('input')
      .setValue(true)
    await vi.waitFor(() => expect(markers(wrapper, 'photos')).toHaveLength(2), wait)
  })

  it('starts from the view and layers in the URL', async () => {
    const { wrapper } = await mountMap('Q217447', {
      map: '61.06000,26.64000,12',
      maplayers: 'parts',
    })
    await vi.waitFor(() => expect(wrapper.find('.leaflet-container').exists()).toBe(true), wait)
    await flushPromises()
    expect(wrapper.find('.leaflet-tile-pane img').attributes('src') ?? '').toMatch(
      /\/12\/\d+\/\d+\.png$/,
    )
    expect(markers(wrapper, 'photos')).toHaveLength(0)
    const photos = layerCheckbox(wrapper, /Photos/)!.find('input').element as HTMLInputElement
    expect(photos.checked).toBe(false)
  })

  it('opens a photo popup with its thumbnail and credit, from the keyboard too', async () => {
    const { wrapper } = await mountMap('Q217447')
    await vi.waitFor(() => expect(markers(wrapper, 'photos')).toHaveLength(2), wait)
    const photo = markers(wrapper, 'photos')[0]!
    photo.element.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', bubbles: true }))
    await vi.waitFor(
      () => expect(wrapper.find('.leaflet-popup .kst-map-popup').exists()).toBe(true),
      wait,
    )
    const popup = wrapper.find('.leaflet-popup')
    expect(popup.find('img').attributes('src')).toMatch(/\/thumb\//)
    expect(popup.find('.kst-credit').text()).toMatch(/CC|Public domain/)
    await vi.waitFor(
      () => expect(document.activeElement?.closest('.leaflet-popup')).not.toBeNull(),
      wait,
    )
  })

  it('lists the places for reading without the map, nearby items by name', async () => {
    const { wrapper } = await mountMap('Q217447')
    await vi.waitFor(() => expect(markers(wrapper, 'photos')).toHaveLength(2), wait)
    expect(wrapper.find('.kst-map-list').exists()).toBe(false)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'List')!
      .trigger('click')
    const list = wrapper.find('.kst-map-list')
    // Layers without points are not listed.
    expect(list.findAll('h3').map((h) => h.text())).toEqual([
      'This topic',
      'Parts and contents',
      'Nearby',
      'Photos taken here',
      'Heritage without a photo',
    ])
    expect(list.text()).toContain('Verla board mill')
    expect(list.text()).toContain('Verlankoski')
    expect(list.findAll('a[href*="commons.wikimedia.org/wiki/File:"]')).toHaveLength(2)
  })

  it('highlights an item that another part of the page points at', async () => {
    const { wrapper } = await mountMap('Q217447')
    await vi.waitFor(() => expect(markers(wrapper, 'topic')).toHaveLength(1), wait)
    const { highlight, clear } = useMapHighlight()
    highlight('Q217447')
    await vi.waitFor(() => expect(wrapper.findAll('.kst-map-highlight')).toHaveLength(1), wait)
    clear('Q1')
    await flushPromises()
    expect(wrapper.findAll('.kst-map-highlight')).toHaveLength(1)
    clear('Q217447')
    await vi.waitFor(() => expect(wrapper.findAll('.kst-map-highlight')).toHaveLength(0), wait)
  })

  it('says when the background map fails, and keeps the markers', async () => {
    const { wrapper } = await mountMap('Q217447')
    await vi.waitFor(() => expect(wrapper.find('.leaflet-tile-pane img').exists()).toBe(true), wait)
    wrapper.find('.leaflet-tile-pane img').element.dispatchEvent(new Event('error'))
    await vi.waitFor(
      () =>
        expect(wrapper.text()).toContain(
          'The background map could not be loaded. The places are still marked.',
        ),
      wait,
    )
    expect(markers(wrapper, 'topic')).toHaveLength(1)
  })

  it('goes full screen and back', async () => {
    const { wrapper } = await mountMap('Q217447')
    await vi.waitFor(() => expect(wrapper.find('.leaflet-container').exists()).toBe(true), wait)
    const button = () => wrapper.findAll('button').find((b) => /full screen/i.test(b.text()))!
    await button().trigger('click')
    await flushPromises()
    expect(wrapper.find('.kst-map').classes()).toContain('kst-map--overlay')
    expect(button().text()).toBe('Exit full screen')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await flushPromises()
    expect(wrapper.find('.kst-map').classes()).not.toContain('kst-map--overlay')
  })
})

describe('the map section on Kouvola', () => {
  it('has Verla as a part, whose popup links to its topic page without reloading', async () => {
    const { wrapper, router } = await mountMap('Q204382', {}, 'fi')
    await vi.waitFor(() => expect(markers(wrapper, 'parts')).toHaveLength(7), wait)
    const part = markers(wrapper, 'parts').find((m) => m.attributes('title') === 'Verla')!
    await part.trigger('click')
    await vi.waitFor(
      () => expect(wrapper.find('.leaflet-popup a[href^="/Q217447"]').exists()).toBe(true),
      wait,
    )
    const link = wrapper.find('.leaflet-popup a[href^="/Q217447"]')
    expect(link.attributes('href')).toBe('/Q217447?lang=fi')
    // The picture of the part comes with its credit once the popup is open.
    await vi.waitFor(() => expect(wrapper.find('.leaflet-popup img').exists()).toBe(true), wait)
    expect(wrapper.find('.leaflet-popup .kst-credit').exists()).toBe(true)
    await link.trigger('click')
    await vi.waitFor(
      () => expect(router.currentRoute.value.fullPath).toBe('/Q217447?lang=fi'),
      wait,
    )
  })
})

describe('the map section on the whole page', () => {
  it('is on the Verla topic page, after the facts', async () => {
    const { element, unmount } = await mountKooste('/Q217447?lang=en&uilang=en')
    await vi.waitFor(() => expect(element.querySelector('.leaflet-container')).not.toBeNull(), wait)
    const headings = [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim())
    expect(headings.indexOf('Map')).toBeGreaterThan(headings.indexOf('Facts'))
    unmount()
  })

  it('is absent, with no Leaflet, for a topic with no place', async () => {
    const { element, unmount } = await mountKooste('/Q215346?lang=en&uilang=en')
    await vi.waitFor(() => expect(element.querySelector('.kst-facts')).not.toBeNull(), wait)
    await flushPromises()
    expect([...element.querySelectorAll('h2')].map((h) => h.textContent?.trim())).not.toContain(
      'Map',
    )
    expect(element.querySelector('.leaflet-container')).toBeNull()
    unmount()
  })

  it('shows a painting where it hangs', async () => {
    const { wrapper } = await mountMap('Q999990102')
    await vi.waitFor(() => expect(markers(wrapper, 'topic')).toHaveLength(1), wait)
    expect(wrapper.find('.kst-map__located').text()).toContain('Turku Art Museum')
    expect(markers(wrapper, 'topic')[0]!.attributes('title')).toBe('Turku Art Museum')
    // Nearby items and photos are those around the museum, and say so.
    await vi.waitFor(
      () =>
        expect(
          wrapper.findAll('.kst-map-layers label').map((l) => l.text().replace(/\s+/g, ' ')),
        ).toEqual([
          'Parts and contents (0)',
          'Nearby (around Turku Art Museum) (0)',
          'Photos taken around Turku Art Museum (1)',
        ]),
      wait,
    )
    const geosearch = double().log.filter((e) => e.url.includes('geosearch'))
    expect(geosearch).toHaveLength(2)
    expect(geosearch.every((e) => /ggscoord=60\.45/.test(decodeURIComponent(e.url)))).toBe(true)
  })

  it('shows nothing for a topic whose country has no coordinates', async () => {
    const { wrapper } = await mountMap('Q1754')
    await vi.waitFor(
      () => expect(double().log.some((e) => e.upstream === 'query')).toBe(true),
      wait,
    )
    await vi.waitFor(() => expect(double().log.every((e) => e.status !== null)).toBe(true), wait)
    await flushPromises()
    expect(wrapper.find('section').exists()).toBe(false)
  })
})

describe('contest offers on the wanted markers', () => {
  const running = edition({
    id: 'demo-nov',
    name: { en: 'Demo contest' },
    start: '2026-11-01',
    end: '2026-11-30',
    campaign: 'wlm-fi',
    eligibility: ['P4009'],
    monumentId: { from: 'P4009' },
  })
  function fakeCampaigns() {
    const calls: string[] = []
    const api: CampaignsApi = {
      getBundledRegistry: async () => (
        calls.push('bundled'),
        { editions: [running], problems: [] }
      ),
      getRegistryPage: async () => (calls.push('page'), { editions: [], problems: [] }),
      getCampaignStatuses: async () => (
        calls.push('statuses'),
        new Map([['wlm-fi', { enabled: true, start: null, end: null }]])
      ),
    }
    return { api, calls }
  }
  const openList = (wrapper: VueWrapper) =>
    wrapper
      .findAll('button')
      .find((b) => b.text() === 'List')!
      .trigger('click')

  it('asks for no contest data while the wanted layer is hidden', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-11-21T10:00:00+02:00') })
    const { api, calls } = fakeCampaigns()
    const { wrapper } = await mountMap('Q204382', { maplayers: 'parts' }, 'en', api)
    await vi.waitFor(() => expect(markers(wrapper, 'parts').length).toBeGreaterThan(0), wait)
    await wrapper.find('.kst-map').trigger('pointerenter')
    await openList(wrapper)
    await flushPromises()
    expect(calls).toEqual([])
    expect(double().log.some((e) => e.url.includes('wbgetentities'))).toBe(false)
  })

  it("offers the upload of a running contest in the list, with the banner's link", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-11-21T10:00:00+02:00') })
    const { api, calls } = fakeCampaigns()
    const { wrapper } = await mountMap('Q204382', {}, 'en', api)
    await vi.waitFor(() => expect(markers(wrapper, 'wanted')).toHaveLength(2), wait)
    expect(calls).toEqual([])
    await openList(wrapper)
    await vi.waitFor(
      () => expect(wrapper.findAll('.kst-map-list a.kst-map-upload__link')).toHaveLength(1),
      wait,
    )
    const link = wrapper.find('.kst-map-list a.kst-map-upload__link')
    const url = new URL(link.attributes('href')!)
    expect(url.searchParams.get('campaign')).toBe('wlm-fi')
    expect(url.searchParams.get('fields[]')).toBe('1277')
    expect(url.searchParams.get('uselang')).toBe('en')
    const row = link.element.closest('.kst-map-list__item')?.textContent ?? ''
    expect(row).toContain("Verla workers' housing")
    expect(row).toContain('Demo contest')
    expect(calls.sort()).toEqual(['bundled', 'page', 'statuses'])
  })
})
