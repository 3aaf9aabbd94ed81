/**
 * The offer a banner (or a map marker, a relation card, an empty gallery) makes: a link to
 * Commons' Special:UploadWizard with the campaign, the monument id, the languages, a description
 * and caption, the location and the categories, encoded by URLSearchParams.
 */
import { bestStatements, type Entity } from './entity'
import { isOnEarth } from './values'
import type { CampaignEdition } from './campaignRegistry'
import type { CampaignMatch, CampaignPhase } from './campaignEligibility'
import { daysLeft, localDate, type LocalDate } from './campaignTime'

/** The texts the upload form starts with, in the user's language. */
export interface UploadTexts {
  description: string
  caption: string
}

export interface UploadContext {
  /** The user's language: UploadWizard's interface, description and caption. */
  uilang: string
  texts: UploadTexts
  /** Commons page URL template with `{title}` (config `pages.commons`). */
  commonsPage?: string
}

const defaultCommonsPage = 'https://commons.wikimedia.org/wiki/{title}'

/** The item's monument id for the edition (the QID, or a property's value), or null. */
export function monumentIdValue(entity: Entity, edition: CampaignEdition): string | null {
  const spec = edition.monumentId
  if (!spec) return null
  if (spec.from === 'item') return entity.id
  for (const { value } of bestStatements(entity, spec.from)) {
    const text =
      value.type === 'string' || value.type === 'external-id'
        ? value.value
        : value.type === 'entity'
          ? value.id
          : null
    if (text === null) continue
    if (spec.prefix === null) return text
    if (text.startsWith(spec.prefix) && text.length > spec.prefix.length) {
      return text.slice(spec.prefix.length)
    }
  }
  return null
}

/** The item's location (P625 on Earth), as UploadWizard's `lat`/`lon` take it. */
export function itemLocation(entity: Entity): { lat: number; lon: number } | null {
  for (const { value } of bestStatements(entity, 'P625')) {
    if (value.type === 'coordinate' && isOnEarth(value)) return { lat: value.lat, lon: value.lon }
  }
  return null
}

/** The item's Commons category (P373), without a `Category:` prefix. */
export function commonsCategory(entity: Entity): string | null {
  for (const { value } of bestStatements(entity, 'P373')) {
    if (value.type === 'string' && value.value.trim()) {
      return value.value.trim().replace(/^Category:/i, '')
    }
  }
  return null
}

/**
 * The categories an upload gets: the edition's, placeholders filled (a category that needs a
 * monument id the item lacks is left out), then the item's own Commons category.
 */
export function uploadCategories(entity: Entity, edition: CampaignEdition): string[] {
  const id = monumentIdValue(entity, edition)
  const values: Record<string, string | null> = {
    year: String(edition.year),
    country: edition.countryName,
    campaign: edition.campaign,
    id,
  }
  const filled = edition.categories.flatMap((template) => {
    let missing = false
    const category = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name]
      if (value === null || value === undefined) missing = true
      return value ?? ''
    })
    return missing ? [] : [category]
  })
  const own = commonsCategory(entity)
  return [...new Set(own ? [...filled, own] : filled)]
}

/** The Special:UploadWizard link for an item and an edition. */
export function uploadWizardUrl(
  entity: Entity,
  edition: CampaignEdition,
  context: UploadContext,
): string {
  const params = new URLSearchParams()
  params.set('campaign', edition.campaign)
  const id = monumentIdValue(entity, edition)
  if (id !== null) params.set(edition.monumentId?.param === 'id' ? 'id' : 'fields[]', id)
  setItemParams(params, entity, context, uploadCategories(entity, edition))
  if (edition.listPage) {
    const title = edition.listPage.title.trim().replace(/ /g, '_')
    params.set('objref', `${edition.listPage.wiki}|${title}|${id ?? entity.id}`)
    // As the WMDE list tool does: ask UploadWizard to offer the photo for the list when the
    // item (the list row) has none yet.
    if (bestStatements(entity, 'P18').length === 0) params.set('updateList', '1')
  }
  return wizardLink(params, context)
}

/** The languages, texts, location and categories every upload link carries, in this order. */
function setItemParams(
  params: URLSearchParams,
  entity: Entity,
  context: UploadContext,
  categories: readonly string[],
): void {
  params.set('uselang', context.uilang)
  params.set('descriptionlang', context.uilang)
  params.set('description', context.texts.description)
  params.set('captionlang', context.uilang)
  params.set('caption', context.texts.caption)
  const location = itemLocation(entity)
  if (location) {
    params.set('lat', String(location.lat))
    params.set('lon', String(location.lon))
  }
  if (categories.length > 0) params.set('categories', categories.join('|'))
}

function wizardLink(params: URLSearchParams, context: UploadContext): string {
  const page = (context.commonsPage ?? defaultCommonsPage).replace(
    '{title}',
    'Special:UploadWizard',
  )
  return `${page}${page.includes('?') ? '&' : '?'}${params.toString()}`
}

/**
 * The Special:UploadWizard link for an item outside any contest (Commons' default campaign): the
 * same languages, description, caption and location as a contest link, and the item's own Commons
 * category (P373) as the only category.
 */
export function plainUploadUrl(entity: Entity, context: UploadContext): string {
  const params = new URLSearchParams()
  const own = commonsCategory(entity)
  setItemParams(params, entity, context, own ? [own] : [])
  return wizardLink(params, context)
}

/** What a banner shows for one edition. */
export interface CampaignOffer {
  /** The edition id: dismissals are remembered by it. */
  id: string
  name: Record<string, string>
  url: string | null
  phase: CampaignPhase
  /** Only while the edition runs. */
  uploadUrl: string | null
  /** The first and last day uploads are open, in the edition's time zone. */
  firstDay: LocalDate
  lastDay: LocalDate
  /** Days after today until the last day (0: today is the last day). */
  daysLeft: number
}

/** The offer of a match: an upload link while the edition runs, an announcement before. */
export function campaignOffer(
  entity: Entity,
  match: CampaignMatch,
  context: UploadContext,
  now: number,
): CampaignOffer {
  const { edition, window, phase } = match
  return {
    id: edition.id,
    name: edition.name,
    url: edition.url,
    phase,
    uploadUrl: phase === 'running' ? uploadWizardUrl(entity, edition, context) : null,
    firstDay: localDate(window.start, edition.timeZone),
    lastDay: localDate(window.end - 1, edition.timeZone),
    daysLeft: daysLeft(window, edition.timeZone, now),
  }
}
