/**
 * Whether a topic has a map, decided from the entity alone, kept apart from the rest of the map so
 * that the check costs the topic page almost nothing and a topic without a place loads no map code
 * at all. It agrees with `topicPlace` (domain/map.ts): a map whenever that is not `none`.
 */
import { bestStatements, type Entity } from './entity'

/** True for coordinates (P625) on any globe, or a place it is located in (P276, P131, P17). */
export function hasMapPlace(entity: Entity): boolean {
  const coordinates = bestStatements(entity, 'P625').some(
    ({ value }) =>
      value.type === 'coordinate' &&
      Number.isFinite(value.lat) &&
      Number.isFinite(value.lon) &&
      Math.abs(value.lat) <= 90 &&
      Math.abs(value.lon) <= 360,
  )
  if (coordinates) return true
  return ['P276', 'P131', 'P17'].some((property) =>
    bestStatements(entity, property).some(
      ({ value }) => value.type === 'entity' && value.id.startsWith('Q'),
    ),
  )
}
