/** Entities as Kooste uses them, mapped from `wbgetentities` or `Special:EntityData` JSON. */
import { getSitelinkData } from 'wikibase-sdk'
import { arr, isRecord, rec, str, ShapeError, type JsonRecord } from './guards'
import { entityKind, type EntityKind } from './ids'
import { mapStatement, type Statement } from './values'

export interface Sitelink {
  site: string
  title: string
  /** Language code of the wiki (`fi` for fiwiki), when it has one. */
  lang: string | null
  project: string | null
  badges: string[]
}

export interface Entity {
  id: string
  kind: EntityKind
  labels: Record<string, string>
  descriptions: Record<string, string>
  aliases: Record<string, string[]>
  /** Statements by property, in the order upstream gives them. */
  statements: Record<string, Statement[]>
  sitelinks: Record<string, Sitelink>
  /** A property's datatype. */
  datatype: string | null
  modified: string | null
}

export interface EntityResponse {
  entities: Record<string, Entity>
  missing: string[]
  /** Requested id → the id it redirects to. */
  redirects: Record<string, string>
}

function terms(record: JsonRecord, key: string): Record<string, string> {
  const out: Record<string, string> = {}
  const map = rec(record, key)
  if (!map) return out
  for (const [lang, term] of Object.entries(map)) {
    if (!isRecord(term)) continue
    const value = str(term, 'value')
    // With languagefallback the key is the asked language and `language` the one given.
    const actual = str(term, 'language') ?? lang
    if (value !== undefined && !(actual in out)) out[actual] = value
  }
  return out
}

function aliases(record: JsonRecord): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const map = rec(record, 'aliases')
  if (!map) return out
  for (const [lang, list] of Object.entries(map)) {
    if (!Array.isArray(list)) continue
    const values = list.flatMap((a) =>
      isRecord(a) && typeof a.value === 'string' ? [a.value] : [],
    )
    if (values.length) out[lang] = values
  }
  return out
}

// Projects with one wiki per language. Commons, Wikispecies, Meta… have none (wikibase-sdk says `en`).
const languageProjects = new Set([
  'wikipedia',
  'wikisource',
  'wikiquote',
  'wiktionary',
  'wikibooks',
  'wikiversity',
  'wikivoyage',
  'wikinews',
])
// Site ids that kept an old language code: be_x_oldwiki is served from be-tarask.wikipedia.org.
const renamedLanguages: Record<string, string> = { 'be-x-old': 'be-tarask' }

function sitelinkParts(site: string): { lang: string | null; project: string | null } {
  try {
    const data = getSitelinkData(site)
    const project = data.project ?? null
    const lang = project && languageProjects.has(project) && data.lang ? data.lang : null
    return { lang: lang ? (renamedLanguages[lang] ?? lang) : null, project }
  } catch {
    return { lang: null, project: null }
  }
}

function sitelinks(record: JsonRecord): Record<string, Sitelink> {
  const out: Record<string, Sitelink> = {}
  const map = rec(record, 'sitelinks')
  if (!map) return out
  for (const [site, link] of Object.entries(map)) {
    if (!isRecord(link)) continue
    const title = str(link, 'title')
    if (!title) continue
    const badges = arr(link, 'badges').filter((b): b is string => typeof b === 'string')
    out[site] = { site, title, badges, ...sitelinkParts(site) }
  }
  return out
}

function statements(record: JsonRecord): Record<string, Statement[]> {
  // Items and properties call them claims; Commons MediaInfo calls them statements.
  const map = rec(record, 'claims') ?? rec(record, 'statements')
  const out: Record<string, Statement[]> = {}
  if (!map) return out
  for (const [property, list] of Object.entries(map)) {
    if (!Array.isArray(list)) continue
    const mapped = list.map(mapStatement).filter((s): s is Statement => s !== null)
    if (mapped.length) out[property] = mapped
  }
  return out
}

/** Maps one entity object; throws ShapeError when it has no usable id. */
export function mapEntity(record: unknown): Entity {
  if (!isRecord(record)) throw new ShapeError('entity is not an object')
  const id = str(record, 'id') ?? ''
  const kind = entityKind(id)
  if (!kind) throw new ShapeError(`entity has no valid id: ${id.slice(0, 40)}`)
  return {
    id,
    kind,
    labels: terms(record, 'labels'),
    descriptions: terms(record, 'descriptions'),
    aliases: aliases(record),
    statements: statements(record),
    sitelinks: sitelinks(record),
    datatype: str(record, 'datatype') ?? null,
    modified: str(record, 'modified') ?? null,
  }
}

/**
 * Maps a `wbgetentities` (or `Special:EntityData`) body. Missing ids and redirects are reported,
 * not thrown; a body without `entities` throws ShapeError.
 */
export function mapEntityResponse(body: unknown): EntityResponse {
  const map = isRecord(body) ? rec(body, 'entities') : undefined
  if (!map) throw new ShapeError('response has no entities')
  const out: EntityResponse = { entities: {}, missing: [], redirects: {} }
  for (const [key, record] of Object.entries(map)) {
    if (!isRecord(record)) continue
    if ('missing' in record) {
      out.missing.push(str(record, 'id') ?? key)
      continue
    }
    const entity = mapEntity(record)
    out.entities[entity.id] = entity
    const redirect = rec(record, 'redirects')
    const from = redirect ? str(redirect, 'from') : undefined
    // Special:EntityData keys a redirected entity by its target; wbgetentities by the asked id.
    if (from && from !== entity.id) out.redirects[from] = entity.id
    else if (key !== entity.id && entityKind(key)) out.redirects[key] = entity.id
  }
  return out
}

/** The statements of a property that count: preferred if any, else normal; never deprecated. */
export function bestStatements(entity: Entity, property: string): Statement[] {
  const all = entity.statements[property] ?? []
  const preferred = all.filter((s) => s.rank === 'preferred')
  return preferred.length ? preferred : all.filter((s) => s.rank === 'normal')
}
