/**
 * The embed routes' parameters (`/embed/Q217447/timeline?lang=fi&uilang=fi&theme=dark`): plain
 * functions that read and check them, and find the section an embed shows. Anything malformed is
 * a problem the frame states, never a silent fallback: the person who wrote the embed code is the
 * one to tell.
 */
import type { Entity } from '../domain/entity'
import { normaliseLanguageCode } from '../domain/languages'
import { parseTopicId, type QueryValue } from '../domain/route'
import type { TopicSection } from '../components/topic/sections'

export const embedThemes = ['light', 'dark'] as const
export type EmbedTheme = (typeof embedThemes)[number]

/** The query keys every embed reads; a section's own keys come from its `embedParams`. */
export const embedQueryKeys = ['lang', 'uilang', 'theme'] as const

/** Why an embed cannot show what it was asked for. */
export type EmbedProblem =
  | { kind: 'malformed-id'; given: string }
  | { kind: 'unsupported-id'; given: string }
  | { kind: 'missing-section'; names: string[] }
  | { kind: 'unknown-section'; given: string; names: string[] }
  | { kind: 'bad-theme'; given: string }
  | { kind: 'bad-language'; key: 'lang' | 'uilang'; given: string }
  | { kind: 'missing-topic'; id: string }
  | { kind: 'not-applicable'; id: string; section: string }

export interface EmbedRequest {
  id: string
  /** A section name as embeds spell it: the registry id without its variant (`wikisource`). */
  section: string
  theme: EmbedTheme
}

export type EmbedParse = { ok: true; request: EmbedRequest } | { ok: false; problem: EmbedProblem }

/** The name embeds use for a section: its id without a `-variant` (`wikisource-work`). */
export const embedName = (section: Pick<TopicSection, 'id'>) => section.id.replace(/-.*$/, '')

/** The names of the sections that can be embedded (those with `embedParams`), in page order. */
export function embeddableNames(
  sections: readonly TopicSection[],
  enabled: readonly string[] | null = null,
): string[] {
  const names = sections
    .filter((s) => s.embedParams && (enabled === null || enabled.includes(embedName(s))))
    .map(embedName)
  return [...new Set(names)]
}

function one(value: QueryValue | string[]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : undefined
}

/** Shortened for display inside the frame's error. */
const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text)

/**
 * Reads an embed route: the topic id, the section name (one of `names`) and the theme; languages
 * that are given must be language codes.
 */
export function parseEmbedRequest(
  params: Record<string, string | string[] | undefined>,
  query: Record<string, QueryValue>,
  names: readonly string[],
): EmbedParse {
  const topic = parseTopicId(one(params.id) ?? '')
  if (!topic.ok) {
    const kind = topic.reason === 'malformed' ? 'malformed-id' : 'unsupported-id'
    return { ok: false, problem: { kind, given: shown(topic.given) } }
  }
  const section = one(params.section)?.trim() ?? ''
  if (!section) return { ok: false, problem: { kind: 'missing-section', names: [...names] } }
  if (!names.includes(section)) {
    return {
      ok: false,
      problem: { kind: 'unknown-section', given: shown(section), names: [...names] },
    }
  }
  for (const key of ['lang', 'uilang'] as const) {
    const given = one(query[key])
    if (given !== undefined && !normaliseLanguageCode(given)) {
      return { ok: false, problem: { kind: 'bad-language', key, given: shown(given) } }
    }
  }
  const theme = readEmbedTheme(query)
  if (!theme) return { ok: false, problem: { kind: 'bad-theme', given: shown(one(query.theme)!) } }
  return { ok: true, request: { id: topic.id, section, theme } }
}

/** The theme an embed asks for: light when absent, null when it is not a theme. */
export function readEmbedTheme(query: Record<string, QueryValue>): EmbedTheme | null {
  const theme = one(query.theme) ?? 'light'
  return embedThemes.find((t) => t === theme) ?? null
}

/**
 * The registry entry an embed shows for an entity: the first section of that name that applies
 * (a name may cover variants, such as Wikisource's for works and for everything else).
 */
export function findEmbedSection(
  sections: readonly TopicSection[],
  name: string,
  entity: Entity,
): { ok: true; section: TopicSection } | { ok: false; problem: EmbedProblem } {
  const candidates = sections.filter((s) => s.embedParams && embedName(s) === name)
  if (!candidates.length) {
    const names = embeddableNames(sections)
    return { ok: false, problem: { kind: 'unknown-section', given: name, names } }
  }
  const section = candidates.find((s) => s.applies(entity))
  return section
    ? { ok: true, section }
    : { ok: false, problem: { kind: 'not-applicable', id: entity.id, section: name } }
}

/** A section's own state in a route query (its `embedParams`), first values only, in order. */
export function embedState(
  query: Record<string, QueryValue>,
  keys: readonly string[],
): Record<string, string> {
  const state: Record<string, string> = {}
  for (const key of keys) {
    const value = one(query[key])
    if (value !== undefined && value !== '') state[key] = value
  }
  return state
}
