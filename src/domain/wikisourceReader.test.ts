import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LinkContext } from './html'
import { prepareReader, READER_CAP, type ReaderPage } from './wikisourceReader'

const context: LinkContext = {
  lang: 'fi',
  pageTitle: 'Abckiria',
  route: (lang, title) => `/Q1?text=${lang}:${title.replace(/ /g, '_')}`,
  articleUrl: (lang, title) => `https://${lang}.wikisource.org/wiki/${title.replace(/ /g, '_')}`,
}

const page = (html: string, extra: Partial<ReaderPage> = {}): ReaderPage => ({
  title: 'Abckiria',
  html: `<div class="mw-content-ltr mw-parser-output" lang="fi" dir="ltr">${html}</div>`,
  disambiguation: false,
  ...extra,
})

function parse(html: string): HTMLElement {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

const words = (n: number, word = 'sana') => Array.from({ length: n }, () => word).join(' ')
const demo = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../../demo-world/wikisource/fi', name), 'utf8')

describe('prepareReader on the demo world', () => {
  it('shows the Abckiria poem without its header template, data block or footer navigation', () => {
    const view = prepareReader(
      { title: 'Abckiria', html: demo('Abckiria.html'), disambiguation: false },
      context,
    )
    const out = parse(view.html)
    expect(view.kind).toBe('text')
    expect(view.truncated).toBe(false)
    expect(out.textContent).toContain('Oppe nyt wanha / ia noori /')
    expect(out.textContent).toContain('nin Jesus sinun Armons laina.')
    expect(out.querySelectorAll('.poem br').length).toBe(9)
    for (const gone of ['Kirjoittanut', '← Mikael Agricola', 'ws-title'])
      expect(out.innerHTML).not.toContain(gone)
    expect(out.querySelector('.ws-header, #headertemplate, [id$="footer-nav"], table')).toBeNull()
    expect(out.querySelector('.mw-parser-output')?.getAttribute('lang')).toBe('fi')
  })

  it("keeps the author page's list of works, unlinking the red links", () => {
    const view = prepareReader(
      {
        title: 'Tekijä:Mikael Agricola',
        html: demo('Tekijä%3AMikael_Agricola.html'),
        disambiguation: false,
      },
      { ...context, pageTitle: 'Tekijä:Mikael Agricola' },
    )
    const out = parse(view.html)
    expect(view.kind).toBe('text')
    const items = [...out.querySelectorAll('li')].map((li) => li.textContent)
    expect(items).toEqual(['Abckiria (1543)', 'Rucouskiria (1544)', 'Se Wsi Testamenti (1548)'])
    const links = [...out.querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/Q1?text=fi:Abckiria'])
    expect(links[0]?.hasAttribute('data-kooste-route')).toBe(true)
    // Its "Teokset" heading sits under the reader's own title (an h3).
    expect(out.querySelector('h2')).toBeNull()
    expect(out.querySelector('h4')?.textContent).toBe('Teokset')
    expect(out.textContent).not.toContain('Kirjailijat')
    expect(out.textContent).not.toContain('Tekijät')
  })
})

describe('prepareReader: header and navigation', () => {
  it.each([
    ['the ws-header block', '<div class="ws-header">HEADER</div>'],
    ['the #headertemplate block', '<table id="headertemplate"><tr><td>HEADER</td></tr></table>'],
    ['the English Wikisource header', '<div id="headerContainer" class="wst-header">HEADER</div>'],
    ['anything not exported', '<div class="ws-noexport">HEADER</div>'],
    ['navigation', '<div role="navigation">HEADER</div><nav>HEADER</nav>'],
    ['footer templates', '<div id="footertemplate">HEADER</div>'],
    ['page numbers', '<span class="pagenum ws-pagenum">HEADER</span>'],
    ['licence boxes', '<div class="licenseContainer">HEADER</div>'],
  ])('removes %s', (_, chrome) => {
    const view = prepareReader(page(`${chrome}<p>Teksti.</p>`), context)
    expect(view.html).not.toContain('HEADER')
    expect(parse(view.html).textContent).toContain('Teksti.')
  })

  it.each([
    '<script>window.pwned = 1</script>',
    '<img src="x" onerror="window.pwned = 1">',
    '<a href="javascript:window.pwned = 1">x</a>',
    '<svg><script>window.pwned = 1</script></svg>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="position:fixed" onclick="window.pwned = 1">x</p>',
  ])('never lets %s through', (bad) => {
    const view = prepareReader(page(`<p>Teksti.</p>${bad}`), context)
    const out = parse(view.html)
    expect(out.querySelector('script, svg, iframe, [onerror], [onclick], [style]')).toBeNull()
    expect(view.html).not.toMatch(/javascript:|pwned/)
  })

  it('opens links to other pages of the wiki in the reader and the rest on the wiki', () => {
    const view = prepareReader(
      page(
        '<p><a href="/wiki/Kalevala">K</a> <a href="/wiki/Luokka:Runot">L</a> <a href="https://example.org/">E</a></p>',
      ),
      context,
    )
    const [inner, category, outside] = [...parse(view.html).querySelectorAll('a')]
    expect(inner?.getAttribute('href')).toBe('/Q1?text=fi:Kalevala')
    expect(category?.getAttribute('href')).toBe('https://fi.wikisource.org/wiki/Luokka:Runot')
    expect(category?.getAttribute('target')).toBe('_blank')
    expect(outside?.getAttribute('rel')).toBe('noopener noreferrer')
  })
})

describe('prepareReader: the length cap', () => {
  it(`cuts a long text near ${READER_CAP} characters, at a block or a word`, () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>${i} ${words(30)}.</p>`).join('')
    const view = prepareReader(page(paragraphs), context)
    const shown = parse(view.html).textContent?.replace(/\s+/g, ' ').trim() ?? ''
    expect(view.truncated).toBe(true)
    expect(shown.length).toBeGreaterThan(READER_CAP * 0.8)
    expect(shown.length).toBeLessThanOrEqual(READER_CAP * 1.2 + 200)
    expect(shown.startsWith('0 sana')).toBe(true)
  })

  it('keeps a short text whole', () => {
    const view = prepareReader(page(`<p>${words(20)}.</p>`), context, 500)
    expect(view.truncated).toBe(false)
    expect(parse(view.html).textContent).toContain(`${words(20)}.`)
  })

  it('cuts inside one huge block (a transcluded page, a long poem) at a word, with an ellipsis', () => {
    const view = prepareReader(
      page(`<div class="prp-pages-output"><p>${words(400)}</p></div>`),
      context,
      300,
    )
    const shown = parse(view.html).textContent?.trim() ?? ''
    expect(view.truncated).toBe(true)
    expect(shown.endsWith('sana…')).toBe(true)
    expect(shown.length).toBeLessThan(320)
  })

  it('keeps the footnotes that the shown part cites, and only those', () => {
    const html = `<p>Alku<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
      <p>${words(200)}</p>
      <p>Loppu<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
      <h2>Viitteet</h2>
      <div class="mw-references-wrap"><ol class="references">
        <li id="cite_note-1"><a href="#cite_ref-1">↑</a> Ensimmäinen viite.</li>
        <li id="cite_note-2"><a href="#cite_ref-2">↑</a> Toinen viite.</li>
      </ol></div>`
    const view = prepareReader(page(html), context, 300)
    const notes = parse(view.notesHtml)
    expect(view.truncated).toBe(true)
    expect(notes.textContent).toContain('Ensimmäinen viite.')
    expect(notes.textContent).not.toContain('Toinen viite.')
    expect(parse(view.html).textContent).not.toContain('Viitteet')
    // Ids are prefixed so they cannot clash with the Wikipedia article's own footnotes.
    const cite = parse(view.html).querySelector('sup a')
    expect(cite?.getAttribute('href')).toBe('#kst-ws-cite_note-1')
    expect(notes.querySelector('li')?.id).toBe('kst-ws-cite_note-1')
    expect(notes.querySelector('li a')?.getAttribute('href')).toBe('#kst-ws-cite_ref-1')
  })

  it('keeps every footnote of a text shown whole', () => {
    const html = `<p>A<sup><a href="#n1">1</a></sup> B<sup><a href="#n2">2</a></sup></p>
      <ol class="references"><li id="n1">Yksi.</li><li id="n2">Kaksi.</li></ol>`
    const view = prepareReader(page(html), context)
    expect(parse(view.notesHtml).querySelectorAll('li')).toHaveLength(2)
    expect(view.truncated).toBe(false)
  })
})

describe('prepareReader: pages that are not a text', () => {
  it('recognises a disambiguation page from its page property and lists its texts', () => {
    const html =
      '<p>Kalevala voi tarkoittaa:</p><ul><li><a href="/wiki/Kalevala_(1835)">Vanha Kalevala</a></li><li><a href="/wiki/Kalevala_(1849)">Uusi Kalevala</a></li><li><a href="/wiki/Luokka:X">X</a></li></ul>'
    const view = prepareReader(page(html, { title: 'Kalevala', disambiguation: true }), context)
    expect(view.kind).toBe('disambiguation')
    expect(view.choices).toEqual([
      { title: 'Kalevala (1835)', label: 'Vanha Kalevala' },
      { title: 'Kalevala (1849)', label: 'Uusi Kalevala' },
    ])
    expect(view.html).toBe('')
  })

  it('recognises a disambiguation template when the property is missing', () => {
    const html = '<div id="disambig">Useita tekstejä</div><ul><li><a href="/wiki/A">A</a></li></ul>'
    expect(prepareReader(page(html), context).kind).toBe('disambiguation')
  })

  it('recognises a contents page that only lists the parts of a work', () => {
    const parts = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/wiki/Abckiria/Luku_${i + 1}">Luku ${i + 1}</a></li>`,
    ).join('')
    const view = prepareReader(page(`<p>Sisällys:</p><ul>${parts}</ul>`), context)
    expect(view.kind).toBe('index')
    expect(view.choices).toHaveLength(12)
    expect(view.choices[0]).toEqual({ title: 'Abckiria/Luku 1', label: 'Luku 1' })
  })

  it('reads a text with a few links to its parts as a text', () => {
    const html = `<p>${words(200)}</p><p><a href="/wiki/Abckiria/1">1</a> <a href="/wiki/Abckiria/2">2</a></p>`
    expect(prepareReader(page(html), context).kind).toBe('text')
  })

  it('says so when nothing is left once the header is gone', () => {
    const view = prepareReader(page('<div class="ws-header">Only a header</div>'), context)
    expect(view.kind).toBe('empty')
  })
})
