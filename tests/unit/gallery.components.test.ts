// The gallery's leaf components, mounted with props: the windowed grid and the viewer.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { nextTick, type Component } from 'vue'
import { createKoosteRouter } from '../../src/router'
import { createI18n, installI18n } from '../../src/i18n'
import { mapGalleryFile } from '../../src/domain/gallery'
import { mapVideoInfo } from '../../src/domain/galleryMedia'
import type { GalleryEntry } from '../../src/domain/galleryFilters'
import GalleryGrid from '../../src/components/gallery/GalleryGrid.vue'
import GalleryViewer from '../../src/components/gallery/GalleryViewer.vue'
import GalleryYearRange from '../../src/components/gallery/GalleryYearRange.vue'

const meta = (value: unknown) => ({ value, source: 'commons-desc-page' })

function makeFile(n: number, over: { mime?: string; ext?: Record<string, unknown> } = {}) {
  const title = `File:Mill photograph ${n}.${over.mime === 'video/webm' ? 'webm' : 'jpg'}`
  const file = mapGalleryFile({
    pageid: n,
    ns: 6,
    title,
    imageinfo: [
      {
        url: `https://upload.wikimedia.org/wikipedia/commons/a/ab/Mill_${n}`,
        descriptionurl: `https://commons.wikimedia.org/wiki/${title.replace(/ /g, '_')}`,
        mime: over.mime ?? 'image/jpeg',
        width: 4000,
        height: 3000,
        thumburl: `https://upload.wikimedia.org/thumb/Mill_${n}/330px-Mill_${n}.jpg`,
        thumbwidth: 330,
        thumbheight: 248,
        responsiveUrls: { '2': `https://upload.wikimedia.org/thumb/Mill_${n}/660px-Mill_${n}.jpg` },
        extmetadata: {
          Artist: meta(
            '<a href="//commons.wikimedia.org/wiki/User:Demo">Demo</a><script>alert(1)</script>',
          ),
          LicenseShortName: meta('CC BY-SA 4.0'),
          LicenseUrl: meta('https://creativecommons.org/licenses/by-sa/4.0'),
          ...over.ext,
        },
      },
    ],
  })
  if (!file) throw new Error('no file')
  return file
}

const entries = (n: number): GalleryEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    file: makeFile(i + 1),
    sources: ['category'],
    depicts: [],
  }))

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.replaceChildren()
})

async function mountWith(component: Component, props: Record<string, unknown>) {
  const router = createKoosteRouter(createMemoryHistory())
  await router.push('/Q1')
  const i18n = createI18n('en')
  wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [router, { install: (app) => installI18n(app, i18n) }] },
  })
  await nextTick()
  return wrapper
}

describe('GalleryGrid', () => {
  const hrefOf = (title: string) => `/Q1?file=${encodeURIComponent(title)}`

  it('keeps the DOM small with 2,000 files: only the rows in view are rendered', async () => {
    const grid = await mountWith(GalleryGrid, { entries: entries(2000), hrefOf })
    const images = grid.findAll('img')
    expect(images.length).toBeGreaterThan(0)
    expect(images.length).toBeLessThanOrEqual(300)
    expect(grid.findAll('[role="listitem"]')).toHaveLength(images.length)
    expect(grid.find('[role="listitem"]').attributes('aria-setsize')).toBe('2000')
  })

  it('shows each thumbnail sized by the API, lazily, with the credit under it', async () => {
    const grid = await mountWith(GalleryGrid, { entries: entries(3), hrefOf })
    const img = grid.find('img')
    expect(img.attributes()).toMatchObject({
      src: 'https://upload.wikimedia.org/thumb/Mill_1/330px-Mill_1.jpg',
      loading: 'lazy',
      alt: 'Mill photograph 1',
    })
    expect(img.attributes('srcset')).toContain('660px-Mill_1.jpg 2x')
    const link = grid.find('.kst-gallery-item__link')
    expect(link.attributes('href')).toBe('/Q1?file=File%3AMill%20photograph%201.jpg')
    const credit = grid.find('.kst-gallery-credit')
    expect(credit.text()).toContain('Demo')
    expect(credit.find('script').exists()).toBe(false)
    expect(credit.find('a[href="https://commons.wikimedia.org/wiki/User:Demo"]').exists()).toBe(
      true,
    )
    expect(credit.find('a[rel~="license"]').text()).toBe('CC BY-SA 4.0')
    const via = credit.findAll('a').find((a) => a.text() === 'via Wikimedia Commons')
    expect(via?.attributes('href')).toBe(
      'https://commons.wikimedia.org/wiki/File:Mill_photograph_1.jpg',
    )
  })

  it('opens the viewer on click but lets a modified click open a new tab', async () => {
    const grid = await mountWith(GalleryGrid, { entries: entries(3), hrefOf })
    const links = grid.findAll('.kst-gallery-item__link')
    await links[1]!.trigger('click', { button: 0 })
    await links[2]!.trigger('click', { button: 0, ctrlKey: true })
    expect(grid.emitted('open')).toEqual([['File:Mill photograph 2.jpg']])
  })

  it('asks for more when scrolled near the end', async () => {
    const grid = await mountWith(GalleryGrid, { entries: entries(40), hrefOf })
    const scroller = grid.find('.kst-gallery-grid').element as HTMLElement
    Object.defineProperty(scroller, 'scrollHeight', { value: 5000, configurable: true })
    Object.defineProperty(scroller, 'clientHeight', { value: 600, configurable: true })
    scroller.scrollTop = 1000
    await grid.find('.kst-gallery-grid').trigger('scroll')
    expect(grid.emitted('nearEnd')).toBeUndefined()
    scroller.scrollTop = 4300
    await grid.find('.kst-gallery-grid').trigger('scroll')
    expect(grid.emitted('nearEnd')).toHaveLength(1)
  })

  it('copies a TASL attribution line with the reuse button', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const grid = await mountWith(GalleryGrid, { entries: entries(1), hrefOf })
    const button = grid.find('.kst-gallery-reuse')
    expect(button.attributes('aria-label')).toBe(
      'Reuse Mill photograph 1: copy its attribution line',
    )
    await button.trigger('click')
    await vi.waitFor(() => expect(grid.emitted('copied')).toHaveLength(1))
    const line =
      '“Mill photograph 1” by Demo, https://commons.wikimedia.org/wiki/File:Mill_photograph_1.jpg, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0)'
    expect(writeText).toHaveBeenCalledWith(line)
    expect(grid.emitted('copied')?.[0]).toEqual([true, line])
  })

  it('marks non-free and unrecognised licences and restrictions', async () => {
    const nonFree = makeFile(1, {
      ext: {
        LicenseShortName: meta('CC BY-NC 2.0'),
        Restrictions: meta('personality|trademarked'),
      },
    })
    const unknown = makeFile(2, { ext: { LicenseShortName: meta('Some licence') } })
    const none = makeFile(3, { ext: { LicenseShortName: meta(''), LicenseUrl: meta('') } })
    const grid = await mountWith(GalleryGrid, {
      entries: [nonFree, unknown, none].map((file) => ({ file, sources: [], depicts: null })),
      hrefOf,
    })
    const credits = grid.findAll('.kst-gallery-credit').map((c) => c.text())
    expect(credits[0]).toContain(
      'Not a free licence · Personality rights may apply · Contains trademarks',
    )
    expect(credits[1]).toContain('Licence not recognised')
    expect(credits[2]).toContain('Licence unknown')
  })
})

describe('GalleryViewer', () => {
  const base = {
    title: 'File:Mill photograph 2.jpg',
    status: 'ready',
    position: 2,
    total: 3,
    hasPrevious: true,
    hasNext: true,
    depicts: ['Q217447', 'Q83405'],
    labels: { Q217447: { en: 'Verla' } },
    chain: ['en'],
    query: { uilang: 'en' },
    tiles: {
      url: 'https://tile.example/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
    },
    dir: 'ltr',
  }
  const picture = makeFile(2, {
    ext: {
      ImageDescription: meta({
        en: 'The mill <b>by the river</b><script>alert(1)</script>',
        _type: 'lang',
      }),
      DateTimeOriginal: meta('2019-07-14'),
      GPSLatitude: meta('61.0622'),
      GPSLongitude: meta('26.6398'),
    },
  })

  const dialogOf = () => document.querySelector<HTMLElement>('[role="dialog"]')!
  const key = (key: string, init: KeyboardEventInit = {}) =>
    dialogOf().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }))

  it('is a modal dialog named by the file, with its description, date, depicts and place', async () => {
    await mountWith(GalleryViewer, { ...base, file: picture })
    const dialog = dialogOf()
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toContain(
      'Mill photograph 2',
    )
    expect(document.activeElement).toBe(dialog)
    expect(dialog.querySelector('.kst-gallery-viewer__counter')?.textContent).toBe('2 / 3')
    const description = dialog.querySelector('.kst-gallery-details__description')!
    expect(description.innerHTML).toContain('<b>by the river</b>')
    expect(description.querySelector('script')).toBeNull()
    expect(description.getAttribute('lang')).toBe('en')
    expect(dialog.textContent).toContain('July 14, 2019')
    const depicts = [...dialog.querySelectorAll('.kst-gallery-details__depicts a')]
    expect(depicts.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Verla', '/Q217447?uilang=en'],
      ['Q83405', '/Q83405?uilang=en'],
    ])
    const osm = dialog.querySelector('.kst-gallery-location__text a')
    expect(osm?.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/?mlat=61.06220&mlon=26.63980#map=15/61.06220/26.63980',
    )
    expect(dialog.querySelector('.kst-gallery-location__tile')?.getAttribute('src')).toMatch(
      /^https:\/\/tile\.example\/13\/\d+\/\d+\.png$/,
    )
    expect(dialog.querySelector('.kst-gallery-details__tasl')?.textContent).toContain(
      '“Mill photograph 2” by Demo',
    )
    expect(document.documentElement.style.overflow).toBe('hidden')
  })

  it('makes the page behind it inert while open, and tells a failed copy inside itself', async () => {
    const app = document.createElement('div')
    app.id = 'app'
    document.body.append(app)
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    })
    const viewer = await mountWith(GalleryViewer, { ...base, file: picture })
    expect(app.inert).toBe(true)
    expect(dialogOf().closest('[inert]')).toBeNull()
    dialogOf().querySelector<HTMLElement>('.kst-gallery-reuse')!.click()
    await vi.waitFor(() => expect(viewer.emitted('copied')).toHaveLength(1))
    await nextTick()
    expect(dialogOf().querySelector('.kst-gallery-details__manual')?.textContent).toContain(
      '“Mill photograph 2” by Demo',
    )
    await viewer.setProps({ title: 'File:Mill photograph 3.jpg', file: makeFile(3) })
    expect(dialogOf().querySelector('.kst-gallery-details__manual')).toBeNull()
    viewer.unmount()
    wrapper = null
    expect(app.inert).toBe(false)
  })

  it('moves with the arrows (mirrored right to left) and closes with Escape', async () => {
    const viewer = await mountWith(GalleryViewer, { ...base, file: picture })
    key('ArrowRight')
    key('ArrowLeft')
    key('Escape')
    expect(viewer.emitted('next')).toHaveLength(1)
    expect(viewer.emitted('previous')).toHaveLength(1)
    expect(viewer.emitted('close')).toHaveLength(1)
    await viewer.setProps({ dir: 'rtl', hasPrevious: false })
    key('ArrowRight')
    key('ArrowLeft')
    expect(viewer.emitted('previous')).toHaveLength(1)
    expect(viewer.emitted('next')).toHaveLength(2)
  })

  it('keeps Tab inside the dialog', async () => {
    await mountWith(GalleryViewer, { ...base, file: picture })
    const focusable = [
      ...dialogOf().querySelectorAll<HTMLElement>('a[href], button:not([disabled])'),
    ]
    // jsdom has no layout: every element counts as visible for the trap.
    for (const el of focusable) Object.defineProperty(el, 'offsetParent', { value: document.body })
    const first = focusable[0]!
    const last = focusable[focusable.length - 1]!
    last.focus()
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    expect(document.activeElement).toBe(first)
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }))
    expect(document.activeElement).toBe(last)
  })

  it('zooms the picture with the buttons and the keyboard', async () => {
    await mountWith(GalleryViewer, { ...base, file: picture })
    const img = () => dialogOf().querySelector<HTMLElement>('.kst-gallery-media__img')!
    expect(img().style.transform).toContain('scale(1)')
    dialogOf().querySelector<HTMLElement>('[aria-label="Zoom in"]')!.click()
    await nextTick()
    expect(img().style.transform).toContain('scale(1.5)')
    key('0')
    await nextTick()
    expect(img().style.transform).toContain('scale(1)')
    key('+')
    await nextTick()
    expect(img().style.transform).toContain('scale(1.5)')
  })

  it('plays a video, and says when a file is not on Commons', async () => {
    const video = makeFile(5, { mime: 'video/webm' })
    const viewer = await mountWith(GalleryViewer, { ...base, file: video })
    const source = dialogOf().querySelector('video source')
    expect(source?.getAttribute('src')).toBe(video.url)
    expect(source?.getAttribute('type')).toBe('video/webm')
    expect(dialogOf().querySelector('video')?.getAttribute('poster')).toBe(video.thumbnail?.url)
    await viewer.setProps({ file: null, status: 'ready', title: 'File:Gone.jpg', position: 0 })
    expect(dialogOf().textContent).toContain('Gone.jpg is not on Wikimedia Commons')
  })

  it("plays Commons' transcodes fitted to the screen, the original last, with subtitles", async () => {
    const plain = makeFile(6, { mime: 'video/webm' })
    const at = (key: string) => `https://upload.wikimedia.org/transcoded/Mill_6.webm.${key}`
    const media = mapVideoInfo({
      videoinfo: [
        {
          derivatives: [
            { src: plain.url, type: 'video/webm', width: 4000, height: 2250 },
            ...[240, 480, 720, 1080].map((h) => ({
              src: at(`${h}p.vp9.webm`),
              type: 'video/webm; codecs="vp9, opus"',
              transcodekey: `${h}p.vp9.webm`,
              width: Math.round((h * 16) / 9),
              height: h,
            })),
          ],
          timedtext: [
            {
              src: 'https://commons.wikimedia.org/w/api.php?action=timedtext&lang=en&trackformat=vtt',
              type: 'text/vtt',
              srclang: 'en',
              kind: 'subtitles',
              label: 'English (en)',
            },
          ],
        },
      ],
    })!
    // jsdom's window is 1024×768 at 1×: 720p fills it.
    await mountWith(GalleryViewer, { ...base, file: { ...plain, media } })
    const video = dialogOf().querySelector('video')!
    expect([...video.querySelectorAll('source')].map((s) => s.getAttribute('src'))).toEqual([
      at('720p.vp9.webm'),
      plain.url,
    ])
    const track = video.querySelector('track')!
    expect(track.getAttribute('srclang')).toBe('en')
    expect(track.hasAttribute('default')).toBe(true)
    expect(video.getAttribute('crossorigin')).toBe('anonymous')
  })
})

describe('GalleryYearRange', () => {
  const years = [
    { value: 2019, count: 2 },
    { value: 1896, count: 1 },
    { value: 1900, count: 3 },
  ]

  it('offers only years that keep the range the right way round, and says undated files hide', async () => {
    const range = await mountWith(GalleryYearRange, { years, from: 1900, to: null, undated: 2 })
    const selects = () => range.findAll('select')
    const values = (index: number) =>
      selects()
        [index]!.findAll('option')
        .map((option) => option.attributes('value'))
    // Each menu is named by its visible label.
    const labels = range.findAll('label').map((label) => label.attributes('for'))
    expect(labels).toEqual(selects().map((select) => select.attributes('id')))
    expect(values(0)).toEqual(['any', '1896', '1900', '2019'])
    expect(values(1)).toEqual(['any', '1900', '2019'])
    expect(range.text()).toContain('2 files have no date and are not shown while years are chosen.')
    await selects()[1]!.setValue('2019')
    expect(range.emitted('update')).toEqual([[1900, 2019]])
    await selects()[0]!.setValue('any')
    expect(range.emitted('update')?.[1]).toEqual([null, null])
    await range.setProps({ from: null, to: 1896 })
    expect(values(0)).toEqual(['any', '1896'])
    expect(range.text()).toContain('2 files have no date')
    await range.setProps({ to: null })
    expect(range.text()).not.toContain('no date')
  })
})
