/**
 * Which English UI messages load with feature code rather than with the app. Keys named
 * `kooste-<feature>-…` for these features are split out of i18n/en.json at build time
 * (scripts/vite-messages.ts) and arrive with the first feature section; every other key is bundled
 * with the app. Code on the initial route must not use a feature key (tests/unit/messageGroups.test.ts).
 */
export const featureMessageGroups: readonly string[] = [
  'gallery',
  'map',
  'timeline',
  'relations',
  'wikisource',
  'campaign',
  'embed',
  'viz',
]

/** True for a key that loads with feature code. */
export function isFeatureMessage(key: string): boolean {
  const group = /^kooste-([a-z]+)-/.exec(key)?.[1]
  return group !== undefined && featureMessageGroups.includes(group)
}
