import { categoryExists, categorymembers, memberOutput } from './commons-categories.ts'
import { imageinfo } from './commons-imageinfo.ts'
import { videoinfo } from './commons-videoinfo.ts'
import { handleTimedText } from './commons-timedtext.ts'
import { dataPageRef, revisions } from './commons-data.ts'
import { mediainfoEntities } from './commons-mediainfo.ts'
import { search } from './commons-search.ts'
import type { Dataset } from './dataset.ts'
import { geosearch, type GeoPoint } from './geo.ts'
import type { Json, JsonObject } from './json.ts'
import { apiContext, apiTrue, badValue, readParams, type ApiContext } from './mediawiki.ts'
import { runQuery, type QuerySite } from './query.ts'
import { dbKey, syntheticPageId } from './titles.ts'

function filePoints(dataset: Dataset): GeoPoint[] {
  return [...dataset.files.values()].flatMap((file) =>
    file.coordinates === undefined
      ? []
      : [{ pageid: file.pageid, ns: 6, title: file.title, ...file.coordinates }],
  )
}

function fileCenter(dataset: Dataset) {
  return (title: string) => dataset.files.get(title)?.coordinates
}

/**
 * `list=allcampaigns` as UploadWizard's ApiQueryAllCampaigns writes it: keyed by campaign id,
 * the parsed config as a JSON string in `*`, the tracking category and its upload count.
 */
function allcampaigns(context: ApiContext, dataset: Dataset) {
  const { params } = context
  const limit = params.limit('uwclimit', 50, 500)
  const from = params.offset('uwccontinue')
  const campaigns = dataset.campaigns
    .filter((campaign) => !params.flag('uwcenabledonly') || campaign.enabled)
    .filter((campaign) => campaign.id >= from)
    .sort((a, b) => a.id - b.id)
  const items: JsonObject = {}
  for (const campaign of campaigns.slice(0, limit)) {
    const category = `Uploaded via Campaign:${campaign.name}`
    const uploads = [...dataset.files.values()].filter((file) => file.categories.includes(category))
    items[String(campaign.id)] = {
      '*': JSON.stringify({ ...campaign.config, enabled: campaign.enabled }),
      name: campaign.name,
      trackingCategory: dbKey(category),
      totalUploads: uploads.length,
    }
  }
  // PHP writes an empty result array as [], not {}.
  const output = Object.keys(items).length > 0 ? items : []
  const next = campaigns[limit]
  return next === undefined
    ? { items: output }
    : { items: output, continue: { uwccontinue: String(next.id) } }
}

function commonsSite(dataset: Dataset): QuerySite {
  return {
    page(title) {
      const file = dataset.files.get(title)
      if (file !== undefined) return { pageid: file.pageid, ns: 6, title }
      if (title.startsWith('Category:') && categoryExists(dataset, title.slice(9))) {
        return { pageid: syntheticPageId(title), ns: 14, title }
      }
      if (/^data:/i.test(title)) return dataPageRef(dataset, title)
      return undefined
    },
    lists: {
      categorymembers(context) {
        const result = categorymembers(context, dataset, 'cm')
        if (result instanceof Response) return result
        return { ...result, items: result.items.map((member) => memberOutput(context, member)) }
      },
      search(context) {
        const result = search(context, dataset, 'sr')
        if (result instanceof Response) return result
        const items: Json[] = result.items.map(({ file }) => ({
          ns: 6,
          title: file.title,
          pageid: file.pageid,
          size: file.size,
          wordcount: 0,
          snippet: '',
          timestamp: file.timestamp,
        }))
        return { ...result, items, siblings: { searchinfo: { totalhits: result.total } } }
      },
      geosearch(context) {
        const found = geosearch(context, 'gs', filePoints(dataset), fileCenter(dataset))
        if ('error' in found) return found.error
        const primary = apiTrue(context)
        return { items: found.matches.map((match) => ({ ...match, primary })) }
      },
      allcampaigns: (context) => allcampaigns(context, dataset),
    },
    metas: {},
    generators: {
      search(context) {
        const result = search(context, dataset, 'gsr')
        if (result instanceof Response) return result
        return { ...result, items: result.items.map(({ file: _, ...page }) => page) }
      },
      categorymembers: (context) => categorymembers(context, dataset, 'gcm'),
      geosearch(context) {
        const found = geosearch(context, 'ggs', filePoints(dataset), fileCenter(dataset))
        if ('error' in found) return found.error
        return { items: found.matches.map(({ pageid, ns, title }) => ({ pageid, ns, title })) }
      },
    },
    props: {
      imageinfo: (context, pages) => imageinfo(context, dataset, pages),
      videoinfo: (context, pages) => videoinfo(context, dataset, pages),
      revisions: (context, pages) => revisions(context, dataset, pages),
      coordinates(context, pages) {
        for (const page of pages) {
          const coordinates = dataset.files.get(page.ref.title)?.coordinates
          if (coordinates === undefined) continue
          page.body.coordinates = [{ ...coordinates, primary: apiTrue(context), globe: 'earth' }]
        }
      },
    },
  }
}

/**
 * commons.wikimedia.org/w/api.php: `action=query` with the modules Kooste uses, and
 * `action=wbgetentities` for the files' MediaInfo entities.
 */
export async function handleCommonsApi(
  request: Request,
  url: URL,
  dataset: Dataset,
): Promise<Response> {
  if (url.searchParams.get('action') === 'timedtext') return handleTimedText(url, dataset)
  const prepared = apiContext(await readParams(request), url.host)
  if ('response' in prepared) return prepared.response
  const { context } = prepared
  const action = context.params.get('action') ?? 'help'
  if (action === 'wbgetentities') return mediainfoEntities(context, dataset)
  if (action !== 'query') return badValue(context, 'action', action)
  return runQuery(context, commonsSite(dataset))
}
