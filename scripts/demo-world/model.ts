/**
 * A compact, typed description of Wikibase entities, and its serialization to the JSON that
 * Special:EntityData writes. Everything here is deterministic: statement ids and snak hashes
 * are derived from the content, so the generated files only change when the world does.
 */
import { createHash } from 'node:crypto'

export type Lang = string
export type Terms = Record<Lang, string>

/** The value datatypes that the demo world uses (Wikibase property datatypes). */
export const DATATYPES = [
  'wikibase-item',
  'string',
  'external-id',
  'url',
  'commonsMedia',
  'monolingualtext',
  'time',
  'quantity',
  'globe-coordinate',
  'geo-shape',
] as const
export type Datatype = (typeof DATATYPES)[number]

export type Calendar = 'gregorian' | 'julian'

export type Value =
  | { type: 'item'; id: string }
  | { type: 'string'; value: string }
  | { type: 'mono'; text: string; language: string }
  | { type: 'time'; time: string; precision: number; calendar: Calendar }
  | { type: 'quantity'; amount: string; unit: string | null }
  | { type: 'coord'; lat: number; lon: number; precision: number; globe?: string }
  | { type: 'somevalue' }
  | { type: 'novalue' }

export interface Snak {
  p: string
  v: Value
}

export type Rank = 'preferred' | 'normal' | 'deprecated'

export interface Claim {
  p: string
  v: Value
  q?: Snak[]
  rank?: Rank
  refs?: Snak[][]
}

export interface ItemDef {
  kind: 'item'
  id: string
  labels: Terms
  descriptions?: Terms
  aliases?: Record<Lang, string[]>
  claims?: Claim[]
  sitelinks?: Record<string, string>
}

export interface PropertyDef {
  kind: 'property'
  id: string
  datatype: Datatype
  labels: Terms
  descriptions?: Terms
  aliases?: Record<Lang, string[]>
  claims?: Claim[]
}

export type EntityDef = ItemDef | PropertyDef

// ---------------------------------------------------------------------------------------------
// Value helpers used by world.ts

/** An item value (wikibase-entityid). */
export const item = (id: string): Value => ({ type: 'item', id })
/** A string value (string, external-id, url and commonsMedia datatypes). */
export const str = (value: string): Value => ({ type: 'string', value })
/** A monolingual text value. */
export const mono = (text: string, language: string): Value => ({ type: 'mono', text, language })
/** "Some value" (unknown value) snak. */
export const somevalue: Value = { type: 'somevalue' }

/**
 * A time value. `date` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a leading "-" for BCE years);
 * the precision defaults to what the date gives (9 year, 10 month, 11 day).
 */
export function time(date: string, opts: { precision?: number; calendar?: Calendar } = {}): Value {
  const m = /^(-?)(\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date)
  if (!m) throw new Error(`bad date ${date}`)
  const [, sign, y, mo, d] = m
  const precision = opts.precision ?? (d ? 11 : mo ? 10 : 9)
  const year = (y ?? '').padStart(4, '0')
  const month = precision >= 10 ? (mo ?? '00') : '00'
  const day = precision >= 11 ? (d ?? '00') : '00'
  return {
    type: 'time',
    time: `${sign === '-' ? '-' : '+'}${year}-${month}-${day}T00:00:00Z`,
    precision,
    calendar: opts.calendar ?? 'gregorian',
  }
}

/** A quantity; `unit` is a QID or null for a unit-less number. */
export function qty(amount: number | string, unit: string | null = null): Value {
  const s = String(amount)
  return { type: 'quantity', amount: s.startsWith('-') ? s : `+${s}`, unit }
}

/** A globe coordinate, on Earth unless another globe (a QID such as Mars's) is given. */
export const coord = (lat: number, lon: number, precision = 0.0001, globe?: string): Value => ({
  type: 'coord',
  lat,
  lon,
  precision,
  ...(globe ? { globe } : {}),
})

// ---------------------------------------------------------------------------------------------
// Serialization

const ENTITY = 'http://www.wikidata.org/entity/'
const CALENDARS: Record<Calendar, string> = {
  gregorian: `${ENTITY}Q1985727`,
  julian: `${ENTITY}Q1985786`,
}

/** The sha1 hex of a string. */
export const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex')

/** A GUID-shaped string derived from a seed (statement ids look like "Q42$F078E5B3-..."). */
export function guid(seed: string): string {
  const h = sha1(seed).toUpperCase()
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

export type DatatypeOf = (property: string) => Datatype

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function datavalue(v: Value): Json {
  switch (v.type) {
    case 'item': {
      const numeric = Number(v.id.slice(1))
      const entityType = v.id.startsWith('P') ? 'property' : 'item'
      return {
        value: { 'entity-type': entityType, 'numeric-id': numeric, id: v.id },
        type: 'wikibase-entityid',
      }
    }
    case 'string':
      return { value: v.value, type: 'string' }
    case 'mono':
      return { value: { text: v.text, language: v.language }, type: 'monolingualtext' }
    case 'time':
      return {
        value: {
          time: v.time,
          timezone: 0,
          before: 0,
          after: 0,
          precision: v.precision,
          calendarmodel: CALENDARS[v.calendar],
        },
        type: 'time',
      }
    case 'quantity':
      return {
        value: { amount: v.amount, unit: v.unit ? `${ENTITY}${v.unit}` : '1' },
        type: 'quantity',
      }
    case 'coord':
      return {
        value: {
          latitude: v.lat,
          longitude: v.lon,
          altitude: null,
          precision: v.precision,
          globe: `${ENTITY}${v.globe ?? 'Q2'}`,
        },
        type: 'globecoordinate',
      }
    case 'somevalue':
    case 'novalue':
      return null
  }
}

/** Which value kinds each datatype accepts: a typo in world.ts fails the build, not the app. */
const ACCEPTS: Record<Datatype, Value['type'][]> = {
  'wikibase-item': ['item'],
  string: ['string'],
  'external-id': ['string'],
  url: ['string'],
  commonsMedia: ['string'],
  monolingualtext: ['mono'],
  time: ['time'],
  quantity: ['quantity'],
  'globe-coordinate': ['coord'],
  'geo-shape': ['string'],
}

function snakJson(s: Snak, datatypeOf: DatatypeOf): { [key: string]: Json } {
  const datatype = datatypeOf(s.p)
  if (s.v.type !== 'somevalue' && s.v.type !== 'novalue' && !ACCEPTS[datatype].includes(s.v.type)) {
    throw new Error(`${s.p} (${datatype}) cannot hold a ${s.v.type} value`)
  }
  const dv = datavalue(s.v)
  const body: { [key: string]: Json } = {
    snaktype: s.v.type === 'somevalue' ? 'somevalue' : s.v.type === 'novalue' ? 'novalue' : 'value',
    property: s.p,
  }
  if (dv !== null) body.datavalue = dv
  body.datatype = datatype
  // Hash as Wikibase does: over the snak's content (not the hash itself).
  return {
    snaktype: body.snaktype!,
    property: s.p,
    hash: sha1(JSON.stringify(body)),
    ...rest(body),
  }
}

function rest(body: { [key: string]: Json }): { [key: string]: Json } {
  const out: { [key: string]: Json } = {}
  for (const [k, v] of Object.entries(body)) if (k !== 'snaktype' && k !== 'property') out[k] = v
  return out
}

function groupSnaks(
  snaks: Snak[],
  datatypeOf: DatatypeOf,
): { map: { [key: string]: Json }; order: string[] } {
  const map: { [key: string]: Json[] } = {}
  const order: string[] = []
  for (const s of snaks) {
    if (!map[s.p]) {
      map[s.p] = []
      order.push(s.p)
    }
    map[s.p]!.push(snakJson(s, datatypeOf))
  }
  return { map, order }
}

function claimJson(entityId: string, c: Claim, index: number, datatypeOf: DatatypeOf): Json {
  const main = snakJson({ p: c.p, v: c.v }, datatypeOf)
  const out: { [key: string]: Json } = { mainsnak: main, type: 'statement' }
  if (c.q && c.q.length > 0) {
    const { map, order } = groupSnaks(c.q, datatypeOf)
    out.qualifiers = map
    out['qualifiers-order'] = order
  }
  out.id = `${entityId}$${guid(`${entityId}|${c.p}|${index}|${JSON.stringify(c.v)}`)}`
  out.rank = c.rank ?? 'normal'
  if (c.refs && c.refs.length > 0) {
    out.references = c.refs.map((ref) => {
      const { map, order } = groupSnaks(ref, datatypeOf)
      return { hash: sha1(JSON.stringify(map)), snaks: map, 'snaks-order': order }
    })
  }
  return out
}

const termsJson = (t: Terms | undefined): Json => {
  const out: { [key: string]: Json } = {}
  for (const [language, value] of Object.entries(t ?? {})) out[language] = { language, value }
  return out
}

const aliasesJson = (a: Record<Lang, string[]> | undefined): Json => {
  const out: { [key: string]: Json } = {}
  for (const [language, values] of Object.entries(a ?? {})) {
    out[language] = values.map((value) => ({ language, value }))
  }
  return out
}

/** The URL of a sitelink, as wbgetentities/EntityData give it. */
export function sitelinkUrl(site: string, title: string): string {
  const path = encodeURIComponent(title.replace(/ /g, '_'))
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%28/g, '(')
    .replace(/%29/g, ')')
    .replace(/%27/g, "'")
  if (site === 'commonswiki') return `https://commons.wikimedia.org/wiki/${path}`
  const m = /^([a-z_]+?)(wiki|wikisource|wikiquote)$/.exec(site)
  if (!m) throw new Error(`unknown site ${site}`)
  const lang = m[1]!.replace(/_/g, '-')
  const family = m[2] === 'wiki' ? 'wikipedia' : m[2]!
  return `https://${lang}.${family}.org/wiki/${path}`
}

/** Special:EntityData JSON for one entity (the object under "entities"). */
export function entityJson(e: EntityDef, datatypeOf: DatatypeOf): { [key: string]: Json } {
  const seed = parseInt(sha1(e.id).slice(0, 8), 16)
  const claims: { [key: string]: Json[] } = {}
  const counters: Record<string, number> = {}
  for (const c of e.claims ?? []) {
    const i = counters[c.p] ?? 0
    counters[c.p] = i + 1
    ;(claims[c.p] ??= []).push(claimJson(e.id, c, i, datatypeOf))
  }
  const head: { [key: string]: Json } = {
    pageid: 100000 + (seed % 900000),
    ns: e.kind === 'property' ? 120 : 0,
    title: e.kind === 'property' ? `Property:${e.id}` : e.id,
    lastrevid: 2300000000 + (seed % 90000000),
    modified: '2026-11-01T12:00:00Z',
    type: e.kind,
  }
  if (e.kind === 'property') head.datatype = e.datatype
  const out: { [key: string]: Json } = {
    ...head,
    id: e.id,
    labels: termsJson(e.labels),
    descriptions: termsJson(e.descriptions),
    aliases: aliasesJson(e.aliases),
    claims,
  }
  if (e.kind === 'item') {
    const sitelinks: { [key: string]: Json } = {}
    for (const [site, title] of Object.entries(e.sitelinks ?? {})) {
      sitelinks[site] = { site, title, badges: [], url: sitelinkUrl(site, title) }
    }
    out.sitelinks = sitelinks
  }
  return out
}

/** The upload.wikimedia.org URL of a Commons file, or of a thumbnail `width` pixels wide. */
export function uploadUrl(name: string, width?: number): string {
  const file = name.replace(/ /g, '_')
  const md5 = createHash('md5').update(file).digest('hex')
  const path = `${md5[0]}/${md5.slice(0, 2)}/${encodeURIComponent(file)}`
  if (!width) return `https://upload.wikimedia.org/wikipedia/commons/${path}`
  // Thumbnails of SVG and PDF files are PNG and JPEG renderings with a suffix, as on Commons.
  const suffix = /\.svg$/i.test(file) ? '.png' : /\.pdf$/i.test(file) ? '.jpg' : ''
  const prefix = /\.pdf$/i.test(file) ? 'page1-' : ''
  return `https://upload.wikimedia.org/wikipedia/commons/thumb/${path}/${prefix}${width}px-${encodeURIComponent(file)}${suffix}`
}
