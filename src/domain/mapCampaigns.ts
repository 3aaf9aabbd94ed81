/**
 * Campaign offers on the map's "wanted" markers: which of many photo-less heritage items are
 * eligible for a running contest. The rules, windows and upload links are the campaign feature's
 * (campaignEligibility.ts, campaignUpload.ts); this adds what a map needs on top: one query for
 * the P131 chains of all the items that need one, instead of one query per item.
 */
import type { Entity } from './entity'
import type { CampaignEdition } from './campaignRegistry'
import { campaignCandidates, type CampaignCandidate } from './campaignEligibility'
import { prefixes, type Row } from './sparql'
import { idFromUri, isItemId } from './ids'

/** Editions whose upload window is open at `now` (the campaign feature's rule). */
export { runningEditions } from './campaignEligibility'

/** The running candidates of each item, keyed by item id (items with none left out). */
export function wantedCandidates(
  entities: readonly Entity[],
  editions: readonly CampaignEdition[],
  now: number,
): Map<string, CampaignCandidate[]> {
  const out = new Map<string, CampaignCandidate[]>()
  for (const entity of entities) {
    const running = campaignCandidates(entity, editions, now).filter((c) => c.phase === 'running')
    if (running.length) out.set(entity.id, running)
  }
  return out
}

/**
 * One portable SPARQL query: for each item, which of `places` its P131 chain reaches, directly
 * or as the country (P17) of a place on it (what `placesQuery` asks for one item). Null when
 * there is nothing to ask.
 */
export function wantedPlacesQuery(
  items: readonly string[],
  places: readonly string[],
): string | null {
  const values = (ids: readonly string[]) =>
    [...new Set(ids.filter(isItemId))].map((id) => `wd:${id}`).join(' ')
  const itemValues = values(items)
  const placeValues = values(places)
  if (!itemValues || !placeValues) return null
  return `${prefixes}SELECT DISTINCT ?item ?place WHERE {
  VALUES ?item { ${itemValues} }
  VALUES ?place { ${placeValues} }
  { ?item wdt:P131+ ?place . }
  UNION
  { ?item wdt:P131* ?unit . ?unit wdt:P17 ?place . }
}`
}

/** The places each item reaches, from `wantedPlacesQuery`'s answer. */
export function mapWantedPlaces(rows: readonly Row[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const row of rows) {
    const item = idFromUri(row.item?.value ?? '')
    const place = idFromUri(row.place?.value ?? '')
    if (!item || !place) continue
    const set = out.get(item) ?? new Set<string>()
    set.add(place)
    out.set(item, set)
  }
  return out
}
