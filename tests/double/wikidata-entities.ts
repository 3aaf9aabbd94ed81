import { followWikipediaRedirect, type Dataset } from './dataset.ts'
import { isObject, objectAt, type Json, type JsonObject } from './json.ts'
import { fallbackChain } from './languages.ts'
import { apiError, apiResult, tooManyValues, type ApiContext } from './mediawiki.ts'
import { sitelinkUrl } from './sites.ts'
import { normalizeTitle, syntheticPageId } from './titles.ts'
import { isEntityId, type Entity } from './wikibase.ts'

const ALL_PROPS = ['info', 'sitelinks', 'aliases', 'labels', 'descriptions', 'claims', 'datatype']
const LIMIT = 50

interface Options {
  props: Set<string>
  languages: string[] | undefined
  fallback: boolean
  sitefilter: string[] | undefined
}

const NAMESPACES: Record<string, [number, string]> = {
  item: [0, ''],
  property: [120, 'Property:'],
  lexeme: [146, 'Lexeme:'],
}

function info(entity: Entity): JsonObject {
  const raw = entity.raw
  const [ns, prefix] = NAMESPACES[entity.type] ?? [0, '']
  const title = `${prefix}${entity.id}`
  return {
    pageid: raw.pageid ?? syntheticPageId(title),
    ns: raw.ns ?? ns,
    title: raw.title ?? title,
    lastrevid: raw.lastrevid ?? 2_000_000_000 + (syntheticPageId(title) % 100_000_000),
    modified: raw.modified ?? '2024-01-01T00:00:00Z',
  }
}

function terms(raw: JsonObject | undefined, options: Options): JsonObject {
  const all = raw ?? {}
  if (options.languages === undefined) return all
  const out: JsonObject = {}
  for (const language of options.languages) {
    const own = all[language]
    if (own !== undefined) {
      out[language] = own
      continue
    }
    if (!options.fallback) continue
    for (const source of fallbackChain(language).slice(1)) {
      const term = all[source]
      if (isObject(term)) {
        out[language] = { ...term, 'for-language': language }
        break
      }
    }
  }
  return out
}

function aliases(raw: JsonObject | undefined, options: Options): JsonObject {
  const all = raw ?? {}
  if (options.languages === undefined) return all
  const out: JsonObject = {}
  for (const language of options.languages) {
    const list = all[language]
    if (list !== undefined) out[language] = list
  }
  return out
}

function sitelinks(entity: Entity, options: Options): JsonObject {
  const out: JsonObject = {}
  const withUrls = options.props.has('sitelinks/urls')
  for (const [site, link] of Object.entries(objectAt(entity.raw, 'sitelinks') ?? {})) {
    if (!isObject(link)) continue
    if (options.sitefilter !== undefined && !options.sitefilter.includes(site)) continue
    const { url, ...rest } = link
    const title = typeof rest.title === 'string' ? rest.title : ''
    out[site] = withUrls ? { ...rest, url: url ?? sitelinkUrl(site, title) ?? null } : rest
  }
  return out
}

/** The entity as wbgetentities writes it for the requested props and languages. */
export function serializeEntity(
  entity: Entity,
  options: Options,
  redirectFrom?: string,
): JsonObject {
  const { props } = options
  const out: JsonObject = props.has('info') ? info(entity) : {}
  if (redirectFrom !== undefined) out.redirects = { from: redirectFrom, to: entity.id }
  out.type = entity.type
  if (props.has('datatype') && entity.datatype !== undefined) out.datatype = entity.datatype
  out.id = entity.id
  if (props.has('labels')) out.labels = terms(objectAt(entity.raw, 'labels'), options)
  if (props.has('descriptions')) {
    out.descriptions = terms(objectAt(entity.raw, 'descriptions'), options)
  }
  if (props.has('aliases')) out.aliases = aliases(objectAt(entity.raw, 'aliases'), options)
  if (props.has('claims')) {
    out.claims = entity.raw.claims ?? entity.raw.statements ?? {}
  }
  if ((props.has('sitelinks') || props.has('sitelinks/urls')) && entity.type === 'item') {
    out.sitelinks = sitelinks(entity, options)
  }
  for (const key of ['lemmas', 'lexicalCategory', 'language', 'forms', 'senses']) {
    const value = entity.raw[key]
    if (value !== undefined && entity.type === 'lexeme') out[key] = value
  }
  return out
}

function lookupSitelinks(
  context: ApiContext,
  dataset: Dataset,
): { found: Map<string, Entity | { site: string; title: string }> } | { error: Response } {
  const { params } = context
  const sites = params.list('sites')
  const titles = params.list('titles')
  const found = new Map<string, Entity | { site: string; title: string }>()
  if (titles.length === 0 && sites.length === 0) return { found }
  if (sites.length !== 1 && titles.length !== 1) {
    return {
      error: apiError(
        context,
        'params-illegal',
        'Must request one site, one title, or an equal number of sites and titles.',
      ),
    }
  }
  if (titles.length > LIMIT) return { error: tooManyValues(context, 'titles', LIMIT) }
  let missing = -1
  for (const site of sites) {
    for (const title of titles) {
      // Like Wikibase, follow the client wiki's redirect pages unless told not to.
      const wiki = /^([a-z_]+)wiki$/.exec(site)?.[1]?.replace(/_/g, '-')
      const target =
        wiki && params.get('redirects') !== 'no'
          ? followWikipediaRedirect(dataset, wiki, title)
          : normalizeTitle(title)
      const id = dataset.sitelinks.get(`${site}|${target}`)
      const entity = id === undefined ? undefined : dataset.entities.get(id)
      if (entity !== undefined) found.set(entity.id, entity)
      else found.set(String(missing--), { site, title })
    }
  }
  return { found }
}

/** `action=wbgetentities`: entities by ids or by sitelink, with Wikibase's filters. */
export function wbgetentities(context: ApiContext, dataset: Dataset): Response {
  const { params } = context
  const ids = params.list('ids')
  if (ids.length === 0 && params.list('titles').length === 0) {
    return apiError(
      context,
      'param-missing',
      'Either provide the item "ids" or pairs of "sites" and "titles" for corresponding pages',
    )
  }
  if (ids.length > LIMIT) return tooManyValues(context, 'ids', LIMIT)
  for (const id of ids) {
    if (!isEntityId(id.toUpperCase())) {
      return apiError(
        context,
        'no-such-entity',
        `Could not find such an entity. (Invalid id: ${id})`,
        {
          id,
          messages: [
            {
              name: 'wikibase-api-no-such-entity',
              parameters: [],
              html: { '*': 'Could not find such an entity.' },
            },
          ],
        },
      )
    }
  }
  const requestedProps = params.list('props')
  const options: Options = {
    props: new Set(requestedProps.length > 0 ? requestedProps : ALL_PROPS),
    languages: params.list('languages').length > 0 ? params.list('languages') : undefined,
    fallback: params.flag('languagefallback'),
    sitefilter: params.list('sitefilter').length > 0 ? params.list('sitefilter') : undefined,
  }
  const resolveRedirects = params.get('redirects') !== 'no'
  const entities: Record<string, Json> = {}
  for (const requested of ids) {
    const id = requested.toUpperCase()
    const target = dataset.redirects.get(id)
    const entity = dataset.entities.get(target !== undefined && resolveRedirects ? target : id)
    if (entity === undefined || (target !== undefined && !resolveRedirects)) {
      entities[id] = { id, missing: '' }
    } else {
      entities[id] = serializeEntity(entity, options, target === undefined ? undefined : id)
    }
  }
  const bySitelink = lookupSitelinks(context, dataset)
  if ('error' in bySitelink) return bySitelink.error
  for (const [key, value] of bySitelink.found) {
    entities[key] = 'raw' in value ? serializeEntity(value, options) : { ...value, missing: '' }
  }
  return apiResult(context, { entities, success: 1 })
}
