/** Entity search results (`wbsearchentities`) as the typeahead and results page show them. */
import { arr, isRecord, num, rec, str, ShapeError, type JsonRecord } from './guards'
import { entityKind } from './ids'
import type { LangText } from './languages'

export interface SearchHit {
  id: string
  label: LangText | null
  description: LangText | null
  /** The alias or label that matched, when it differs from the label. */
  match: LangText | null
}

export interface SearchPage {
  hits: SearchHit[]
  /** Offset of the next page, if there is one. */
  next: number | null
}

function display(
  hit: JsonRecord,
  key: 'label' | 'description',
  fallbackLang: string,
): LangText | null {
  const shown = rec(hit, 'display')
  const term = shown ? rec(shown, key) : undefined
  if (term) {
    const value = str(term, 'value')
    if (value) return { value, lang: str(term, 'language') ?? fallbackLang }
  }
  const plain = str(hit, key)
  return plain ? { value: plain, lang: fallbackLang } : null
}

/** Maps a `wbsearchentities` body; hits without a valid id are dropped. */
export function mapSearchResponse(body: unknown, lang: string): SearchPage {
  if (!isRecord(body) || !Array.isArray(body.search)) throw new ShapeError('not a search response')
  const hits = arr(body, 'search').flatMap((hit): SearchHit[] => {
    if (!isRecord(hit)) return []
    const id = str(hit, 'id') ?? ''
    if (!entityKind(id)) return []
    const label = display(hit, 'label', lang)
    const matched = rec(hit, 'match')
    const text = matched ? str(matched, 'text') : undefined
    const match =
      matched && text && text !== label?.value
        ? { value: text, lang: str(matched, 'language') ?? lang }
        : null
    return [{ id, label, description: display(hit, 'description', lang), match }]
  })
  return { hits, next: num(body, 'search-continue') ?? null }
}

/** Maps `action=query&prop=pageimages` on Wikidata: item id → thumbnail URL. */
export function mapPageImages(body: unknown): Record<string, string> {
  const query = isRecord(body) ? rec(body, 'query') : undefined
  const out: Record<string, string> = {}
  for (const page of query ? arr(query, 'pages') : []) {
    if (!isRecord(page)) continue
    const title = str(page, 'title') ?? ''
    const thumbnail = rec(page, 'thumbnail')
    const source = thumbnail ? str(thumbnail, 'source') : undefined
    if (entityKind(title) && source && /^(https?:)?\/\//.test(source)) out[title] = source
  }
  return out
}
