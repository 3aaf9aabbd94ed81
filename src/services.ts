/** The services a Kooste app runs on: configuration and one client per upstream. */
import { inject, type InjectionKey } from 'vue'
import type { KoosteConfig } from './config'
import { createHttp, type Http } from './api/http'
import { createWikidataApi, type WikidataApi } from './api/wikidata'
import { createCommonsApi, type CommonsApi } from './api/commons'
import { createWikipediaApi, type WikipediaApi } from './api/wikipedia'
import { createSparqlApi, type SparqlApi } from './api/sparql'
import { createWikisourceApi, type WikisourceApi } from './api/wikisource'
import type { CampaignsApi, CampaignsApiOptions } from './api/campaigns'

export interface Services {
  config: KoosteConfig
  wikidata: WikidataApi
  commons: CommonsApi
  wikipedia: WikipediaApi
  sparql: SparqlApi
  wikisource: WikisourceApi
  campaigns: CampaignsApi
}

export const servicesKey: InjectionKey<Services> = Symbol('services')

/**
 * The campaign sources, loaded on first use: the registry's schema and the eligibility rules are
 * only needed on topics that have a contest hook, so they stay out of the initial JavaScript.
 */
function lazyCampaignsApi(http: Http, options: CampaignsApiOptions): CampaignsApi {
  let loaded: Promise<CampaignsApi> | null = null
  const api = () =>
    (loaded ??= import('./api/campaigns').then((m) => m.createCampaignsApi(http, options)))
  return {
    getBundledRegistry: (signal) => api().then((a) => a.getBundledRegistry(signal)),
    getRegistryPage: (title, signal) => api().then((a) => a.getRegistryPage(title, signal)),
    getCampaignStatuses: (names, signal) => api().then((a) => a.getCampaignStatuses(names, signal)),
  }
}

/** Builds the live services for a configuration over one shared HTTP client. */
export function createServices(config: KoosteConfig, fetchImpl?: typeof fetch): Services {
  const http = createHttp({ userAgent: config.userAgent, limits: config.limits, fetch: fetchImpl })
  return {
    config,
    wikidata: createWikidataApi(http, config.wikidataApi),
    commons: createCommonsApi(http, config.commonsApi),
    wikipedia: createWikipediaApi(http, config.wikipediaRest),
    sparql: createSparqlApi(http, config.queryService),
    wikisource: createWikisourceApi(http, config.wikisourceApi),
    campaigns: lazyCampaignsApi(http, {
      commonsApi: config.commonsApi,
      registryUrl: `${import.meta.env.BASE_URL}campaigns/registry.json`,
    }),
  }
}

/** The app's services; throws when none were provided (a test that forgot to). */
export function useServices(): Services {
  const services = inject(servicesKey)
  if (!services) throw new Error('Kooste services were not provided')
  return services
}
