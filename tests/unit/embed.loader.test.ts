// embed.js's loader in jsdom: it turns placeholders into lazy, sandboxed frames of the Kooste that
// served it, and changes a frame's height only for messages from that frame and that origin,
// within bounds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startLoader, NAVIGATE_EVENT, type KoosteLoader } from '../../src/embed/loader'
import { MAX_HEIGHT, MIN_HEIGHT, NAVIGATE, RESIZE } from '../../src/embed/protocol'
import { EMBED_SANDBOX } from '../../src/embed/url'
import { iframeSnippet, loaderSnippet, queryLoaderSnippet } from '../../src/embed/snippets'
import { queryEmbedUrl } from '../../src/domain/queryEmbed'

const origin = 'https://kooste.example'
const script = `${origin}/sub/embed.js?v=1`
let loader: KoosteLoader | null = null

function host(html: string): HTMLElement {
  document.body.innerHTML = html
  return document.body
}

function send(source: Window | null, data: unknown, from = origin) {
  window.dispatchEvent(new MessageEvent('message', { data, origin: from, source }))
}

beforeEach(() => {
  document.body.replaceChildren()
})
afterEach(() => {
  loader?.stop()
  loader = null
})

describe('the loader', () => {
  it('makes a lazy, sandboxed, titled frame for each placeholder', () => {
    host(`
      <div id="a" data-kooste="Q217447/map" data-kooste-lang="fi" data-kooste-theme="dark"
        data-kooste-query="map=61.1,26.5,12&amp;maplayers=parts" data-kooste-title="Verla map"
        data-kooste-height="300"><a href="https://kooste.example/sub/Q217447">Verla</a></div>
      <div id="b" data-kooste="q42/timeline"></div>
      <div id="c" data-kooste="Q33/visualizations"></div>`)
    loader = startLoader(window, script)
    const frames = [...document.querySelectorAll('iframe')]
    expect(frames).toHaveLength(3)
    const [a, b, c] = frames as [HTMLIFrameElement, HTMLIFrameElement, HTMLIFrameElement]
    // A chart's frame may download its SVG, PNG and CSV; no other frame may.
    expect(c.getAttribute('sandbox')).toBe(`${EMBED_SANDBOX} allow-downloads`)
    expect(a.parentElement?.id).toBe('a')
    expect(document.querySelector('#a a')).toBeNull()
    expect(a.src).toBe(
      'https://kooste.example/sub/embed/Q217447/map?lang=fi&theme=dark&map=61.1%2C26.5%2C12&maplayers=parts',
    )
    expect(a.title).toBe('Verla map')
    expect(a.getAttribute('loading')).toBe('lazy')
    expect(a.getAttribute('sandbox')).toBe(EMBED_SANDBOX)
    expect(a.style.height).toBe('300px')
    expect(b.src).toBe('https://kooste.example/sub/embed/Q42/timeline')
    expect(b.getAttribute('sandbox')).toBe(EMBED_SANDBOX)
    expect(b.title).toBe('Kooste: q42/timeline')
    expect(b.style.height).toBe('400px')
  })

  it('writes the same frame as the iframe snippet for the loader snippet', () => {
    const options = {
      id: 'Q1',
      section: 'gallery',
      lang: 'se',
      uilang: 'fi',
      theme: 'dark',
      state: { gtype: 'image', file: 'File:A b.jpg' },
      title: 'Gallery: “A” & <B>',
      height: 500,
    }
    const base = `${origin}/sub/`
    host(loaderSnippet(base, options).replace(/<script[^>]*><\/script>/, ''))
    loader = startLoader(window, `${base}embed.js`)
    const made = document.querySelector('iframe')!
    const reference = new DOMParser()
      .parseFromString(iframeSnippet(base, options), 'text/html')
      .querySelector('iframe')!
    expect(made.src).toBe(reference.src)
    expect(made.title).toBe(reference.title)
    expect(made.getAttribute('sandbox')).toBe(reference.getAttribute('sandbox'))
    expect(made.getAttribute('allow')).toBe(reference.getAttribute('allow'))
  })

  it('writes the same frame for a query embed’s loader snippet as its address', () => {
    const base = `${origin}/sub/`
    const src = queryEmbedUrl(base, {
      query: 'SELECT ?item ?n WHERE { ?item <p> ?n } # "quoted" & <angled>',
      view: 'bar',
      roles: { x: 'item', y: 'n' },
      title: 'Counts “A” & <B>',
      lang: 'se',
      uilang: 'fi',
      theme: 'dark',
    })
    const snippet = queryLoaderSnippet(base, src, { title: 'Counts', height: 300 })
    host(snippet.replace(/<script[^>]*><\/script>/, ''))
    expect(document.querySelector('a')?.getAttribute('href')).toBe(src)
    loader = startLoader(window, `${base}embed.js`)
    const made = new URL(document.querySelector('iframe')!.src)
    const expected = new URL(src)
    expect(made.pathname).toBe(expected.pathname)
    expect([...made.searchParams].sort()).toEqual([...expected.searchParams].sort())
  })

  it('makes a query embed’s frame from `query`, its query and view in data-kooste-query', () => {
    const sparql = 'SELECT ?item WHERE { ?item wdt:P31 wd:Q5 } LIMIT 5'
    const params = new URLSearchParams({ sparql, view: 'table', title: 'People' }).toString()
    host(`<div data-kooste="Query" data-kooste-uilang="sv" data-kooste-query="${params}"></div>`)
    loader = startLoader(window, script)
    const frame = document.querySelector('iframe')!
    const url = new URL(frame.src)
    expect(url.origin + url.pathname).toBe('https://kooste.example/sub/embed/query')
    expect(url.searchParams.get('sparql')).toBe(sparql)
    expect(url.searchParams.get('view')).toBe('table')
    expect(url.searchParams.get('uilang')).toBe('sv')
    expect(frame.getAttribute('sandbox')).toBe(EMBED_SANDBOX)
    expect(frame.title).toBe('Kooste: Query')
  })

  it('leaves a malformed placeholder alone and marks it', () => {
    host(`<div data-kooste="javascript:alert(1)//map"><a href="x">fallback</a></div>
      <div data-kooste="Q1"></div><div data-kooste="Q1/../../evil"></div>`)
    loader = startLoader(window, script)
    expect(document.querySelectorAll('iframe')).toHaveLength(0)
    expect(document.querySelectorAll('[data-kooste-invalid]')).toHaveLength(3)
    expect(document.querySelector('a')?.textContent).toBe('fallback')
  })

  it('scans again for placeholders added later, once each', () => {
    host('<div data-kooste="Q1/map"></div>')
    loader = startLoader(window, script)
    const later = document.createElement('div')
    later.dataset.kooste = 'Q2/map'
    document.body.append(later)
    expect(loader.scan()).toHaveLength(1)
    expect(loader.scan()).toHaveLength(0)
    expect(document.querySelectorAll('iframe')).toHaveLength(2)
  })

  it('waits for the document to be parsed when it runs early', () => {
    const listeners: string[] = []
    const doc = {
      readyState: 'loading',
      addEventListener: (type: string) => listeners.push(type),
    }
    const win = { document: doc, addEventListener: vi.fn() } as unknown as Window
    startLoader(win, script)
    expect(listeners).toEqual(['DOMContentLoaded'])
  })
})

describe('the loader’s messages', () => {
  function setup(extra = '') {
    host(`<div data-kooste="Q1/map" ${extra}></div><div data-kooste="Q2/map"></div>
      <iframe id="stranger"></iframe>`)
    loader = startLoader(window, script)
    const [first, second] = [
      ...document.querySelectorAll<HTMLIFrameElement>('[data-kooste] iframe'),
    ]
    return { first: first!, second: second! }
  }

  it('fit the height of the frame that sent them', () => {
    const { first, second } = setup()
    send(first.contentWindow, { type: RESIZE, height: 523.4 })
    expect(first.style.height).toBe('523px')
    expect(second.style.height).toBe('400px')
  })

  it('keep heights within bounds', () => {
    const { first } = setup('data-kooste-max-height="900"')
    send(first.contentWindow, { type: RESIZE, height: 3 })
    expect(first.style.height).toBe(`${MIN_HEIGHT}px`)
    send(first.contentWindow, { type: RESIZE, height: 5000 })
    expect(first.style.height).toBe('900px')
    const { second } = setup()
    send(second.contentWindow, { type: RESIZE, height: 1e9 })
    expect(second.style.height).toBe(`${MAX_HEIGHT}px`)
  })

  it.each([
    [
      'another origin',
      (f: HTMLIFrameElement) =>
        send(f.contentWindow, { type: RESIZE, height: 700 }, 'https://evil.example'),
    ],
    [
      'a frame the loader did not make',
      () =>
        send((document.getElementById('stranger') as HTMLIFrameElement).contentWindow, {
          type: RESIZE,
          height: 700,
        }),
    ],
    ['the page itself', () => send(window, { type: RESIZE, height: 700 })],
    ['no source', () => send(null, { type: RESIZE, height: 700 })],
    [
      'an unknown type',
      (f: HTMLIFrameElement) =>
        send(f.contentWindow, { type: 'kooste-embed:v2:resize', height: 700 }),
    ],
    [
      'a height that is not a number',
      (f: HTMLIFrameElement) => send(f.contentWindow, { type: RESIZE, height: '700' }),
    ],
    [
      'a height that is not finite',
      (f: HTMLIFrameElement) => send(f.contentWindow, { type: RESIZE, height: Infinity }),
    ],
    ['a string', (f: HTMLIFrameElement) => send(f.contentWindow, 'kooste-embed:v1:resize 700')],
  ])('are ignored from %s', (_, act) => {
    const { first } = setup()
    act(first)
    expect(first.style.height).toBe('400px')
  })

  it('pass a navigation intent to the page as an event on the placeholder', () => {
    const { first } = setup()
    const seen: string[] = []
    document.body.addEventListener(NAVIGATE_EVENT, (event) =>
      seen.push((event as CustomEvent<{ url: string }>).detail.url),
    )
    send(first.contentWindow, { type: NAVIGATE, url: `${origin}/sub/Q1?lang=fi` })
    send(first.contentWindow, { type: NAVIGATE, url: 'https://evil.example/phish' })
    send(first.contentWindow, { type: NAVIGATE, url: 'javascript:alert(1)' })
    expect(seen).toEqual([`${origin}/sub/Q1?lang=fi`])
  })

  it('stop when the loader stops', () => {
    const { first } = setup()
    loader!.stop()
    send(first.contentWindow, { type: RESIZE, height: 700 })
    expect(first.style.height).toBe('400px')
  })
})
