/**
 * Attribution done right: what kind of licence a Commons file has, who its author is (as text with
 * a link, from the HTML of CommonsMetadata's `Artist`), and the parts of a TASL line (title,
 * author, source, licence) that a person reusing the file must give.
 */
import { sanitizeHtml } from './html'

import type { LicenceKind } from './galleryLicence'

export { classifyLicence, licenceKinds, type LicenceKind } from './galleryLicence'

export interface Author {
  /** The author as plain text (HTML dropped, whitespace collapsed). */
  text: string
  /** The first web link the upstream HTML gave the author (a user page, a website), if any. */
  href: string | null
}

const authorCache = new Map<string, Author | null>()
const AUTHOR_CACHE_SIZE = 500

/**
 * The author from `Artist` HTML: text plus its link. Scripts and unsafe links are gone (the HTML
 * goes through sanitizeHtml first); only an http(s) link is kept. Memoised: many files share one
 * author, and a grid shows hundreds of them.
 */
export function authorOf(artistHtml: string | null): Author | null {
  if (!artistHtml) return null
  if (authorCache.has(artistHtml)) return authorCache.get(artistHtml) ?? null
  const holder = document.createElement('div')
  holder.innerHTML = sanitizeHtml(artistHtml)
  const text = (holder.textContent ?? '').replace(/\s+/g, ' ').trim()
  const link = [...holder.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href') ?? '')
    .find((href) => /^https?:\/\//i.test(href))
  const author = text ? { text, href: link ?? null } : null
  if (authorCache.size >= AUTHOR_CACHE_SIZE) authorCache.delete(authorCache.keys().next().value!)
  authorCache.set(artistHtml, author)
  return author
}

export interface TaslParts {
  /** The work's title: the file name without extension. */
  title: string
  /** The author as text; null when the file names none. */
  author: string | null
  /** Where the work is: the file page on Commons (else the file itself). */
  source: string | null
  licence: { name: string; url: string | null } | null
  kind: LicenceKind
}

/** A URL with its percent-escapes decoded (`File:Löyly.jpg`), as people paste and read it. */
function readableUrl(url: string | null): string | null {
  if (!url) return null
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** The longest author text put in an attribution line (credits of a collage can run for pages). */
const AUTHOR_MAX = 300

/** The parts of a TASL attribution line for a file. */
export function taslParts(file: {
  name: string
  artistHtml: string | null
  pageUrl: string | null
  url: string | null
  license: { name: string | null; url: string | null }
  licenceKind: LicenceKind
}): TaslParts {
  const author = authorOf(file.artistHtml)?.text ?? null
  return {
    title: file.name,
    author: author && author.length > AUTHOR_MAX ? `${author.slice(0, AUTHOR_MAX - 1)}…` : author,
    source: readableUrl(file.pageUrl ?? file.url),
    licence: file.license.name ? { name: file.license.name, url: file.license.url } : null,
    kind: file.licenceKind,
  }
}

/** A message lookup with `$n` parameters (the UI's `msg`). */
export type MessageFn = (key: string, ...params: string[]) => string

/** The attribution line to paste under a reused file: “Title” by Author, Source, Licence. */
export function formatTasl(parts: TaslParts, msg: MessageFn): string {
  const licence = parts.licence
    ? parts.licence.url
      ? msg('kooste-gallery-tasl-licence', parts.licence.name, parts.licence.url)
      : parts.licence.name
    : msg('kooste-gallery-tasl-no-licence')
  return msg(
    'kooste-gallery-tasl',
    parts.title,
    parts.author ?? msg('kooste-gallery-tasl-no-author'),
    parts.source ?? '',
    licence,
  )
}
