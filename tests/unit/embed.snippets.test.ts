// The two snippets of the embed dialog and the URLs they carry: right attributes, a sandbox that
// allows only what the frame needs, and every value escaped (titles come from Wikidata labels).
import { describe, expect, it } from 'vitest'
import {
  escapeHtml,
  iframeSnippet,
  loaderSnippet,
  snippetHeight,
  type EmbedSnippetOptions,
} from '../../src/embed/snippets'
import { EMBED_SANDBOX, embedUrl, topicUrl } from '../../src/embed/url'

const base = 'https://kooste.example/sub/'
const options: EmbedSnippetOptions = {
  id: 'Q217447',
  section: 'map',
  lang: 'fi',
  uilang: 'sv',
  theme: 'dark',
  state: { map: '61.1,26.5,12', maplayers: 'parts,photos' },
  title: 'Map: Verla – Kooste',
  height: 480,
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
}

describe('embedUrl', () => {
  it('puts the section under the base, then the languages, the theme and the view', () => {
    expect(embedUrl(base, options)).toBe(
      'https://kooste.example/sub/embed/Q217447/map?lang=fi&uilang=sv&theme=dark&map=61.1%2C26.5%2C12&maplayers=parts%2Cphotos',
    )
  })

  it('leaves out what was not chosen', () => {
    expect(embedUrl(base, { id: 'Q1', section: 'timeline' })).toBe(
      'https://kooste.example/sub/embed/Q1/timeline',
    )
  })

  it('does not let a view key override the languages or the theme', () => {
    const url = new URL(
      embedUrl(base, { id: 'Q1', section: 'map', lang: 'fi', state: { lang: 'en', theme: 'x' } }),
    )
    expect(url.searchParams.get('lang')).toBe('fi')
    expect(url.searchParams.has('theme')).toBe(false)
  })

  it('encodes path parts, so nothing escapes the embed path', () => {
    expect(embedUrl(base, { id: '../Q1', section: 'a/b?c' })).toBe(
      'https://kooste.example/sub/embed/..%2FQ1/a%2Fb%3Fc',
    )
  })
})

describe('topicUrl', () => {
  it('links the full topic page with the chosen languages', () => {
    expect(topicUrl(base, { id: 'Q217447', lang: 'fi', uilang: 'fi' })).toBe(
      'https://kooste.example/sub/Q217447?lang=fi&uilang=fi',
    )
    expect(topicUrl(base, { id: 'Q1' })).toBe('https://kooste.example/sub/Q1')
  })
})

describe('escapeHtml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ["it's", 'it&#39;s'],
    ['Åbo – Turku', 'Åbo – Turku'],
  ])('%s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped)
  })
})

describe('snippetHeight', () => {
  it.each([
    [480, 480],
    [12, 150],
    [99999, 2000],
    [333.6, 334],
    [Number.NaN, 480],
  ])('%s → %s', (given, height) => expect(snippetHeight(given)).toBe(height))
})

describe('iframeSnippet', () => {
  it.each([
    ['visualizations', true],
    ['timeline', false],
    ['map', false],
    ['gallery', false],
  ])('lets a %s frame start downloads: %s', (section, downloads) => {
    const frame = parse(iframeSnippet(base, { ...options, section })).querySelector('iframe')!
    const tokens = frame.getAttribute('sandbox')!.split(' ')
    expect(tokens.includes('allow-downloads')).toBe(downloads)
    expect(tokens.filter((t) => t !== 'allow-downloads')).toEqual(EMBED_SANDBOX.split(' '))
  })

  it('is one iframe with a title, lazy loading, a fixed height and a narrow sandbox', () => {
    const html = iframeSnippet(base, options)
    const doc = parse(html)
    expect(doc.body.children).toHaveLength(1)
    const frame = doc.querySelector('iframe')!
    expect(frame.getAttribute('src')).toBe(embedUrl(base, options))
    expect(frame.getAttribute('title')).toBe('Map: Verla – Kooste')
    expect(frame.getAttribute('loading')).toBe('lazy')
    expect(frame.getAttribute('height')).toBe('480')
    expect(frame.getAttribute('sandbox')).toBe(EMBED_SANDBOX)
    expect(frame.getAttribute('sandbox')!.split(' ').sort()).toEqual([
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
      'allow-scripts',
      'allow-top-navigation-by-user-activation',
    ])
    expect(html).not.toContain('allow-top-navigation ')
    expect(html).not.toContain('allow-forms')
  })

  it('escapes a hostile title so that it stays one attribute', () => {
    const title = '"><script>alert(1)</script><iframe title=\'x'
    const html = iframeSnippet(base, { ...options, title })
    const doc = parse(html)
    expect(doc.querySelectorAll('script, iframe')).toHaveLength(1)
    expect(doc.querySelector('iframe')!.getAttribute('title')).toBe(title)
    expect(html).not.toContain('<script>')
  })

  it('escapes the view state in the URL', () => {
    const html = iframeSnippet(base, { ...options, state: { file: 'File:A "b" <c>.jpg' } })
    const src = parse(html).querySelector('iframe')!.getAttribute('src')!
    expect(new URL(src).searchParams.get('file')).toBe('File:A "b" <c>.jpg')
  })
})

describe('loaderSnippet', () => {
  it('is a placeholder with a fallback link, and the loader script at the base', () => {
    const doc = parse(loaderSnippet(base, options))
    const host = doc.querySelector<HTMLElement>('[data-kooste]')!
    expect(host.dataset).toMatchObject({
      kooste: 'Q217447/map',
      koosteLang: 'fi',
      koosteUilang: 'sv',
      koosteTheme: 'dark',
      koosteHeight: '480',
      koosteTitle: 'Map: Verla – Kooste',
      koosteQuery: 'map=61.1%2C26.5%2C12&maplayers=parts%2Cphotos',
    })
    expect(host.querySelector('a')!.getAttribute('href')).toBe(
      'https://kooste.example/sub/Q217447?lang=fi&uilang=sv',
    )
    const script = doc.querySelector('script')!
    expect(script.getAttribute('src')).toBe('https://kooste.example/sub/embed.js')
    expect(script.hasAttribute('async')).toBe(true)
  })

  it('leaves out the attributes of options not chosen', () => {
    const html = loaderSnippet(base, { id: 'Q1', section: 'timeline', title: 'T', height: 300 })
    expect(html).not.toMatch(/data-kooste-(lang|uilang|theme|query)=/)
  })

  it('escapes a hostile title in the attribute and in the fallback link', () => {
    const title = '</a><img src=x onerror=alert(1)>"'
    const doc = parse(loaderSnippet(base, { ...options, title }))
    expect(doc.querySelector('img')).toBeNull()
    expect(doc.querySelector<HTMLElement>('[data-kooste]')!.dataset.koosteTitle).toBe(title)
    expect(doc.querySelector('a')!.textContent).toBe(title)
  })
})
