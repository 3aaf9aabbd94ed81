/**
 * The campaign offers for one topic: the registry sources merged, the editions the entity meets
 * now, checked against Commons' campaigns (and the P131 chain when an edition needs it), turned
 * into banners with upload links. At most three requests per session for the sources (cached)
 * and, per topic, one campaign check and one query-service request, only when an edition applies.
 */
import { computed, inject, type Ref } from 'vue'
import { isAbort } from '../api/http'
import type { CampaignsApi } from '../api/campaigns'
import type { Entity } from '../domain/entity'
import type { CampaignEdition, ParsedRegistry, RegistryProblem } from '../domain/campaignRegistry'
import { mergeEditions } from '../domain/campaignSources'
import {
  campaignCandidates,
  eligibleCampaigns,
  mapPlaces,
  placesQuery,
  runningEditions,
  type CampaignMatch,
} from '../domain/campaignEligibility'
import {
  campaignOffer,
  plainUploadUrl,
  type CampaignOffer,
  type UploadContext,
} from '../domain/campaignUpload'
import { languageChain, pickText } from '../domain/languages'
import { useServices, type Services } from '../services'
import { campaignsApiKey } from './campaignsApiKey'
import type { CardOffer } from './useCampaignCards'
import { useI18n } from '../i18n'
import { useSection } from './useSection'

// Kept here too for the code that imports them from this module.
export { campaignsApiKey } from './campaignsApiKey'
export {
  campaignCardOffersKey,
  useCampaignCardOffers,
  type CardOffer,
  type CampaignCardOffers,
} from './useCampaignCards'

const reported = new Set<string>()

/** Tells a developer, once per problem, about a malformed entry or a source that failed. */
export function reportOnce(key: string, message: string, warn = console.warn): void {
  if (!import.meta.env.DEV || reported.has(key)) return
  reported.add(key)
  warn(`[Kooste campaigns] ${message}`)
}

function reportProblems(problems: readonly RegistryProblem[]) {
  for (const { source, entry, message } of problems) {
    reportOnce(`${source}|${entry}|${message}`, `${source}: skipped ${entry}: ${message}`)
  }
}

function settled<T>(result: PromiseSettledResult<T>, what: string): T | undefined {
  if (result.status === 'fulfilled') return result.value
  if (!isAbort(result.reason)) {
    const reason = result.reason instanceof Error ? result.reason.message : String(result.reason)
    reportOnce(`${what}|${reason}`, `${what} is unavailable (${reason}); using the others`)
  }
  return undefined
}

const emptyRegistry: ParsedRegistry = { editions: [], problems: [] }

/** The app's campaign sources: provided (tests, embeds), or the services' own. */
export function useCampaignsApi(): CampaignsApi {
  return inject(campaignsApiKey, null) ?? useServices().campaigns
}

/**
 * Every edition of the bundled registry and the registry page, merged (the page wins by id). A
 * source that fails, and each malformed entry, is reported once in development and skipped.
 */
export async function loadEditions(
  api: CampaignsApi,
  registryPage: string,
  signal?: AbortSignal,
): Promise<CampaignEdition[]> {
  const page = registryPage.trim()
  const [bundled, wiki] = await Promise.allSettled([
    api.getBundledRegistry(signal),
    page ? api.getRegistryPage(page, signal) : Promise.resolve(emptyRegistry),
  ])
  const sources = [settled(bundled, 'the bundled registry'), settled(wiki, `registry ${page}`)]
  for (const source of sources) if (source) reportProblems(source.problems)
  return mergeEditions(...sources.map((source) => source?.editions ?? []))
}

/**
 * Offers for the entity, reloaded when the entity changes. `now` is injectable for tests; with
 * `when`, nothing is loaded (the section stays idle, no offers) while it returns false.
 */
export function useCampaigns(
  entity: Ref<Entity>,
  uilang: Ref<string>,
  options: { now?: () => number; when?: () => boolean } = {},
) {
  const services = useServices()
  const api = useCampaignsApi()
  const { msg } = useI18n()
  const clock = options.now ?? Date.now
  let loadedAt = clock()

  async function load(topic: Entity, signal: AbortSignal): Promise<CampaignMatch[]> {
    const now = clock()
    loadedAt = now
    const editions = await loadEditions(api, services.config.campaignRegistryPage, signal)
    const candidates = campaignCandidates(topic, editions, now)
    if (candidates.length === 0) return []

    const names = candidates.filter((c) => c.phase === 'running').map((c) => c.edition.campaign)
    const places = [...new Set(candidates.flatMap((c) => c.places))]
    const [campaigns, reached] = await Promise.allSettled([
      names.length ? api.getCampaignStatuses([...new Set(names)], signal) : undefined,
      places.length
        ? services.sparql.runQuery(placesQuery(topic.id, places), signal).then(mapPlaces)
        : undefined,
    ])
    return eligibleCampaigns(
      topic,
      candidates.map((c) => c.edition),
      now,
      {
        campaigns: settled(campaigns, 'Commons list=allcampaigns'),
        places: settled(reached, 'the P131 query'),
      },
    )
  }

  const when = options.when ?? (() => true)
  const section = useSection(
    () => (when() ? entity.value : null),
    (topic, signal) => (topic ? load(topic, signal) : undefined),
    (matches) => matches.length === 0,
  )

  const context = computed(() => uploadContext(entity.value, uilang.value, msg, services.config))
  const offers = computed<CampaignOffer[]>(() =>
    (section.data.value ?? []).map((match) =>
      campaignOffer(entity.value, match, context.value, loadedAt),
    ),
  )
  /** Special:UploadWizard outside any contest, with the same texts (the empty gallery's link). */
  const plainUrl = computed(() => plainUploadUrl(entity.value, context.value))

  return { ...section, offers, plainUrl }
}

/**
 * What every upload link of an entity says: description and caption naming it and its QID in the
 * reader's language, and where Commons is.
 */
export function uploadContext(
  entity: Entity,
  uilang: string,
  msg: (key: string, ...params: (string | number)[]) => string,
  config: { pages: { commons: string } },
): UploadContext {
  const label = pickText(entity.labels, languageChain(uilang), true)?.value ?? entity.id
  const text = msg('kooste-campaign-description', label, entity.id)
  return { uilang, texts: { description: text, caption: text }, commonsPage: config.pages.commons }
}

/** What the card offers' look-up needs: taken in a component's setup, used when first asked. */
export interface CardOfferDeps {
  services: Pick<Services, 'config' | 'wikidata'>
  api: CampaignsApi
  msg: (key: string, ...params: (string | number)[]) => string
  uilang: Ref<string>
  now?: () => number
  /** Called with every item's offer so far, whenever one is added. */
  onChange: (offers: Record<string, CardOffer>) => void
}

/**
 * Contest offers for items met in passing (relation cards), without a request per item: ids asked
 * for in the same tick are checked together, each once. Nothing is fetched while no edition runs
 * (the registry sources, cached for the session, say so); otherwise one `wbgetentities` (claims and
 * labels, 50 ids a request) gives the statements the rules, the monument id, the location and the
 * category need, and the campaign check is the banner's (cached). Editions that need the item's
 * P131 chain (regions, items without P17) are left out here: that would be a query per item.
 * Components use `useCampaignCardOffers` (useCampaignCards.ts), which loads this on first use.
 */
export function createCampaignCardOffers(deps: CardOfferDeps) {
  const { services, api, msg, uilang } = deps
  const clock = deps.now ?? Date.now
  let offers: Record<string, CardOffer> = {}
  const asked = new Set<string>()
  const controller = new AbortController()
  let editions: Promise<CampaignEdition[]> | null = null
  let queue: string[] = []

  async function flush() {
    const ids = queue
    queue = []
    const now = clock()
    try {
      editions ??= loadEditions(api, services.config.campaignRegistryPage, controller.signal)
      const running = runningEditions(await editions, now)
      if (!running.length) return
      const { entities } = await services.wikidata.getEntities(ids, {
        props: ['labels', 'claims'],
        languages: languageChain(uilang.value),
        signal: controller.signal,
      })
      const candidates = Object.values(entities).flatMap((entity) =>
        campaignCandidates(entity, running, now)
          .filter((c) => c.phase === 'running' && c.places.length === 0)
          .map((c) => ({ entity, edition: c.edition })),
      )
      if (!candidates.length) return
      const names = [...new Set(candidates.map((c) => c.edition.campaign))]
      const [statuses] = await Promise.allSettled([
        api.getCampaignStatuses(names, controller.signal),
      ])
      const campaigns = settled(statuses, 'Commons list=allcampaigns')
      const next = { ...offers }
      const chain = languageChain(uilang.value)
      for (const entity of new Set(candidates.map((c) => c.entity))) {
        const editionsOfItem = candidates.filter((c) => c.entity === entity).map((c) => c.edition)
        const match = eligibleCampaigns(entity, editionsOfItem, now, { campaigns })[0]
        if (!match) continue
        const context = uploadContext(entity, uilang.value, msg, services.config)
        const offer = campaignOffer(entity, match, context, now)
        if (!offer.uploadUrl) continue
        next[entity.id] = {
          url: offer.uploadUrl,
          contest: pickText(offer.name, chain, true),
          edition: offer.id,
        }
      }
      offers = next
      deps.onChange(offers)
    } catch (error) {
      if (isAbort(error)) return
      // Asked again when next shown.
      editions = null
      for (const id of ids) asked.delete(id)
    }
  }

  return {
    /** Asks for the offers of these items (those not asked for already), batched per tick. */
    request(ids: readonly string[]) {
      const fresh = ids.filter((id) => !asked.has(id))
      if (!fresh.length) return
      for (const id of fresh) asked.add(id)
      const first = queue.length === 0
      queue.push(...fresh)
      if (first) queueMicrotask(() => void flush())
    },
    dispose: () => controller.abort(),
  }
}
