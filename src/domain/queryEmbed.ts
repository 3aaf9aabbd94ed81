/**
 * "Any query, any chart" (`/embed/query?sparql=…&view=bar&x=item&y=count`): the parameters of the
 * query embed, checked before anything is sent, and the results as typed cells. After the Wikidata
 * query service's `#defaultView:BarChart`: a view, and which variable plays which role in it. Every
 * value stays text; nothing here builds markup. docs/embedding.md documents the parameters.
 */
import { entityKind } from './ids'
import { normaliseLanguageCode } from './languages'
import type { QueryValue } from './route'
import type { Binding, Row } from './sparql'

export const queryViews = ['table', 'bar', 'line', 'map', 'timeline', 'images'] as const
export type QueryView = (typeof queryViews)[number]

/** Names the query service's `#defaultView:` uses, read as ours (lower-cased). */
const viewAliases: Record<string, QueryView> = {
  barchart: 'bar',
  linechart: 'line',
  imagegrid: 'images',
  image: 'images',
}

/** Each view's roles: the variables it draws from, found in the results when not named. */
export const viewRoles = {
  table: ['columns'],
  bar: ['x', 'y', 'label'],
  line: ['x', 'y'],
  map: ['coord', 'label'],
  timeline: ['start', 'end', 'label'],
  images: ['image', 'label'],
} as const satisfies Record<QueryView, readonly string[]>

export const queryRoles = ['x', 'y', 'label', 'coord', 'start', 'end', 'image', 'columns'] as const
export type QueryRole = (typeof queryRoles)[number]

/** Longest query accepted, in characters: a longer one would not fit a link. */
export const MAX_QUERY_LENGTH = 6000
/** Most rows drawn; the rest are counted in a note. */
export const MAX_ROWS = 500
/** Most bars in a bar chart. */
export const MAX_BARS = 50
/** Most pictures in an image grid. */
export const MAX_IMAGES = 100
/** Longest title kept. */
export const MAX_TITLE = 120

export interface QueryEmbedRequest {
  query: string
  view: QueryView
  /** Variables named for roles (without `?`); a missing role is found in the results. */
  roles: Partial<Record<Exclude<QueryRole, 'columns'>, string>>
  /** The table's columns, in order; null for every variable. */
  columns: string[] | null
  title: string | null
}

export type QueryEmbedProblem =
  | { kind: 'missing-query' }
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'not-select'; form: string }
  | { kind: 'unknown-view'; given: string; names: string[] }
  | { kind: 'bad-variable'; role: QueryRole; given: string }
  | { kind: 'missing-variable'; role: QueryRole; name: string; variables: string[] }
  | { kind: 'no-column'; role: QueryRole; view: QueryView }
  | { kind: 'bad-theme'; given: string }
  | { kind: 'bad-language'; key: 'lang' | 'uilang'; given: string }

export type QueryEmbedParse =
  { ok: true; request: QueryEmbedRequest } | { ok: false; problem: QueryEmbedProblem }

function one(value: QueryValue): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : undefined
}

const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text)
const variablePattern = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A view by our name or the query service's (`BarChart`), or null. */
export function readView(given: string): QueryView | null {
  const key = given.trim().toLowerCase()
  return queryViews.find((v) => v === key) ?? viewAliases[key] ?? null
}

/** The form of a query after its prologue (`SELECT`, `ASK`, `INSERT`…), upper-cased; '' if none. */
export function queryForm(query: string): string {
  let rest = query
  for (;;) {
    rest = rest.replace(/^(?:\s+|#[^\n]*(?:\n|$))+/, '')
    const declaration = /^(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)/i.exec(rest)
    if (!declaration) break
    rest = rest.slice(declaration[0].length)
  }
  return /^[A-Za-z]+/.exec(rest)?.[0].toUpperCase() ?? ''
}

/** The query service's `#defaultView:BarChart` comment, when the query has one. */
export function defaultViewComment(query: string): string | null {
  return /^\s*#\s*defaultView\s*:\s*([A-Za-z]+)/m.exec(query)?.[1] ?? null
}

/**
 * The variables a SELECT projects (`SELECT ?a (COUNT(?b) AS ?n)` → a, n); null for `SELECT *` or
 * a projection this reader does not follow, in which case the results decide.
 */
export function projectedVariables(query: string): string[] | null {
  const match =
    /\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\s*(?:\bWHERE\b|\{|\bFROM\b)/i.exec(
      query.replace(/(^|\s)#[^\n]*/g, '$1'),
    )
  if (!match) return null
  const projection = match[1] ?? ''
  if (projection.trim() === '*') return null
  // `(expr AS ?v)` projects only ?v; a plain `?v` projects itself; in the order written.
  const all: string[] = []
  let depth = 0
  let group = ''
  for (const token of projection.match(/[()]|[?$][A-Za-z_]\w*|[^()?$]+|[?$]/g) ?? []) {
    if (token === '(') depth++
    if (depth > 0) group += token
    if (token === ')' && --depth === 0) {
      const alias = /\bAS\s+[?$]([A-Za-z_]\w*)\s*\)$/i.exec(group)?.[1]
      if (alias) all.push(alias)
      group = ''
    }
    if (depth === 0 && /^[?$]\w/.test(token)) all.push(token.slice(1))
  }
  return all.length ? [...new Set(all)] : null
}

/** The variable named for a role (`?item`, `item`, `$item` alike), or a problem. */
function readVariable(role: QueryRole, given: string): string | QueryEmbedProblem {
  const name = given.trim().replace(/^[?$]/, '')
  return variablePattern.test(name) ? name : { kind: 'bad-variable', role, given: shown(given) }
}

/**
 * Reads the query embed's parameters: the query (a SELECT, at most MAX_QUERY_LENGTH characters),
 * the view (`view`, else the query's `#defaultView:`, else a table), the roles and the languages.
 * Roles that the view does not use are ignored, as the query service ignores them.
 */
export function parseQueryEmbed(query: Record<string, QueryValue>): QueryEmbedParse {
  const fail = (problem: QueryEmbedProblem): QueryEmbedParse => ({ ok: false, problem })
  const sparql = one(query.sparql) ?? ''
  if (!sparql.trim()) return fail({ kind: 'missing-query' })
  if (sparql.length > MAX_QUERY_LENGTH) {
    return fail({ kind: 'too-long', length: sparql.length, max: MAX_QUERY_LENGTH })
  }
  const form = queryForm(sparql)
  if (form !== 'SELECT') return fail({ kind: 'not-select', form: shown(form) })
  const givenView = one(query.view) ?? defaultViewComment(sparql) ?? 'table'
  const view = readView(givenView)
  if (!view) return fail({ kind: 'unknown-view', given: shown(givenView), names: [...queryViews] })

  const roles: QueryEmbedRequest['roles'] = {}
  let columns: string[] | null = null
  const projected = projectedVariables(sparql)
  const check = (role: QueryRole, name: string): QueryEmbedProblem | null =>
    projected && !projected.includes(name)
      ? { kind: 'missing-variable', role, name, variables: projected }
      : null
  for (const role of viewRoles[view] as readonly QueryRole[]) {
    const given = one(query[role])
    if (given === undefined || given.trim() === '') continue
    if (role === 'columns') {
      const names: string[] = []
      for (const part of given.split(',')) {
        const name = readVariable(role, part)
        if (typeof name !== 'string') return fail(name)
        const missing = check(role, name)
        if (missing) return fail(missing)
        names.push(name)
      }
      columns = names
      continue
    }
    const name = readVariable(role, given)
    if (typeof name !== 'string') return fail(name)
    const missing = check(role, name)
    if (missing) return fail(missing)
    roles[role] = name
  }
  for (const key of ['lang', 'uilang'] as const) {
    const value = one(query[key])
    if (value !== undefined && !normaliseLanguageCode(value)) {
      return fail({ kind: 'bad-language', key, given: shown(value) })
    }
  }
  const theme = one(query.theme)
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') {
    return fail({ kind: 'bad-theme', given: shown(theme) })
  }
  const title = one(query.title)?.trim().slice(0, MAX_TITLE) || null
  return { ok: true, request: { query: sparql, view, roles, columns, title } }
}

/** One result value, typed for drawing; every kind carries the text it is shown as. */
export type Cell =
  | { kind: 'entity'; id: string; text: string }
  | { kind: 'file'; name: string; url: string; text: string }
  | { kind: 'url'; url: string; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'date'; year: number; month: number; day: number; text: string }
  | { kind: 'point'; lat: number; lon: number; text: string }
  | { kind: 'text'; text: string; lang: string | null }

const XSD = 'http://www.w3.org/2001/XMLSchema#'
const numeric = ['integer', 'decimal', 'double', 'float', 'int', 'long', 'short']
  .concat(['nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'unsignedInt'])
  .map((t) => XSD + t)
const ENTITY = /^https?:\/\/www\.wikidata\.org\/entity\/([A-Z]\d+)$/
// Any host: Commons' own, or a mirror's (the double serves it under its mount). Only the name is
// used, to ask Commons for the thumbnail.
const FILE_PATH = /^https?:\/\/[^/]+(?:\/[^?#]*)?\/wiki\/Special:FilePath\/([^?#]+)$/

/** The Commons file name of a `Special:FilePath` IRI, or null. */
function fileName(iri: string): string | null {
  const match = FILE_PATH.exec(iri)
  if (!match) return null
  try {
    return decodeURIComponent(match[1]!).replace(/_/g, ' ').trim() || null
  } catch {
    return null
  }
}

/** A link target that may be shown: http(s) only, as the browser would resolve it. */
export function safeHttpUrl(text: string): string | null {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** Types a binding: entities, Commons files, web links, numbers, dates, points; text otherwise. */
export function cellOf(binding: Binding): Cell {
  const { value } = binding
  if (binding.type === 'uri') {
    const id = ENTITY.exec(value)?.[1]
    if (id && entityKind(id)) return { kind: 'entity', id, text: id }
    const name = fileName(value)
    if (name) return { kind: 'file', name, url: value, text: name }
    const url = safeHttpUrl(value)
    return url ? { kind: 'url', url, text: value } : { kind: 'text', text: value, lang: null }
  }
  if (binding.type === 'literal') {
    const datatype = binding.datatype ?? ''
    if (numeric.includes(datatype)) {
      const number = Number(value)
      if (Number.isFinite(number)) return { kind: 'number', value: number, text: value }
    }
    if (datatype === `${XSD}dateTime` || datatype === `${XSD}date`) {
      const match = /^(-?)(\d{1,16})-(\d\d)-(\d\d)/.exec(value)
      if (match) {
        const astronomical = Number(match[2]) * (match[1] ? -1 : 1)
        return {
          kind: 'date',
          year: astronomical <= 0 ? astronomical - 1 : astronomical,
          month: Number(match[3]),
          day: Number(match[4]),
          text: value,
        }
      }
    }
    if (datatype.endsWith('wktLiteral') || /Point\(/i.test(value)) {
      // Points on Earth only: another globe's coordinates start with its IRI (Mars, the Moon).
      const earth = value.replace(/^\s*<http:\/\/www\.wikidata\.org\/entity\/Q2>/, '')
      const match = /^\s*Point\(\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)\s*\)\s*$/i.exec(earth)
      const lon = Number(match?.[1])
      const lat = Number(match?.[2])
      if (match && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        return { kind: 'point', lat, lon, text: value }
      }
    }
    return { kind: 'text', text: value, lang: binding.lang ?? null }
  }
  return { kind: 'text', text: value, lang: null }
}

/** The results as typed cells, with the variables in the order first met. */
export interface QueryTable {
  variables: string[]
  rows: Record<string, Cell>[]
  /** Rows the query returned in all (more than `rows` when capped). */
  total: number
}

/**
 * Types the rows, at most MAX_ROWS of them; `order` (the query's projection) puts the variables in
 * the query's order, with any others after.
 */
export function toTable(rows: readonly Row[], order: readonly string[] | null = null): QueryTable {
  const seen = new Set<string>(order ?? [])
  for (const row of rows) for (const name of Object.keys(row)) seen.add(name)
  const kept = rows.slice(0, MAX_ROWS).map((row) => {
    const out: Record<string, Cell> = {}
    for (const [name, binding] of Object.entries(row)) out[name] = cellOf(binding)
    return out
  })
  return { variables: [...seen], rows: kept, total: rows.length }
}

/** The ids of entity values in the given variables (every variable when none named). */
export function entityIds(table: QueryTable, variables?: readonly string[]): string[] {
  const names = variables ?? table.variables
  const ids = new Set<string>()
  for (const row of table.rows) {
    for (const name of names) {
      const cell = row[name]
      if (cell?.kind === 'entity') ids.add(cell.id)
    }
  }
  return [...ids]
}

/** What the query builder writes into an embed address. */
export interface QueryEmbedTarget {
  query: string
  view: QueryView
  roles?: Partial<Record<QueryRole, string>>
  title?: string
  lang?: string
  uilang?: string
  theme?: 'light' | 'dark'
}

/**
 * The query embed's address under a Kooste base URL (absolute, ending in `/`): the short
 * parameters first, the query last, empty values left out.
 */
export function queryEmbedUrl(base: string, target: QueryEmbedTarget): string {
  const url = new URL('embed/query', base)
  const set = (key: string, value: string | undefined) => {
    if (value?.trim()) url.searchParams.set(key, value.trim())
  }
  set('view', target.view)
  for (const role of viewRoles[target.view] as readonly QueryRole[]) set(role, target.roles?.[role])
  set('title', target.title)
  set('lang', target.lang)
  set('uilang', target.uilang)
  if (target.theme === 'dark') set('theme', 'dark')
  url.searchParams.set('sparql', target.query)
  return url.href
}
