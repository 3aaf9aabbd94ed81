/**
 * Which English UI messages load with feature code rather than with the app. Keys named
 * `kooste-<feature>-…` for these features are split out of i18n/en.json at build time, one chunk
 * per feature (scripts/vite-messages.ts); a lazy loader brings the groups its code uses
 * (`loadFeatureMessages` in src/i18n.ts). Every other key is bundled with the app. Code on the
 * initial route must not use a feature key, and a loader must bring every group its code uses
 * (tests/unit/messageGroups.test.ts).
 */
export const featureMessageGroups = [
  'gallery',
  'map',
  'timeline',
  'relations',
  'wikisource',
  'campaign',
  'embed',
  'viz',
] as const

export type FeatureMessageGroup = (typeof featureMessageGroups)[number]

/** The feature group a key loads with, or null for a key bundled with the app. */
export function featureGroupOf(key: string): FeatureMessageGroup | null {
  const group = /^kooste-([a-z]+)-/.exec(key)?.[1]
  return featureMessageGroups.find((known) => known === group) ?? null
}

/** True for a key that loads with feature code. */
export function isFeatureMessage(key: string): boolean {
  return featureGroupOf(key) !== null
}
