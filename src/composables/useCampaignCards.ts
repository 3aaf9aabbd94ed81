/**
 * Contest offers for relation cards of photo-less items, as a component uses them: the services are
 * taken in setup, and the campaign code (useCampaigns.ts, the registry and eligibility rules) loads
 * on the first look-up, so a page whose cards all have pictures never loads it.
 */
import { inject, onScopeDispose, shallowRef, type InjectionKey, type Ref } from 'vue'
import type { LangText } from '../domain/languages'
import { useServices } from '../services'
import { useI18n } from '../i18n'
import { campaignsApiKey } from './campaignsApiKey'
import type { createCampaignCardOffers } from './useCampaigns'

/** The upload offer a card of a photo-less item makes. */
export interface CardOffer {
  /** Special:UploadWizard with the contest's campaign, as the banner links it. */
  url: string
  /** The contest's name in the reader's language. */
  contest: LangText | null
  edition: string
}

export interface CampaignCardOffers {
  /** Offers by item id, for the items asked for that a running contest takes. */
  offers: Readonly<Ref<Record<string, CardOffer>>>
  /** Asks for the offers of these items; ids asked for in one tick are looked up together. */
  request: (ids: readonly string[]) => void
}

/** Lets a feature that shows many items (relation cards) share one batched offer look-up. */
export const campaignCardOffersKey: InjectionKey<CampaignCardOffers> =
  Symbol('campaign card offers')

/** Contest offers for items met in passing (see createCampaignCardOffers in useCampaigns.ts). */
export function useCampaignCardOffers(
  uilang: Ref<string>,
  options: { now?: () => number } = {},
): CampaignCardOffers {
  const services = useServices()
  const api = inject(campaignsApiKey, null) ?? services.campaigns
  const { msg } = useI18n()
  const offers = shallowRef<Record<string, CardOffer>>({})
  let core: Promise<ReturnType<typeof createCampaignCardOffers>> | null = null
  let disposed = false
  onScopeDispose(() => {
    disposed = true
    core?.then(
      (loaded) => loaded.dispose(),
      () => undefined,
    )
  })

  function request(ids: readonly string[]) {
    if (!ids.length || disposed) return
    core ??= import('./useCampaigns').then((m) =>
      m.createCampaignCardOffers({
        services,
        api,
        msg,
        uilang,
        now: options.now,
        onChange: (next) => (offers.value = next),
      }),
    )
    core.then(
      (loaded) => {
        if (!disposed) loaded.request(ids)
      },
      () => {
        // A chunk that failed to load (a dropped connection) is tried again on the next request.
        core = null
      },
    )
  }

  return { offers, request }
}
