/**
 * Contest editions as data: the registry format (version 1, documented in docs/campaigns.md), its
 * schema check and the flat form a Commons `Data:…tab` page holds. Upstream JSON comes in as
 * `unknown`; every edition is checked on its own, so one malformed entry is reported and skipped
 * while the others still work.
 */
import { isRecord, type JsonRecord } from './guards'
import { isItemId, isPropertyId } from './ids'
import { isLanguageCode } from './languages'
import { isLocalDate, isTimeZone, type LocalDate } from './campaignTime'

export const registryVersion = 1

/** Series Kooste knows by name; any other lowercase slug is allowed too. */
export const knownSeries = [
  'wiki-loves-monuments',
  'wiki-loves-earth',
  'wiki-loves-folklore',
  'wiki-loves-africa',
  'wiki-loves-living-heritage',
] as const

/** Placeholders a category may use. */
export const categoryPlaceholders = ['year', 'country', 'campaign', 'id'] as const

/** Where the monument id goes: `fields[]` (UploadWizard's fields), or the legacy `id`. */
export const idParams = ['fields', 'id'] as const
export type IdParam = (typeof idParams)[number]

/** One way an item qualifies; an edition takes items that meet any of its rules. */
export type EligibilityRule =
  /** `P2186`: the item has the property. */
  | { kind: 'property'; property: string }
  /** `P1435=Q9259,Q916333`: the item has the property with one of these items as value. */
  | { kind: 'value'; property: string; values: string[] }
  /** `P1260^raa/lamning/`: a string or id value that starts so. */
  | { kind: 'prefix'; property: string; prefix: string }
  /** `class=Q46169`: the item is an instance (P31) of one of these classes. */
  | { kind: 'class'; classes: string[] }

export interface MonumentId {
  /** `item` (the QID itself) or the property holding the id. */
  from: string
  /** Only values starting so count, and the prefix is cut off (`raa/lamning/`). */
  prefix: string | null
  param: IdParam
}

export interface CampaignEdition {
  /** Unique and stable: dismissing a banner is remembered by it. */
  id: string
  series: string
  year: number
  /** The edition's name by language. */
  name: Record<string, string>
  /** Country items (P17); empty: anywhere. */
  countries: string[]
  /** Regions the item's P131 chain must reach; empty: the whole country. */
  regions: string[]
  /** The English name that `{country}` stands for in category names. */
  countryName: string | null
  start: LocalDate
  end: LocalDate
  timeZone: string
  /** From this day until `start`, the edition is announced (without an upload link). */
  announceFrom: LocalDate | null
  /** The UploadWizard campaign (a `Campaign:` page on Commons). */
  campaign: string
  eligibility: EligibilityRule[]
  monumentId: MonumentId | null
  categories: string[]
  url: string | null
  /** A list page of monuments, for UploadWizard's `objref`. */
  listPage: { wiki: string; title: string } | null
  notes: string | null
  /** `bundled`, or the wiki page the edition came from. */
  source: string
}

export interface RegistryProblem {
  source: string
  /** The edition id, or `#3` for the fourth entry when it has no usable id. */
  entry: string
  message: string
}

export interface ParsedRegistry {
  editions: CampaignEdition[]
  problems: RegistryProblem[]
}

const idPattern = /^[a-z0-9][a-z0-9-]{1,79}$/
const seriesPattern = /^[a-z0-9][a-z0-9-]{0,59}$/
const wikiPattern = /^[a-z][a-z0-9-]{1,30}$/
const badTitleChars = /[|#<>[\]{}\u0000-\u001f]/

/** Parses one rule of the rule grammar (see EligibilityRule); null when it is not one. */
export function parseRule(text: string): EligibilityRule | null {
  const rule = text.trim()
  if (isPropertyId(rule)) return { kind: 'property', property: rule }
  const classes = /^class=(.+)$/.exec(rule)
  if (classes?.[1]) {
    const ids = classes[1].split(',').map((id) => id.trim())
    return ids.every(isItemId) ? { kind: 'class', classes: ids } : null
  }
  const value = /^(P[1-9]\d*)=(.+)$/.exec(rule)
  if (value?.[1] && value[2]) {
    const ids = value[2].split(',').map((id) => id.trim())
    return ids.every(isItemId) ? { kind: 'value', property: value[1], values: ids } : null
  }
  const prefix = /^(P[1-9]\d*)\^(.+)$/.exec(rule)
  if (prefix?.[1] && prefix[2]) return { kind: 'prefix', property: prefix[1], prefix: prefix[2] }
  return null
}

const editionKeys = new Set([
  'id',
  'series',
  'year',
  'name',
  'countries',
  'regions',
  'countryName',
  'start',
  'end',
  'timeZone',
  'announceFrom',
  'campaign',
  'eligibility',
  'monumentId',
  'categories',
  'url',
  'listPage',
  'notes',
])

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message)
}

function optionalString(record: JsonRecord, key: string): string | null {
  const value = record[key]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string' || value.trim() === '') fail(`${key} must be a non-empty string`)
  return value
}

function items(record: JsonRecord, key: string): string[] {
  const value = record[key]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && isItemId(id))) {
    fail(`${key} must be a list of item ids (Q…)`)
  }
  return value
}

function names(value: unknown): Record<string, string> {
  if (!isRecord(value)) fail('name must be an object of texts by language')
  const out: Record<string, string> = {}
  for (const [lang, text] of Object.entries(value)) {
    if (!isLanguageCode(lang)) fail(`name has a key that is not a language code: ${lang}`)
    if (typeof text !== 'string' || text.trim() === '') fail(`name.${lang} must be a text`)
    out[lang] = text
  }
  if (Object.keys(out).length === 0) fail('name needs at least one language')
  return out
}

function monumentId(value: unknown): MonumentId | null {
  if (value === undefined || value === null) return null
  if (!isRecord(value)) fail('monumentId must be an object')
  const from = value.from
  if (typeof from !== 'string' || (from !== 'item' && !isPropertyId(from))) {
    fail('monumentId.from must be "item" or a property id')
  }
  const prefix = value.prefix ?? null
  if (prefix !== null && (typeof prefix !== 'string' || prefix === '')) {
    fail('monumentId.prefix must be a non-empty string')
  }
  const param = value.param ?? 'fields'
  if (!idParams.some((p) => p === param)) fail('monumentId.param must be "fields" or "id"')
  for (const key of Object.keys(value)) {
    if (!['from', 'prefix', 'param'].includes(key)) fail(`monumentId has an unknown key: ${key}`)
  }
  return { from, prefix: typeof prefix === 'string' ? prefix : null, param: param as IdParam }
}

function categories(record: JsonRecord, edition: Pick<CampaignEdition, 'countryName'>) {
  const value = record.categories
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) fail('categories must be a list of category names')
  return value.map((category: unknown) => {
    if (typeof category !== 'string' || category.trim() === '') fail('a category is empty')
    if (badTitleChars.test(category.replace(/\{\w+\}/g, ''))) {
      fail(`category has a character titles cannot: ${category}`)
    }
    for (const [, name] of category.matchAll(/\{([^}]*)\}/g)) {
      if (!categoryPlaceholders.some((p) => p === name)) {
        fail(`category uses an unknown placeholder {${name}}`)
      }
      if (name === 'country' && !edition.countryName) fail('{country} needs countryName')
      if (name === 'id' && !record.monumentId) fail('{id} needs monumentId')
    }
    return category.replace(/^Category:/i, '')
  })
}

function listPage(value: unknown): CampaignEdition['listPage'] {
  if (value === undefined || value === null) return null
  if (!isRecord(value)) fail('listPage must be an object { wiki, title }')
  const { wiki, title } = value
  if (typeof wiki !== 'string' || !wikiPattern.test(wiki)) fail('listPage.wiki must be like "de"')
  if (typeof title !== 'string' || title.trim() === '' || badTitleChars.test(title)) {
    fail('listPage.title must be a page title')
  }
  return { wiki, title }
}

function url(record: JsonRecord): string | null {
  const value = optionalString(record, 'url')
  if (value === null) return null
  try {
    if (new URL(value).protocol === 'https:') return value
  } catch {
    // reported below
  }
  return fail('url must be an https address')
}

function editionOf(record: JsonRecord, source: string): CampaignEdition {
  for (const key of Object.keys(record)) {
    if (!editionKeys.has(key)) fail(`unknown key: ${key}`)
  }
  const { id, series, year, start, end, timeZone, campaign } = record
  if (typeof id !== 'string' || !idPattern.test(id)) fail('id must be a lowercase slug')
  if (typeof series !== 'string' || !seriesPattern.test(series)) {
    fail('series must be a lowercase slug')
  }
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2200) {
    fail('year must be a year')
  }
  if (!isLocalDate(start)) fail('start must be a date YYYY-MM-DD')
  if (!isLocalDate(end)) fail('end must be a date YYYY-MM-DD')
  if (end < start) fail('end is before start')
  if (!isTimeZone(timeZone)) fail('timeZone must be an IANA time zone such as Europe/Helsinki')
  const announceFrom = record.announceFrom ?? null
  if (announceFrom !== null && (!isLocalDate(announceFrom) || announceFrom >= start)) {
    fail('announceFrom must be a date before start')
  }
  if (typeof campaign !== 'string' || campaign.trim() === '' || badTitleChars.test(campaign)) {
    fail('campaign must be the name of a Campaign: page')
  }
  const rules = record.eligibility
  if (!Array.isArray(rules) || rules.length === 0) fail('eligibility needs at least one rule')
  const eligibility = rules.map((text: unknown) => {
    const rule = typeof text === 'string' ? parseRule(text) : null
    return rule ?? fail(`not a rule: ${JSON.stringify(text)}`)
  })
  const countryName = optionalString(record, 'countryName')
  return {
    id,
    series,
    year,
    name: names(record.name),
    countries: items(record, 'countries'),
    regions: items(record, 'regions'),
    countryName,
    start,
    end,
    timeZone,
    announceFrom: announceFrom as LocalDate | null,
    campaign,
    eligibility,
    monumentId: monumentId(record.monumentId),
    categories: categories(record, { countryName }),
    url: url(record),
    listPage: listPage(record.listPage),
    notes: optionalString(record, 'notes'),
    source,
  }
}

/** Checks one edition: the edition, or the reason it cannot be used. */
export function parseEdition(
  value: unknown,
  source: string,
): { edition: CampaignEdition } | { problem: string } {
  if (!isRecord(value)) return { problem: 'not an object' }
  try {
    return { edition: editionOf(value, source) }
  } catch (error) {
    if (error instanceof Invalid) return { problem: error.message }
    throw error
  }
}

/** Checks a list of edition records; duplicates of an id are problems, the first one wins. */
export function parseEditions(list: readonly unknown[], source: string): ParsedRegistry {
  const out: ParsedRegistry = { editions: [], problems: [] }
  const seen = new Set<string>()
  list.forEach((value, index) => {
    const given = isRecord(value) && typeof value.id === 'string' ? value.id : `#${index}`
    const result = parseEdition(value, source)
    if ('problem' in result) {
      out.problems.push({ source, entry: given, message: result.problem })
    } else if (seen.has(result.edition.id)) {
      out.problems.push({ source, entry: given, message: 'duplicate id' })
    } else {
      seen.add(result.edition.id)
      out.editions.push(result.edition)
    }
  })
  return out
}

/** A registry file (`{ "version": 1, "editions": [...] }`): the bundled file or a JSON wiki page. */
export function parseRegistry(body: unknown, source: string): ParsedRegistry {
  if (!isRecord(body) || !Array.isArray(body.editions)) {
    return { editions: [], problems: [{ source, entry: '*', message: 'not a campaign registry' }] }
  }
  if (body.version !== registryVersion) {
    const message = `registry version ${String(body.version)} is not ${registryVersion}`
    return { editions: [], problems: [{ source, entry: '*', message }] }
  }
  return parseEditions(body.editions, source)
}

// -------------------------------------------------------------------------------------------------
// The tabular form: one edition a row of a Commons `Data:…tab` page.

/** Column name → how its cell becomes a field of the edition record. */
const columns: Record<string, (cell: unknown, record: JsonRecord) => void> = {
  id: (cell, r) => (r.id = cell),
  series: (cell, r) => (r.series = cell),
  year: (cell, r) => (r.year = cell),
  name: (cell, r) => (r.name = cell),
  countries: (cell, r) => (r.countries = splitList(cell, /[\s,]+/)),
  regions: (cell, r) => (r.regions = splitList(cell, /[\s,]+/)),
  country_name: (cell, r) => (r.countryName = cell),
  start: (cell, r) => (r.start = cell),
  end: (cell, r) => (r.end = cell),
  time_zone: (cell, r) => (r.timeZone = cell),
  announce_from: (cell, r) => (r.announceFrom = cell),
  campaign: (cell, r) => (r.campaign = cell),
  eligibility: (cell, r) => (r.eligibility = splitList(cell, /;/)),
  monument_id: (cell, r) => (r.monumentId = { ...asRecord(r.monumentId), from: cell }),
  monument_id_prefix: (cell, r) => (r.monumentId = { ...asRecord(r.monumentId), prefix: cell }),
  monument_id_param: (cell, r) => (r.monumentId = { ...asRecord(r.monumentId), param: cell }),
  categories: (cell, r) => (r.categories = splitList(cell, /\|/)),
  url: (cell, r) => (r.url = cell),
  list_page: (cell, r) => {
    const [wiki, ...title] = typeof cell === 'string' ? cell.split('|') : []
    r.listPage = { wiki, title: title.join('|') }
  },
  notes: (cell, r) => (r.notes = cell),
}

function asRecord(value: unknown): JsonRecord {
  return isRecord(value) ? value : {}
}

function splitList(cell: unknown, separator: RegExp): unknown {
  if (typeof cell !== 'string') return cell
  return cell
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/** True for the JSON of a tabular data page (`schema.fields` and `data`). */
export function isTabular(body: unknown): body is JsonRecord {
  return isRecord(body) && isRecord(body.schema) && Array.isArray(body.data)
}

/** A tabular data page: each row an edition (see docs/campaigns.md for the columns). */
export function parseTabularRegistry(body: unknown, source: string): ParsedRegistry {
  const fields = isTabular(body) && isRecord(body.schema) ? body.schema.fields : undefined
  if (!isTabular(body) || !Array.isArray(fields)) {
    return { editions: [], problems: [{ source, entry: '*', message: 'not a tabular page' }] }
  }
  const names = fields.map((field) => (isRecord(field) ? field.name : undefined))
  const problems: RegistryProblem[] = names
    .filter((name) => typeof name !== 'string' || !(name in columns))
    .map((name) => ({ source, entry: '*', message: `unknown column: ${String(name)}` }))
  const records = (body.data as unknown[]).map((row) => {
    if (!Array.isArray(row)) return row
    const record: JsonRecord = {}
    row.forEach((cell, index) => {
      const name = names[index]
      if (cell === null || cell === undefined || typeof name !== 'string') return
      columns[name]?.(cell, record)
    })
    return record
  })
  const parsed = parseEditions(records, source)
  return { editions: parsed.editions, problems: [...problems, ...parsed.problems] }
}
