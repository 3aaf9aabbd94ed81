/** Wikipedia pages: the REST summary (lead) and the full article HTML. */
import { isRecord, rec, str, ShapeError } from './guards'
import { parseInert } from '../security/inertHtml'

export interface ArticleSummary {
  title: string
  /** Upstream HTML, sanitized where shown. */
  displayTitleHtml: string
  extractHtml: string
  extract: string
  description: string | null
  lang: string
  dir: 'ltr' | 'rtl'
  /** `standard`, `disambiguation`, `no-extract`… */
  kind: string
  wikibaseItem: string | null
  pageUrl: string | null
}

/** Maps a `page/summary` body. Throws ShapeError without a title or any extract. */
export function mapSummary(body: unknown, lang: string): ArticleSummary {
  if (!isRecord(body)) throw new ShapeError('summary is not an object')
  const title = str(body, 'title')
  if (!title) throw new ShapeError('summary has no title')
  const extract = str(body, 'extract')
  const extractHtml = str(body, 'extract_html')
  // Other bodies have a title too (Special:EntityData entities do); a summary always has an extract.
  if (extract === undefined && extractHtml === undefined)
    throw new ShapeError('summary has no extract')
  const urls = rec(body, 'content_urls')
  const desktop = urls ? rec(urls, 'desktop') : undefined
  return {
    title,
    displayTitleHtml: str(body, 'displaytitle') ?? title,
    extractHtml: extractHtml ?? '',
    extract: extract ?? '',
    description: str(body, 'description') ?? null,
    lang: str(body, 'lang') ?? lang,
    dir: str(body, 'dir') === 'rtl' ? 'rtl' : 'ltr',
    kind: str(body, 'type') ?? 'standard',
    wikibaseItem: str(body, 'wikibase_item') ?? null,
    pageUrl: (desktop ? str(desktop, 'page') : undefined) ?? null,
  }
}

/** The body of a Parsoid article document, without the document's head. */
export function articleBody(html: string): string {
  return parseInert(html).body.innerHTML
}
