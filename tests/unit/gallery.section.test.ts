// The gallery section on topic pages, over the Wikimedia double: what it gathers and how, in how
// many request waves, and how it behaves when Commons fails, a file is missing or nothing is found.
import { describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { defaultConfig } from '../../src/config'
import { mapEntity } from '../../src/domain/entity'
import { createI18n, installI18n } from '../../src/i18n'
import { createKoosteRouter } from '../../src/router'
import { createServices, servicesKey } from '../../src/services'
import GallerySection from '../../src/components/gallery/GallerySection.vue'
import { useDouble } from './double'
import { mountKooste } from './mount'

const double = useDouble()
const wait = { timeout: 15000 }
const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

async function gallery(path: string, overrides: object = {}) {
  const mounted = await mountKooste(path, overrides)
  await vi.waitFor(
    () =>
      expect(
        mounted.element.querySelector(
          '.kst-gallery-item, .kst-gallery .kst-section__empty, .kst-gallery .kst-section__error',
        ),
      ).not.toBeNull(),
    wait,
  )
  const section = () => mounted.element.querySelector('.kst-gallery')!
  const titles = () =>
    [...section().querySelectorAll('.kst-gallery-item')].map((el) => el.getAttribute('data-title'))
  return { ...mounted, section, titles }
}

describe('the gallery section', () => {
  it('gathers statements, depicts and the category in one wave after the item, each file once', async () => {
    double().setLatency(80)
    const { section, titles, unmount } = await gallery('/Q217447?lang=en&uilang=en')
    const log = double().log.filter((e) => e.upstream === 'commons' || e.upstream === 'wikidata')
    const entity = log.find((e) => e.url.includes('ids=Q217447'))!
    const statements = log.filter((e) => e.url.includes('titles=File%3AVerla'))
    const gathering = log.filter((e) =>
      /generator=search|generator=categorymembers|cmtype=subcat/.test(e.url),
    )
    expect(gathering).toHaveLength(3)
    // Each waits for the item only, none for another: they start before any of them ends.
    const firstEnd = Math.min(...gathering.map((e) => e.endedAt!))
    for (const request of [...gathering, ...statements]) {
      expect(request.startedAt).toBeGreaterThanOrEqual(entity.endedAt!)
      if (request !== statements[0]) expect(request.startedAt).toBeLessThan(firstEnd)
    }
    // The header's picture and the gallery's statements share one imageinfo request.
    expect(log.filter((e) => e.url.includes('titles=File%3AVerla'))).toHaveLength(1)
    expect(titles()).toContain('File:Verla board mill and dam, Kouvola.jpg')
    expect(new Set(titles()).size).toBe(titles().length)
    expect(text(section())).toMatch(/(^|\D)50 files\. More can be loaded\./)
    expect(text(section())).toContain('Named on Wikidata (1)')
    expect(text(section())).toContain('Commons category (4)')
    unmount()
  })

  it('never puts a script from Artist into the page', async () => {
    const { section, unmount } = await gallery('/Q217447?lang=en&uilang=en')
    const house = section().querySelector(
      '[data-title="File:Verla manager\'s house in winter.jpg"]',
    )
    expect(text(house)).toContain('DemoUploader')
    expect(document.querySelector('script:not([src])')).toBeNull()
    unmount()
  })

  it('loads more by continuation; an error mid-way is shown with a retry and keeps the files', async () => {
    // The gallery alone: the visualizations' media chart walks the same pages, and its answers
    // would be the gallery's next page from the page's cache, whatever Commons says by then.
    const { element, section, titles, unmount } = await gallery('/Q217447?lang=en&uilang=en', {
      sections: ['gallery'],
    })
    // The first wave is over (the count is out) before Commons starts failing.
    await vi.waitFor(
      () => expect(text(section())).toMatch(/(^|\D)50 files\. More can be loaded\./),
      wait,
    )
    const before = titles().length
    double().setFault('commons', { kind: 'status', status: 500 })
    const button = () =>
      [...section().querySelectorAll('button')].find((b) => /Load more|Try again/.test(text(b)))!
    button().click()
    await vi.waitFor(
      () => expect(text(section())).toContain('Wikimedia Commons did not give the next files'),
      wait,
    )
    expect(titles().length).toBe(before)
    double().setFault('commons', null)
    ;[...section().querySelectorAll('.cdx-message button')]
      .find((b) => text(b) === 'Try again')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await vi.waitFor(() => expect(text(section())).toMatch(/(^|\D)100 files\./), wait)
    expect(text(section())).not.toContain('did not give the next files')
    expect(element.querySelector('.kst-facts')).not.toBeNull()
    unmount()
  })

  it('filters from the URL and writes filters back into it', async () => {
    const { section, titles, router, unmount } = await gallery(
      '/Q999990106?lang=en&uilang=en&gtype=video',
    )
    expect(titles()).toEqual(['File:Throwing löyly on sauna stones.webm'])
    expect(text(section())).toContain('1 of 3 files match the filters.')
    await router.replace({ query: { lang: 'en', uilang: 'en', gsource: 'depicts' } })
    await vi.waitFor(() => expect(titles()).toHaveLength(3), wait)
    const clear = [...section().querySelectorAll('button')].find(
      (b) => text(b) === 'Clear filters',
    )!
    clear.click()
    await vi.waitFor(() => expect(router.currentRoute.value.query.gsource).toBeUndefined(), wait)
    expect(router.currentRoute.value.query).toEqual({ lang: 'en', uilang: 'en' })
    unmount()
  })

  it('walks a category tree with a loop to its end', async () => {
    const { section, titles, unmount } = await gallery('/Q33?lang=en&uilang=en')
    for (let i = 0; i < 60 && /More can be loaded/.test(text(section())); i++) {
      const button = [...section().querySelectorAll('button')].find((b) => text(b) === 'Load more')
      button?.click()
      await vi.waitFor(() => expect(text(section())).not.toContain('Loading more'), wait)
    }
    expect(text(section())).not.toContain('More can be loaded')
    expect(titles()).toContain('File:Smoke sauna by a lake in Finland.jpg')
    unmount()
  }, 60000)

  it('opens the viewer from a deep link, and says when the file is not on Commons', async () => {
    const { unmount } = await gallery('/Q217447?lang=en&uilang=en&file=File:Verla_drying_loft.jpg')
    const dialog = () => document.querySelector('[role="dialog"]')
    await vi.waitFor(() => expect(text(dialog())).toContain('Board drying loft at Verla.'), wait)
    expect(text(dialog())).toContain('Verla drying loft')
    unmount()
    const missing = await gallery('/Q217447?lang=en&uilang=en&file=File:No_such_picture.jpg')
    await vi.waitFor(
      () => expect(text(dialog())).toContain('No such picture.jpg is not on Wikimedia Commons'),
      wait,
    )
    missing.unmount()
  })

  it('says so when nothing is found, and offers a retry when Commons fails', async () => {
    const empty = await gallery('/Q999999001?lang=en&uilang=en')
    expect(text(empty.section())).toContain('Wikimedia Commons has no files about this topic yet.')
    empty.unmount()
    double().setFault('commons', { kind: 'malformed' })
    const failed = await gallery('/Q217447?lang=en&uilang=en')
    expect(text(failed.section())).toContain(
      'Wikimedia Commons sent an answer that could not be read',
    )
    double().setFault('commons', null)
    ;[...failed.section().querySelectorAll('button')].find((b) => text(b) === 'Try again')!.click()
    await vi.waitFor(() => expect(failed.titles().length).toBeGreaterThan(0), wait)
    failed.unmount()
  })

  it('shows a sound without a picture as a named tile, marked as audio', async () => {
    const { section, unmount } = await gallery('/Q999990108?lang=en&uilang=en')
    const sound = section().querySelector(
      '[data-title="File:Luohti sung at a lakeside, sound recording.oga"]',
    )
    expect(sound?.querySelector('img')).toBeNull()
    expect(text(sound?.querySelector('.kst-gallery-item__placeholder'))).toBe(
      'Luohti sung at a lakeside, sound recording',
    )
    expect(text(sound?.querySelector('.kst-gallery-item__type'))).toBe('Audio')
    unmount()
  })

  it('names the files of statements that Commons does not have', async () => {
    const element = document.createElement('div')
    document.body.replaceChildren(element)
    const router = createKoosteRouter(createMemoryHistory())
    await router.push('/Q1?uilang=en')
    const app = createApp(GallerySection, {
      entity: mapEntity({
        id: 'Q1',
        type: 'item',
        claims: {
          P18: [
            {
              mainsnak: {
                snaktype: 'value',
                property: 'P18',
                datatype: 'commonsMedia',
                datavalue: { value: 'Never uploaded.jpg', type: 'string' },
              },
              type: 'statement',
              rank: 'normal',
            },
          ],
        },
      }),
      chain: ['en'],
      lang: 'en',
      uilang: 'en',
    })
    app.use(router)
    installI18n(app, createI18n('en'))
    app.provide(servicesKey, createServices(defaultConfig))
    app.mount(element)
    await vi.waitFor(
      () =>
        expect(text(element)).toContain(
          'The files named on Wikidata are not on Commons: File:Never uploaded.jpg.',
        ),
      wait,
    )
    app.unmount()
  })
})
