/**
 * Related topics: one SPARQL query for many panels (a UNION of per-panel sub-queries, each with its
 * own LIMIT, tagged with `?panel`), labels and descriptions picked along the content-language chain
 * inside the query (COALESCE over one OPTIONAL per language, no label service), and the rows mapped
 * into cards, sorted and dated in plain TypeScript.
 */
import { distanceMetres } from './coordinates'
import { idFromUri, isItemId } from './ids'
import { isLanguageCode, type LangText } from './languages'
import { prefixes, type Binding, type Row } from './sparql'
import type { PanelContext, PanelDefinition, RelationSort } from './panels'

/** One related topic, as a card shows it. */
export interface RelatedItem {
  id: string
  label: LangText | null
  description: LangText | null
  /** Commons file name of its picture (P18). */
  image: string | null
  coord: { lat: number; lon: number } | null
  /** Historical years (negative is BCE): birth, inception, start, publication… and their ends. */
  start: number | null
  end: number | null
  /** Property ids through which it is related. */
  via: string[]
}

/** What a panel's query found, whether there may be more, and where the next page starts. */
export interface PanelResult {
  items: RelatedItem[]
  hasMore: boolean
  /** Rows of the panel's sub-query these items came from: the OFFSET of the next page. */
  rows: number
}

/** A panel ready to be queried: its id and its pattern for this topic. */
export interface PanelPattern {
  id: string
  pattern: string
}

/** Items fetched per panel and request; one more is asked for to know whether there are more. */
export const PANEL_PAGE = 50
/** Most languages of the chain tried for labels (each one is an OPTIONAL in the query). */
const MAX_LABEL_LANGUAGES = 6

const START_PROPERTIES = ['P569', 'P571', 'P580', 'P577', 'P585']
const END_PROPERTIES = ['P570', 'P576', 'P582']
const ENTITY = 'http://www.wikidata.org/entity/'

/** The panels that apply to an entity, with their patterns; invalid topics get none. */
export function panelPatterns(
  definitions: readonly PanelDefinition[],
  context: Omit<PanelContext, 'topic'>,
): PanelPattern[] {
  if (!isItemId(context.entity.id)) return []
  const full: PanelContext = { ...context, topic: `wd:${context.entity.id}` }
  return definitions.flatMap((panel) => {
    const pattern = panel.pattern(full)
    return pattern ? [{ id: panel.id, pattern }] : []
  })
}

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`
}

/** COALESCE over one OPTIONAL per language: the first language of the chain that has a term. */
function termInChain(predicate: string, out: string, chain: readonly string[]): string {
  const languages = chain.filter(isLanguageCode).slice(0, MAX_LABEL_LANGUAGES)
  if (!languages.length) return ''
  const vars = languages.map((_, i) => `?${out}${i}`)
  const optionals = languages.map(
    (lang, i) =>
      `  OPTIONAL { ?item ${predicate} ${vars[i]} . FILTER(LANG(${vars[i]}) = ${quote(lang)}) }`,
  )
  return `${optionals.join('\n')}\n  BIND(COALESCE(${vars.join(', ')}) AS ?${out}_)\n`
}

/**
 * The query for a set of panels of one topic: each panel's pattern in its own sub-query with
 * `LIMIT limit + 1` (and an OFFSET when paging), so a class with millions of instances stays a
 * bounded lookup; then, for the items found, a label and description in the chain, a picture,
 * coordinates and the years.
 */
export function relationsQuery(
  topic: string,
  patterns: readonly PanelPattern[],
  options: { chain: readonly string[]; limit?: number; offset?: number },
): string {
  if (!isItemId(topic)) throw new Error(`not an item id: ${topic}`)
  const limit = Math.max(1, Math.floor(options.limit ?? PANEL_PAGE))
  const offset = Math.max(0, Math.floor(options.offset ?? 0))
  const branches = patterns.map(
    ({ id, pattern }) => `  {
    {
      SELECT DISTINCT ?item ?via WHERE {
    ${pattern}
    FILTER(?item != wd:${topic} && STRSTARTS(STR(?item), "${ENTITY}Q"))
      }${offset ? ` OFFSET ${offset}` : ''} LIMIT ${limit + 1}
    }
    BIND(${quote(id)} AS ?panel)
  }`,
  )
  const starts = START_PROPERTIES.map((p) => `wdt:${p}`).join('|')
  const ends = END_PROPERTIES.map((p) => `wdt:${p}`).join('|')
  return `${prefixes}SELECT ?panel ?item (SAMPLE(?label_) AS ?label) (SAMPLE(?description_) AS ?description)
  (SAMPLE(?image_) AS ?image) (SAMPLE(?coord_) AS ?coord) (MIN(?start_) AS ?start) (MAX(?end_) AS ?end)
  (GROUP_CONCAT(DISTINCT STR(?via); separator=" ") AS ?vias)
WHERE {
${branches.join('\n  UNION\n')}
${termInChain('rdfs:label', 'label', options.chain)}${termInChain('schema:description', 'description', options.chain)}  OPTIONAL { ?item wdt:P18 ?image_ . }
  OPTIONAL { ?item wdt:P625 ?coord_ . }
  OPTIONAL { ?item ${starts} ?start_ . FILTER(isLiteral(?start_)) }
  OPTIONAL { ?item ${ends} ?end_ . FILTER(isLiteral(?end_)) }
}
GROUP BY ?panel ?item`
}

function langText(binding: Binding | undefined): LangText | null {
  if (binding?.type !== 'literal' || !binding.value) return null
  return { value: binding.value, lang: binding.lang ?? 'und' }
}

/** The historical year of an xsd:dateTime (astronomical: 0000 is 1 BCE). */
export function yearOf(binding: Binding | undefined): number | null {
  if (binding?.type !== 'literal') return null
  const match = /^(-?)(\d{1,16})-\d\d-\d\d/.exec(binding.value)
  if (!match) return null
  const astronomical = Number(match[2]) * (match[1] ? -1 : 1)
  return astronomical <= 0 ? astronomical - 1 : astronomical
}

/** Coordinates of a `Point(lon lat)` WKT literal on Earth; other globes and shapes give null. */
export function pointOf(binding: Binding | undefined): { lat: number; lon: number } | null {
  const match = binding
    ? /^\s*Point\(\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)\s*\)\s*$/i.exec(binding.value)
    : null
  if (!match) return null
  const lon = Number(match[1])
  const lat = Number(match[2])
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return null
  return { lat, lon }
}

/** The Commons file name of a `Special:FilePath` IRI (as the query service gives P18). */
export function fileNameOf(binding: Binding | undefined): string | null {
  if (binding?.type !== 'uri') return null
  const marker = 'Special:FilePath/'
  const at = binding.value.indexOf(marker)
  if (at < 0) return null
  try {
    const name = decodeURIComponent(binding.value.slice(at + marker.length)).replace(/_/g, ' ')
    return name.trim() || null
  } catch {
    return null
  }
}

/**
 * Maps the rows of a relations query into each panel's items. Every item found is kept: the
 * grouping gives no order to drop the extra one by, and the next page starts after all of them.
 * The sub-query returns one row per item and `?via`, so its rows are counted back from `via`; a
 * panel has more when they exceed `limit`.
 */
export function mapRelationRows(
  rows: readonly Row[],
  limit = PANEL_PAGE,
): Record<string, PanelResult> {
  const byPanel = new Map<string, Map<string, RelatedItem>>()
  for (const row of rows) {
    const panel = row.panel?.value
    const id = row.item?.type === 'uri' ? idFromUri(row.item.value) : null
    if (!panel || !id || !isItemId(id)) continue
    const items = byPanel.get(panel) ?? new Map<string, RelatedItem>()
    byPanel.set(panel, items)
    const via = (row.vias?.value ?? '')
      .split(/\s+/)
      .map((uri) => (uri ? idFromUri(uri) : null))
      .filter((p): p is string => p !== null)
    const known = items.get(id)
    if (known) {
      known.via = [...new Set([...known.via, ...via])]
      continue
    }
    items.set(id, {
      id,
      label: langText(row.label),
      description: langText(row.description),
      image: fileNameOf(row.image),
      coord: pointOf(row.coord),
      start: yearOf(row.start),
      end: yearOf(row.end),
      via,
    })
  }
  const out: Record<string, PanelResult> = {}
  for (const [panel, items] of byPanel) {
    const list = [...items.values()]
    const rows = list.reduce((sum, item) => sum + Math.max(1, item.via.length), 0)
    out[panel] = { items: list, hasMore: rows > limit, rows }
  }
  return out
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  return distanceMetres(a, b) / 1000
}

/** The sort keys that make sense for these items (distance needs coordinates on both sides). */
export function usableSorts(
  sorts: readonly RelationSort[],
  items: readonly RelatedItem[],
  origin: { lat: number; lon: number } | null,
): RelationSort[] {
  return sorts.filter((key) => {
    if (key === 'distance') return origin !== null && items.some((i) => i.coord)
    if (key === 'date') return items.some((i) => i.start !== null || i.end !== null)
    return true
  })
}

/**
 * Items in an order: by label (the language's collation; items known only by id last), by date
 * (earliest first; undated last) or by distance from `origin` (nearest first; unplaced last).
 */
export function sortRelated(
  items: readonly RelatedItem[],
  key: RelationSort,
  options: { lang: string; origin?: { lat: number; lon: number } | null },
): RelatedItem[] {
  let collator: Intl.Collator
  try {
    collator = new Intl.Collator(options.lang, { sensitivity: 'base', numeric: true })
  } catch {
    collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
  }
  const byLabel = (a: RelatedItem, b: RelatedItem) => {
    if (a.label && b.label) return collator.compare(a.label.value, b.label.value)
    if (a.label || b.label) return a.label ? -1 : 1
    return Number(a.id.slice(1)) - Number(b.id.slice(1))
  }
  const last = (value: number | null) => value ?? Number.POSITIVE_INFINITY
  const origin = options.origin ?? null
  const measure = (item: RelatedItem) =>
    origin && item.coord ? distanceKm(origin, item.coord) : null
  const compare: Record<RelationSort, (a: RelatedItem, b: RelatedItem) => number> = {
    label: byLabel,
    date: (a, b) => last(a.start ?? a.end) - last(b.start ?? b.end) || byLabel(a, b),
    distance: (a, b) => last(measure(a)) - last(measure(b)) || byLabel(a, b),
  }
  return [...items].sort((a, b) => {
    const order = compare[key](a, b)
    return Number.isNaN(order) ? 0 : order
  })
}

/** `1865–1931`, `1872–`, `–1557`, `1500 BCE`: a card's years, or '' when it has none. */
export function formatYears(
  item: Pick<RelatedItem, 'start' | 'end'>,
  bce: (year: number) => string,
): string {
  const one = (year: number | null) => (year === null ? '' : year < 0 ? bce(-year) : String(year))
  if (item.start === null && item.end === null) return ''
  if (item.end === null || item.end === item.start) return one(item.start)
  return `${one(item.start)}–${one(item.end)}`
}
