/**
 * Shareable state lives in the URL: `/Q1757?lang=fi&uilang=en`. These plain functions read and
 * write it, for the app and the embeds alike.
 */
import { normaliseLanguageCode } from './languages'
import { entityKind } from './ids'

export type QueryValue = string | null | (string | null)[] | undefined

export interface LanguageState {
  /** Content language: labels, descriptions, articles. */
  lang: string
  /** UI language: messages. */
  uilang: string
}

function first(value: QueryValue): string | undefined {
  const one = Array.isArray(value) ? value[0] : value
  return typeof one === 'string' ? one : undefined
}

/** Reads the languages from a route query; missing or malformed values use the browser's. */
export function readLanguages(query: Record<string, QueryValue>, browser: string): LanguageState {
  const fallback = normaliseLanguageCode(browser.split('-')[0]) ?? 'en'
  const uilang = normaliseLanguageCode(first(query.uilang)) ?? fallback
  const lang = normaliseLanguageCode(first(query.lang)) ?? uilang
  return { lang, uilang }
}

/** The language part of a query to carry over to another page (only what was explicitly set). */
export function languageQuery(query: Record<string, QueryValue>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of ['lang', 'uilang'] as const) {
    const value = normaliseLanguageCode(first(query[key]))
    if (value) out[key] = value
  }
  return out
}

export type TopicId =
  | { ok: true; id: string; kind: 'item' | 'property' }
  | { ok: false; reason: 'malformed' | 'unsupported'; given: string }

/** Checks a route's id: an item or property id, or why it is not one. */
export function parseTopicId(raw: string): TopicId {
  const given = raw.trim()
  const id = given.toUpperCase()
  const kind = entityKind(id)
  if (kind === 'item' || kind === 'property') return { ok: true, id, kind }
  return { ok: false, reason: kind ? 'unsupported' : 'malformed', given: given.slice(0, 80) }
}

/** The site id of a language's Wikipedia (`fi` → `fiwiki`, `zh-yue` → `zh_yuewiki`). */
export function wikipediaSite(lang: string): string {
  return `${lang.replace(/-/g, '_')}wiki`
}
