/**
 * Upstream HTML (Wikipedia, Wikisource, Commons `Artist`/`ImageDescription`/`Credit`) reaches the
 * DOM only through here: DOMPurify with a strict allow-list, then links rewritten. Internal wiki
 * links become Kooste routes, other links open in a new tab without referrer or opener, and
 * anything that is not http(s), a relative path or an in-page anchor is dropped.
 */
import DOMPurify from '../security/purify'
import { markSanitized } from '../security/trustedTypes'

const allowedTags = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]
const allowedAttributes = [
  'href',
  'title',
  'lang',
  'dir',
  'alt',
  'src',
  'srcset',
  'width',
  'height',
  'colspan',
  'rowspan',
  'id',
  'class',
  'rel',
  'datetime',
  'scope',
  'abbr',
]
// Wiki chrome that means nothing outside the wiki.
const dropSelectors = [
  '.mw-editsection',
  '.navbox',
  '.vertical-navbox',
  '.noprint',
  '.metadata',
  '.mw-empty-elt',
  '.ambox',
  '.mbox-small',
  'style',
  'link',
  'meta',
  '[role="navigation"]',
]

export interface LinkContext {
  /** The wiki's language, for `./Title` links. */
  lang: string
  /** The page's own title: links to it become in-page anchors. */
  pageTitle?: string
  /** Builds the Kooste route for a wiki title, or null to keep the link to the wiki. */
  route: (lang: string, title: string) => string | null
  /** The wiki's article URL for a title, for links that stay on the wiki. */
  articleUrl: (lang: string, title: string) => string
}

function isSafeUrl(href: string): boolean {
  return /^(https?:)?\/\//i.test(href) || href.startsWith('#')
}

// Parsoid writes links to other pages as `./Title`; action=parse and page views write `/wiki/Title`.
function wikiTitleLink(href: string): RegExpExecArray | null {
  return /^\.\/([^?#]+)(#.*)?$/.exec(href) ?? /^\/wiki\/([^?#]+)(#.*)?$/.exec(href)
}

function rewriteLink(a: HTMLAnchorElement, context: LinkContext | undefined): void {
  const href = a.getAttribute('href') ?? ''
  const wikiLink = wikiTitleLink(href)
  if (wikiLink && context) {
    const title = decodeURIComponent(wikiLink[1] ?? '').replace(/_/g, ' ')
    const samePage = context.pageTitle?.replace(/_/g, ' ') === title
    if (samePage && wikiLink[2]) {
      a.setAttribute('href', wikiLink[2])
      return
    }
    const route = /^[^:]+$/.test(title) ? context.route(context.lang, title) : null
    if (route) {
      a.setAttribute('href', route)
      a.setAttribute('data-kooste-route', '')
      return
    }
    a.setAttribute('href', context.articleUrl(context.lang, title))
  } else if (/^\/(?!\/)/.test(href)) {
    // Other root-relative links (`/w/index.php?…`) belong to the wiki, never to Kooste's origin.
    if (!context) {
      a.removeAttribute('href')
      return
    }
    a.setAttribute('href', new URL(href, context.articleUrl(context.lang, '')).toString())
  } else if (!isSafeUrl(href)) {
    a.removeAttribute('href')
    return
  } else {
    absolutise(a, 'href')
  }
  if (!a.getAttribute('href')?.startsWith('#')) {
    a.setAttribute('target', '_blank')
    a.setAttribute('rel', 'noopener noreferrer')
  }
}

function absolutise(element: Element, attribute: string): void {
  const value = element.getAttribute(attribute)
  if (value?.startsWith('//')) element.setAttribute(attribute, `https:${value}`)
}

function escapeText(text: string): string {
  const holder = document.createElement('div')
  holder.textContent = text
  return holder.innerHTML
}

/** Sanitizes upstream HTML into a fragment string safe for `v-html`. */
export function sanitizeHtml(html: string, context?: LinkContext): string {
  // Where DOMPurify cannot work it returns its input unchanged: show the markup as text instead.
  if (!DOMPurify.isSupported) return escapeText(html)
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  })
  fragment.querySelectorAll(dropSelectors.join(',')).forEach((node) => node.remove())
  fragment.querySelectorAll('a').forEach((a) => rewriteLink(a, context))
  fragment.querySelectorAll('img').forEach((img) => {
    absolutise(img, 'src')
    img.removeAttribute('srcset')
    img.setAttribute('loading', 'lazy')
    if (
      !/^(https?:)?\/\//.test(img.getAttribute('src') ?? '') &&
      !img.getAttribute('src')?.startsWith('/')
    ) {
      img.remove()
    }
  })
  const holder = document.createElement('div')
  holder.append(fragment)
  // The Trusted Types default policy lets exactly this output through unchanged.
  return markSanitized(holder.innerHTML)
}
