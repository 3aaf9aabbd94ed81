/**
 * Campaign offers for the map's "wanted" markers: for the photo-less heritage items on the map,
 * the running contests each is eligible for, with the same UploadWizard link a banner gives.
 * Nothing is asked until the wanted layer is shown and someone looks at the map or its list;
 * then the campaign code and sources (cached for the session), and only when a contest runs, the
 * items' statements (50 a request), the campaigns' state and, when an edition needs it, one query
 * for the P131 chains of all the items. The campaign code is loaded then too, so a map that never
 * shows the layer carries none of it.
 */
import { computed, type Ref } from 'vue'
import type { MapPoint } from '../domain/map'
import type { CampaignOffer } from '../domain/campaignUpload'
import { languageChain, pickText } from '../domain/languages'
import { useServices } from '../services'
import { useI18n } from '../i18n'
import { useSection } from './useSection'

/** Most wanted items checked for campaigns at once (the list shows at most 200 a layer). */
export const wantedCampaignLimit = 200

/** Offers by item id for the wanted points, while `active` (the layer shown and looked at). */
export function useMapCampaigns(
  wanted: Ref<readonly MapPoint[]>,
  active: Ref<boolean>,
  uilang: Ref<string>,
) {
  const services = useServices()
  const { msg } = useI18n()

  const ids = computed(() =>
    [...new Set(wanted.value.flatMap((p) => (p.id ? [p.id] : [])))].slice(0, wantedCampaignLimit),
  )

  async function load(
    input: { ids: string[]; uilang: string },
    signal: AbortSignal,
  ): Promise<Record<string, CampaignOffer[]>> {
    const [{ loadEditions }, { eligibleCampaigns }, { campaignOffer }, found] = await Promise.all([
      import('./useCampaigns'),
      import('../domain/campaignEligibility'),
      import('../domain/campaignUpload'),
      import('../domain/mapCampaigns'),
    ])
    const api = services.campaigns
    const now = Date.now()
    const editions = found.runningEditions(
      await loadEditions(api, services.config.campaignRegistryPage, signal),
      now,
    )
    if (!editions.length) return {}
    const chain = languageChain(input.uilang)
    const response = await services.wikidata.getEntities(input.ids, {
      props: ['labels', 'claims'],
      languages: chain,
      signal,
    })
    const entities = input.ids.flatMap((id) => response.entities[id] ?? [])
    const candidates = found.wantedCandidates(entities, editions, now)
    if (!candidates.size) return {}
    const all = [...candidates.values()].flat()
    const query = found.wantedPlacesQuery(
      [...candidates].filter(([, list]) => list.some((c) => c.places.length)).map(([id]) => id),
      all.flatMap((c) => c.places),
    )
    const [statuses, places] = await Promise.all([
      api.getCampaignStatuses([...new Set(all.map((c) => c.edition.campaign))], signal),
      query ? services.sparql.runQuery(query, signal).then(found.mapWantedPlaces) : null,
    ])
    const offers: Record<string, CampaignOffer[]> = {}
    for (const entity of entities) {
      const mine = candidates.get(entity.id)
      if (!mine) continue
      const matches = eligibleCampaigns(
        entity,
        mine.map((c) => c.edition),
        now,
        { campaigns: statuses, places: places?.get(entity.id) ?? new Set() },
      ).filter((m) => m.phase === 'running')
      if (!matches.length) continue
      // The banner's own texts and link: the same words, the same UploadWizard parameters.
      const label = pickText(entity.labels, chain, true)?.value ?? entity.id
      const text = msg('kooste-campaign-description', label, entity.id)
      const context = {
        uilang: input.uilang,
        texts: { description: text, caption: text },
        commonsPage: services.config.pages.commons,
      }
      offers[entity.id] = matches.map((m) => campaignOffer(entity, m, context, now))
    }
    return offers
  }

  const section = useSection(
    () => (active.value && ids.value.length ? { ids: ids.value, uilang: uilang.value } : null),
    (input, signal) => (input ? load(input, signal) : undefined),
  )

  /** The upload offers of each eligible item, as the banner would make them. */
  const offers = computed<Record<string, CampaignOffer[]>>(() => section.data.value ?? {})

  return { ...section, offers }
}
