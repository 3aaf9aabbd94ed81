// The timeline's components on their own: the axis, a lane, the chart with its keyboard, zoom
// buttons and URL range, and the list, with events made here.
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, nextTick, type App } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n, installI18n } from '../../src/i18n'
import { buildEvent, type DateInfo, type TimelineEvent } from '../../src/domain/timeline'
import { describeEvent, type TimelineEntry } from '../../src/domain/timelineText'
import { dataDomain, layoutLane } from '../../src/domain/timelineLayout'
import type { WikiTime } from '../../src/domain/wikiTime'
import TimelineAxis from '../../src/components/timeline/TimelineAxis.vue'
import TimelineLane from '../../src/components/timeline/TimelineLane.vue'
import TimelineChart from '../../src/components/timeline/TimelineChart.vue'
import TimelineList from '../../src/components/timeline/TimelineList.vue'
import { englishMessages as msg } from './messages'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

const i18n = { install: (app: App) => installI18n(app, createI18n('en')) }
const router = () =>
  createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:id?', component: defineComponent({ render: () => null }) }],
  })

const year = (
  y: number,
  precision = 9,
  calendar: WikiTime['calendar'] = 'gregorian',
): WikiTime => ({
  year: y,
  month: 0,
  day: 0,
  precision,
  calendar,
})
const at = (time: WikiTime, extra: Partial<DateInfo> = {}): DateInfo => ({
  at: time,
  earliest: null,
  latest: null,
  circa: false,
  ...extra,
})
let n = 0
function event(
  start: DateInfo,
  end: DateInfo | null = null,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return buildEvent({
    key: `e${(n += 1)}`,
    lane: 'related',
    source: 'related',
    property: 'P577',
    dateProperties: ['P577'],
    value: null,
    target: `Q${n}`,
    relation: { property: 'P50', direction: 'in' },
    start,
    end,
    ...extra,
  })
}
const labels: Record<string, Record<string, string>> = {}
const entries = (events: TimelineEvent[]): TimelineEntry[] =>
  events.map((e, i) => {
    if (e.target) labels[e.target] = { en: `Work ${i + 1}` }
    return describeEvent(e, { labels, chain: ['en'], uilang: 'en', msg })
  })

describe('TimelineAxis', () => {
  it('draws each tick with its label at its place', () => {
    wrapper = mount(TimelineAxis, {
      props: {
        ticks: [
          { x: 100, label: '1500 BCE' },
          { x: 300, label: '1000 BCE' },
        ],
        width: 400,
        gridHeight: 80,
      },
    })
    const ticks = wrapper.findAll('.kst-timeline-axis__tick')
    expect(ticks.map((t) => t.text())).toEqual(['1500 BCE', '1000 BCE'])
    expect(ticks.map((t) => t.attributes('transform'))).toEqual([
      'translate(100.0,0)',
      'translate(300.0,0)',
    ])
    expect(wrapper.find('.kst-timeline-axis__grid').attributes('y2')).toBe('104')
  })
})

describe('TimelineLane', () => {
  const view = { start: 1400, end: 1700 }
  const x = (v: number) => ((v - view.start) / (view.end - view.start)) * 1000
  const made = entries([
    event(at(year(1510), { circa: true }), at({ ...year(1557, 11, 'julian'), month: 4, day: 9 })),
    event(at(year(1543))),
    event({ at: null, earliest: year(1560), latest: year(1570), circa: false }),
    event(at(year(1590)), at(year(1580))),
  ])
  const lay = (list: TimelineEntry[], denseLimit = 50) =>
    layoutLane(
      list.map((e) => e.event),
      x,
      view,
      1000,
      { maxRows: 4, denseLimit, labelWidth: () => 60 },
    )
  const mountLane = (list: TimelineEntry[], denseLimit = 50) =>
    mount(TimelineLane, {
      props: {
        lane: 'related',
        name: 'Related topics',
        entries: list,
        layout: lay(list, denseLimit),
        width: 1000,
        height: 120,
        inner: (i: number) => {
          const inner = list[i]?.event.inner
          return inner ? ([x(inner.start), x(inner.end)] as [number, number]) : null
        },
      },
      global: { plugins: [i18n] },
    })

  it('draws periods as bars, points as marks and uncertain ranges hatched, each with its name', () => {
    wrapper = mountLane(made)
    const events = wrapper.findAll('.kst-timeline-lane__event')
    expect(events.map((e) => e.text())).toEqual(['Work 1', 'Work 2', 'Work 3', 'Work 4'])
    const [life, book, range, wrong] = events
    expect(life!.classes()).toContain('kst-timeline-lane__event--period')
    expect(life!.classes()).toContain('kst-timeline-lane__event--julian')
    expect(life!.find('.kst-timeline-lane__inner').exists()).toBe(true)
    expect(life!.find('.kst-timeline-lane__uncertain').exists()).toBe(true)
    expect(book!.find('.kst-timeline-lane__marker').exists()).toBe(true)
    expect(range!.find('.kst-timeline-lane__uncertain').exists()).toBe(true)
    expect(range!.find('.kst-timeline-lane__span').exists()).toBe(false)
    expect(wrong!.classes()).toContain('kst-timeline-lane__event--problem')
    expect(wrapper.find('.kst-timeline-lane__name').text()).toBe('Related topics')
  })

  it('tells which event is clicked and pointed at', async () => {
    wrapper = mountLane(made)
    const book = wrapper.findAll('.kst-timeline-lane__event')[1]!
    await book.trigger('click')
    await book.trigger('pointerenter')
    await book.trigger('pointerleave')
    expect(wrapper.emitted('open')).toEqual([[1]])
    expect(wrapper.emitted('hover')?.map((h) => h[0])).toEqual([1, null])
  })

  it('draws a density strip of many events, each stretch zooming in when clicked', async () => {
    const many = entries(Array.from({ length: 300 }, (_, i) => event(at(year(1500 + (i % 100))))))
    wrapper = mountLane(many, 100)
    const bins = wrapper.findAll('.kst-timeline-density__bin')
    expect(bins.length).toBeGreaterThan(50)
    expect(wrapper.findAll('.kst-timeline-lane__event')).toHaveLength(0)
    await bins[0]!.trigger('click')
    const span = wrapper.emitted('zoom')?.[0]?.[0] as { start: number; end: number }
    expect(span.start).toBeGreaterThan(1498)
    expect(span.end).toBeLessThan(1502)
    expect(bins[0]!.find('title').text()).toMatch(/more events here/)
  })
})

describe('TimelineChart', () => {
  const list = entries([
    event(at(year(1802, 9)), at(year(1884, 9))),
    event(at(year(1835))),
    event(at(year(1849))),
  ])
  const domain = dataDomain(list.map((e) => e.event))!
  const mountChart = (view: { start: number; end: number } | null = null) =>
    mount(TimelineChart, {
      props: { entries: list, domain, view, uilang: 'en' },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
  const range = () => wrapper!.find('.kst-timeline-controls__range').text()
  const key = async (k: string) => {
    await wrapper!.find('svg.kst-timeline-chart__svg').trigger('keydown', { key: k })
    await nextTick()
  }

  it('shows every event, with an axis over their years', () => {
    wrapper = mountChart()
    expect(range()).toBe('1797 – 1889')
    expect(wrapper.findAll('.kst-timeline-lane__event')).toHaveLength(3)
    expect(wrapper.findAll('.kst-timeline-axis__label').map((l) => l.text())).toContain('1850')
    const svg = wrapper.find('svg.kst-timeline-chart__svg')
    expect(svg.attributes('tabindex')).toBe('0')
    expect(svg.attributes('aria-label')).toBe('Timeline, showing 1797 – 1889')
    expect(document.getElementById(svg.attributes('aria-describedby')!)?.textContent).toMatch(
      /arrow keys/,
    )
  })

  it('zooms with + and −, moves with the arrows, shows everything with 0, and says so', async () => {
    wrapper = mountChart()
    await key('+')
    expect(range()).toBe('1820 – 1866')
    await key('ArrowRight')
    expect(range()).toBe('1831 – 1878')
    await key('ArrowLeft')
    await key('ArrowLeft')
    expect(range()).toBe('1808 – 1855')
    await key('-')
    expect(range()).toBe('1797 – 1889')
    await key('+')
    await key('+')
    await key('0')
    expect(range()).toBe('1797 – 1889')
    const views = wrapper.emitted('update:view') ?? []
    expect(views.length).toBeGreaterThanOrEqual(6)
    expect(views[0]?.[0]).toMatchObject({
      start: expect.closeTo(1820.3, 0),
      end: expect.closeTo(1866.7, 0),
    })
  })

  it('does not take keys it does not use', async () => {
    wrapper = mountChart()
    await key('a')
    await key('Enter')
    expect(range()).toBe('1797 – 1889')
    expect(wrapper.emitted('update:view')).toBeUndefined()
  })

  it('zooms with its buttons', async () => {
    wrapper = mountChart()
    await wrapper.find('button[aria-label="Zoom in"]').trigger('click')
    expect(range()).toBe('1820 – 1866')
    await wrapper.find('button[aria-label="Show the whole timeline"]').trigger('click')
    expect(range()).toBe('1797 – 1889')
  })

  it('opens at a range it is given, and follows a new one', async () => {
    wrapper = mountChart({ start: 1830, end: 1850 })
    expect(range()).toBe('1830 – 1850')
    await wrapper.setProps({ view: { start: 1840, end: 1845 } })
    expect(range()).toBe('1840 – 1845')
  })

  it('grows with events that arrive later, unless the reader has zoomed', async () => {
    const later = entries([...list.map((e) => e.event), event(at(year(2019)))])
    const wider = dataDomain(later.map((e) => e.event))!
    wrapper = mountChart()
    await wrapper.setProps({ entries: later, domain: wider })
    expect(range()).toMatch(/^17\d\d – 20\d\d$/)
    // Zoomed in, the view stays where the reader put it.
    wrapper.unmount()
    wrapper = mountChart()
    await key('+')
    await wrapper.setProps({ entries: later, domain: wider })
    expect(range()).toBe('1820 – 1866')
  })

  it('opens the topic of a clicked event, and shows a tooltip for the one pointed at', async () => {
    wrapper = mountChart()
    const mark = wrapper.findAll('.kst-timeline-lane__event')[1]!
    await mark.trigger('pointerenter')
    expect(wrapper.find('.kst-timeline-tooltip').text()).toContain('1835')
    expect(wrapper.find('[role="tooltip"]').text()).toContain('Work 2')
    await mark.trigger('click')
    expect(wrapper.emitted('open')).toEqual([[list[1]!.event.target]])
  })
})

describe('TimelineList', () => {
  const mountList = async (list: TimelineEntry[], unknown: string[] = []) => {
    const r = router()
    await r.push('/Q1')
    return mount(TimelineList, {
      props: { entries: list, unknown, link: (t: string) => `/${t}?lang=fi&uilang=en` },
      global: { plugins: [i18n, r] },
    })
  }

  it('lists the events in order with links to their topics, then the unknown dates', async () => {
    const list = entries([event(at(year(1543))), event(at(year(1548)))])
    wrapper = await mountList(list, ['date of death'])
    const items = wrapper.findAll('li')
    expect(items.map((li) => li.find('.kst-timeline-list__when').text())).toEqual([
      '1543',
      '1548',
      'date unknown',
    ])
    expect(wrapper.find('a').attributes('href')).toBe(`/${list[0]!.event.target}?lang=fi&uilang=en`)
    expect(items[2]!.text()).toContain('date of death')
    await wrapper.find('a').trigger('click', { button: 0 })
    expect(wrapper.emitted('open')).toEqual([[list[0]!.event.target]])
    await wrapper.find('a').trigger('click', { button: 0, ctrlKey: true })
    expect(wrapper.emitted('open')).toHaveLength(1)
  })

  it('shows a long list a page at a time', async () => {
    const list = entries(Array.from({ length: 450 }, (_, i) => event(at(year(1000 + i)))))
    wrapper = await mountList(list)
    expect(wrapper.findAll('li')).toHaveLength(100)
    await wrapper.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('li')).toHaveLength(200)
    expect(wrapper.find('button').text()).toBe('Show 100 more')
  })
})
