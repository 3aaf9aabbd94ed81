// The map over a small made-up world written for it (the demo world has no parts with
// coordinates, no heritage without a photo, nothing on Mars and no dense district): layers,
// names asked for on demand, other globes, the location chain, bad values and thousands of points.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, type App } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defaultConfig } from '../../src/config'
import { createServices, servicesKey } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import { languageChain } from '../../src/domain/languages'
import { itemClaim, p625, rawEntity, type Claim } from './mapFixtures'
import MapSection from '../../src/components/map/MapSection.vue'
import { useDouble } from './double'

const dense = 3000
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kooste-map-world-'))
fs.mkdirSync(path.join(dir, 'entities'))
function write(id: string, claims: Claim[], labels: Record<string, string>, descriptions = {}) {
  const entity = rawEntity(id, claims, labels, descriptions)
  fs.writeFileSync(
    path.join(dir, 'entities', `${id}.json`),
    JSON.stringify({ entities: { [id]: entity } }),
  )
}
const heritage = itemClaim('P1435', 'Q9259')
const image = (file: string): Claim => ['P18', 'commonsMedia', { type: 'string', value: file }]
write(
  'Q100',
  [
    p625(61, 26),
    itemClaim('P31', 'Q83405'),
    itemClaim('P527', 'Q102'),
    itemClaim('P131', 'Q200'),
    heritage,
    image('Mill.jpg'),
  ],
  { en: 'Test mill', fi: 'Testimylly' },
)
write(
  'Q101',
  [p625(61.001, 26.001), itemClaim('P361', 'Q100')],
  { en: 'Dam', fi: 'Pato' },
  { en: 'dam of the mill' },
)
write('Q102', [p625(61.002, 26.002)], { en: 'Turbine hall' })
write('Q103', [p625(61.003, 26.003), itemClaim('P276', 'Q100'), heritage], { en: 'Old office' })
write('Q104', [p625(61.02, 26.05), itemClaim('P131', 'Q200'), heritage], { en: 'Chapel' })
write('Q105', [p625(61.004, 26.004)], { en: 'Village well' }, { en: 'a well' })
write('Q106', [p625(95, 26), itemClaim('P361', 'Q100')], { en: 'Out of range' })
write('Q110', [p625(-4.6, 137.4, 'http://www.wikidata.org/entity/Q111')], { en: 'Test crater' })
write('Q111', [], { en: 'Mars', fi: 'Mars' })
write('Q200', [p625(61.05, 26.1), itemClaim('P31', 'Q856076'), itemClaim('P131', 'Q300')], {
  en: 'Test town',
})
write('Q300', [p625(61.5, 26.5), itemClaim('P31', 'Q193512')], { en: 'Test region' })
write('Q400', [itemClaim('P276', 'Q100')], { en: 'Mill festival' })
write('Q401', [itemClaim('P131', 'Q402')], { en: 'Village school' })
write('Q402', [itemClaim('P31', 'Q532'), itemClaim('P131', 'Q200')], { en: 'Test village' })
write('Q500', [p625(60, 25), itemClaim('P31', 'Q856076')], { en: 'Dense district' })
for (let i = 0; i < dense; i++) {
  write(
    `Q${10000 + i}`,
    [p625(60 + (i % 60) * 0.001, 25 + Math.floor(i / 60) * 0.001), itemClaim('P131', 'Q500')],
    {
      en: `House ${i}`,
    },
  )
}
write('Q1028181', [itemClaim('P106', 'Q1028181')], { en: 'painter' })

const double = useDouble(dir)
// Reading thousands of entity files and building the query service's store takes a while on a
// busy machine: do it once, before the tests' own clocks start.
beforeAll(async () => {
  await createServices(defaultConfig).sparql.runQuery('SELECT ?s WHERE { ?s ?p ?o } LIMIT 1')
}, 120_000)
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

// jsdom lays nothing out: give the map's container a size so Leaflet has a view to cluster for.
const sizes = ['clientWidth', 'clientHeight'] as const
const originals = sizes.map((name) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, name))
beforeAll(() => {
  for (const name of sizes) {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('kst-map-canvas') ? (name === 'clientWidth' ? 800 : 400) : 0
      },
    })
  }
})
afterAll(() => {
  sizes.forEach((name, i) => {
    const original = originals[i]
    if (original) Object.defineProperty(HTMLElement.prototype, name, original)
  })
})

const wait = { timeout: 8000 }
let mounted: VueWrapper | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

async function mountMap(id: string, lang = 'en', fetchImpl?: typeof fetch) {
  const services = createServices(defaultConfig, fetchImpl)
  const entity = (
    await services.wikidata.getEntities([id], { props: ['labels', 'descriptions', 'claims'] })
  ).entities[id]!
  double().clearLog()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:id', component: defineComponent({ render: () => null }) }],
  })
  await router.push({ path: `/${id}`, query: { lang } })
  const setup = {
    install(app: App) {
      installI18n(app, createI18n('en'))
      app.provide(servicesKey, services)
    },
  }
  mounted = mount(MapSection, {
    props: { entity, chain: languageChain(lang), lang, uilang: 'en' },
    global: { plugins: [router, setup] },
    attachTo: document.body,
  })
  return mounted
}

const titles = (wrapper: VueWrapper, source: string) =>
  wrapper
    .findAll(`.leaflet-marker-pane .kst-map-marker--${source}`)
    .map((m) => m.attributes('title'))
const counts = (wrapper: VueWrapper) =>
  wrapper.findAll('.kst-map-layers__layer').map((l) => l.text().replace(/\s+/g, ' '))
const zoomOf = (wrapper: VueWrapper) =>
  Number(
    /\/(\d+)\/\d+\/\d+\.png$/.exec(
      wrapper.find('.leaflet-tile-pane img').attributes('src') ?? '',
    )?.[1],
  )

describe('a mill with parts, heritage without a photo and neighbours', () => {
  it('shows every layer with its count; a value out of range is left out', async () => {
    const wrapper = await mountMap('Q100')
    await vi.waitFor(() => expect(counts(wrapper)).toContain('Parts and contents (3)'), wait)
    expect(counts(wrapper)).toEqual([
      'Parts and contents (3)',
      'Nearby (1)',
      'Photos taken here (0)',
      'Heritage without a photo (2)',
    ])
    await vi.waitFor(
      () => expect(titles(wrapper, 'parts').sort()).toEqual(['Dam', 'Old office', 'Turbine hall']),
      wait,
    )
    expect(titles(wrapper, 'wanted').sort()).toEqual([
      'Chapel (no photo yet)',
      'Old office (no photo yet)',
    ])
  })

  it('names nearby items from the geosearch answer, asking nothing more when looked at', async () => {
    const wrapper = await mountMap('Q100')
    await vi.waitFor(() => expect(titles(wrapper, 'nearby')).toEqual(['Village well']), wait)
    await flushPromises()
    expect(double().log.filter((e) => e.upstream === 'query')).toHaveLength(1)
    await wrapper.find('.kst-map').trigger('pointerenter')
    await wrapper.find('.kst-map').trigger('focusin')
    await flushPromises()
    expect(double().log.filter((e) => e.upstream === 'query')).toHaveLength(1)
  })

  it('asks the query service for the names that geosearch did not give, once looked at', async () => {
    // A wiki without entityterms ignores it (with a warning): the items come without names.
    const withoutTerms: typeof fetch = (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input.toString())
      if (url.searchParams.get('generator') === 'geosearch') {
        url.searchParams.set('prop', 'coordinates')
      }
      return fetch(url.toString(), init)
    }
    const wrapper = await mountMap('Q100', 'en', withoutTerms)
    await vi.waitFor(() => expect(titles(wrapper, 'nearby')).toEqual(['Q105']), wait)
    await flushPromises()
    expect(double().log.filter((e) => e.upstream === 'query')).toHaveLength(1)
    await wrapper.find('.kst-map').trigger('pointerenter')
    await vi.waitFor(() => expect(titles(wrapper, 'nearby')).toEqual(['Village well']), wait)
    expect(double().log.filter((e) => e.upstream === 'query')).toHaveLength(2)
  })

  it('labels in the content language', async () => {
    const wrapper = await mountMap('Q100', 'fi')
    await vi.waitFor(() => expect(titles(wrapper, 'parts')).toContain('Pato'), wait)
    expect(titles(wrapper, 'topic')).toEqual(['Testimylly'])
  })
})

describe('bad and unusual input', () => {
  it('says that coordinates on Mars are not drawn on Earth, and loads no map', async () => {
    const wrapper = await mountMap('Q110')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Mars'), wait)
    expect(wrapper.text()).toContain('Its coordinates are not on Earth')
    expect(wrapper.find('.leaflet-container').exists()).toBe(false)
    expect(double().log.map((e) => e.upstream)).toEqual(['wikidata'])
  })

  it('shows an event at the place where it happens, zoomed to a site', async () => {
    const wrapper = await mountMap('Q400')
    await vi.waitFor(() => expect(titles(wrapper, 'topic')).toEqual(['Test mill']), wait)
    expect(zoomOf(wrapper)).toBe(15)
    expect(wrapper.find('.kst-map__located').text()).toContain('Test mill')
    // The query, then nearby items and photos around the mill (a site: 1 km), in a second wave.
    await vi.waitFor(
      () => expect(double().log.filter((e) => e.method !== 'OPTIONS')).toHaveLength(3),
      wait,
    )
    const [query, ...around] = double().log.filter((e) => e.method !== 'OPTIONS')
    expect(query?.upstream).toBe('query')
    for (const entry of around) {
      expect(entry.startedAt).toBeGreaterThanOrEqual(query?.endedAt ?? Infinity)
      expect(decodeURIComponent(entry.url)).toContain('ggsradius=1000')
    }
    await vi.waitFor(() => expect(counts(wrapper)).toContain('Nearby (around Test mill) (4)'), wait)
  })

  it('walks up from a village without coordinates to its town, zoomed to a town', async () => {
    const wrapper = await mountMap('Q401')
    await vi.waitFor(() => expect(titles(wrapper, 'topic')).toEqual(['Test town']), wait)
    expect(zoomOf(wrapper)).toBe(10)
  })

  it('clusters thousands of points and zooms into a cluster', async () => {
    const wrapper = await mountMap('Q500')
    await vi.waitFor(() => expect(counts(wrapper)[0]).toBe('Parts and contents (3,000)'), wait)
    const clusters = () => wrapper.findAll('.leaflet-marker-pane .kst-map-cluster--parts')
    await vi.waitFor(() => expect(clusters().length).toBeGreaterThan(0), wait)
    expect(clusters().length).toBeLessThan(200)
    expect(wrapper.findAll('.leaflet-marker-pane .kst-map-marker--parts').length).toBeLessThan(200)
    const first = clusters()[0]!
    expect(first.attributes('title')).toMatch(/^\d+ places here; zoom in to see them$/)
    expect(first.attributes('role')).toBe('button')
    const zoom = zoomOf(wrapper)
    first.element.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', bubbles: true }))
    await vi.waitFor(() => expect(zoomOf(wrapper)).toBeGreaterThan(zoom), wait)
  })

  it('lists at most 200 points a layer and says how many more there are', async () => {
    const wrapper = await mountMap('Q500')
    await vi.waitFor(() => expect(counts(wrapper)[0]).toBe('Parts and contents (3,000)'), wait)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'List')!
      .trigger('click')
    const group = wrapper.findAll('.kst-map-list__group')[1]!
    expect(group.findAll('li')).toHaveLength(200)
    expect(group.text()).toContain('… and 2,800 more')
  })
})
