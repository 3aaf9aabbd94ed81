// Visualizations made elsewhere: the registry's rules (https only, the host written out, known
// placeholders, a credit), the frame's address (values URL-encoded), which topics they apply to,
// and the component's frame: sandboxed to scripts only, no referrer, lazy, titled, credited.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, provide } from 'vue'
import {
  externalVisualizations,
  externalVizFor,
  externalVizOrigin,
  externalVizOrigins,
  externalVizProblems,
  externalVizUrl,
  parseExternalVizList,
  type ExternalViz,
} from '../../src/domain/externalViz'
import { defaultConfig, mergeConfig } from '../../src/config'
import { contentSecurityPolicy } from '../../src/security/csp'
import { createServices, servicesKey } from '../../src/services'
import { createI18n, installI18n } from '../../src/i18n'
import type { Entity } from '../../src/domain/entity'
import VizExternal from '../../src/components/viz/VizExternal.vue'

const good: ExternalViz = {
  id: 'mills-by-decade',
  title: { en: 'Mills by decade', fi: 'Tehtaat vuosikymmenittäin' },
  url: 'https://viz.example.org/mills?item={qid}&lang={lang}&ui={uilang}',
  appliesTo: { classes: ['Q44494'], properties: ['P1435'] },
  credit: {
    author: 'A. Student',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    link: 'https://viz.example.org/about',
  },
}

describe('the registry', () => {
  it('holds only entries that can be shown (https, a written-out host, a credit)', () => {
    for (const viz of externalVisualizations) expect(externalVizProblems(viz)).toEqual([])
    expect(new Set(externalVisualizations.map((v) => v.id)).size).toBe(
      externalVisualizations.length,
    )
  })

  it.each<[string, Partial<ExternalViz>, string]>([
    ['http', { url: 'http://viz.example.org/?item={qid}' }, 'not https'],
    ['a placeholder in the host', { url: 'https://{lang}.example.org/?item={qid}' }, 'not https'],
    ['a placeholder as the host', { url: 'https://{qid}/x' }, 'not https'],
    ['javascript:', { url: 'javascript:alert(1)//{qid}' }, 'not https'],
    ['a relative address', { url: '/viz?item={qid}' }, 'not https'],
    [
      'an unknown placeholder',
      { url: 'https://viz.example.org/?q={query}' },
      'unknown placeholders: query',
    ],
    ['a bad id', { id: 'Mills!' }, 'is not [a-z0-9-]+'],
    ['no English title', { title: { fi: 'Tehtaat' } }, 'no English title'],
    ['no topics', { appliesTo: {} }, 'applies to no topic'],
    ['a bad class', { appliesTo: { classes: ['mill'] } }, 'a class is not an item id'],
    ['a bad property', { appliesTo: { properties: ['Q1'] } }, 'a property is not an id'],
    ['no author', { credit: { ...good.credit, author: ' ' } }, 'no author'],
    ['no licence', { credit: { ...good.credit, licence: '' } }, 'no licence'],
    [
      'an http credit link',
      { credit: { ...good.credit, link: 'http://x.org' } },
      'credit link is not https',
    ],
    [
      'a javascript: licence link',
      { credit: { ...good.credit, licenceUrl: 'javascript:x' } },
      'licence link',
    ],
    ['a huge frame', { height: 5000 }, 'height'],
  ])('refuses %s', (_, change, problem) => {
    const problems = externalVizProblems({ ...good, ...change })
    expect(problems.join('; ')).toContain(problem)
  })

  it('accepts a good entry and names its origin', () => {
    expect(externalVizProblems(good)).toEqual([])
    expect(externalVizOrigin(good)).toBe('https://viz.example.org')
    expect(
      externalVizOrigins([good, { ...good, id: 'x' }, { ...good, url: 'http://no.org/' }]),
    ).toEqual(['https://viz.example.org'])
  })

  it('fills the template with URL-encoded values, never touching the host', () => {
    expect(externalVizUrl(good, { qid: 'Q1', lang: 'fi', uilang: 'en' })).toBe(
      'https://viz.example.org/mills?item=Q1&lang=fi&ui=en',
    )
    expect(externalVizUrl(good, { qid: 'Q1&x=<b>', lang: 'a b', uilang: '#/' })).toBe(
      'https://viz.example.org/mills?item=Q1%26x%3D%3Cb%3E&lang=a%20b&ui=%23%2F',
    )
  })

  it('applies to topics of its classes or with its properties', () => {
    const entity = (statements: Record<string, string[]>) =>
      ({
        statements: Object.fromEntries(
          Object.entries(statements).map(([p, ids]) => [
            p,
            ids.map((id) => ({ value: { type: 'entity', id } })),
          ]),
        ),
      }) as unknown as Entity
    expect(externalVizFor(entity({ P31: ['Q44494'] }), [good])).toEqual([good])
    expect(externalVizFor(entity({ P1435: ['Q1'] }), [good])).toEqual([good])
    expect(externalVizFor(entity({ P31: ['Q5'] }), [good])).toEqual([])
    expect(externalVizFor(entity({ P31: ['Q44494'] }), [{ ...good, url: 'http://x/' }])).toEqual([])
  })

  it('reads entries from config.json, leaving out malformed ones', () => {
    expect(parseExternalVizList([good, { ...good, url: 'http://x/' }, 'nonsense', null])).toEqual([
      good,
    ])
    expect(parseExternalVizList({})).toEqual([])
    const config = mergeConfig(defaultConfig, { externalVisualizations: [good, { id: 1 }] })
    expect(config.externalVisualizations).toEqual([good])
    expect(mergeConfig(defaultConfig, {}).externalVisualizations).toEqual([])
  })

  it('lets the CSP frame the registry’s origins', () => {
    const policy = contentSecurityPolicy(defaultConfig)
    const frameSrc = policy.split('; ').find((d) => d.startsWith('frame-src '))!
    for (const origin of externalVizOrigins(externalVisualizations)) {
      expect(frameSrc.split(' ')).toContain(origin)
    }
    expect(frameSrc.startsWith("frame-src 'self'")).toBe(true)
    const deployment = contentSecurityPolicy(defaultConfig, ['https://viz.example.org'])
    expect(deployment).toContain("frame-src 'self' https://viz.example.org")
  })
})

describe('the frame', () => {
  it('is sandboxed to scripts, without referrer, lazy, titled and credited', async () => {
    const services = createServices(mergeConfig(defaultConfig, { externalVisualizations: [good] }))
    const i18n = createI18n('en')
    const Host = defineComponent(() => {
      provide(servicesKey, services)
      return () =>
        h(VizExternal, {
          entity: {
            id: 'Q217447',
            statements: { P31: [{ value: { type: 'entity', id: 'Q44494' } }] },
          } as unknown as Entity,
          lang: 'fi',
          uilang: 'en',
        })
    })
    const wrapper = mount(Host, {
      global: { plugins: [{ install: (app) => installI18n(app, i18n) }] },
    })
    const frame = wrapper.get('iframe')
    expect(frame.attributes('sandbox')).toBe('allow-scripts')
    expect(frame.attributes('referrerpolicy')).toBe('no-referrer')
    expect(frame.attributes('loading')).toBe('lazy')
    expect(frame.attributes('src')).toBe('https://viz.example.org/mills?item=Q217447&lang=fi&ui=en')
    expect(frame.attributes('title')).toBe('Mills by decade (on viz.example.org)')
    expect(wrapper.get('figcaption').text()).toContain('By A. Student')
    const links = wrapper.findAll('figcaption a').map((a) => [a.text(), a.attributes('href')])
    expect(links).toEqual([
      ['By A. Student', 'https://viz.example.org/about'],
      ['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
      ['Open on viz.example.org', 'https://viz.example.org/mills?item=Q217447&lang=fi&ui=en'],
    ])
  })
})
