// The English messages of each feature, split from i18n/en.json at build time
// (scripts/vite-messages.ts): one small chunk per group, fetched by loadFeatureMessages (i18n.ts)
// when a lazy loader asks for the group. The imports are spelt out so the bundler sees each chunk.
import type { FeatureMessageGroup } from './messageGroups'

type Messages = Record<string, string>

export const featureMessageLoaders: Record<
  FeatureMessageGroup,
  () => Promise<{ default: Messages }>
> = {
  gallery: () => import('virtual:kooste-messages/en-gallery'),
  map: () => import('virtual:kooste-messages/en-map'),
  timeline: () => import('virtual:kooste-messages/en-timeline'),
  relations: () => import('virtual:kooste-messages/en-relations'),
  wikisource: () => import('virtual:kooste-messages/en-wikisource'),
  campaign: () => import('virtual:kooste-messages/en-campaign'),
  embed: () => import('virtual:kooste-messages/en-embed'),
  viz: () => import('virtual:kooste-messages/en-viz'),
}
