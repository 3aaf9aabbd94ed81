import type { InjectionKey } from 'vue'
import type { CampaignsApi } from '../api/campaigns'

/** Lets tests and embeds provide their own campaign sources (useCampaigns.ts). */
export const campaignsApiKey: InjectionKey<CampaignsApi> = Symbol('campaigns')
