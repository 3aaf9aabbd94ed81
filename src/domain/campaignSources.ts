/**
 * The three sources of contest data, mapped and merged: the registry bundled with the app, the
 * registry page kept on a wiki (read with `prop=revisions`), and Commons' `list=allcampaigns`.
 */
import { arr, isRecord, rec, str, ShapeError } from './guards'
import {
  isTabular,
  parseRegistry,
  parseTabularRegistry,
  type CampaignEdition,
  type ParsedRegistry,
} from './campaignRegistry'
import { campaignKey, type CampaignStatus } from './campaignEligibility'
import { isLocalDate } from './campaignTime'

/**
 * The registry page from a `prop=revisions&rvprop=content&rvslots=main` answer (formatversion 1
 * or 2): a tabular data page (`.tab`) or a registry in JSON. A missing page is an empty registry.
 */
export function mapRegistryPage(body: unknown, title: string): ParsedRegistry {
  const query = isRecord(body) ? rec(body, 'query') : undefined
  const pagesValue = query?.pages
  const pages = Array.isArray(pagesValue)
    ? pagesValue
    : isRecord(pagesValue)
      ? Object.values(pagesValue)
      : null
  if (!pages) throw new ShapeError('revisions answer has no pages')
  const page = pages.find(isRecord)
  if (!page || 'missing' in page || 'invalid' in page) return { editions: [], problems: [] }
  const revision = arr(page, 'revisions').find(isRecord)
  const slot = revision ? (rec(rec(revision, 'slots') ?? {}, 'main') ?? revision) : undefined
  const content = slot ? (str(slot, 'content') ?? str(slot, '*')) : undefined
  if (content === undefined) throw new ShapeError('revision has no content')
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch {
    return { editions: [], problems: [{ source: title, entry: '*', message: 'page is not JSON' }] }
  }
  return isTabular(json) ? parseTabularRegistry(json, title) : parseRegistry(json, title)
}

function dayStartUtc(value: unknown): number | null {
  if (!isLocalDate(value)) return null
  return Date.parse(`${value}T00:00:00Z`)
}

/**
 * `list=allcampaigns`: each campaign's state by name, and where the next batch starts. The
 * campaign JSON comes as a string; UploadWizard reads its `start` and `end` as UTC days and
 * counts a campaign active while `start <= now < end`.
 */
export function mapAllCampaigns(body: unknown): {
  campaigns: Map<string, CampaignStatus>
  next: string | null
} {
  const query = isRecord(body) ? rec(body, 'query') : undefined
  if (!query || !('allcampaigns' in query)) throw new ShapeError('no allcampaigns in answer')
  const list = query.allcampaigns
  const entries = Array.isArray(list) ? list : isRecord(list) ? Object.values(list) : []
  const campaigns = new Map<string, CampaignStatus>()
  for (const entry of entries) {
    if (!isRecord(entry)) continue
    const name = str(entry, 'name')
    const raw = str(entry, '*') ?? str(entry, 'config') ?? str(entry, 'content')
    if (!name || raw === undefined) continue
    let config: unknown
    try {
      config = JSON.parse(raw)
    } catch {
      continue
    }
    if (!isRecord(config)) continue
    campaigns.set(campaignKey(name), {
      enabled: config.enabled === true,
      start: dayStartUtc(config.start),
      end: dayStartUtc(config.end),
    })
  }
  const next = isRecord(body) ? str(rec(body, 'continue') ?? {}, 'uwccontinue') : undefined
  return { campaigns, next: next ?? null }
}

/**
 * Editions of all sources in one list. A later source (the wiki page) replaces an edition of the
 * same id in place, so organizers can correct the bundled data without a release; its new
 * editions follow in its own order.
 */
export function mergeEditions(...sources: readonly CampaignEdition[][]): CampaignEdition[] {
  const merged: CampaignEdition[] = []
  const at = new Map<string, number>()
  for (const editions of sources) {
    for (const edition of editions) {
      const index = at.get(edition.id)
      if (index === undefined) {
        at.set(edition.id, merged.length)
        merged.push(edition)
      } else merged[index] = edition
    }
  }
  return merged
}
