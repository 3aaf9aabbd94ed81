import type { Json, JsonObject } from './json.ts'
import { apiResult, apiTrue, badValue, tooManyValues, type ApiContext } from './mediawiki.ts'
import { normalizeTitle } from './titles.ts'

/** A page of the page set: existing pages have a page id. */
export interface PageRef {
  pageid: number | undefined
  ns: number
  title: string
  /** The rank a generator gave (search), kept because pages come out in page id order. */
  index?: number
}

/** One page of the output, which prop modules extend. */
export interface PageOut {
  ref: PageRef
  body: JsonObject
}

/** Continuation parameters, as `continue` carries them. */
export type Continuation = Record<string, string | number>

/** What a list or generator module gives: its items or pages and where the next batch starts. */
export interface ModuleResult<T> {
  items: T
  continue?: Continuation
  /** Output beside the module's own key (`searchinfo` beside `search`). */
  siblings?: JsonObject
}

type Module<T> = (context: ApiContext) => ModuleResult<T> | Response

/** The `action=query` modules and page lookup of one wiki. */
export interface QuerySite {
  /** An existing page by normalized title. */
  page(title: string): PageRef | undefined
  lists: Record<string, Module<Json>>
  metas: Record<string, (context: ApiContext) => Json | Response>
  generators: Record<string, Module<PageRef[]>>
  props: Record<string, (context: ApiContext, pages: PageOut[]) => Response | void>
}

const TITLE_LIMIT = 50

function namespaceOf(title: string): number {
  if (title.startsWith('File:')) return 6
  if (title.startsWith('Category:')) return 14
  if (title.startsWith('Property:')) return 120
  return 0
}

function warning(context: ApiContext, messages: string[]): JsonObject {
  const key = context.formatversion === 2 ? 'warnings' : '*'
  return { query: { [key]: messages.join('\n') } }
}

function pageSetFromTitles(
  context: ApiContext,
  site: QuerySite,
  normalized: JsonObject[],
): PageRef[] | Response {
  const titles = context.params.list('titles')
  if (titles.length > TITLE_LIMIT) return tooManyValues(context, 'titles', TITLE_LIMIT)
  return titles.map((given) => {
    const title = normalizeTitle(given)
    if (title !== given) {
      normalized.push(
        context.formatversion === 2
          ? { fromencoded: false, from: given, to: title }
          : { from: given, to: title },
      )
    }
    return site.page(title) ?? { pageid: undefined, ns: namespaceOf(title), title }
  })
}

function pageBody(context: ApiContext, ref: PageRef): JsonObject {
  if (ref.pageid === undefined) return { ns: ref.ns, title: ref.title, missing: apiTrue(context) }
  const body: JsonObject = { pageid: ref.pageid, ns: ref.ns, title: ref.title }
  if (ref.index !== undefined) body.index = ref.index
  return body
}

/** `action=query`: page set (titles or a generator), then prop, list and meta modules. */
export function runQuery(context: ApiContext, site: QuerySite): Response {
  const { params } = context
  const warnings: string[] = []
  const query: JsonObject = {}
  let continuation: Continuation | undefined
  let generatorKeys: string[] = []
  const normalized: JsonObject[] = []

  let pages: PageRef[] | undefined
  const generatorName = params.get('generator')
  if (generatorName !== undefined) {
    const generator = site.generators[generatorName]
    if (generator === undefined) return badValue(context, 'generator', generatorName)
    const result = generator(context)
    if (result instanceof Response) return result
    pages = [...result.items].sort((a, b) => (a.pageid ?? 0) - (b.pageid ?? 0))
    if (result.continue !== undefined) {
      continuation = { ...result.continue }
      generatorKeys = Object.keys(result.continue)
    }
  } else if (params.get('titles') !== undefined) {
    const result = pageSetFromTitles(context, site, normalized)
    if (result instanceof Response) return result
    pages = result
  }

  if (pages !== undefined) {
    let missing = -1
    const out: PageOut[] = pages.map((ref) => ({ ref, body: pageBody(context, ref) }))
    for (const name of params.list('prop')) {
      const prop = site.props[name]
      if (prop === undefined) warnings.push(`Unrecognized value for parameter "prop": ${name}.`)
      else {
        const error = prop(context, out)
        if (error instanceof Response) return error
      }
    }
    if (normalized.length > 0) query.normalized = normalized
    if (out.length === 0) {
      // An empty page set leaves no `pages` key at all.
    } else if (context.formatversion === 2) query.pages = out.map((page) => page.body)
    else {
      const keyed: JsonObject = {}
      for (const page of out) keyed[String(page.ref.pageid ?? missing--)] = page.body
      query.pages = keyed
    }
  }

  for (const name of params.list('list')) {
    const list = site.lists[name]
    if (list === undefined) {
      warnings.push(`Unrecognized value for parameter "list": ${name}.`)
      continue
    }
    const result = list(context)
    if (result instanceof Response) return result
    Object.assign(query, result.siblings)
    query[name] = result.items
    if (result.continue !== undefined) continuation = { ...continuation, ...result.continue }
  }
  for (const name of params.list('meta')) {
    const meta = site.metas[name]
    if (meta === undefined) {
      warnings.push(`Unrecognized value for parameter "meta": ${name}.`)
      continue
    }
    const result = meta(context)
    if (result instanceof Response) return result
    query[name] = result
  }

  const body: JsonObject = {}
  if (warnings.length > 0) body.warnings = warning(context, warnings)
  body.batchcomplete = apiTrue(context)
  if (continuation !== undefined) {
    const generated = generatorKeys.length > 0 ? generatorKeys.join('|') : '-'
    body.continue = { ...continuation, continue: `${generated}||` }
  }
  if (Object.keys(query).length > 0) body.query = query
  return apiResult(context, body)
}
