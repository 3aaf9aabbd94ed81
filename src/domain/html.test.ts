import { describe, expect, it } from 'vitest'
import { sanitizeHtml, type LinkContext } from './html'

const context: LinkContext = {
  lang: 'fi',
  pageTitle: 'Verla',
  route: (lang, title) => `/wiki/${lang}/${title.replace(/ /g, '_')}`,
  articleUrl: (lang, title) => `https://${lang}.wikipedia.org/wiki/${title}`,
}

function parse(html: string): HTMLElement {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

describe('sanitizeHtml', () => {
  it.each([
    '<script>window.pwned = 1</script><p>x</p>',
    '<img src=x onerror="window.pwned = 1">',
    '<a href="javascript:window.pwned=1">x</a>',
    '<p onclick="window.pwned = 1">x</p>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg><script>window.pwned=1</script></svg>',
    '<a href="data:text/html,<script>1</script>">x</a>',
    '<style>body{display:none}</style><p>x</p>',
  ])('removes what could run or restyle the page: %s', (html) => {
    const out = parse(sanitizeHtml(html, context))
    expect(out.querySelector('script, iframe, svg, style, [onclick], [onerror]')).toBeNull()
    for (const a of out.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/^(javascript|data):/i)
  })

  it('turns internal wiki links into Kooste routes', () => {
    const a = parse(
      sanitizeHtml('<a rel="mw:WikiLink" href="./Kouvola" title="Kouvola">Kouvola</a>', context),
    ).querySelector('a')
    expect(a?.getAttribute('href')).toBe('/wiki/fi/Kouvola')
    expect(a?.hasAttribute('data-kooste-route')).toBe(true)
    expect(a?.getAttribute('target')).toBeNull()
  })

  it('keeps links into other namespaces on the wiki', () => {
    const a = parse(sanitizeHtml('<a href="./Luokka:Tehtaat">x</a>', context)).querySelector('a')
    expect(a?.getAttribute('href')).toBe('https://fi.wikipedia.org/wiki/Luokka:Tehtaat')
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('makes footnote links to the same page in-page anchors', () => {
    const a = parse(sanitizeHtml('<a href="./Verla#cite_note-1">[1]</a>', context)).querySelector(
      'a',
    )
    expect(a?.getAttribute('href')).toBe('#cite_note-1')
  })

  it('resolves root-relative links against the wiki, and drops them without one', () => {
    const html =
      '<a href="/wiki/Kouvola">K</a><a href="/w/index.php?title=Verla&action=history">h</a>'
    const links = parse(sanitizeHtml(html, context)).querySelectorAll('a')
    expect(links[0]?.getAttribute('href')).toBe('/wiki/fi/Kouvola')
    expect(links[1]?.getAttribute('href')).toBe(
      'https://fi.wikipedia.org/w/index.php?title=Verla&action=history',
    )
    const bare = parse(sanitizeHtml('<a href="/w/index.php?title=X">x</a>')).querySelector('a')
    expect(bare?.hasAttribute('href')).toBe(false)
  })

  it('opens external links safely in a new tab', () => {
    const a = parse(
      sanitizeHtml('<a rel="mw:ExtLink" href="https://www.verla.fi/">site</a>'),
    ).querySelector('a')
    expect(a?.getAttribute('target')).toBe('_blank')
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('drops wiki chrome such as navigation boxes and edit links', () => {
    const out = parse(
      sanitizeHtml(
        '<p>text</p><div class="navbox">nav</div><span class="mw-editsection">edit</span>',
        context,
      ),
    )
    expect(out.textContent).toBe('text')
  })

  it('loads protocol-relative images over https, lazily', () => {
    const img = parse(
      sanitizeHtml('<img src="//upload.wikimedia.org/a.jpg" alt="a">'),
    ).querySelector('img')
    expect(img?.getAttribute('src')).toBe('https://upload.wikimedia.org/a.jpg')
    expect(img?.getAttribute('loading')).toBe('lazy')
  })
})
