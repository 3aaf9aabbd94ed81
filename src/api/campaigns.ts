/**
 * The sources of contest data: the registry bundled with the app (public/campaigns/), the registry
 * page on a wiki (a Commons `Data:` page, named in config.json) and Commons' list of UploadWizard
 * campaigns. Each fails on its own; the caller decides what a missing source means.
 */
import { parseRegistry, type ParsedRegistry } from '../domain/campaignRegistry'
import { mapAllCampaigns, mapRegistryPage } from '../domain/campaignSources'
import { campaignKey, type CampaignStatus } from '../domain/campaignEligibility'
import { mapUpstream, type Http } from './http'

export interface CampaignsApi {
  /** The registry shipped with the app. */
  getBundledRegistry(signal?: AbortSignal): Promise<ParsedRegistry>
  /** The registry page on the wiki; a missing page is an empty registry. */
  getRegistryPage(title: string, signal?: AbortSignal): Promise<ParsedRegistry>
  /** The enabled campaigns among `names` (a name left out is unknown or disabled). */
  getCampaignStatuses(
    names: readonly string[],
    signal?: AbortSignal,
  ): Promise<Map<string, CampaignStatus>>
}

export interface CampaignsApiOptions {
  /** Commons Action API (config `commonsApi`): the registry page and the campaigns. */
  commonsApi: string
  /** Where the bundled registry is served (`<base>campaigns/registry.json`). */
  registryUrl: string
}

/** Pages of `list=allcampaigns` read at most: Commons has hundreds of enabled campaigns. */
const maxCampaignPages = 4

/** Builds the campaign sources over an HTTP client. */
export function createCampaignsApi(http: Http, options: CampaignsApiOptions): CampaignsApi {
  return {
    async getBundledRegistry(signal) {
      // The file is served beside the app, not by Wikimedia; http.ts knows only Wikimedia
      // upstreams, and a failure here is never shown to people, so the label is for logs only.
      const body = await http.json({ upstream: 'commons', url: options.registryUrl, signal })
      return parseRegistry(body, 'bundled')
    },

    async getRegistryPage(title, signal) {
      const body = await http.json({
        upstream: 'commons',
        url: options.commonsApi,
        actionApi: true,
        signal,
        params: {
          action: 'query',
          prop: 'revisions',
          rvprop: 'content',
          rvslots: 'main',
          titles: title,
        },
      })
      return mapUpstream('commons', () => mapRegistryPage(body, title))
    },

    async getCampaignStatuses(names, signal) {
      const wanted = new Set(names.map(campaignKey))
      const found = new Map<string, CampaignStatus>()
      let from: string | null = null
      for (let page = 0; page < maxCampaignPages; page++) {
        const body = await http.json({
          upstream: 'commons',
          url: options.commonsApi,
          actionApi: true,
          signal,
          params: {
            action: 'query',
            list: 'allcampaigns',
            uwcenabledonly: '1',
            uwclimit: 'max',
            ...(from ? { uwccontinue: from } : {}),
          },
        })
        const { campaigns, next } = mapUpstream('commons', () => mapAllCampaigns(body))
        for (const [name, status] of campaigns) if (wanted.has(name)) found.set(name, status)
        if (!next || found.size === wanted.size) break
        from = next
      }
      return found
    },
  }
}
