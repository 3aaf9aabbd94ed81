/**
 * From typed results to what a view draws: each role's variable (named, or found in the results
 * as the query service does), and the bars, points, dates or pictures of the rows. Plain data; the
 * components under components/embed/query/ draw it as text and SVG.
 */
import type { LangText } from './languages'
import {
  MAX_BARS,
  MAX_IMAGES,
  viewRoles,
  type Cell,
  type QueryEmbedProblem,
  type QueryEmbedRequest,
  type QueryRole,
  type QueryTable,
  type QueryView,
} from './queryEmbed'

export type RoleMap = Partial<Record<Exclude<QueryRole, 'columns'>, string>>

const kindsOf = (table: QueryTable, name: string) => {
  const kinds = new Set<Cell['kind']>()
  for (const row of table.rows) {
    const cell = row[name]
    if (cell) kinds.add(cell.kind)
  }
  return kinds
}
const firstOf = (table: QueryTable, test: (kinds: Set<Cell['kind']>) => boolean, not: string[]) =>
  table.variables.find((name) => !not.includes(name) && test(kindsOf(table, name)))

/** The variable of a row's name: `?itemLabel` beside `?item`, as the query service writes it. */
function labelVariable(table: QueryTable, of: string | undefined): string | undefined {
  const name = of ? `${of}Label` : undefined
  return name && table.variables.includes(name) ? name : undefined
}

/**
 * Every role of the view: the named variables (which must be in the results) and the others
 * found by their values. A role the view cannot do without and cannot find is a problem.
 */
export function resolveRoles(
  view: QueryView,
  request: Pick<QueryEmbedRequest, 'roles' | 'columns'>,
  table: QueryTable,
): { ok: true; roles: RoleMap; columns: string[] } | { ok: false; problem: QueryEmbedProblem } {
  const named = request.roles
  for (const role of viewRoles[view] as readonly QueryRole[]) {
    const names = role === 'columns' ? (request.columns ?? []) : [named[role]].filter(Boolean)
    for (const name of names as string[]) {
      if (table.rows.length && !table.variables.includes(name)) {
        return {
          ok: false,
          problem: { kind: 'missing-variable', role, name, variables: table.variables },
        }
      }
    }
  }
  const roles: RoleMap = { ...named }
  const has =
    (...kinds: Cell['kind'][]) =>
    (found: Set<Cell['kind']>) =>
      kinds.some((k) => found.has(k))
  const used = () => Object.values(roles).filter((v): v is string => !!v)
  switch (view) {
    case 'bar':
      roles.x ??= firstOf(table, has('entity', 'text', 'date', 'url'), used())
      roles.y ??= firstOf(table, (k) => k.size === 1 && k.has('number'), used())
      roles.label ??= labelVariable(table, roles.x)
      break
    case 'line':
      roles.x ??= firstOf(table, has('date', 'number'), used())
      roles.y ??= firstOf(table, (k) => k.size === 1 && k.has('number'), used())
      break
    case 'map':
      roles.coord ??= firstOf(table, has('point'), used())
      break
    case 'timeline':
      roles.start ??= firstOf(table, has('date'), used())
      roles.end ??= named.start ? undefined : firstOf(table, has('date'), used())
      break
    case 'images':
      roles.image ??= firstOf(table, has('file'), used())
      break
    case 'table':
      break
  }
  const required: Partial<Record<QueryView, Exclude<QueryRole, 'columns'>>> = {
    bar: 'x',
    line: 'x',
    map: 'coord',
    timeline: 'start',
    images: 'image',
  }
  const need = required[view]
  if (need && !roles[need] && table.rows.length) {
    return { ok: false, problem: { kind: 'no-column', role: need, view } }
  }
  if (view !== 'bar' && view !== 'line' && view !== 'table') {
    const main = table.variables.find((n) => kindsOf(table, n).has('entity'))
    roles.label ??= labelVariable(table, main)
  }
  return { ok: true, roles, columns: request.columns ?? table.variables }
}

/** What a row is called: its label column, else the label of its entity, else the value itself. */
export function cellName(
  cell: Cell | undefined,
  labels: Readonly<Record<string, LangText>>,
): LangText | null {
  if (!cell) return null
  if (cell.kind === 'entity') return labels[cell.id] ?? { value: cell.id, lang: 'zxx' }
  if (cell.kind === 'text') return { value: cell.text, lang: cell.lang ?? 'und' }
  return { value: cell.text, lang: 'zxx' }
}

/** The first entity of a row: what its name, link and map marker stand for. */
export function rowEntity(row: Readonly<Record<string, Cell>>, prefer?: string): string | null {
  const preferred = prefer ? row[prefer] : undefined
  if (preferred?.kind === 'entity') return preferred.id
  for (const cell of Object.values(row)) if (cell.kind === 'entity') return cell.id
  return null
}

function rowName(
  row: Readonly<Record<string, Cell>>,
  roles: RoleMap,
  main: string | undefined,
  labels: Readonly<Record<string, LangText>>,
): LangText | null {
  const label = roles.label ? row[roles.label] : undefined
  if (label && label.kind !== 'entity') return cellName(label, labels)
  const id = rowEntity(row, main)
  return id ? (labels[id] ?? { value: id, lang: 'zxx' }) : cellName(label, labels)
}

export interface BarDatum {
  key: string
  label: LangText
  /** The Kooste topic of the bar, when it stands for an item. */
  id: string | null
  value: number
}

/** The number of a cell, or null. */
const numberOf = (cell: Cell | undefined) => (cell?.kind === 'number' ? cell.value : null)

/**
 * Bars by `x`, in the order the query gave: the sum of `y` in each, or the count of rows when no
 * `y`. At most MAX_BARS; `more` counts those left out.
 */
export function barData(
  table: QueryTable,
  roles: RoleMap,
  labels: Readonly<Record<string, LangText>>,
): { bars: BarDatum[]; more: number } {
  const bars = new Map<string, BarDatum>()
  for (const row of table.rows) {
    const x = roles.x ? row[roles.x] : undefined
    if (!x) continue
    const key = x.kind === 'entity' ? x.id : x.text
    const y = roles.y ? numberOf(row[roles.y]) : 1
    if (y === null) continue
    const bar = bars.get(key)
    if (bar) {
      bar.value += y
      continue
    }
    const own = roles.label ? row[roles.label] : undefined
    const label = own && own.kind !== 'entity' ? cellName(own, labels) : cellName(x, labels)
    bars.set(key, {
      key,
      label: label ?? { value: key, lang: 'zxx' },
      id: x.kind === 'entity' ? x.id : null,
      value: y,
    })
  }
  const all = [...bars.values()]
  return { bars: all.slice(0, MAX_BARS), more: Math.max(0, all.length - MAX_BARS) }
}

export interface LinePoint {
  key: string
  /** Along the x axis: the number, or the year with its month and day as a fraction. */
  x: number
  label: string
  value: number
}

/** A cell as a position along the x axis, with its text. */
function along(cell: Cell | undefined): { x: number; label: string } | null {
  if (cell?.kind === 'number') return { x: cell.value, label: cell.text }
  if (cell?.kind === 'date') {
    const fraction =
      cell.month > 1 || cell.day > 1 ? ((cell.month - 1) * 31 + cell.day - 1) / 372 : 0
    return { x: cell.year + fraction, label: fraction ? cell.text.slice(0, 10) : String(cell.year) }
  }
  return null
}

/** Points of a line by `x` (numbers or dates), sorted: `y` summed per x, or rows counted. */
export function lineData(table: QueryTable, roles: RoleMap): LinePoint[] {
  const points = new Map<number, LinePoint>()
  for (const row of table.rows) {
    const at = along(roles.x ? row[roles.x] : undefined)
    const y = roles.y ? numberOf(row[roles.y]) : 1
    if (!at || y === null) continue
    const point = points.get(at.x)
    if (point) point.value += y
    else points.set(at.x, { key: String(at.x), x: at.x, label: at.label, value: y })
  }
  return [...points.values()].sort((a, b) => a.x - b.x)
}

export interface PlacePoint {
  key: string
  lat: number
  lon: number
  id: string | null
  label: LangText | null
}

/** The rows with coordinates, one marker each. */
export function mapData(
  table: QueryTable,
  roles: RoleMap,
  labels: Readonly<Record<string, LangText>>,
): PlacePoint[] {
  return table.rows.flatMap((row, index) => {
    const cell = roles.coord ? row[roles.coord] : undefined
    if (cell?.kind !== 'point') return []
    const id = rowEntity(row)
    return [
      {
        key: `${index}`,
        lat: cell.lat,
        lon: cell.lon,
        id,
        label: rowName(row, roles, undefined, labels),
      },
    ]
  })
}

export interface DatedRow {
  key: string
  start: Extract<Cell, { kind: 'date' }>
  end: Extract<Cell, { kind: 'date' }> | null
  id: string | null
  label: LangText | null
}

/** The rows with a start date (and an end, when the query has one). */
export function timelineData(
  table: QueryTable,
  roles: RoleMap,
  labels: Readonly<Record<string, LangText>>,
): DatedRow[] {
  return table.rows.flatMap((row, index) => {
    const start = roles.start ? row[roles.start] : undefined
    if (start?.kind !== 'date') return []
    const end = roles.end ? row[roles.end] : undefined
    return [
      {
        key: `${index}`,
        start,
        end: end?.kind === 'date' ? end : null,
        id: rowEntity(row),
        label: rowName(row, roles, undefined, labels),
      },
    ]
  })
}

export interface ImageRow {
  key: string
  /** The Commons file name, `Verla mill.jpg`. */
  name: string
  id: string | null
  label: LangText | null
}

/** The rows with a Commons file, one picture each, at most MAX_IMAGES. */
export function imageData(
  table: QueryTable,
  roles: RoleMap,
  labels: Readonly<Record<string, LangText>>,
): { images: ImageRow[]; more: number } {
  const all = table.rows.flatMap((row, index) => {
    const cell = roles.image ? row[roles.image] : undefined
    if (cell?.kind !== 'file') return []
    return [
      {
        key: `${index}`,
        name: cell.name,
        id: rowEntity(row),
        label: rowName(row, roles, undefined, labels),
      },
    ]
  })
  return { images: all.slice(0, MAX_IMAGES), more: Math.max(0, all.length - MAX_IMAGES) }
}

/** The entity ids whose labels a view shows (none when the query names its rows itself). */
export function labelIdsFor(view: QueryView, table: QueryTable, roles: RoleMap, columns: string[]) {
  const ids = new Set<string>()
  const labelled = roles.label ? table.variables.includes(roles.label) : false
  for (const row of table.rows) {
    if (view === 'table') {
      for (const name of columns) {
        const cell = row[name]
        if (cell?.kind === 'entity' && !table.variables.includes(`${name}Label`)) ids.add(cell.id)
      }
      continue
    }
    if (labelled && row[roles.label!]?.kind !== 'entity') continue
    const cell = view === 'bar' ? row[roles.x ?? ''] : undefined
    const id = cell?.kind === 'entity' ? cell.id : view === 'line' ? null : rowEntity(row)
    if (id) ids.add(id)
  }
  return [...ids]
}
