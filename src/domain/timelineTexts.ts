/**
 * One query-service request for two sections: the timeline's related dates and labels
 * (timelineQuery.ts) and the Texts section's texts (wikisource.ts), as two sub-queries joined by
 * `UNION`, each row marked with its `?part`. The page allows two query-service requests at a
 * time; on a page whose map and formatter URLs already hold both, a third request waits a whole
 * round trip. Both sections build the same query from the same entity, so whichever of them loads
 * first sends it and the other is answered from `http.ts`'s in-flight de-duplication or cache.
 */
import type { Entity } from './entity'
import { entityEvents, labelIds, relatedDateProperties } from './timeline'
import { incomingRelations, outgoingRelations, timelineQuery } from './timelineQuery'
import { textsQuery } from './wikisource'
import type { QueryPart } from './timelineTextsShare'

export { rowsOf, sharesTextsQuery, type PageContext, type QueryPart } from './timelineTextsShare'

const prefixLine = /^PREFIX [^\n]*\n/gm

/** A query's `PREFIX` lines and the rest (its `SELECT`), to nest it as a sub-query. */
function split(query: string): { prefixes: string[]; select: string } {
  const prefixes = query.match(prefixLine) ?? []
  return { prefixes, select: query.replace(prefixLine, '').trim() }
}

/**
 * The timeline's query for an entity: related dates, and the labels of what its own events name
 * and of every property a related item's entry names.
 */
export function timelineQueryFor(entity: Entity, chain: readonly string[]): string {
  const wanted = [
    ...labelIds(entityEvents(entity)),
    ...relatedDateProperties,
    ...incomingRelations,
    ...outgoingRelations,
  ]
  return timelineQuery(entity.id, wanted, chain)
}

/** The timeline's query and the texts query as one request; rows carry `?part`. */
export function timelineTextsQuery(entity: Entity, chain: readonly string[]): string {
  const parts: [QueryPart, string][] = [
    ['timeline', timelineQueryFor(entity, chain)],
    ['texts', textsQuery(entity.id, chain)],
  ]
  const prefixes = new Set<string>()
  const selects = parts.map(([part, query]) => {
    const { prefixes: own, select } = split(query)
    own.forEach((line) => prefixes.add(line))
    return `  {\n    {\n${select}\n    }\n    BIND("${part}" AS ?part)\n  }`
  })
  return `${[...prefixes].join('')}SELECT * WHERE {\n${selects.join('\n  UNION\n')}\n}`
}
