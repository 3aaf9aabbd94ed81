/** What every view of a panel shows for one related topic. */
import type { RouteLocationRaw } from 'vue-router'
import type { Thumbnail } from '../../domain/commons'
import type { LangText } from '../../domain/languages'
import type { RelatedItem } from '../../domain/relations'
import type { CardOffer } from '../../composables/useCampaignCards'

export interface RelationCard {
  item: RelatedItem
  /** The topic's page in Kooste, with the languages carried over. */
  to: RouteLocationRaw
  /** `1865–1931`, or '' */
  years: string
  /** Labels of the properties that relate it, where the panel shows them. */
  via: LangText[]
  thumbnail: Thumbnail | null
  /** For a photo-less item a running photo contest takes: its upload link (useCampaigns.ts). */
  upload?: CardOffer | null
}
