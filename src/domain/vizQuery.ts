/**
 * The visualizations' one query: every chart of a topic that needs the query service rides in a
 * single request, one UNION branch each, tagged with `?viz`. A time branch gives one row per item
 * with its earliest date (year precision or better, deprecated statements left out); a category
 * branch gives one row per category with its count, aggregated by the endpoint. Every branch is a
 * bounded sub-query (LIMIT + 1, so that the mapper can tell that there were more). Portable SPARQL
 * 1.1: no label service (labels come from wbgetentities), no Blazegraph extensions.
 */
import { idFromUri, isItemId } from './ids'
import { yearOf } from './relations'
import { prefixes, type Row } from './sparql'
import type { CategoryCount, TimePoint } from './vizData'

/** Items asked for per time branch. */
export const TIME_LIMIT = 2000
/** (item, category) pairs asked for per category branch. */
export const CATEGORY_LIMIT = 5000

const ENTITY = 'http://www.wikidata.org/entity/'

/** One chart's part of the query, for one topic (its patterns name the topic as `wd:Q…`). */
export type VizBranch =
  | {
      id: string
      kind: 'time'
      /** Binds `?item`. */
      pattern: string
      /** Time properties read for the item's date (the earliest counts). */
      dates: readonly string[]
    }
  | {
      id: string
      kind: 'category'
      /** Binds `?item` and `?key` (the category: a class, a designation). */
      pattern: string
    }

/** What the query found for one chart. */
export type VizRows =
  | { kind: 'time'; points: TimePoint[]; truncated: boolean }
  | { kind: 'category'; counts: CategoryCount[]; truncated: boolean }

const quote = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`
const isProperty = (p: string) => /^P[1-9]\d*$/.test(p)
const itemFilter = (topic: string, variable = '?item') =>
  `FILTER(${variable} != ${topic} && isIRI(${variable}) && STRSTARTS(STR(${variable}), "${ENTITY}Q"))`

function timeBranch(topic: string, branch: Extract<VizBranch, { kind: 'time' }>): string {
  const dates = branch.dates.filter(isProperty).map((p) => `(p:${p} psv:${p})`)
  const date = dates.length
    ? `
        OPTIONAL {
          VALUES (?dateClaim ?dateValue) { ${dates.join(' ')} }
          ?item ?dateClaim ?statement .
          ?statement ?dateValue ?node ;
            wikibase:rank ?rank .
          ?node wikibase:timeValue ?date_ ;
            wikibase:timePrecision ?precision .
          FILTER(?rank != wikibase:DeprecatedRank && ?precision >= 9)
        }`
    : ''
  return `    {
      SELECT ?item (MIN(?date_) AS ?date) WHERE {
        {
          SELECT DISTINCT ?item WHERE {
            ${branch.pattern}
            ${itemFilter(topic)}
          }
          LIMIT ${TIME_LIMIT + 1}
        }${date}
      }
      GROUP BY ?item
    }`
}

function categoryBranch(topic: string, branch: Extract<VizBranch, { kind: 'category' }>): string {
  return `    {
      SELECT ?key (COUNT(DISTINCT ?item) AS ?count) (SAMPLE(?item) AS ?example) WHERE {
        {
          SELECT DISTINCT ?item ?key WHERE {
            ${branch.pattern}
            ${itemFilter(topic)}
            FILTER(isIRI(?key) && STRSTARTS(STR(?key), "${ENTITY}Q"))
          }
          LIMIT ${CATEGORY_LIMIT + 1}
        }
      }
      GROUP BY ?key
    }`
}

/** The query for a topic's charts, one UNION branch per chart. */
export function vizQuery(topicId: string, branches: readonly VizBranch[]): string {
  if (!isItemId(topicId)) throw new Error(`not an item id: ${topicId}`)
  if (!branches.length) throw new Error('no branches')
  const topic = `wd:${topicId}`
  const parts = branches.map((branch) => {
    const body = branch.kind === 'time' ? timeBranch(topic, branch) : categoryBranch(topic, branch)
    return `  {\n${body}\n    BIND(${quote(branch.id)} AS ?viz)\n  }`
  })
  return `${prefixes}PREFIX psv: <http://www.wikidata.org/prop/statement/value/>
SELECT ?viz ?item ?date ?key ?count ?example WHERE {
${parts.join('\n  UNION\n')}
}`
}

const itemOf = (value: string | undefined) => {
  const id = value ? idFromUri(value) : null
  return id && isItemId(id) ? id : null
}

/**
 * Maps the query's rows to each chart's points or counts. Rows of unknown charts, items that are
 * not items and counts that are not whole numbers are dropped.
 */
export function mapVizRows(
  rows: readonly Row[],
  branches: readonly VizBranch[],
): Record<string, VizRows> {
  const out: Record<string, VizRows> = {}
  for (const branch of branches) {
    const mine = rows.filter((row) => row.viz?.value === branch.id)
    if (branch.kind === 'time') {
      const points: TimePoint[] = []
      for (const row of mine) {
        const id = row.item?.type === 'uri' ? itemOf(row.item.value) : null
        if (id) points.push({ id, year: yearOf(row.date) })
      }
      const truncated = points.length > TIME_LIMIT
      out[branch.id] = { kind: 'time', points: points.slice(0, TIME_LIMIT), truncated }
    } else {
      const counts: CategoryCount[] = []
      let pairs = 0
      for (const row of mine) {
        const key = row.key?.type === 'uri' ? itemOf(row.key.value) : null
        const count = Number(row.count?.value)
        if (!key || !Number.isInteger(count) || count <= 0) continue
        pairs += count
        const example = row.example?.type === 'uri' ? itemOf(row.example.value) : null
        counts.push({ key, count, examples: example ? [example] : [] })
      }
      out[branch.id] = { kind: 'category', counts, truncated: pairs > CATEGORY_LIMIT }
    }
  }
  return out
}
