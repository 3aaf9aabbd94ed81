import {
  arrayAt,
  isObject,
  numberAt,
  objectAt,
  stringAt,
  type Json,
  type JsonObject,
} from './json.ts'

/** A label, description or alias. */
export interface Term {
  language: string
  value: string
}

/** A data value of a snak, as the Wikibase JSON serialization writes it. */
export type DataValue =
  | { type: 'string'; value: string }
  | { type: 'wikibase-entityid'; id: string }
  | { type: 'monolingualtext'; text: string; language: string }
  | {
      type: 'time'
      time: string
      precision: number
      timezone: number
      calendarmodel: string
    }
  | {
      type: 'quantity'
      amount: string
      unit: string
      upperBound: string | undefined
      lowerBound: string | undefined
    }
  | {
      type: 'globecoordinate'
      latitude: number
      longitude: number
      precision: number | null
      globe: string
    }

/** A property-value pair; `value` only when `snaktype` is `value`. */
export interface Snak {
  snaktype: 'value' | 'somevalue' | 'novalue'
  property: string
  datatype: string | undefined
  hash: string | undefined
  value: DataValue | undefined
  /** The datavalue as written, for hashing. */
  raw: JsonObject
}

/** A statement: a main snak with rank, qualifiers and references. */
export interface Statement {
  id: string
  rank: 'preferred' | 'normal' | 'deprecated'
  mainsnak: Snak
  qualifiers: Snak[]
  references: { hash: string; snaks: Snak[] }[]
}

/** A sitelink of an item. */
export interface Sitelink {
  site: string
  title: string
  badges: string[]
  url: string | undefined
}

/** The typed view of one entity; `raw` keeps the JSON as written for wbgetentities. */
export interface Entity {
  id: string
  type: string
  datatype: string | undefined
  labels: Map<string, string>
  descriptions: Map<string, string>
  aliases: Map<string, string[]>
  statements: Statement[]
  sitelinks: Sitelink[]
  raw: JsonObject
}

const ENTITY_ID = /^(?:[QPLM][1-9]\d{0,9}|L[1-9]\d{0,9}-[FS][1-9]\d{0,9})$/

/** Whether `id` is a syntactically valid entity id (Q, P, L, M, forms and senses). */
export function isEntityId(id: string): boolean {
  if (!ENTITY_ID.test(id)) return false
  return Number(id.slice(1).split('-')[0]) <= 2147483647
}

function readTerms(object: JsonObject | undefined): Map<string, string> {
  const terms = new Map<string, string>()
  for (const [language, term] of Object.entries(object ?? {})) {
    const value = isObject(term) ? stringAt(term, 'value') : undefined
    if (value !== undefined) terms.set(language, value)
  }
  return terms
}

function readAliases(object: JsonObject | undefined): Map<string, string[]> {
  const aliases = new Map<string, string[]>()
  for (const [language, list] of Object.entries(object ?? {})) {
    if (!Array.isArray(list)) continue
    const values = list.flatMap((term) => {
      const value = isObject(term) ? stringAt(term, 'value') : undefined
      return value === undefined ? [] : [value]
    })
    if (values.length > 0) aliases.set(language, values)
  }
  return aliases
}

function readEntityIdValue(value: JsonObject): string | undefined {
  const id = stringAt(value, 'id')
  if (id !== undefined) return id
  const numeric = numberAt(value, 'numeric-id')
  const prefixes: Record<string, string> = { item: 'Q', property: 'P', lexeme: 'L' }
  const prefix = prefixes[stringAt(value, 'entity-type') ?? '']
  return numeric !== undefined && prefix !== undefined ? `${prefix}${numeric}` : undefined
}

function readDataValue(datavalue: JsonObject | undefined): DataValue | undefined {
  if (datavalue === undefined) return undefined
  const type = stringAt(datavalue, 'type')
  const value = datavalue.value
  if (type === 'string' && typeof value === 'string') return { type, value }
  if (!isObject(value)) return undefined
  switch (type) {
    case 'wikibase-entityid': {
      const id = readEntityIdValue(value)
      return id === undefined ? undefined : { type, id }
    }
    case 'monolingualtext': {
      const text = stringAt(value, 'text')
      const language = stringAt(value, 'language')
      return text === undefined || language === undefined ? undefined : { type, text, language }
    }
    case 'time': {
      const time = stringAt(value, 'time')
      if (time === undefined) return undefined
      return {
        type,
        time,
        precision: numberAt(value, 'precision') ?? 11,
        timezone: numberAt(value, 'timezone') ?? 0,
        calendarmodel:
          stringAt(value, 'calendarmodel') ?? 'http://www.wikidata.org/entity/Q1985727',
      }
    }
    case 'quantity': {
      const amount = stringAt(value, 'amount')
      if (amount === undefined) return undefined
      return {
        type,
        amount,
        unit: stringAt(value, 'unit') ?? '1',
        upperBound: stringAt(value, 'upperBound'),
        lowerBound: stringAt(value, 'lowerBound'),
      }
    }
    case 'globecoordinate': {
      const latitude = numberAt(value, 'latitude')
      const longitude = numberAt(value, 'longitude')
      if (latitude === undefined || longitude === undefined) return undefined
      return {
        type,
        latitude,
        longitude,
        precision: numberAt(value, 'precision') ?? null,
        globe: stringAt(value, 'globe') ?? 'http://www.wikidata.org/entity/Q2',
      }
    }
    default:
      return undefined
  }
}

function readSnak(json: Json): Snak | undefined {
  if (!isObject(json)) return undefined
  const snaktype = stringAt(json, 'snaktype')
  const property = stringAt(json, 'property')
  if (property === undefined) return undefined
  if (snaktype !== 'value' && snaktype !== 'somevalue' && snaktype !== 'novalue') return undefined
  const datavalue = objectAt(json, 'datavalue')
  const value = snaktype === 'value' ? readDataValue(datavalue) : undefined
  if (snaktype === 'value' && value === undefined) return undefined
  return {
    snaktype,
    property,
    datatype: stringAt(json, 'datatype'),
    hash: stringAt(json, 'hash'),
    value,
    raw: datavalue ?? {},
  }
}

function readSnakGroups(object: JsonObject | undefined): Snak[] {
  return Object.values(object ?? {}).flatMap((group) =>
    Array.isArray(group) ? group.flatMap((snak) => readSnak(snak) ?? []) : [],
  )
}

function readStatement(json: Json, entityId: string, index: number): Statement | undefined {
  if (!isObject(json)) return undefined
  const mainsnak = readSnak(json.mainsnak ?? null)
  if (mainsnak === undefined) return undefined
  const rank = stringAt(json, 'rank')
  const references = arrayAt(json, 'references').flatMap((reference, position) => {
    if (!isObject(reference)) return []
    const hash = stringAt(reference, 'hash') ?? `${entityId}-${index}-${position}`
    return [{ hash, snaks: readSnakGroups(objectAt(reference, 'snaks')) }]
  })
  return {
    id: stringAt(json, 'id') ?? `${entityId}$statement-${index}`,
    rank: rank === 'preferred' || rank === 'deprecated' ? rank : 'normal',
    mainsnak,
    qualifiers: readSnakGroups(objectAt(json, 'qualifiers')),
    references,
  }
}

function readSitelinks(object: JsonObject | undefined): Sitelink[] {
  return Object.entries(object ?? {}).flatMap(([site, link]) => {
    if (!isObject(link)) return []
    const title = stringAt(link, 'title')
    if (title === undefined) return []
    const badges = arrayAt(link, 'badges').filter((badge) => typeof badge === 'string')
    return [{ site, title, badges, url: stringAt(link, 'url') }]
  })
}

/** Reads one entity object (as in `entities.<ID>`); undefined when it is not one. */
export function readEntity(json: Json): Entity | undefined {
  if (!isObject(json)) return undefined
  const id = stringAt(json, 'id')
  const type = stringAt(json, 'type')
  if (id === undefined || type === undefined || !isEntityId(id)) return undefined
  const claims = objectAt(json, 'claims') ?? objectAt(json, 'statements') ?? {}
  let index = 0
  const statements: Statement[] = []
  for (const group of Object.values(claims)) {
    if (!Array.isArray(group)) continue
    for (const statement of group) {
      const read = readStatement(statement, id, index++)
      if (read !== undefined) statements.push(read)
    }
  }
  return {
    id,
    type,
    datatype: stringAt(json, 'datatype'),
    labels: readTerms(objectAt(json, 'labels')),
    descriptions: readTerms(objectAt(json, 'descriptions')),
    aliases: readAliases(objectAt(json, 'aliases')),
    statements,
    sitelinks: readSitelinks(objectAt(json, 'sitelinks')),
    raw: json,
  }
}

/** The statements of the best rank for each property: preferred if any, else normal. */
export function bestStatements(entity: Entity): Statement[] {
  const preferred = new Set<string>()
  for (const statement of entity.statements) {
    if (statement.rank === 'preferred') preferred.add(statement.mainsnak.property)
  }
  return entity.statements.filter((statement) => {
    if (statement.rank === 'deprecated') return false
    return statement.rank === 'preferred' || !preferred.has(statement.mainsnak.property)
  })
}
