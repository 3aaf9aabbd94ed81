// The panel renderer: one component for every panel of the typed list. What a person sees: the
// heading with a count, cards that link to the topics in Kooste, the view switch, the order,
// "show more", and a failed page with its retry.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { App } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../../src/api/http'
import { createI18n, installI18n } from '../../src/i18n'
import { panelById } from '../../src/domain/panels'
import type { RelatedItem } from '../../src/domain/relations'
import type { LoadedPanel } from '../../src/composables/useRelations'
import RelationsPanel from '../../src/components/relations/RelationsPanel.vue'

const i18n = { install: (app: App) => installI18n(app, createI18n('en')) }
const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:id', component: { template: '<div />' } }],
})

function item(id: string, values: Partial<RelatedItem> = {}): RelatedItem {
  return {
    id,
    label: null,
    description: null,
    image: null,
    coord: null,
    start: null,
    end: null,
    via: [],
    ...values,
  }
}

const kouvola = { lat: 60.868056, lon: 26.704167 }
const verla = item('Q217447', {
  label: { value: 'Verla', lang: 'en' },
  description: { value: 'former board mill', lang: 'en' },
  image: 'Verla mill.jpg',
  coord: { lat: 61.061992, lon: 26.640016 },
  start: 1872,
  end: 1964,
  via: ['P131'],
})
const jaala = item('Q999990117', {
  label: { value: 'Jaala', lang: 'fi' },
  coord: { lat: 61.05, lon: 26.48 },
  end: 2009,
})
const unnamed = item('Q999990108', { start: -1500 })

function panel(items: RelatedItem[], values: Partial<LoadedPanel> = {}): LoadedPanel {
  return {
    definition: panelById('located-here')!,
    items,
    hasMore: false,
    more: { loading: false, error: null },
    ...values,
  }
}

function mountPanel(loaded: LoadedPanel, thumbnails = {}) {
  return mount(RelationsPanel, {
    props: {
      panel: loaded,
      lang: 'en',
      uilang: 'en',
      origin: kouvola,
      linkQuery: { lang: 'fi' },
      thumbnails,
      viaLabels: {
        P131: { value: 'located in the administrative territorial entity', lang: 'en' },
      },
    },
    global: { plugins: [i18n, router] },
  })
}

const links = (wrapper: ReturnType<typeof mountPanel>) =>
  wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')])

describe('RelationsPanel', () => {
  it('shows the heading, the count and a card per topic that opens it in Kooste', () => {
    const wrapper = mountPanel(panel([verla, jaala, unnamed]))
    expect(wrapper.find('h3').text()).toBe('Located here')
    expect(wrapper.find('.kst-relations-panel__count').text()).toBe('3 topics')
    expect(links(wrapper)).toEqual([
      ['Jaala', '/Q999990117?lang=fi'],
      ['Verla', '/Q217447?lang=fi'],
      ['Q999990108', '/Q999990108?lang=fi'],
    ])
    const card = wrapper.findAll('.kst-relations-card')[1]!
    expect(card.text()).toContain('former board mill')
    expect(card.text()).toContain('1872–1964')
    expect(card.text()).toContain('located in the administrative territorial entity')
    expect(card.find('a bdi').attributes('lang')).toBe('en')
    expect(wrapper.text()).toContain('1500 BCE')
  })

  it('asks for the pictures of the shown cards and shows them once known', async () => {
    const wrapper = mountPanel(panel([verla, jaala]))
    expect(wrapper.emitted('images')?.[0]).toEqual([['Verla mill.jpg']])
    await wrapper.setProps({
      thumbnails: {
        'Verla mill.jpg': { url: 'https://thumb/verla.jpg', width: 320, height: 240, srcset: null },
      },
    })
    expect(wrapper.find('.kst-relations-card img').attributes('src')).toBe(
      'https://thumb/verla.jpg',
    )
  })

  it('switches between gallery, list and places, and places show coordinates and distance', async () => {
    const wrapper = mountPanel(panel([verla, jaala, unnamed]))
    const buttons = wrapper.findAll('.kst-relations-toolbar__views button')
    expect(buttons.map((b) => b.text())).toEqual(['Gallery', 'List', 'Places'])
    expect(wrapper.find('.kst-relations-gallery').exists()).toBe(true)
    await buttons[1]!.trigger('click')
    expect(wrapper.find('.kst-relations-gallery').exists()).toBe(false)
    expect(wrapper.findAll('.kst-relations-list__item')).toHaveLength(3)
    await buttons[2]!.trigger('click')
    const places = wrapper.findAll('.kst-relations-places__item')
    expect(places).toHaveLength(2)
    expect(places[1]!.text()).toContain('61.0620, 26.6400')
    expect(places[1]!.text()).toMatch(/21\.\d km away/)
    expect(wrapper.text()).toContain('One topic has no coordinates.')
  })

  it('starts as a list when no topic has a picture, and offers no places without coordinates', () => {
    const wrapper = mountPanel(panel([unnamed, item('Q1', { label: { value: 'A', lang: 'en' } })]))
    expect(wrapper.find('.kst-relations-list').exists()).toBe(true)
    const buttons = wrapper.findAll('.kst-relations-toolbar__views button')
    expect(buttons.map((b) => b.text())).toEqual(['Gallery', 'List'])
  })

  it('sorts by name, date or distance', async () => {
    const wrapper = mountPanel(panel([verla, jaala, unnamed]))
    const select = wrapper.get('.kst-relations-toolbar__sort select')
    // Named by its label, kept for screen readers only.
    const label = wrapper.get(`label[for="${select.attributes('id')}"]`)
    expect(label.text()).toMatch(/\S/)
    expect(label.element.parentElement?.classList).toContain('cdx-label--visually-hidden')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'By name',
      'By distance',
      'By date',
    ])
    await select.setValue('date')
    expect(links(wrapper).map(([text]) => text)).toEqual(['Q999990108', 'Verla', 'Jaala'])
    await select.setValue('distance')
    expect(links(wrapper).map(([text]) => text)).toEqual(['Verla', 'Jaala', 'Q999990108'])
  })

  it('shows twelve cards, then more, then asks for the next page when all are shown', async () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      item(`Q${i + 1}`, {
        label: { value: `Place ${String(i + 1).padStart(2, '0')}`, lang: 'en' },
      }),
    )
    const wrapper = mountPanel(panel(many, { hasMore: true }))
    expect(wrapper.find('.kst-relations-panel__count').text()).toBe('at least 20 topics')
    expect(wrapper.findAll('.kst-relations-list__item')).toHaveLength(12)
    const more = () => wrapper.findAll('button').find((b) => b.text() === 'Show more')!
    await more().trigger('click')
    expect(wrapper.findAll('.kst-relations-list__item')).toHaveLength(20)
    expect(wrapper.emitted('more')).toHaveLength(1)
  })

  it('hides "show more" when everything is shown', () => {
    const wrapper = mountPanel(panel([verla, jaala]))
    expect(wrapper.findAll('button').some((b) => b.text() === 'Show more')).toBe(false)
  })

  it('says when the next page failed, and retries it', async () => {
    const error = new ApiError('query', 429, 'ratelimited', 'too many requests', 5000)
    const wrapper = mountPanel(panel([verla], { hasMore: true, more: { loading: false, error } }))
    expect(wrapper.text()).toContain('The Wikidata Query Service asked us to slow down')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Try again')!
      .trigger('click')
    expect(wrapper.emitted('more')).toHaveLength(1)
  })
})
