// A relation panel's "Places" view: the places on a Leaflet map (loaded with the view), the list
// of coordinates as the accessible alternative, and a pointed-at row highlighted on the map.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { App } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defaultConfig } from '../../src/config'
import { createServices, servicesKey } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import { useMapHighlight } from '../../src/composables/useMapHighlight'
import type { RelatedItem } from '../../src/domain/relations'
import type { RelationCard } from '../../src/components/relations/card'
import RelationsPlaces from '../../src/components/relations/RelationsPlaces.vue'

const wait = { timeout: 10000 }
let mounted: VueWrapper | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

function card(id: string, label: string, coord: RelatedItem['coord']): RelationCard {
  return {
    item: {
      id,
      label: { value: label, lang: 'en' },
      description: null,
      image: null,
      coord,
      start: null,
      end: null,
      via: [],
    },
    to: { path: `/${id}`, query: { lang: 'en' } },
    years: '',
    via: [],
    thumbnail: null,
  }
}

const cards = [
  card('Q999990200', 'Verla board mill', { lat: 61.0623, lon: 26.6396 }),
  card('Q999990201', 'Verla drying lofts', { lat: 61.0617, lon: 26.6383 }),
  card('Q1', 'Somewhere unplaced', null),
]

async function mountPlaces() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:id', component: { template: '<div />' } }],
  })
  await router.push('/Q217447?lang=en')
  mounted = mount(RelationsPlaces, {
    props: { cards, origin: { lat: 61.062, lon: 26.64 }, uilang: 'en', title: 'Parts' },
    global: {
      plugins: [
        router,
        {
          install(app: App) {
            installI18n(app, createI18n('en'))
            app.provide(servicesKey, createServices(defaultConfig))
          },
        },
      ],
    },
    attachTo: document.body,
  })
  return mounted
}

describe('the Places view of a relation panel', () => {
  it('draws the places with coordinates on a map named by the panel, above the list', async () => {
    const wrapper = await mountPlaces()
    const rows = wrapper.findAll('.kst-relations-places__item')
    expect(rows.map((r) => r.find('a').text())).toEqual(['Verla board mill', 'Verla drying lofts'])
    expect(wrapper.text()).toContain('One topic has no coordinates.')
    await vi.waitFor(
      () => expect(wrapper.find('.kst-relations-map .leaflet-container').exists()).toBe(true),
      wait,
    )
    expect(wrapper.find('.kst-map-canvas').attributes('aria-label')).toBe('Map of Parts')
    const markers = wrapper.findAll('.kst-map-marker--related')
    expect(markers.map((m) => m.attributes('title'))).toEqual([
      'Verla board mill',
      'Verla drying lofts',
    ])
    expect(markers.every((m) => m.attributes('role') === 'button')).toBe(true)
  })

  it('highlights the marker of the row pointed at, here and on the topic map', async () => {
    const wrapper = await mountPlaces()
    await vi.waitFor(
      () => expect(wrapper.findAll('.kst-map-marker--related')).toHaveLength(2),
      wait,
    )
    const row = wrapper.findAll('.kst-relations-places__item')[1]!
    await row.trigger('mouseenter')
    await vi.waitFor(() => expect(wrapper.findAll('.kst-map-highlight')).toHaveLength(1), wait)
    expect(useMapHighlight().highlighted.value).toBe('Q999990201')
    await row.trigger('mouseleave')
    await vi.waitFor(() => expect(wrapper.findAll('.kst-map-highlight')).toHaveLength(0), wait)
    expect(useMapHighlight().highlighted.value).toBeNull()
  })

  it('opens a popup that links to the topic in Kooste', async () => {
    const wrapper = await mountPlaces()
    await vi.waitFor(
      () => expect(wrapper.findAll('.kst-map-marker--related')).toHaveLength(2),
      wait,
    )
    wrapper
      .findAll('.kst-map-marker--related')[0]!
      .element.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', bubbles: true }))
    await vi.waitFor(
      () => expect(wrapper.find('.leaflet-popup a[href^="/Q999990200"]').exists()).toBe(true),
      wait,
    )
    expect(wrapper.find('.leaflet-popup a').attributes('href')).toBe('/Q999990200?lang=en')
  })
})
