// The visualizations' components: a chart with accessible, keyboard-reachable bars, its table
// alternative, CSV that spreadsheets cannot turn into formulas, and each chart's own states.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { createI18n, installI18n } from '../../src/i18n'
import { ApiError } from '../../src/api/http'
import type { VizState } from '../../src/composables/useVisualizations'
import { findVisualization, type VizDefinition } from '../../src/domain/visualizations'
import { categorySeries, timeSeries } from '../../src/domain/vizData'
import VizPanel from '../../src/components/viz/VizPanel.vue'
import VizChart from '../../src/components/viz/VizChart.vue'
import type { ChartItem } from '../../src/components/viz/types'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.restoreAllMocks()
})

function mountIt(component: Component, props: Record<string, unknown>) {
  const i18n = createI18n('en')
  wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [{ install: (app) => installI18n(app, i18n) }] },
  })
  return wrapper
}

const viz = (id: string) => findVisualization(id) as VizDefinition

function state(id: string, over: Partial<VizState> = {}): VizState {
  return {
    definition: viz(id),
    status: 'ready',
    error: null,
    data: null,
    retry: () => undefined,
    ...over,
  }
}

const heritage = state('heritage-designations', {
  data: categorySeries([
    { key: 'Q9259', count: 3 },
    { key: 'Q29966257', count: 2 },
    { key: 'Q1', count: 1 },
  ]),
})
const labels = {
  Q9259: { value: 'World Heritage Site', lang: 'en' },
  Q29966257: { value: 'built, "national", environment', lang: 'en' },
  Q1: { value: "=cmd|' /C calc'!A0", lang: 'fi' },
}
const panelProps = {
  labels,
  topic: 'Kouvola',
  uilang: 'en',
  rtl: false,
  view: 'chart',
  href: (link: { kind: string; id?: string }) => (link.kind === 'topic' ? `/${link.id}` : '#'),
  headingLevel: 'h3',
}

describe('a visualization panel', () => {
  it('draws a chart named by its title and described, with one sentence per bar', () => {
    const w = mountIt(VizPanel, { ...panelProps, state: heritage })
    expect(w.find('h3').text()).toBe('Heritage designations')
    const svg = w.find('.kst-viz-chart__svg')
    expect(svg.attributes('role')).toBe('group')
    const title = svg.find(`#${svg.attributes('aria-labelledby')}`)
    expect(title.text()).toBe('Heritage designations')
    const desc = svg.find(`#${svg.attributes('aria-describedby')}`).text()
    expect(desc).toContain('Sites in Kouvola with a heritage designation')
    expect(desc).toContain('6 items in all; the largest bar is World Heritage Site (3 items).')
    const marks = w.findAll('.kst-viz-chart__mark')
    expect(marks.map((m) => m.attributes('aria-label'))).toEqual([
      'World Heritage Site: 3 items.',
      'built, "national", environment: 2 items.',
      "=cmd|' /C calc'!A0: 1 item.",
    ])
    // Category bars open their topic; only the first bar is a tab stop.
    expect(marks.map((m) => m.attributes('href'))).toEqual(['/Q9259', '/Q29966257', '/Q1'])
    expect(marks.map((m) => m.attributes('tabindex'))).toEqual(['0', '-1', '-1'])
    expect(w.text()).toContain('Data: Wikidata (CC0)')
  })

  it('offers a table instead, with the same links and counts', async () => {
    const w = mountIt(VizPanel, { ...panelProps, state: heritage })
    const tableButton = w.findAll('button').find((b) => b.text() === 'Table')
    await tableButton!.trigger('click')
    expect(w.emitted('view')).toEqual([['table']])
    await w.setProps({ view: 'table' })
    const table = w.find('table')
    expect(table.find('caption').text()).toBe('Heritage designations')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['Designation', 'Items'])
    const rows = table.findAll('tbody tr').map((tr) => [tr.find('th').text(), tr.find('td').text()])
    expect(rows).toEqual([
      ['World Heritage Site', '3 items'],
      ['built, "national", environment', '2 items'],
      ["=cmd|' /C calc'!A0", '1 item'],
    ])
    expect(table.find('tbody a').attributes('href')).toBe('/Q9259')
    expect(table.findAll('tbody a')[2]?.attributes('lang')).toBe('fi')
  })

  it('downloads CSV that quotes, escapes and defuses formulas', async () => {
    const blobs: Blob[] = []
    const names: string[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download)
    })
    const w = mountIt(VizPanel, { ...panelProps, state: heritage })
    const csvButton = w.find('button[aria-label="Download CSV"]')
    expect(w.find('button[aria-label="Download SVG"]').exists()).toBe(true)
    expect(w.find('button[aria-label="Download PNG"]').exists()).toBe(true)
    await csvButton.trigger('click')
    expect(names).toEqual(['Kouvola-Heritage-designations.csv'])
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text).toBe(
      [
        'Designation,Items,Wikidata ID',
        'World Heritage Site,3,Q9259',
        '"built, ""national"", environment",2,Q29966257',
        "'=cmd|' /C calc'!A0,1,Q1",
        '',
      ].join('\r\n'),
    )
  })

  it('draws time as columns named by decade, and says what it left out', () => {
    const works = state('works-over-time', {
      data: timeSeries(
        [
          { id: 'Q1', year: 1884 },
          { id: 'Q2', year: 1891 },
          { id: 'Q3', year: 1899 },
          { id: 'Q4', year: null },
        ],
        { truncated: true },
      ),
    })
    const w = mountIt(VizPanel, { ...panelProps, topic: 'Akseli Gallen-Kallela', state: works })
    const marks = w.findAll('.kst-viz-chart__mark')
    expect(marks.map((m) => m.attributes('aria-label'))).toEqual([
      '1880s: 1 work.',
      '1890s: 2 works. Including Q2 and Q3.',
    ])
    // A decade of one work opens it; of two, nothing (the table and tooltip name them).
    expect(marks[0]?.element.tagName).toBe('a')
    expect(marks[1]?.element.tagName).toBe('g')
    expect(w.text()).toContain('Counted from the first 3 found; there are more.')
    expect(w.text()).toContain('Not shown for want of a year: 1.')
    expect(w.text()).toContain('Decade')
  })

  it('shows its own loading and error states, with a retry', async () => {
    const retry = vi.fn()
    const w = mountIt(VizPanel, {
      ...panelProps,
      state: state('works-over-time', { status: 'loading' }),
    })
    expect(w.find('[aria-busy="true"]').exists()).toBe(true)
    expect(w.find('.kst-viz-chart__svg').exists()).toBe(false)
    await w.setProps({
      state: state('works-over-time', {
        status: 'error',
        error: new ApiError('query', 500, 'http', 'boom'),
        retry,
      }),
    })
    expect(w.text()).toContain('Wikidata Query Service')
    await w.find('.kst-section__error button').trigger('click')
    expect(retry).toHaveBeenCalledOnce()
  })
})

describe('a chart', () => {
  const items = (counts: number[]): ChartItem[] =>
    counts.map((count, i) => ({
      key: String(i),
      label: `Bar ${i}`,
      lang: null,
      count,
      countText: `${count}`,
      examples: '',
      text: `Bar ${i}: ${count}`,
      href: i === 3 ? '/Q3' : null,
    }))
  const chartProps = {
    title: 'T',
    description: 'D',
    axisLabel: 'Year',
    valueLabel: 'Works',
    credit: 'C',
    uilang: 'en',
    rtl: false,
  }
  const focusedIndex = () => document.activeElement?.getAttribute('data-index')

  it('moves between bars with the arrow keys, Home and End, skipping empty ones', async () => {
    const w = mountIt(VizChart, { ...chartProps, kind: 'columns', items: items([1, 0, 2, 3]) })
    const svg = w.find('.kst-viz-chart__svg')
    ;(w.find('[data-index="0"]').element as SVGElement).focus()
    await svg.trigger('keydown', { key: 'ArrowRight' })
    expect(focusedIndex()).toBe('2')
    await svg.trigger('keydown', { key: 'End' })
    expect(focusedIndex()).toBe('3')
    await svg.trigger('keydown', { key: 'ArrowLeft' })
    expect(focusedIndex()).toBe('2')
    await svg.trigger('keydown', { key: 'Home' })
    expect(focusedIndex()).toBe('0')
    expect(w.find('[data-index="0"]').attributes('tabindex')).toBe('0')
    expect(w.find('[data-index="2"]').attributes('tabindex')).toBe('-1')
  })

  it('shows a tooltip for the focused bar, hidden from screen readers (the bar says it all)', async () => {
    const w = mountIt(VizChart, { ...chartProps, kind: 'bars', items: items([5, 2]) })
    await w.find('[data-index="1"]').trigger('focus')
    const tooltip = w.find('.kst-viz-tooltip')
    expect(tooltip.attributes('aria-hidden')).toBe('true')
    expect(tooltip.text()).toContain('Bar 1')
  })

  it('mirrors bars right to left: the left arrow goes on', async () => {
    const w = mountIt(VizChart, { ...chartProps, kind: 'bars', rtl: true, items: items([1, 2, 3]) })
    ;(w.find('[data-index="0"]').element as SVGElement).focus()
    await w.find('svg').trigger('keydown', { key: 'ArrowLeft' })
    expect(focusedIndex()).toBe('1')
    const label = w.findAll('.kst-viz-chart__axis text').find((t) => t.text() === 'Bar 0')
    expect(label?.attributes('text-anchor')).toBe('start')
  })

  it('opens what a linked bar stands for', async () => {
    const w = mountIt(VizChart, { ...chartProps, kind: 'columns', items: items([1, 1, 1, 1]) })
    await w.find('[data-index="3"]').trigger('click')
    await w.find('[data-index="2"]').trigger('click')
    expect(w.emitted('open')?.map(([item]) => (item as ChartItem).key)).toEqual(['3'])
    await flushPromises()
  })
})
