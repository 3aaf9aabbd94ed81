/**
 * The campaign offers for one topic: the registry sources merged, the editions the entity meets
 * now, checked against Commons' campaigns (and the P131 chain when an edition needs it), turned
 * into banners with upload links. At most three requests per session for the sources (cached)
 * and, per topic, one campaign check and one query-service request, only when an edition applies.
 */
import { computed, inject, type InjectionKey, type Ref } from 'vue'
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
  type CampaignMatch,
} from '../domain/campaignEligibility'
import { campaignOffer, type CampaignOffer } from '../domain/campaignUpload'
import { languageChain, pickText } from '../domain/languages'
import { useServices } from '../services'
import { useI18n } from '../i18n'
import { useSection } from './useSection'

/** Lets tests and embeds provide their own campaign sources. */
export const campaignsApiKey: InjectionKey<CampaignsApi> = Symbol('campaigns')

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

/** Offers for the entity, reloaded when the entity changes. `now` is injectable for tests. */
export function useCampaigns(
  entity: Ref<Entity>,
  uilang: Ref<string>,
  options: { now?: () => number } = {},
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

  const section = useSection(entity, load, (matches) => matches.length === 0)

  const offers = computed<CampaignOffer[]>(() => {
    const topic = entity.value
    const label = pickText(topic.labels, languageChain(uilang.value), true)?.value ?? topic.id
    const text = msg('kooste-campaign-description', label, topic.id)
    const context = {
      uilang: uilang.value,
      texts: { description: text, caption: text },
      commonsPage: services.config.pages.commons,
    }
    return (section.data.value ?? []).map((match) => campaignOffer(topic, match, context, loadedAt))
  })

  return { ...section, offers }
}
