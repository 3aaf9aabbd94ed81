/** Wikibase entity ids: Q (items), P (properties), L (lexemes), M (Commons media info). */

export type EntityKind = 'item' | 'property' | 'lexeme' | 'mediainfo'

const pattern = /^([QPLM])([1-9]\d{0,11})$/

const kinds: Record<string, EntityKind> = { Q: 'item', P: 'property', L: 'lexeme', M: 'mediainfo' }

/** The kind of a well-formed entity id, or null (`Q0`, `Qabc`, `q42` are not ids). */
export function entityKind(id: string): EntityKind | null {
  const match = pattern.exec(id)
  return match?.[1] ? (kinds[match[1]] ?? null) : null
}

/** True for a well-formed item id such as `Q42`. */
export function isItemId(id: string): boolean {
  return entityKind(id) === 'item'
}

/** True for a well-formed property id such as `P31`. */
export function isPropertyId(id: string): boolean {
  return entityKind(id) === 'property'
}

/** The id at the end of a concept URI (`http://www.wikidata.org/entity/Q42` → `Q42`), or null. */
export function idFromUri(uri: string): string | null {
  const last = uri.slice(uri.lastIndexOf('/') + 1)
  return entityKind(last) ? last : null
}

/** Splits ids into groups of at most `size` (the Action API takes 50 ids a call). */
export function chunk<T>(items: readonly T[], size = 50): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
