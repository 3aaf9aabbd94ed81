/**
 * The timeline's one query: the dates of the items related to a topic (its works, parts, editions,
 * notable works...), their labels, and the labels of the properties and items that the topic's own
 * events name, all filtered to the content-language chain. Portable SPARQL 1.1: time values with
 * their precision and calendar through the `psv:` value nodes, labels through `rdfs:label`.
 */
import { isItemId, isPropertyId, entityKind, idFromUri } from './ids'
import { prefixes, type Row } from './sparql'
import { wikiTimeFromXsd } from './timelineTime'
import { relatedDateProperties, type RelatedDate, type RelatedItem } from './timeline'
import type { WikiTime } from './wikiTime'
import type { Rank } from './values'

/** Items that point at the topic: works by a person, parts of a place, editions of a series. */
export const incomingRelations = [
  'P50', // author
  'P170', // creator
  'P655', // translator
  'P86', // composer
  'P57', // director
  'P84', // architect
  'P112', // founded by
  'P361', // part of
  'P179', // part of the series
] as const

/** Items the topic points at: its notable works, parts, subdivisions and events. */
export const outgoingRelations = ['P800', 'P527', 'P150', 'P793', 'P1344'] as const

/** Qualifiers that bound a date that is not known exactly: earliest date, latest date. */
export const boundProperties = ['P1319', 'P1326'] as const

/** `sourcing circumstances` (P1480) = `circa` (Q5727902): a date that is approximate. */
const CIRCA_PROPERTY = 'P1480'
const CIRCA = 'Q5727902'

/** How many related items one query asks about; the timeline says when there were more. */
export const RELATED_LIMIT = 1000

/** Label ids per query; a topic naming more items shows ids for the rest. */
const LABEL_LIMIT = 500

const languagePattern = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/

/** The query for a topic's related dates and the labels its timeline needs. */
export function timelineQuery(
  topicId: string,
  labelIds: readonly string[],
  chain: readonly string[],
) {
  if (!isItemId(topicId)) throw new Error(`not an item id: ${topicId}`)
  const langs = [...new Set(chain.filter((l) => languagePattern.test(l)))]
  const langFilter = `FILTER(LANG(?label) IN (${(langs.length ? langs : ['en']).map((l) => `"${l}"`).join(', ')}))`
  const ids = [...new Set(labelIds.filter((id) => entityKind(id) === 'item' || isPropertyId(id)))]
    .slice(0, LABEL_LIMIT)
    .map((id) => `wd:${id}`)
  const dates = relatedDateProperties.map((p) => `(p:${p} psv:${p})`).join(' ')
  const bounds = boundProperties.map((p) => `(pq:${p} pqv:${p})`).join(' ')
  const topic = `wd:${topicId}`
  const labels = ids.length
    ? `
  UNION {
    VALUES ?item { ${ids.join(' ')} }
    ?item rdfs:label ?label .
    ${langFilter}
  }`
    : ''
  return `${prefixes}PREFIX psv: <http://www.wikidata.org/prop/statement/value/>
PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
SELECT ?item ?via ?dir ?date ?statement ?qual ?time ?precision ?calendar ?rank ?label WHERE {
  {
    {
      SELECT DISTINCT ?item ?via ?dir WHERE {
        {
          VALUES ?via { ${incomingRelations.map((p) => `wdt:${p}`).join(' ')} }
          ?item ?via ${topic} .
          BIND("in" AS ?dir)
        } UNION {
          VALUES ?via { ${outgoingRelations.map((p) => `wdt:${p}`).join(' ')} }
          ${topic} ?via ?item .
          BIND("out" AS ?dir)
        }
        FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q") && ?item != ${topic})
      }
      LIMIT ${RELATED_LIMIT}
    }
    {
      VALUES (?date ?value) { ${dates} }
      ?item ?date ?statement .
      ?statement wikibase:rank ?rank .
      FILTER(?rank != wikibase:DeprecatedRank)
      {
        ?statement ?value ?node .
        ?node wikibase:timeValue ?time ;
          wikibase:timePrecision ?precision ;
          wikibase:timeCalendarModel ?calendar .
      } UNION {
        VALUES (?qual ?qualValue) { ${bounds} }
        ?statement ?qualValue ?node .
        ?node wikibase:timeValue ?time ;
          wikibase:timePrecision ?precision ;
          wikibase:timeCalendarModel ?calendar .
      } UNION {
        ?statement pq:${CIRCA_PROPERTY} wd:${CIRCA} .
        BIND("circa" AS ?qual)
      }
    } UNION {
      ?item rdfs:label ?label .
      ${langFilter}
    }
  }${labels}
}`
}

export interface TimelineQueryResult {
  related: RelatedItem[]
  /** Entity id → language → label. */
  labels: Record<string, Record<string, string>>
  /** True when the query gave as many related items as it asks for: there may be more. */
  truncated: boolean
}

const ranks: Record<string, Rank> = {
  'http://wikiba.se/ontology#PreferredRank': 'preferred',
  'http://wikiba.se/ontology#NormalRank': 'normal',
  'http://wikiba.se/ontology#DeprecatedRank': 'deprecated',
}

const propertyOf = (uri: string | undefined) => {
  const id = uri ? uri.slice(uri.lastIndexOf('/') + 1) : ''
  return isPropertyId(id) ? id : null
}

/**
 * Reads the query's rows a batch at a time (so that thousands of them need not be read in one
 * go); rows it cannot read are skipped.
 */
export function timelineRowReader() {
  const related = new Map<string, RelatedItem>()
  // Each date statement of a related item, gathered over the rows of its value and qualifiers.
  const statements = new Map<string, { item: RelatedItem; date: RelatedDate }>()
  const labels: Record<string, Record<string, string>> = {}

  function read(row: Row) {
    const id = row.item?.type === 'uri' ? idFromUri(row.item.value) : null
    if (!id) return
    const label = row.label
    if (label?.type === 'literal' && label.lang) {
      const own = (labels[id] ??= {})
      own[label.lang] ??= label.value
    }
    const via = propertyOf(row.via?.value)
    if (!via || !isItemId(id)) return
    let item = related.get(id)
    if (!item) {
      item = {
        id,
        relation: { property: via, direction: row.dir?.value === 'out' ? 'out' : 'in' },
        dates: [],
      }
      related.set(id, item)
    }
    const property = propertyOf(row.date?.value)
    if (!property) return
    const rank = ranks[row.rank?.value ?? ''] ?? 'normal'
    // Without a statement node (an older query), each row is a statement of its own.
    const key = row.statement?.value ?? `${id} ${statements.size}`
    let entry = statements.get(key)
    if (!entry) {
      entry = { item, date: { property, time: null, rank } }
      statements.set(key, entry)
    }
    const qual = row.qual?.value
    if (qual === 'circa') {
      entry.date.circa = true
      return
    }
    const precision = Number(row.precision?.value)
    const time =
      row.time && row.calendar
        ? wikiTimeFromXsd(row.time.value, precision, row.calendar.value)
        : null
    if (!time) return
    const bound = propertyOf(qual)
    if (bound === 'P1319') entry.date.earliest = time
    else if (bound === 'P1326') entry.date.latest = time
    else if (!qual) entry.date.time = time
  }

  const same = (a: WikiTime | null | undefined, b: WikiTime | null | undefined) =>
    a === b ||
    (!!a &&
      !!b &&
      a.year === b.year &&
      a.month === b.month &&
      a.day === b.day &&
      a.precision === b.precision)

  return {
    read(rows: readonly Row[]) {
      for (const row of rows) read(row)
    },
    result(): TimelineQueryResult {
      for (const item of related.values()) item.dates = []
      for (const { item, date } of statements.values()) {
        if (!date.time && !date.earliest && !date.latest) continue
        const duplicate = item.dates.some(
          (d) =>
            d.property === date.property &&
            d.rank === date.rank &&
            same(d.time, date.time) &&
            same(d.earliest, date.earliest) &&
            same(d.latest, date.latest) &&
            !!d.circa === !!date.circa,
        )
        if (!duplicate) item.dates.push({ ...date })
      }
      return { related: [...related.values()], labels, truncated: related.size >= RELATED_LIMIT }
    },
  }
}

/** Maps the query's rows; rows it cannot read are skipped. */
export function mapTimelineRows(rows: readonly Row[]): TimelineQueryResult {
  const reader = timelineRowReader()
  reader.read(rows)
  return reader.result()
}
