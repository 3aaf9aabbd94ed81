import type { Dataset } from './dataset.ts'
import { geosearch, type GeoPoint } from './geo.ts'
import { jsonResponse, OPEN_CORS } from './http.ts'
import type { Json, JsonObject } from './json.ts'
import { LANGUAGES } from './languages.ts'
import { apiContext, apiTrue, badValue, readParams, type ApiContext } from './mediawiki.ts'
import { runQuery, type PageOut, type QuerySite } from './query.ts'
import { normalizeTitle, syntheticPageId } from './titles.ts'
import { thumbnail, thumbUrl } from './upload.ts'
import { bestStatements, type Entity } from './wikibase.ts'
import { wbgetentities } from './wikidata-entities.ts'
import { wbsearchentities } from './wikidata-search.ts'
import { entityterms, geosearchGenerator, itemCoordinates } from './wikidata-geo.ts'

const EARTH = 'http://www.wikidata.org/entity/Q2'

function pageid(entity: Entity): number {
  return typeof entity.raw.pageid === 'number' ? entity.raw.pageid : syntheticPageId(entity.id)
}

/** An item's primary coordinate: its first best-rank P625 on Earth. */
export function primaryCoordinate(entity: Entity): { lat: number; lon: number } | undefined {
  for (const statement of bestStatements(entity)) {
    const value = statement.mainsnak.value
    if (statement.mainsnak.property !== 'P625' || value?.type !== 'globecoordinate') continue
    if (value.globe !== EARTH) continue
    return { lat: value.latitude, lon: value.longitude }
  }
  return undefined
}

/**
 * `prop=pageimages` on Wikidata: an item's page image is its best-rank P18, with a thumbnail
 * `pithumbsize` wide (the file's own size when the dataset has no record of it).
 */
function pageimages(dataset: Dataset) {
  return (context: ApiContext, pages: PageOut[]): void => {
    const size = Math.max(1, Number.parseInt(context.params.get('pithumbsize') ?? '50', 10) || 50)
    for (const page of pages) {
      const entity = dataset.entities.get(page.ref.title)
      const value = entity
        ? bestStatements(entity).find((s) => s.mainsnak.property === 'P18')?.mainsnak.value
        : undefined
      if (value?.type !== 'string') continue
      const file = dataset.files.get(normalizeTitle(`File:${value.value}`))
      const thumb = (file && thumbnail(value.value, file, size, undefined)) ?? {
        url: thumbUrl(value.value, size),
        width: size,
        height: size,
      }
      page.body.thumbnail = { source: thumb.url, width: thumb.width, height: thumb.height }
      page.body.pageimage = value.value.replace(/ /g, '_')
    }
  }
}

const pointsCache = new WeakMap<Dataset, GeoPoint[]>()

function geoPoints(dataset: Dataset): GeoPoint[] {
  let points = pointsCache.get(dataset)
  if (points === undefined) {
    points = [...dataset.entities.values()].flatMap((entity) => {
      const coordinate = entity.type === 'item' ? primaryCoordinate(entity) : undefined
      if (coordinate === undefined) return []
      return [{ pageid: pageid(entity), ns: 0, title: entity.id, ...coordinate }]
    })
    pointsCache.set(dataset, points)
  }
  return points
}

const LANGUAGE_PROPS = ['code', 'bcp47', 'dir', 'autonym', 'name', 'fallbacks', 'variants']

function languageinfo(context: ApiContext): Json {
  const { params } = context
  const requested = params.list('liprop')
  const props = LANGUAGE_PROPS.filter((prop) =>
    (requested.length > 0 ? requested : ['code']).includes(prop),
  )
  const codes = params.list('licode')
  const uselang = params.get('uselang') ?? 'en'
  const out: JsonObject = {}
  const selected = codes.length === 0 || codes.includes('*') ? [...LANGUAGES.keys()] : codes
  for (const code of selected) {
    const language = LANGUAGES.get(code)
    if (language === undefined) continue
    const values: Record<string, Json> = {
      code,
      bcp47: code,
      dir: language.dir,
      autonym: language.autonym,
      name: uselang === code ? language.autonym : language.name,
      fallbacks: language.fallbacks,
      variants: [code],
    }
    const entry: JsonObject = {}
    for (const prop of props) entry[prop] = values[prop] ?? null
    out[code] = entry
  }
  return out
}

function wikidataSite(dataset: Dataset): QuerySite {
  const center = (title: string) => {
    const entity = dataset.entities.get(title)
    return entity && primaryCoordinate(entity)
  }
  return {
    page(title) {
      const id = title.replace(/^Property:/, '')
      const entity = dataset.entities.get(id)
      if (entity === undefined) return undefined
      return { pageid: pageid(entity), ns: entity.type === 'property' ? 120 : 0, title }
    },
    lists: {
      geosearch(context) {
        const found = geosearch(context, 'gs', geoPoints(dataset), (title) => {
          const entity = dataset.entities.get(title)
          return entity && primaryCoordinate(entity)
        })
        if ('error' in found) return found.error
        return {
          items: found.matches.map((match) => ({
            pageid: match.pageid,
            ns: match.ns,
            title: match.title,
            lat: match.lat,
            lon: match.lon,
            dist: match.dist,
            primary: apiTrue(context),
          })),
        }
      },
    },
    metas: { languageinfo },
    generators: { geosearch: geosearchGenerator(() => geoPoints(dataset), center) },
    props: {
      pageimages: pageimages(dataset),
      coordinates: itemCoordinates(center),
      entityterms: entityterms(dataset),
    },
  }
}

/** Special:EntityData/<ID>.json: the entity as a dump writes it (redirects give the target). */
function entityData(url: URL, dataset: Dataset): Response | undefined {
  const match = /^\/wiki\/Special:EntityData\/([A-Za-z0-9-]+)\.json$/.exec(url.pathname)
  if (match === null) return undefined
  const id = (match[1] ?? '').toUpperCase()
  const entity = dataset.entities.get(dataset.redirects.get(id) ?? id)
  if (entity === undefined) {
    return new Response(`No entity with ID ${id} was found.`, {
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8', ...OPEN_CORS },
    })
  }
  return jsonResponse({ entities: { [entity.id]: entity.raw } }, { headers: OPEN_CORS })
}

/** www.wikidata.org: the Action API modules Kooste uses, and Special:EntityData. */
export async function handleWikidata(
  request: Request,
  url: URL,
  dataset: Dataset,
): Promise<Response | undefined> {
  if (url.pathname !== '/w/api.php') return entityData(url, dataset)
  const prepared = apiContext(await readParams(request), url.host)
  if ('response' in prepared) return prepared.response
  const { context } = prepared
  const action = context.params.get('action') ?? 'help'
  switch (action) {
    case 'wbgetentities':
      return wbgetentities(context, dataset)
    case 'wbsearchentities':
      return wbsearchentities(context, dataset)
    case 'query':
      return runQuery(context, wikidataSite(dataset))
    default:
      return badValue(context, 'action', action)
  }
}
