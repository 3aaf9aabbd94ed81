/**
 * The reader's view of a Wikisource page (`action=parse` HTML): the header and navigation templates
 * removed, red links unlinked, a page that is only a disambiguation or an index of parts
 * recognised, the text capped at its opening with the footnotes that opening cites, ids prefixed
 * so they cannot clash with the rest of the page, and everything sanitized last.
 */
import { parseInert } from '../security/inertHtml'
import { sanitizeHtml, type LinkContext } from './html'

/** Characters of text shown before "continue reading on Wikisource". */
export const READER_CAP = 2500

/** Prefix of every id (and in-page link) of a page shown in the reader. */
export const READER_ID_PREFIX = 'kst-ws-'

export type ReaderKind = 'text' | 'disambiguation' | 'index' | 'empty'

/** A page the reader can open instead: a text listed on a disambiguation or contents page. */
export interface ReaderChoice {
  title: string
  label: string
}

export interface ReaderView {
  kind: ReaderKind
  /** Sanitized HTML of the text's opening. */
  html: string
  /** Sanitized footnotes (an `<ol>`) cited by the opening, or ''. */
  notesHtml: string
  truncated: boolean
  choices: ReaderChoice[]
}

export interface ReaderPage {
  title: string
  html: string
  /** The wiki says the page is a disambiguation page (page property `disambiguation`). */
  disambiguation: boolean
}

// Wikisource's header, footer and navigation templates, ProofreadPage's page numbers, licence
// boxes and anything marked not to be exported: the reader shows the text alone.
const chromeSelectors = [
  'script',
  'style',
  'link',
  'meta',
  'noscript',
  'template',
  '#headertemplate',
  '#headerContainer',
  '.ws-header',
  '.wst-header',
  '.headertemplate',
  '#footertemplate',
  '.footertemplate',
  '#footer-nav',
  '.ws-noexport',
  '#ws-data',
  'nav',
  '[role="navigation"]',
  '.navigation',
  '.navbox',
  '.noprint',
  '.mw-editsection',
  '.mw-jump-link',
  '.printfooter',
  '.catlinks',
  '#toc',
  '.toc',
  '.pagenum',
  '.ws-pagenum',
  '.licenseContainer',
  '.wst-license',
  '.authority-control',
  '.wst-authority-control',
]
const disambiguationSelectors = ['#disambig', '.disambig', '.dabnotice']
const referenceSelectors = ['.mw-references-wrap', '.reflist', '.smallrefs', 'ol.references']
// A block this much longer than the budget left is cut inside rather than kept whole.
const SLACK = 0.2
const MAX_CHOICES = 50

function textLength(node: Node): number {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim().length
}

/** The main-namespace title a wiki link points to (`/wiki/Abckiria`, `./Abckiria`), or null. */
function linkedTitle(href: string): string | null {
  const match = /^(?:\/wiki\/|\.\/)([^?#]+)$/.exec(href)
  if (!match?.[1]) return null
  let title: string
  try {
    title = decodeURIComponent(match[1]).replace(/_/g, ' ').trim()
  } catch {
    return null
  }
  return title && !title.includes(':') ? title : null
}

function choicesOf(root: Element, pageTitle: string, keep: (title: string) => boolean) {
  const choices: ReaderChoice[] = []
  for (const a of root.querySelectorAll('a[href]')) {
    const title = linkedTitle(a.getAttribute('href') ?? '')
    if (!title || title === pageTitle || !keep(title)) continue
    if (choices.some((c) => c.title === title)) continue
    const label = (a.textContent ?? '').replace(/\s+/g, ' ').trim()
    choices.push({ title, label: label || title })
    if (choices.length >= MAX_CHOICES) break
  }
  return choices
}

function prefixIds(root: Element, prefix: string): void {
  for (const element of root.querySelectorAll('[id]')) element.id = `${prefix}${element.id}`
  for (const a of root.querySelectorAll('a[href^="#"]')) {
    const target = a.getAttribute('href')?.slice(1)
    if (target) a.setAttribute('href', `#${prefix}${target}`)
  }
}

function cutText(node: Text, budget: number): void {
  const text = node.data.replace(/\s+/g, ' ')
  const space = text.lastIndexOf(' ', budget)
  const kept = text.slice(0, space > 0 ? space : budget).trimEnd()
  if (kept.length < 20) node.remove()
  else node.data = `${kept.replace(/[\s.,;:–—-]+$/, '')}…`
}

/** Keeps the first `budget` characters of text under `parent`; returns what is left of it. */
function capChildren(parent: Node, budget: number, cap: number, state: { truncated: boolean }) {
  for (const child of [...parent.childNodes]) {
    const length = textLength(child)
    if (budget <= 0) {
      if (length > 0 || (child instanceof Element && child.querySelector('img'))) {
        state.truncated = true
      }
      child.remove()
      continue
    }
    if (length <= budget + cap * SLACK) {
      budget -= length
      continue
    }
    state.truncated = true
    if (child instanceof Text) {
      cutText(child, budget)
      budget = 0
    } else if (child instanceof Element && child.childNodes.length > 0) {
      budget = capChildren(child, budget, cap, state)
    } else {
      child.remove()
    }
  }
  return budget
}

/** Headings of the page sit under the reader's own (an h3): h1 and h2 become h4, and so on. */
function demoteHeadings(root: Element): void {
  for (const heading of [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]) {
    const level = Math.max(4, Math.min(6, Number(heading.tagName.slice(1)) + 2))
    const demoted = root.ownerDocument.createElement(`h${level}`)
    for (const attribute of heading.attributes)
      demoted.setAttribute(attribute.name, attribute.value)
    demoted.append(...heading.childNodes)
    heading.replaceWith(demoted)
  }
}

/** Detaches the footnote lists; removes the heading that introduced them. */
function takeNotes(root: Element): HTMLLIElement[] {
  const notes: HTMLLIElement[] = []
  for (const container of root.querySelectorAll(referenceSelectors.join(','))) {
    if (!container.isConnected) continue
    notes.push(...container.querySelectorAll('li'))
    const before = container.previousElementSibling
    if (before && /^H[2-6]$/.test(before.tagName)) before.remove()
    container.remove()
  }
  return notes
}

/** Prepares a parsed Wikisource page for the reader; `context` rewrites its links. */
export function prepareReader(
  page: ReaderPage,
  context: LinkContext,
  cap = READER_CAP,
  idPrefix = READER_ID_PREFIX,
): ReaderView {
  // A DOMParser document is inert: nothing in it runs or loads while it is taken apart.
  const doc = parseInert(page.html)
  const root = doc.body
  const title = page.title.replace(/_/g, ' ')
  root.querySelectorAll(chromeSelectors.join(',')).forEach((node) => node.remove())
  // Red links lead to edit forms: keep their words, drop the link.
  root.querySelectorAll('a.new').forEach((a) => a.replaceWith(...a.childNodes))

  const empty: ReaderView = { kind: 'text', html: '', notesHtml: '', truncated: false, choices: [] }
  if (page.disambiguation || root.querySelector(disambiguationSelectors.join(','))) {
    return { ...empty, kind: 'disambiguation', choices: choicesOf(root, title, () => true) }
  }
  const parts = choicesOf(root, title, (t) => t.startsWith(`${title}/`))
  const linkText = [...root.querySelectorAll('a')].reduce((sum, a) => sum + textLength(a), 0)
  if (parts.length >= 2 && textLength(root) - linkText < 600) {
    return { ...empty, kind: 'index', choices: parts }
  }

  const notes = takeNotes(root)
  demoteHeadings(root)
  prefixIds(root, idPrefix)
  const state = { truncated: false }
  capChildren(root, cap, cap, state)
  if (!textLength(root) && !root.querySelector('img')) return { ...empty, kind: 'empty' }

  const cited = new Set(
    [...root.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')?.slice(1)),
  )
  const list = doc.createElement('ol')
  for (const note of notes) {
    note.id = `${idPrefix}${note.id}`
    if (cited.has(note.id)) {
      prefixIds(note, idPrefix)
      list.append(note)
    }
  }
  return {
    kind: 'text',
    html: sanitizeHtml(root.innerHTML, context),
    notesHtml: list.children.length ? sanitizeHtml(list.outerHTML, context) : '',
    truncated: state.truncated,
    choices: [],
  }
}
