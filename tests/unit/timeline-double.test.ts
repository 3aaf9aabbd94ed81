// The timeline over the double's demo world: its one query run for real by Oxigraph, and the
// section as a person sees it on Verla, Agricola and Sammallahdenmäki, with what it asks for.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { h, type App } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { defaultConfig } from '../../src/config'
import { createServices, servicesKey, type Services } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import { languageChain } from '../../src/domain/languages'
import { mapEntity, type Entity } from '../../src/domain/entity'
import { entityEvents, labelIds, relatedEvents } from '../../src/domain/timeline'
import { mapTimelineRows, timelineQuery } from '../../src/domain/timelineQuery'
import { sectionsFor } from '../../src/components/topic/sections'
import TimelineSection from '../../src/components/timeline/TimelineSection.vue'
import WikisourceSection from '../../src/components/wikisource/WikisourceSection.vue'
import { useDouble } from './double'

const double = useDouble()
const Blank = { render: () => null }
const wait = { timeout: 10000 }
let mounted: VueWrapper | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

async function entityOf(services: Services, id: string) {
  const response = await services.wikidata.getEntities([id], {
    props: ['labels', 'descriptions', 'claims', 'sitelinks'],
  })
  return response.entities[id]!
}

describe('the timeline query on the double', () => {
  it("finds Agricola's works and their dates, with labels in the language chain", async () => {
    const services = createServices(defaultConfig)
    const agricola = await entityOf(services, 'Q215346')
    const own = entityEvents(agricola)
    const rows = await services.sparql.runQuery(
      timelineQuery('Q215346', [...labelIds(own), 'P577', 'P50', 'P655'], languageChain('fi')),
    )
    const result = mapTimelineRows(rows)
    const events = relatedEvents(result.related, own, 'Q215346')
    expect(events.map((e) => [e.target, e.dateProperties, Math.floor(e.extent.start)])).toEqual([
      ['Q999990109', ['P577'], 1543],
      ['Q999990110', ['P577'], 1548],
    ])
    // Agricola wrote the ABC book (P50) and translated the New Testament (P655).
    expect(events.map((e) => e.relation)).toEqual([
      { property: 'P50', direction: 'in' },
      expect.objectContaining({ property: expect.stringMatching(/^P(655|800)$/) }),
    ])
    expect(result.labels.Q999990109?.fi).toBe('Abckiria')
    expect(result.labels.P577?.fi).toBe('julkaisuaika')
    expect(result.labels.P569?.fi).toBeTruthy()
    // Only the chain's languages come back.
    const languages = new Set(Object.values(result.labels).flatMap((l) => Object.keys(l)))
    for (const lang of languages) expect(languageChain('fi')).toContain(lang)
  })

  it("labels Verla's events and designations, and finds no related dates it does not have", async () => {
    const services = createServices(defaultConfig)
    const verla = await entityOf(services, 'Q217447')
    const own = entityEvents(verla)
    const result = mapTimelineRows(
      await services.sparql.runQuery(timelineQuery('Q217447', labelIds(own), ['en'])),
    )
    expect(result.labels.Q3196?.en).toBe('fire')
    expect(result.labels.Q9259?.en).toBe('World Heritage Site')
    expect(result.labels.P1435?.en).toBe('heritage designation')
    expect(relatedEvents(result.related, own, 'Q217447')).toEqual([])
  })
})

/** Mounts the timeline section alone for an item, over the live services answered by the double. */
async function mountTimeline(
  id: string,
  query: Record<string, string> = {},
  lang = 'en',
  given?: Entity,
  embedded = false,
) {
  const services = createServices(defaultConfig)
  const queries: string[] = []
  const runQuery = services.sparql.runQuery.bind(services.sparql)
  services.sparql.runQuery = (text, signal) => {
    queries.push(text)
    return runQuery(text, signal)
  }
  const entity = given ?? (await entityOf(services, id))
  double().clearLog()
  const router: Router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:id', component: Blank }],
  })
  await router.push({ path: `/${id}`, query: { lang, uilang: 'en', ...query } })
  const setup = {
    install(app: App) {
      installI18n(app, createI18n('en'))
      app.provide(servicesKey, services)
    },
  }
  mounted = mount(TimelineSection, {
    props: { entity, chain: languageChain(lang), lang, uilang: 'en', embedded },
    global: { plugins: [router, setup] },
    attachTo: document.body,
  })
  return { wrapper: mounted, router, queries }
}

const listOf = async (wrapper: VueWrapper) => {
  await wrapper.find('.kst-timeline__modes button:nth-child(2)').trigger('click')
  await flushPromises()
  return wrapper.findAll('.kst-timeline-list__item').map((li) =>
    li
      .findAll(':scope > span')
      .map((span) => span.text().replace(/\s+/g, ' ').trim())
      .join(' | '),
  )
}

describe('the timeline and the Texts section on one page', () => {
  it('share one query-service request, each reading its own rows', async () => {
    const services = createServices(defaultConfig)
    const entity = await entityOf(services, 'Q215346')
    double().clearLog()
    const router: Router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:id', component: Blank }],
    })
    await router.push({ path: '/Q215346', query: { lang: 'en', uilang: 'en' } })
    const props = { entity, chain: languageChain('en'), lang: 'en', uilang: 'en' }
    // Both sections side by side, as on a topic page.
    const Page = () => [h(TimelineSection, props), h(WikisourceSection, props)]
    mounted = mount(Page, {
      global: {
        plugins: [
          router,
          {
            install(app: App) {
              installI18n(app, createI18n('en'))
              app.provide(servicesKey, services)
            },
          },
        ],
      },
      attachTo: document.body,
    })
    const wrapper = mounted
    await vi.waitFor(() => {
      expect(wrapper.find('.kst-timeline-lane--related').text()).toContain('Abckiria')
      expect(wrapper.find('.kst-wikisource').text()).toContain('Abckiria')
    }, wait)
    const queries = double().log.filter((e) => e.upstream === 'query' && e.method !== 'OPTIONS')
    expect(queries).toHaveLength(1)
  })
})

describe('the timeline section on the double', () => {
  it("draws Verla's lanes with its events, and lists them in order", async () => {
    const { wrapper, queries } = await mountTimeline('Q217447')
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-chart__svg').exists()).toBe(true),
      wait,
    )
    const svg = wrapper.find('.kst-timeline-chart__svg')
    expect(svg.attributes('aria-label')).toMatch(/^Timeline, showing 18\d\d – 20\d\d$/)
    expect(wrapper.find('.kst-timeline-lane--topic').text()).toContain('fire')
    expect(wrapper.find('.kst-timeline-lane--topic').text()).toContain('World Heritage Site')
    expect(queries).toHaveLength(1)
    // Verla's photos in the media lane, each at its precision; the test set's archive photos
    // of one year are grouped.
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-lane--media').exists()).toBe(true),
      wait,
    )
    const list = await listOf(wrapper)
    const media = list.filter((line) => line.endsWith('· Media'))
    expect(media).toEqual(
      expect.arrayContaining([
        'July 14, 2019 | Verla board mill and dam, Kouvola · file on Wikimedia Commons · Media',
        'June 19, 2021 | Verla drying loft · file on Wikimedia Commons · Media',
        expect.stringMatching(/^1890 \| \d+ files from this date · Verla mill test photograph/),
      ]),
    )
    expect(list.filter((line) => !line.endsWith('· Media'))).toEqual([
      '1872 – July 18, 1964 | Verla · inception – dissolved, abolished or demolished date',
      'between 1874 and 1876 | fire · significant event',
      '1882 | construction · significant event',
      'from 1996 | World Heritage Site · heritage designation · start time',
      'until January 1, 2009 | Jaala · located in the administrative territorial entity · end time',
      'from January 1, 2009 | Kouvola · located in the administrative territorial entity · start time',
    ])
    const links = wrapper.findAll('.kst-timeline-list a').map((a) => a.attributes('href'))
    expect(links).toContain('/Q9259?lang=en&uilang=en')
  })

  it("shows Agricola's works in the related lane, and the Julian calendar note", async () => {
    const { wrapper } = await mountTimeline('Q215346')
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-lane--related').text()).toContain('Abckiria'),
      wait,
    )
    expect(wrapper.text()).toContain('Julian calendar')
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-lane--media').text()).toContain('Vyborg'),
      wait,
    )
    const list = await listOf(wrapper)
    expect(list[0]).toBe(
      'c. 1510 (Julian) – April 9, 1557 (Julian) | Mikael Agricola · date of birth – date of death',
    )
    expect(list.slice(1)).toEqual([
      // The facsimile's date is known to the year: the year, in the media lane.
      '1543 | Abckiria 1543 facsimile · file on Wikimedia Commons · Media',
      '1543 (Julian) | Abckiria · publication date · author · Related topics',
      expect.stringMatching(
        /^1548 \(Julian\) \| Se Wsi Testamenti · publication date · .* · Related topics$/,
      ),
      'April 8, 2019 | Mikael Agricola monument in Vyborg · file on Wikimedia Commons · Media',
    ])
  })

  it('needs one query-service request beside the entity, and only the gallery’s first Commons requests', async () => {
    // mountTimeline has loaded the entity and cleared the log: what is logged is the section's.
    const { wrapper, queries } = await mountTimeline('Q999990107')
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-lane--media').exists()).toBe(true),
      wait,
    )
    const log = double().log.filter((e) => e.method !== 'OPTIONS')
    expect(log.filter((e) => e.upstream !== 'commons').map((e) => e.upstream)).toEqual(['query'])
    // The media lane asks what the gallery's first wave asks: statements, depicts, category.
    const commons = log.filter((e) => e.upstream === 'commons').map((e) => new URL(e.url))
    expect(commons.map((u) => u.searchParams.get('generator') ?? 'titles').sort()).toEqual(
      ['categorymembers', 'search', 'titles'].sort(),
    )
    expect(commons.every((u) => u.searchParams.get('iiurlwidth') === '330')).toBe(true)
    expect(queries).toHaveLength(1)
    expect(queries[0]).not.toMatch(/SERVICE\s+wikibase:label/)
    expect((await listOf(wrapper))[0]).toBe(
      'between 15th century BCE and 5th century BCE | inception',
    )
  })

  it("links a file to the gallery's viewer on the page, and to Commons in an embed", async () => {
    const fileLink = async (embedded: boolean) => {
      const { wrapper } = await mountTimeline('Q215346', {}, 'en', undefined, embedded)
      await vi.waitFor(
        () => expect(wrapper.find('.kst-timeline-lane--media').text()).toContain('Vyborg'),
        wait,
      )
      await listOf(wrapper)
      const link = wrapper
        .findAll('.kst-timeline-list__item--media a')
        .find((a) => a.text().includes('Vyborg'))
      const href = link?.attributes('href')
      wrapper.unmount()
      mounted = null
      return href
    }
    expect(await fileLink(false)).toBe(
      '/Q215346?lang=en&uilang=en&file=File:Mikael_Agricola_monument_in_Vyborg.jpg',
    )
    expect(await fileLink(true)).toBe(
      'https://commons.wikimedia.org/wiki/File:Mikael_Agricola_monument_in_Vyborg.jpg',
    )
  })

  it('keeps the topic’s own dates when the query fails, and offers a retry that works', async () => {
    double().setFault('query', { kind: 'status', status: 500 })
    const { wrapper } = await mountTimeline('Q217447')
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-notices').text()).toContain('could not be loaded'),
      wait,
    )
    expect(wrapper.find('.kst-timeline-lane--topic').text()).toContain('Q3196')
    double().setFault('query', null)
    await wrapper.find('.kst-timeline-notices button').trigger('click')
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-lane--topic').text()).toContain('fire'),
      wait,
    )
    expect(wrapper.text()).not.toContain('could not be loaded')
  })

  it('opens at the range in the URL', async () => {
    const { wrapper } = await mountTimeline('Q217447', { timeline: '1870..1890' })
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-chart__svg').exists()).toBe(true),
      wait,
    )
    expect(wrapper.find('.kst-timeline-controls__range').text()).toBe('1870 – 1890')
  })
})

/** A topic with every kind of date the timeline cannot simply draw (the double knows no Q1). */
function troubledEntity(): Entity {
  const time = (value: string, precision: number, calendar = 'Q1985727') => ({
    type: 'time',
    value: { time: value, precision, calendarmodel: `http://www.wikidata.org/entity/${calendar}` },
  })
  const claim = (id: string, property: string, snak: object) => ({
    id: `Q1$${id}`,
    rank: 'normal',
    mainsnak: { property, datatype: 'time', ...snak },
  })
  const value = (v: ReturnType<typeof time>) => ({ snaktype: 'value', datavalue: v })
  return mapEntity({
    id: 'Q1',
    type: 'item',
    labels: { en: { language: 'en', value: 'Troubled topic' } },
    claims: {
      P580: [claim('a', 'P580', value(time('+1945-00-00T00:00:00Z', 9)))],
      P582: [claim('b', 'P582', value(time('+1939-00-00T00:00:00Z', 9)))],
      P570: [claim('c', 'P570', { snaktype: 'somevalue' })],
      P571: [claim('d', 'P571', value(time('-13798000000-00-00T00:00:00Z', 3)))],
      P577: [
        claim('e', 'P577', value(time('+1557-04-09T00:00:00Z', 11, 'Q1985786'))),
        claim('f', 'P577', value(time('+1600-06-01T00:00:00Z', 11))),
      ],
    },
  })
}

describe('the timeline section on bad input', () => {
  it('says what it cannot draw as given, where it is seen', async () => {
    const { wrapper } = await mountTimeline('Q1', {}, 'en', troubledEntity())
    await vi.waitFor(
      () => expect(wrapper.find('.kst-timeline-chart__svg').exists()).toBe(true),
      wait,
    )
    const notes = wrapper.find('.kst-timeline-notices').text().replace(/\s+/g, ' ')
    expect(notes).toMatch(
      /end before they start in Wikidata.*: Troubled topic \(start time – end time\)\./,
    )
    expect(notes).toMatch(/before 10,000 BCE or after the year 3000 .*: inception\./)
    expect(notes).toContain('Known to have a date, but not when: date of death.')
    expect(notes).toContain('Julian calendar')
    expect(wrapper.find('.kst-timeline-lane__event--problem').exists()).toBe(true)
    expect(wrapper.find('.kst-timeline-lane__event--julian').exists()).toBe(true)
    expect(await listOf(wrapper)).toEqual([
      '13.8 billion years ago | inception · not drawn on the chart',
      'April 9, 1557 (Julian) | publication date',
      'June 1, 1600 | publication date',
      '1945 – 1939 | Troubled topic · start time – end time · ends before it starts',
      'date unknown | date of death',
    ])
  })
})

describe('where the timeline applies', () => {
  it.each([
    ['Verla', 'Q217447', true],
    ['Agricola', 'Q215346', true],
    ['the Winter War', 'Q999990101', true],
    ['the class human', 'Q5', false],
    ['Kouvola (no dates in the demo world)', 'Q204382', true],
    ['Turku (no dates)', 'Q38511', false],
  ])('%s: %s', async (_, id, expected) => {
    const entity = await entityOf(createServices(defaultConfig), id)
    expect(sectionsFor(entity, 'after-facts').some((s) => s.id === 'timeline')).toBe(expected)
  })
})
