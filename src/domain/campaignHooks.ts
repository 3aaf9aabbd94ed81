/**
 * Whether a topic can have a campaign banner at all, decided from the entity alone so that other
 * topics load no campaign code and send no campaign request (sections.ts). Kept tiny: it is part
 * of the topic page's own code. tests/unit/campaignRegistry.test.ts checks that every property
 * and class the bundled registry uses is here.
 */
import type { Entity } from './entity'

/** Properties an edition's rules may look for: heritage designations and national ids. */
export const campaignHookProperties: readonly string[] = [
  'P1435', // heritage designation
  'P2186', // Wiki Loves Monuments ID
  'P2817', // appears in the heritage monument list
  'P3259', // intangible cultural heritage status
  'P5008', // on focus list of Wikimedia project
  'P1133', // Walloon heritage id
  'P1216', // National Heritage List for England number
  'P1260', // Swedish Open Cultural Heritage URI
  'P1587', // Slovene cultural heritage register id
  'P1764', // Flemish heritage object id
  'P1799', // Maltese cultural property id
  'P2951', // Austrian cultural heritage id
  'P3170', // Armenian cultural heritage id
  'P3600', // Brussels heritage id
  'P4009', // RKY: Finnish built cultural environments of national significance
  'P5942', // East Belgian heritage id
]

/** Classes (direct P31 values) that class rules take. */
export const campaignHookClasses: readonly string[] = [
  'Q82821', // tradition
  'Q46169', // national park
  'Q473972', // protected area
]

/** True when the entity has something a campaign edition could take it for. */
export function hasCampaignHook(entity: Entity): boolean {
  if (entity.kind !== 'item') return false
  if (campaignHookProperties.some((property) => (entity.statements[property]?.length ?? 0) > 0)) {
    return true
  }
  return (entity.statements.P31 ?? []).some(
    (statement) =>
      statement.value.type === 'entity' && campaignHookClasses.includes(statement.value.id),
  )
}
