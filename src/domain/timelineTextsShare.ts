/**
 * Whether the timeline and the Texts section share one query-service request (timelineTexts.ts),
 * decided from the entity and the page alone, and which rows of the answer are whose. Small, so
 * that the Texts section loads the timeline's query code only on pages that show both.
 */
import type { Entity } from './entity'
import { hasTimelineDates } from './timelineApplies'
import type { Row } from './sparql'

export type QueryPart = 'timeline' | 'texts'

/** Where a section is shown, which decides whether the other section is on the page too. */
export interface PageContext {
  /** The deployment's sections (config `sections`); null for all. */
  sections: readonly string[] | null
  /** True in an embed frame, where a section is alone. */
  embedded: boolean
}

/**
 * Whether the timeline and the Texts section are both on this topic's page (the same decisions
 * as their entries in sections.ts), so that one request serves them.
 */
export function sharesTextsQuery(entity: Entity, page: PageContext): boolean {
  const on = (id: string) => page.sections === null || page.sections.includes(id)
  return (
    !page.embedded &&
    entity.kind === 'item' &&
    on('timeline') &&
    on('wikisource') &&
    hasTimelineDates(entity)
  )
}

/**
 * A part's rows. Rows without `?part` (a query that was not combined) belong to whoever asked.
 */
export function rowsOf(rows: readonly Row[], part: QueryPart): Row[] {
  return rows.filter((row) => {
    const value = row.part?.value
    return value === undefined || value === part
  })
}
