// The embed's components: the embed route over the double (one section, no site chrome, the way
// back, errors in the frame, the theme) and the Embed button with its dialog (options, preview,
// snippets, copying).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { defineComponent, h, provide } from 'vue'
import { useDouble } from './double'
import { mountKooste } from './mount'
import { createKoosteRouter } from '../../src/router'
import { createI18n, installI18n } from '../../src/i18n'
import { servicesKey, createServices } from '../../src/services'
import { defaultConfig } from '../../src/config'
import EmbedAction from '../../src/components/embed/EmbedAction.vue'
import { embeddedKey } from '../../src/components/embed/embedded'

useDouble()
// jsdom has no layout; Codex scrolls the focused menu item into view.
Element.prototype.scrollIntoView ??= () => undefined
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

afterEach(() => {
  document.body.replaceChildren()
  document.getElementById('kst-embed-theme')?.remove()
  vi.unstubAllGlobals()
})

describe('the embed route', () => {
  it('shows one section under the topic’s name, without the site, with the way back', async () => {
    const { element, unmount } = await mountKooste('/embed/Q217447/timeline?lang=en&uilang=en')
    await vi.waitFor(() => expect(text(element.querySelector('h2'))).toBe('Timeline'), {
      timeout: 10000,
    })
    expect(text(element.querySelector('h1'))).toBe('Verla')
    expect(element.querySelectorAll('h2')).toHaveLength(1)
    expect(element.querySelector('header, .kst-footer, .kst-skip-link')).toBeNull()
    expect(element.querySelector('main.kst-embed')).not.toBeNull()
    const back = element.querySelector<HTMLAnchorElement>('.kst-embed__back')!
    expect(text(back)).toBe('Open “Verla” in Kooste')
    expect(back.target).toBe('_top')
    expect(back.href).toBe('http://localhost:3000/Q217447?lang=en&uilang=en')
    expect(text(element)).toContain('Data from Wikidata, Wikimedia Commons')
    // No embed button inside an embed.
    expect(element.querySelector('.kst-embed-action')).toBeNull()
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
    unmount()
    expect(document.querySelector('meta[name="robots"]')).toBeNull()
  })

  it('takes Codex’s dark tokens for theme=dark', async () => {
    const { element, unmount } = await mountKooste('/embed/Q217447/relations?theme=dark&uilang=en')
    await vi.waitFor(() => expect(element.querySelector('h1')).not.toBeNull(), { timeout: 10000 })
    expect(document.documentElement.dataset.theme).toBe('dark')
    // Its colours are checked in the browser (tests/e2e/embed.spec.ts): vitest inlines no CSS.
    expect(document.getElementById('kst-embed-theme')).not.toBeNull()
    unmount()
    expect(document.getElementById('kst-embed-theme')).toBeNull()
  })

  it.each([
    ['/embed/Qx/map', '“Qx” is not a Wikidata id.'],
    ['/embed/L1/map', 'Kooste shows items and properties; “L1” is neither.'],
    [
      '/embed/Q217447',
      'does not say which section to show. Sections that can be embedded: campaigns,',
    ],
    ['/embed/Q217447/chart', 'There is no section “chart” to embed.'],
    ['/embed/Q217447/map/more', 'There is no section “map/more” to embed.'],
    ['/embed/Q217447/map?theme=sepia', '“sepia” is not a theme. Use light or dark.'],
    ['/embed/Q217447/map?lang=%3Cb%3E', '“<b>” is not a language code (parameter lang).'],
    ['/embed/Q999999991/map', 'Wikidata has no topic Q999999991.'],
    ['/embed/P31/timeline', 'Topic P31 has nothing to show in the section “timeline”.'],
  ])('states what is wrong with %s inside the frame', async (path, message) => {
    const { element, unmount } = await mountKooste(
      `${path}${path.includes('?') ? '&' : '?'}uilang=en`,
    )
    await vi.waitFor(() => expect(text(element)).toContain('This embed cannot be shown'), {
      timeout: 10000,
    })
    expect(text(element.querySelector('.kst-embed__problem'))).toContain(message)
    expect(element.querySelector('header, h1')).toBeNull()
    unmount()
  })
})

describe('the Embed button and dialog', () => {
  let wrapper: VueWrapper | null = null
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  async function mountAction(path: string, embedded = false) {
    const router = createKoosteRouter(createMemoryHistory())
    await router.push(path)
    const i18n = createI18n('en')
    const services = createServices(defaultConfig)
    const Host = defineComponent(() => {
      if (embedded) provide(embeddedKey, true)
      return () => h(EmbedAction, { id: 'Q217447', section: 'timeline', title: 'Timeline' })
    })
    wrapper = mount(Host, {
      attachTo: document.body,
      global: {
        plugins: [
          router,
          {
            install: (app) => {
              installI18n(app, i18n)
              app.provide(servicesKey, services)
            },
          },
        ],
      },
    })
    await flushPromises()
    return wrapper
  }

  async function openDialog(path = '/Q217447?lang=fi&timeline=1900..1950') {
    const action = await mountAction(path)
    const button = action.get('button')
    expect(button.attributes('aria-label')).toBe('Embed “Timeline” on another website')
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    await button.trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).not.toBeNull(), {
      timeout: 10000,
    })
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!
    const codes = () => [...dialog.querySelectorAll('textarea')].map((t) => t.value)
    return { dialog, codes }
  }

  it('is absent inside an embed frame', async () => {
    const action = await mountAction('/Q217447', true)
    expect(action.find('button').exists()).toBe(false)
  })

  it('opens a dialog with a preview and two snippets that carry the view on the page', async () => {
    const { dialog, codes } = await openDialog()
    expect(text(dialog.querySelector('h2'))).toBe('Embed “Timeline”')
    await vi.waitFor(() => expect(text(dialog)).toContain('Verla'), { timeout: 10000 })
    const [iframe, loader] = codes() as [string, string]
    const src = 'http://localhost:3000/embed/Q217447/timeline?lang=fi&uilang=en&timeline=1900..1950'
    expect(iframe).toContain(`src="${src.replace(/&/g, '&amp;')}"`)
    expect(iframe).toContain('title="Timeline: Verla – Kooste"')
    expect(iframe).toContain('loading="lazy"')
    expect(loader).toContain('data-kooste="Q217447/timeline"')
    expect(loader).toContain('data-kooste-query="timeline=1900..1950"')
    expect(loader).toContain('<script async src="http://localhost:3000/embed.js"></script>')
    const preview = dialog.querySelector('iframe')!
    expect(preview.getAttribute('src')).toBe(src)
    expect(preview.getAttribute('sandbox')).toContain('allow-scripts')
  })

  it('writes the options into the snippets', async () => {
    const { dialog, codes } = await openDialog()
    const dark = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (input) => input.value === 'dark',
    )!
    dark.click()
    await flushPromises()
    expect(codes()[0]).toContain('theme=dark')
    expect(codes()[1]).toContain('data-kooste-theme="dark"')

    const keep = dialog.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    expect(keep.checked).toBe(true)
    keep.click()
    await flushPromises()
    expect(codes()[0]).not.toContain('timeline=1900')
    expect(codes()[1]).not.toContain('data-kooste-query')

    const [lang, height] = [
      ...dialog.querySelectorAll<HTMLInputElement>('input.cdx-text-input__input'),
    ]
    height!.value = '99999'
    height!.dispatchEvent(new Event('input'))
    lang!.value = 'se'
    lang!.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(codes()[0]).toContain('height="2000"')
    height!.value = ''
    height!.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(codes()[0]).toContain('height="480"')
    expect(codes()[0]).toContain('lang=se&')
    lang!.value = 'not a language!'
    lang!.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(text(dialog)).toContain('“not a language!” is not a language code.')
    expect(codes()[0]).toContain('lang=se&')
  })

  it('offers no view option when the page has none', async () => {
    const { dialog } = await openDialog('/Q217447')
    expect(dialog.querySelector('input[type="checkbox"]')).toBeNull()
  })

  it('copies a snippet and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { dialog, codes } = await openDialog()
    const copy = [...dialog.querySelectorAll('button')].filter((b) => text(b) === 'Copy')
    expect(copy).toHaveLength(2)
    copy[1]!.click()
    await vi.waitFor(() => expect(text(dialog)).toContain('Copied'))
    expect(writeText).toHaveBeenCalledWith(codes()[1])
    expect(dialog.querySelectorAll('[role="status"]')).toHaveLength(2)
  })

  it('says when copying failed', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    })
    document.execCommand = () => false
    const { dialog } = await openDialog()
    const copy = [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Copy')!
    copy.click()
    await vi.waitFor(() => expect(text(dialog)).toContain('Could not copy.'))
  })
})
