import type { Dataset } from './dataset.ts'
import type { JsonObject } from './json.ts'
import { fallbackChain } from './languages.ts'
import { apiResult, badValue, missingParam, type ApiContext } from './mediawiki.ts'
import { syntheticPageId } from './titles.ts'
import type { Entity } from './wikibase.ts'

interface Match {
  entity: Entity
  type: 'label' | 'alias' | 'entityId'
  language: string
  text: string
  /** Lower is better: exact before prefix, label before alias, nearer language first. */
  score: number
}

const TYPES: Record<string, string> = { item: 'item', property: 'property' }

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim()
}

function bestMatch(entity: Entity, query: string, languages: string[]): Match | undefined {
  if (entity.id.toLowerCase() === query) {
    return { entity, type: 'entityId', language: languages[0] ?? 'en', text: entity.id, score: 0 }
  }
  let best: Match | undefined
  languages.forEach((language, rank) => {
    const candidates: { type: 'label' | 'alias'; text: string }[] = []
    const label = entity.labels.get(language)
    if (label !== undefined) candidates.push({ type: 'label', text: label })
    for (const alias of entity.aliases.get(language) ?? []) {
      candidates.push({ type: 'alias', text: alias })
    }
    for (const { type, text } of candidates) {
      const folded = fold(text)
      if (!folded.startsWith(query)) continue
      const score = (folded === query ? 0 : 100) + (type === 'label' ? 0 : 10) + rank
      if (best === undefined || score < best.score) best = { entity, type, language, text, score }
    }
  })
  return best
}

function display(terms: Map<string, string>, chain: string[]) {
  for (const language of chain) {
    const value = terms.get(language)
    if (value !== undefined) return { value, language }
  }
  return undefined
}

function numericId(id: string): number {
  return Number(id.slice(1))
}

function result(match: Match, chain: string[]): JsonObject {
  const { entity } = match
  const property = entity.type === 'property'
  const title = property ? `Property:${entity.id}` : entity.id
  const label = display(entity.labels, chain)
  const description = display(entity.descriptions, chain)
  const out: JsonObject = {
    id: entity.id,
    title,
    pageid: typeof entity.raw.pageid === 'number' ? entity.raw.pageid : syntheticPageId(title),
  }
  if (property && entity.datatype !== undefined) out.datatype = entity.datatype
  Object.assign(out, {
    concepturi: `http://www.wikidata.org/entity/${entity.id}`,
    repository: 'wikidata',
    url: `//www.wikidata.org/wiki/${title}`,
    display: {
      ...(label && { label }),
      ...(description && { description }),
    },
  })
  if (label !== undefined) out.label = label.value
  if (description !== undefined) out.description = description.value
  out.match = { type: match.type, language: match.language, text: match.text }
  if (match.type === 'alias') out.aliases = [match.text]
  return out
}

/** `action=wbsearchentities`: prefix search over labels and aliases, as the completion box does. */
export function wbsearchentities(context: ApiContext, dataset: Dataset): Response {
  const { params } = context
  const search = params.get('search')
  const language = params.get('language')
  if (search === undefined) return missingParam(context, 'search')
  if (language === undefined) return missingParam(context, 'language')
  const type = params.get('type') ?? 'item'
  if (TYPES[type] === undefined && !['lexeme', 'form', 'sense'].includes(type)) {
    return badValue(context, 'type', type)
  }
  const limit = params.limit('limit', 7, 50)
  const offset = params.offset('continue')
  const query = fold(search)
  const languages = params.flag('strictlanguage') ? [language] : fallbackChain(language)
  const matches: Match[] = []
  if (query !== '') {
    for (const entity of dataset.entities.values()) {
      if (entity.type !== TYPES[type]) continue
      const match = bestMatch(entity, query, languages)
      if (match !== undefined) matches.push(match)
    }
  }
  matches.sort(
    (a, b) =>
      a.score - b.score ||
      b.entity.sitelinks.length - a.entity.sitelinks.length ||
      numericId(a.entity.id) - numericId(b.entity.id),
  )
  const displayChain = fallbackChain(params.get('uselang') ?? language)
  const page = matches.slice(offset, offset + limit).map((match) => result(match, displayChain))
  const body: JsonObject = { searchinfo: { search }, search: page }
  if (offset + limit < matches.length) body['search-continue'] = offset + limit
  body.success = 1
  return apiResult(context, body)
}
