import type { Dataset } from './dataset.ts'
import type { JsonObject } from './json.ts'
import { apiError, missingParam, type ApiContext } from './mediawiki.ts'
import type { ModuleResult, PageRef } from './query.ts'
import { normalizeTitle, syntheticPageId } from './titles.ts'

interface CategoryTree {
  /** Category → its subcategories (derived from `parents`). */
  children: Map<string, string[]>
  /** Category → titles of its files. */
  files: Map<string, string[]>
}

const trees = new WeakMap<Dataset, CategoryTree>()

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}

function tree(dataset: Dataset): CategoryTree {
  let built = trees.get(dataset)
  if (built === undefined) {
    built = { children: new Map(), files: new Map() }
    for (const [category, parents] of dataset.categories) {
      for (const parent of parents) push(built.children, parent, category)
    }
    for (const file of dataset.files.values()) {
      for (const category of file.categories) push(built.files, category, file.title)
    }
    trees.set(dataset, built)
  }
  return built
}

/** Whether a category page exists: described in categories.json or holding something. */
export function categoryExists(dataset: Dataset, name: string): boolean {
  const { children, files } = tree(dataset)
  return dataset.categories.has(name) || children.has(name) || files.has(name)
}

/** The category and all categories below it; loops in the tree are followed once. */
export function categoryWithDescendants(dataset: Dataset, name: string): Set<string> {
  const { children } = tree(dataset)
  const seen = new Set<string>([name])
  const queue = [name]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (!seen.has(child)) {
        seen.add(child)
        queue.push(child)
      }
    }
  }
  return seen
}

interface Member extends PageRef {
  pageid: number
  type: 'subcat' | 'file'
  sortkey: string
  timestamp: string
}

const TYPE_ORDER = { page: 0, subcat: 1, file: 2 }
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

const sortedMembers = new WeakMap<Dataset, Map<string, Member[]>>()

/** The members of a category in MediaWiki's order, sorted once per dataset (categories are big). */
function members(dataset: Dataset, category: string, types: string[]): Member[] {
  let cache = sortedMembers.get(dataset)
  if (cache === undefined) {
    cache = new Map()
    sortedMembers.set(dataset, cache)
  }
  const key = `${[...types].sort().join('|')}|${category}`
  let list = cache.get(key)
  if (list === undefined) {
    list = sortMembers(dataset, category, types)
    cache.set(key, list)
  }
  return [...list]
}

function sortMembers(dataset: Dataset, category: string, types: string[]): Member[] {
  const { children, files } = tree(dataset)
  const out: Member[] = []
  if (types.includes('subcat')) {
    for (const child of children.get(category) ?? []) {
      const title = `Category:${child}`
      out.push({
        pageid: syntheticPageId(title),
        ns: 14,
        title,
        type: 'subcat',
        sortkey: child.toUpperCase(),
        timestamp: '2020-01-01T00:00:00Z',
      })
    }
  }
  if (types.includes('file')) {
    for (const title of files.get(category) ?? []) {
      const file = dataset.files.get(title)
      if (file === undefined) continue
      const sortkey = title.replace(/^File:/, '').toUpperCase()
      out.push({
        pageid: file.pageid,
        ns: 6,
        title,
        type: 'file',
        sortkey,
        timestamp: file.timestamp,
      })
    }
  }
  return out.sort(
    (a, b) =>
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      collator.compare(a.sortkey, b.sortkey) ||
      a.pageid - b.pageid,
  )
}

function continueKey(member: Member): string {
  return `${member.type}|${Buffer.from(member.sortkey).toString('hex')}|${member.pageid}`
}

/**
 * `list=categorymembers` (prefix `cm`) and its generator (`gcm`): subcategories and files in
 * MediaWiki's order (type, then sort key), continued with a `type|hexsortkey|pageid` key.
 */
export function categorymembers(
  context: ApiContext,
  dataset: Dataset,
  prefix: 'cm' | 'gcm',
): ModuleResult<Member[]> | Response {
  const { params } = context
  const given = params.get(`${prefix}title`)
  if (given === undefined) return missingParam(context, `${prefix}title`)
  const title = normalizeTitle(given)
  if (!title.startsWith('Category:')) {
    return apiError(context, 'invalidcategory', 'The category name you entered is not valid.')
  }
  const requestedTypes = params.list(`${prefix}type`)
  const types = requestedTypes.length > 0 ? requestedTypes : ['page', 'subcat', 'file']
  let all = members(dataset, title.slice('Category:'.length), types)
  if (params.get(`${prefix}dir`) === 'desc' || params.get(`${prefix}dir`) === 'descending') {
    all = all.reverse()
  }
  const limit = params.limit(`${prefix}limit`, 10, 500)
  const from = params.get(`${prefix}continue`)
  const start = from === undefined ? 0 : all.findIndex((member) => continueKey(member) === from)
  if (start < 0) {
    return apiError(
      context,
      'badcontinue',
      'Invalid continue param. You should pass the original value returned by the previous query.',
    )
  }
  const items = all.slice(start, start + limit)
  const next = all[start + limit]
  return next === undefined
    ? { items }
    : { items, continue: { [`${prefix}continue`]: continueKey(next) } }
}

/** The output of one `list=categorymembers` item for `cmprop`. */
export function memberOutput(context: ApiContext, member: Member): JsonObject {
  const requested = context.params.list('cmprop')
  const props = requested.length > 0 ? requested : ['ids', 'title']
  const out: JsonObject = {}
  if (props.includes('ids')) out.pageid = member.pageid
  if (props.includes('title')) Object.assign(out, { ns: member.ns, title: member.title })
  if (props.includes('sortkeyprefix')) out.sortkeyprefix = ''
  if (props.includes('type')) out.type = member.type
  if (props.includes('timestamp')) out.timestamp = member.timestamp
  return out
}
