/**
 * Campaign offers for the map's "wanted" markers: for the photo-less heritage items on the map,
 * the running contests each is eligible for, with the same UploadWizard link a banner gives.
 * Nothing is asked until the wanted layer is shown and someone looks at the map or its list;
 * then the campaign sources (cached for the session), and only when a contest runs, the items'
 * statements (50 a request), the campaigns' state and, when an edition needs it, one query for
 * the P131 chains of all the items.
 */
import { computed, type Ref } from 'vue'
import type { MapPoint } from '../domain/map'
import type { Entity } from '../domain/entity'
import { eligibleCampaigns } from '../domain/campaignEligibility'
import { campaignOffer, type CampaignOffer } from '../domain/campaignUpload'
import { languageChain, pickText } from '../domain/languages'
import {
  mapWantedPlaces,
  runningEditions,
  wantedCampaignLimit,
  wantedCandidates,
  wantedPlacesQuery,
} from '../domain/mapCampaigns'
import { useServices } from '../services'
import { useI18n } from '../i18n'
import { loadEditions, useCampaignsApi } from './useCampaigns'
import { useSection } from './useSection'

interface Eligible {
  entity: Entity
  matches: ReturnType<typeof eligibleCampaigns>
}

/** Offers by item id for the wanted points, while `active` (the layer shown and looked at). */
export function useMapCampaigns(
  wanted: Ref<readonly MapPoint[]>,
  active: Ref<boolean>,
  uilang: Ref<string>,
) {
  const services = useServices()
  const api = useCampaignsApi()
  const { msg } = useI18n()
  let checkedAt = Date.now()

  const ids = computed(() =>
    [...new Set(wanted.value.flatMap((p) => (p.id ? [p.id] : [])))].slice(0, wantedCampaignLimit),
  )

  async function load(input: { ids: string[]; uilang: string }, signal: AbortSignal) {
    const now = Date.now()
    checkedAt = now
    const editions = runningEditions(
      await loadEditions(api, services.config.campaignRegistryPage, signal),
      now,
    )
    if (!editions.length) return []
    const response = await services.wikidata.getEntities(input.ids, {
      props: ['labels', 'claims'],
      languages: languageChain(input.uilang),
      signal,
    })
    const entities = input.ids.flatMap((id) => response.entities[id] ?? [])
    const candidates = wantedCandidates(entities, editions, now)
    if (!candidates.size) return []
    const all = [...candidates.values()].flat()
    const names = [...new Set(all.map((c) => c.edition.campaign))]
    const needPlaces = [...candidates].filter(([, list]) => list.some((c) => c.places.length))
    const query = wantedPlacesQuery(
      needPlaces.map(([id]) => id),
      all.flatMap((c) => c.places),
    )
    const [statuses, places] = await Promise.all([
      api.getCampaignStatuses(names, signal),
      query ? services.sparql.runQuery(query, signal).then(mapWantedPlaces) : null,
    ])
    return entities.flatMap((entity): Eligible[] => {
      const mine = candidates.get(entity.id)
      if (!mine) return []
      const matches = eligibleCampaigns(
        entity,
        mine.map((c) => c.edition),
        now,
        { campaigns: statuses, places: places?.get(entity.id) ?? new Set() },
      ).filter((m) => m.phase === 'running')
      return matches.length ? [{ entity, matches }] : []
    })
  }

  const section = useSection(
    () =>
      active.value && ids.value.length
        ? { key: `${ids.value.join('|')}#${uilang.value}`, ids: ids.value, uilang: uilang.value }
        : null,
    (input, signal) => (input ? load(input, signal) : undefined),
  )

  /** The upload offers of each eligible item, as the banner would make them. */
  const offers = computed<Record<string, CampaignOffer[]>>(() => {
    const chain = languageChain(uilang.value)
    const out: Record<string, CampaignOffer[]> = {}
    for (const { entity, matches } of section.data.value ?? []) {
      const label = pickText(entity.labels, chain, true)?.value ?? entity.id
      const text = msg('kooste-campaign-description', label, entity.id)
      const context = {
        uilang: uilang.value,
        texts: { description: text, caption: text },
        commonsPage: services.config.pages.commons,
      }
      out[entity.id] = matches.map((m) => campaignOffer(entity, m, context, checkedAt))
    }
    return out
  })

  return { ...section, offers }
}
