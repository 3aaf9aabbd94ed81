/** Small builders for campaign tests: entities with just the statements a case needs, and editions. */
import type { Entity } from '../../src/domain/entity'
import type { Statement, WikiValue } from '../../src/domain/values'
import { parseEdition, type CampaignEdition } from '../../src/domain/campaignRegistry'

type Claim = string | WikiValue | { value: WikiValue; rank: Statement['rank'] }

function toValue(claim: string | WikiValue): WikiValue {
  if (typeof claim !== 'string') return claim
  return /^Q\d+$/.test(claim)
    ? { type: 'entity', id: claim }
    : { type: 'external-id', value: claim }
}

/** An item with statements: `Q…` strings become item values, other strings external ids. */
export function item(
  id: string,
  claims: Record<string, Claim[]> = {},
  labels: Record<string, string> = {},
): Entity {
  const statements: Record<string, Statement[]> = {}
  for (const [property, list] of Object.entries(claims)) {
    statements[property] = list.map((claim, index) => {
      const { value, rank } =
        typeof claim === 'object' && 'rank' in claim
          ? claim
          : { value: toValue(claim), rank: 'normal' as const }
      return {
        id: `${id}$${property}-${index}`,
        property,
        datatype: value.type === 'entity' ? 'wikibase-item' : 'external-id',
        rank,
        value,
        qualifiers: [],
        referenceCount: 0,
      }
    })
  }
  return {
    id,
    kind: 'item',
    labels,
    descriptions: {},
    aliases: {},
    statements,
    sitelinks: {},
    datatype: null,
    modified: null,
  }
}

/** A coordinate value on Earth. */
export const coordinate = (lat: number, lon: number): WikiValue => ({
  type: 'coordinate',
  lat,
  lon,
  precision: 0.0001,
  globe: 'Q2',
})

/** A plain string value (P373 Commons category). */
export const text = (value: string): WikiValue => ({ type: 'string', value })

/** A valid edition record, for overriding field by field. */
export function editionRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'wlm-2026-xx',
    series: 'wiki-loves-monuments',
    year: 2026,
    name: { en: 'Wiki Loves Monuments 2026 in Testland' },
    countries: ['Q33'],
    countryName: 'Finland',
    start: '2026-09-01',
    end: '2026-09-30',
    timeZone: 'Europe/Helsinki',
    campaign: 'wlm-fi',
    eligibility: ['P1435'],
    categories: ['Images from Wiki Loves Monuments {year} in {country}'],
    ...overrides,
  }
}

/** A checked edition; throws when the record is not valid (a test fixture must be). */
export function edition(overrides: Record<string, unknown> = {}, source = 'test'): CampaignEdition {
  const result = parseEdition(editionRecord(overrides), source)
  if ('problem' in result) throw new Error(`fixture edition is invalid: ${result.problem}`)
  return result.edition
}

/** Epoch milliseconds of an ISO time with offset. */
export const at = (iso: string) => Date.parse(iso)
