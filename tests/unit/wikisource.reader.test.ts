// The reader component: what a person sees for a text, a long text, a right-to-left or Indic
// text, a missing page, a failed request and a page that lists other texts.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { App } from 'vue'
import { ApiError } from '../../src/api/http'
import { createI18n, installI18n } from '../../src/i18n'
import type { LinkContext } from '../../src/domain/html'
import { prepareReader, type ReaderView } from '../../src/domain/wikisourceReader'
import type { SectionStatus } from '../../src/composables/useSection'
import WikisourceReader from '../../src/components/wikisource/WikisourceReader.vue'

const i18n = { install: (app: App) => installI18n(app, createI18n('en')) }
const context = (lang: string): LinkContext => ({
  lang,
  route: (l, title) => `/Q1?text=${l}:${title}`,
  articleUrl: (l, title) => `https://${l}.wikisource.org/wiki/${title}`,
})

function view(html: string, lang = 'fi', cap?: number): ReaderView {
  const wrapped = `<div class="mw-parser-output" lang="${lang}">${html}</div>`
  return prepareReader({ title: 'T', html: wrapped, disambiguation: false }, context(lang), cap)
}

function mountReader(
  props: { lang?: string; title?: string; status?: SectionStatus; view?: ReaderView | null } = {},
  extra: { error?: ApiError | null; closable?: boolean; downloads?: boolean } = {},
) {
  const lang = props.lang ?? 'fi'
  const title = props.title ?? 'Abckiria'
  return mount(WikisourceReader, {
    props: {
      page: { lang, title },
      label: null,
      status: props.status ?? 'ready',
      error: extra.error ?? null,
      view: props.view === undefined ? view('<p>Teksti.</p>', lang) : props.view,
      pageUrl: `https://${lang}.wikisource.org/wiki/${title}`,
      exportUrls: {
        epub: `https://ws-export/epub/${title}`,
        pdf: `https://ws-export/pdf/${title}`,
      },
      readHref: (page: { lang: string; title: string }) => `/Q1?text=${page.lang}:${page.title}`,
      closable: extra.closable ?? false,
      downloads: extra.downloads ?? true,
    },
    global: { plugins: [i18n] },
  })
}

const link = (wrapper: ReturnType<typeof mountReader>, text: string) =>
  wrapper.findAll('a').find((a) => a.text() === text)

describe('WikisourceReader', () => {
  it('shows the text under its title, with links to Wikisource and to EPUB and PDF downloads', () => {
    const wrapper = mountReader()
    expect(wrapper.find('h3').text()).toBe('Abckiria')
    expect(wrapper.find('.kst-wikisource-reader__text').text()).toBe('Teksti.')
    expect(link(wrapper, 'Open on Wikisource')?.attributes('href')).toBe(
      'https://fi.wikisource.org/wiki/Abckiria',
    )
    expect(link(wrapper, 'Download as EPUB')?.attributes('href')).toBe(
      'https://ws-export/epub/Abckiria',
    )
    expect(link(wrapper, 'Download as PDF')?.attributes('href')).toBe(
      'https://ws-export/pdf/Abckiria',
    )
    expect(link(wrapper, 'Download as PDF')?.attributes('rel')).toBe('noopener noreferrer')
    expect(wrapper.text()).toContain('Text from Wikisource.')
    expect(wrapper.text()).not.toContain('Continue reading')
  })

  it('never renders what could run, whatever the page holds', () => {
    const bad =
      '<p>Hyvä.</p><script>window.pwned = 1</script><img src=x onerror="window.pwned=1"><a href="javascript:alert(1)">x</a><p onclick="alert(1)">y</p>'
    const wrapper = mountReader({ view: view(bad) })
    const html = wrapper.find('.kst-wikisource-reader__text').html()
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/)
    expect(wrapper.find('.kst-wikisource-reader__text').text()).toContain('Hyvä.')
  })

  it('caps a long text and offers to continue reading on Wikisource', () => {
    const long = Array.from({ length: 50 }, (_, i) => `<p>Kappale ${i} ${'sana '.repeat(40)}</p>`)
    const wrapper = mountReader({ view: view(long.join(''), 'fi', 500) })
    const text = wrapper.find('.kst-wikisource-reader__text').text()
    expect(text).toContain('Kappale 0')
    expect(text).not.toContain('Kappale 49')
    expect(link(wrapper, 'Continue reading on Wikisource')?.attributes('href')).toBe(
      'https://fi.wikisource.org/wiki/Abckiria',
    )
  })

  it.each([
    ['he', 'rtl'],
    ['ar', 'rtl'],
    ['hi', 'ltr'],
    ['ta', 'ltr'],
    ['fi', 'ltr'],
  ])('lays out a %s text with lang and dir %s', (lang, dir) => {
    const wrapper = mountReader({ lang, title: 'X', view: view('<p>…</p>', lang) })
    const body = wrapper.find('.kst-wikisource-reader__text')
    expect(body.attributes('lang')).toBe(lang)
    expect(body.attributes('dir')).toBe(dir)
    expect(wrapper.find('h3 bdi').attributes('lang')).toBe(lang)
    expect(wrapper.find('h3 bdi').attributes('dir')).toBe(dir)
  })

  it('says so when Wikisource has no such page, and offers no downloads', () => {
    const wrapper = mountReader({ title: 'Kalevala', status: 'empty', view: null })
    expect(wrapper.text()).toContain('Wikisource has no page “Kalevala”')
    expect(link(wrapper, 'Download as EPUB')).toBeUndefined()
    expect(wrapper.find('.kst-section__error').exists()).toBe(false)
  })

  it('shows a failed request with a retry', async () => {
    const error = new ApiError('wikisource', 500, 'http', 'HTTP 500')
    const wrapper = mountReader({ status: 'error', view: null }, { error })
    expect(wrapper.find('.kst-section__error').text()).toContain('Wikisource')
    await wrapper.find('.kst-section__error button').trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
    expect(link(wrapper, 'Download as EPUB')).toBeUndefined()
  })

  it('lists the texts of a disambiguation page, each opening in the reader', () => {
    const dab = prepareReader(
      {
        title: 'Kalevala',
        html: '<ul><li><a href="/wiki/Vanha_Kalevala">Vanha Kalevala</a></li><li><a href="/wiki/Uusi_Kalevala">Uusi</a></li></ul>',
        disambiguation: true,
      },
      context('fi'),
    )
    const wrapper = mountReader({ title: 'Kalevala', view: dab })
    expect(wrapper.text()).toContain('lists several texts with this name')
    expect(link(wrapper, 'Uusi')?.attributes('href')).toBe('/Q1?text=fi:Uusi Kalevala')
    expect(link(wrapper, 'Uusi')?.attributes('data-kooste-route')).toBeDefined()
    expect(link(wrapper, 'Download as EPUB')).toBeUndefined()
  })

  it('shows the footnotes of the opening under Notes', () => {
    const html =
      '<p>A<sup><a href="#n1">[1]</a></sup></p><ol class="references"><li id="n1">Lähde.</li></ol>'
    const wrapper = mountReader({ view: view(html) })
    expect(wrapper.find('h4').text()).toBe('Notes')
    expect(wrapper.find('.kst-wikisource-reader__notes').text()).toBe('Lähde.')
  })

  it('offers no downloads of an author page', () => {
    const wrapper = mountReader({ title: 'Tekijä:Mikael Agricola' }, { downloads: false })
    expect(link(wrapper, 'Download as EPUB')).toBeUndefined()
    expect(link(wrapper, 'Open on Wikisource')).toBeDefined()
  })

  it('closes on request when it was opened from a link', async () => {
    expect(mountReader().findAll('button')).toHaveLength(0)
    const wrapper = mountReader({}, { closable: true })
    await wrapper.find('button').trigger('click')
    expect(wrapper.emitted('close')).toHaveLength(1)
  })
})
