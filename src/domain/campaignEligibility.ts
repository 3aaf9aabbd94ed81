/**
 * Which contest editions an item can take part in now: the edition's rules (a property, a value
 * of P1435, a national id, P3259, P5008, instance of a class), its country and region, its time
 * window in its own time zone, and whether its UploadWizard campaign exists and is enabled.
 *
 * Reusable by every feature that meets an item: `eligibleCampaigns(entity, editions, now)` needs
 * nothing but the entity. Editions restricted to a region, and country checks for items without
 * P17, need the item's P131 chain: run `placesQuery` once and pass its answer as `places`.
 */
import { bestStatements, type Entity } from './entity'
import type { WikiValue } from './values'
import type { CampaignEdition, EligibilityRule } from './campaignRegistry'
import { dayWindow, type TimeWindow } from './campaignTime'
import { prefixes, type Row } from './sparql'
import { idFromUri, isItemId } from './ids'

/** What `list=allcampaigns` says about one campaign. */
export interface CampaignStatus {
  enabled: boolean
  /** The campaign's own start and end (`[start, end)`), when its JSON sets them. */
  start: number | null
  end: number | null
}

export interface EligibilityContext {
  /** Places the item's P131 chain (and their P17) reaches: the answer to `placesQuery`. */
  places?: ReadonlySet<string>
  /** Campaign states by name; without it, campaigns are not checked. */
  campaigns?: ReadonlyMap<string, CampaignStatus>
}

export type CampaignPhase = 'running' | 'announced'

export interface CampaignMatch {
  edition: CampaignEdition
  phase: CampaignPhase
  /** When uploads are open: the edition's days, narrowed by the campaign's own dates. */
  window: TimeWindow
}

/** A campaign name as `list=allcampaigns` keys it (underscores for spaces). */
export function campaignKey(name: string): string {
  return name.trim().replace(/ /g, '_')
}

function values(entity: Entity, property: string): WikiValue[] {
  return bestStatements(entity, property)
    .map((statement) => statement.value)
    .filter((value) => value.type !== 'novalue')
}

function itemValues(entity: Entity, property: string): string[] {
  return values(entity, property).flatMap((value) => (value.type === 'entity' ? [value.id] : []))
}

function textValues(entity: Entity, property: string): string[] {
  return values(entity, property).flatMap((value) =>
    value.type === 'string' || value.type === 'external-id' ? [value.value] : [],
  )
}

/**
 * Whether one rule holds. Class rules look at the item's own P31 values only: whether a topic can
 * have a banner is decided from the entity alone (see docs/campaigns.md), so an edition lists the
 * classes it takes rather than a superclass.
 */
export function ruleHolds(entity: Entity, rule: EligibilityRule): boolean {
  switch (rule.kind) {
    case 'property':
      return values(entity, rule.property).length > 0
    case 'value':
      return itemValues(entity, rule.property).some((id) => rule.values.includes(id))
    case 'prefix':
      return [...textValues(entity, rule.property), ...itemValues(entity, rule.property)].some(
        (value) => value.startsWith(rule.prefix),
      )
    case 'class':
      return itemValues(entity, 'P31').some((id) => rule.classes.includes(id))
  }
}

/**
 * The places the P131 chain must reach for the edition's area to hold: `[]` when the entity alone
 * settles it, `null` when the entity alone rules it out.
 */
export function placesNeeded(entity: Entity, edition: CampaignEdition): string[] | null {
  const needed: string[] = []
  const hasChain = itemValues(entity, 'P131').length > 0
  if (edition.countries.length > 0) {
    const countries = itemValues(entity, 'P17')
    if (countries.length > 0) {
      if (!countries.some((id) => edition.countries.includes(id))) return null
    } else if (hasChain) needed.push(...edition.countries)
    else return null
  }
  if (edition.regions.length > 0) {
    if (!hasChain) return null
    needed.push(...edition.regions)
  }
  return needed
}

/** The edition's upload window, narrowed by the campaign's own start and end. */
export function uploadWindow(edition: CampaignEdition, status?: CampaignStatus): TimeWindow {
  const days = dayWindow(edition.start, edition.end, edition.timeZone)
  return {
    start: Math.max(days.start, status?.start ?? -Infinity),
    end: Math.min(days.end, status?.end ?? Infinity),
  }
}

function phaseOf(edition: CampaignEdition, window: TimeWindow, now: number): CampaignPhase | null {
  if (now >= window.start && now < window.end) return 'running'
  if (edition.announceFrom !== null && now < window.start) {
    const announce = dayWindow(edition.announceFrom, edition.announceFrom, edition.timeZone)
    if (now >= announce.start) return 'announced'
  }
  return null
}

export interface CampaignCandidate extends CampaignMatch {
  /** Places the P131 chain must reach; empty when the entity alone settles the area. */
  places: string[]
}

/**
 * Editions whose rules the entity meets and that run or are announced at `now`, before any
 * campaign or P131 check: what a caller needs to know which requests are worth making.
 */
export function campaignCandidates(
  entity: Entity,
  editions: readonly CampaignEdition[],
  now: number,
): CampaignCandidate[] {
  return editions.flatMap((edition) => {
    if (!edition.eligibility.some((rule) => ruleHolds(entity, rule))) return []
    const places = placesNeeded(entity, edition)
    if (places === null) return []
    const window = uploadWindow(edition)
    const phase = phaseOf(edition, window, now)
    return phase ? [{ edition, phase, window, places }] : []
  })
}

/**
 * The editions an entity is eligible for at `now`, in the order given (several campaigns for one
 * item each count). Ended editions never appear; an announced one carries phase `announced`.
 */
export function eligibleCampaigns(
  entity: Entity,
  editions: readonly CampaignEdition[],
  now: number,
  context: EligibilityContext = {},
): CampaignMatch[] {
  return campaignCandidates(entity, editions, now).flatMap(({ edition, places }) => {
    if (places.length > 0) {
      const reached = context.places
      if (!reached) return []
      // Without P17 on the item, its country is whatever country its P131 chain reaches.
      const countryFromChain = edition.countries.some((id) => places.includes(id))
      if (countryFromChain && !edition.countries.some((id) => reached.has(id))) return []
      if (edition.regions.length > 0 && !edition.regions.some((id) => reached.has(id))) return []
    }
    const status = context.campaigns?.get(campaignKey(edition.campaign))
    const window = uploadWindow(edition, status)
    const phase = phaseOf(edition, window, now)
    if (!phase) return []
    // An upload needs a campaign that exists and is enabled; an announcement links to none.
    if (phase === 'running' && context.campaigns && !status?.enabled) return []
    return [{ edition, phase, window }]
  })
}

/**
 * The editions open for uploads at `now` (by their own days, before any campaign check): what
 * decides whether items met in passing (relation cards, map markers) are worth checking at all.
 */
export function runningEditions(
  editions: readonly CampaignEdition[],
  now: number,
): CampaignEdition[] {
  return editions.filter((edition) => {
    const window = uploadWindow(edition)
    return now >= window.start && now < window.end
  })
}

/**
 * One portable SPARQL query: which of `places` the item's P131 chain reaches, directly or as the
 * country (P17) of a place on it. `wdt:` holds best-rank values only, as `bestStatements` does.
 */
export function placesQuery(entityId: string, places: readonly string[]): string {
  const ids = [...new Set(places.filter(isItemId))].map((id) => `wd:${id}`)
  return `${prefixes}SELECT DISTINCT ?place WHERE {
  VALUES ?place { ${ids.join(' ')} }
  { wd:${entityId} wdt:P131+ ?place . }
  UNION
  { wd:${entityId} wdt:P131* ?unit . ?unit wdt:P17 ?place . }
}`
}

/** The places of `placesQuery`'s answer. */
export function mapPlaces(rows: readonly Row[]): Set<string> {
  return new Set(rows.flatMap((row) => idFromUri(row.place?.value ?? '') ?? []))
}
