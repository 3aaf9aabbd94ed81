/**
 * Whether a topic has a timeline, decided from the entity alone (so a topic without one loads no
 * timeline code and sends no query). Kept apart from the rest of the timeline, which loads lazily.
 */
import type { Entity } from './entity'

/** Qualifiers that date the statement they qualify. */
export const datingQualifiers = ['P585', 'P580', 'P582', 'P1319', 'P1326'] as const

/**
 * True when the entity has a time statement (even one whose value is unknown) or a statement with
 * a dating qualifier. Related items' dates are not looked for: that needs a query, and a topic
 * without a single date of its own is almost never one whose related items are dated.
 */
export function hasTimelineDates(entity: Entity): boolean {
  for (const statements of Object.values(entity.statements)) {
    for (const statement of statements) {
      if (statement.rank === 'deprecated') continue
      if (statement.datatype === 'time' || statement.value.type === 'time') return true
      for (const qualifier of statement.qualifiers) {
        if ((datingQualifiers as readonly string[]).includes(qualifier.property)) {
          if (qualifier.values.some((v) => v.type === 'time' || v.type === 'somevalue')) return true
        }
      }
    }
  }
  return false
}
