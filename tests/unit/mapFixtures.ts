/** Entities for the map's tests, built as wbgetentities writes them (test support only). */
import { mapEntity, type Entity } from '../../src/domain/entity'

const EARTH = 'http://www.wikidata.org/entity/Q2'

/** A globe-coordinate datavalue. */
export const coordinateValue = (
  lat: unknown,
  lon: unknown,
  globe = EARTH,
  precision: unknown = 0.0001,
) => ({
  type: 'globecoordinate',
  value: { latitude: lat, longitude: lon, precision, globe },
})

/** An item datavalue. */
export const itemValue = (id: string) => ({
  type: 'wikibase-entityid',
  value: { 'entity-type': 'item', id, 'numeric-id': Number(id.slice(1)) },
})

export type Claim = [property: string, datatype: string, datavalue: unknown, rank?: string]

/** An item as `Special:EntityData` writes it, with labels and the given statements. */
export function rawEntity(
  id: string,
  claims: Claim[],
  labels: Record<string, string> = { en: id },
  descriptions: Record<string, string> = {},
) {
  const grouped: Record<string, unknown[]> = {}
  claims.forEach(([property, datatype, datavalue, rank = 'normal'], i) => {
    ;(grouped[property] ??= []).push({
      id: `${id}$${i}`,
      type: 'statement',
      rank,
      mainsnak: { snaktype: 'value', property, datatype, datavalue },
    })
  })
  const terms = (map: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(map).map(([lang, value]) => [lang, { language: lang, value }]),
    )
  return {
    id,
    type: 'item',
    labels: terms(labels),
    descriptions: terms(descriptions),
    aliases: {},
    claims: grouped,
    sitelinks: {},
  }
}

/** An item with labels and the given statements, mapped. */
export function testEntity(
  id: string,
  claims: Claim[],
  labels: Record<string, string> = { en: id },
): Entity {
  return mapEntity(rawEntity(id, claims, labels))
}

/** A P625 statement. */
export const p625 = (lat: unknown, lon: unknown, globe?: string, rank?: string): Claim => [
  'P625',
  'globe-coordinate',
  coordinateValue(lat, lon, globe, 0.0001),
  rank,
]

/** An item-valued statement. */
export const itemClaim = (property: string, id: string): Claim => [
  property,
  'wikibase-item',
  itemValue(id),
]
