/**
 * Commons `Data:` pages (JsonConfig: tabular `.tab`, `.map`, `.chart`) for `prop=revisions`, from
 * the dataset's hand-written `commons-data/` folder: one file per page, named by the title without
 * `Data:` (underscores or spaces, '/' as %2F) plus `.json`, holding the page's JSON content. The
 * answer has the shape of MediaWiki's: with `rvslots=main` the content sits in `slots.main`, as
 * `content` (formatversion 2) or `*` (formatversion 1), beside its content model and format.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from './dataset.ts'
import type { JsonObject } from './json.ts'
import type { ApiContext } from './mediawiki.ts'
import type { PageOut, PageRef } from './query.ts'
import { safeDecode, syntheticPageId } from './titles.ts'

/** The Data namespace's number on Commons. */
export const DATA_NAMESPACE = 486

interface DataPage {
  title: string
  pageid: number
  revid: number
  content: string
}

const pagesByDir = new Map<string, Map<string, DataPage>>()

/** `Data:Some/Title.tab` as MediaWiki normalizes it, or null for a title outside Data:. */
export function dataTitle(title: string): string | null {
  const match = /^\s*data\s*:(.*)$/i.exec(title)
  if (!match) return null
  const rest = (match[1] ?? '').replace(/[_\s]+/g, ' ').trim()
  if (rest === '') return null
  return `Data:${rest.charAt(0).toUpperCase()}${rest.slice(1)}`
}

/** The dataset's Data: pages, read once per dataset directory. */
function dataPages(dataset: Dataset): Map<string, DataPage> {
  let pages = pagesByDir.get(dataset.dir)
  if (pages) return pages
  pages = new Map()
  const dir = path.join(dataset.dir, 'commons-data')
  let names: string[] = []
  try {
    names = readdirSync(dir).sort()
  } catch {
    // A dataset without commons-data/ has no Data: pages.
  }
  for (const name of names) {
    if (!name.endsWith('.json')) continue
    const title = dataTitle(`Data:${safeDecode(name.slice(0, -'.json'.length))}`)
    if (title === null) continue
    const pageid = syntheticPageId(title)
    const content = readFileSync(path.join(dir, name), 'utf8')
    pages.set(title, { title, pageid, revid: pageid * 7, content })
  }
  pagesByDir.set(dataset.dir, pages)
  return pages
}

/** The page-set entry of a Data: title: existing (with a page id) or missing, in namespace 486. */
export function dataPageRef(dataset: Dataset, title: string): PageRef | undefined {
  const normalized = dataTitle(title)
  if (normalized === null) return undefined
  const page = dataPages(dataset).get(normalized)
  return { pageid: page?.pageid, ns: DATA_NAMESPACE, title: normalized }
}

function contentModel(title: string): string {
  if (title.endsWith('.tab')) return 'Tabular.JsonConfig'
  if (title.endsWith('.map')) return 'Map.JsonConfig'
  if (title.endsWith('.chart')) return 'Chart.JsonConfig'
  return 'JsonConfig'
}

/** `prop=revisions` for the Data: pages of the page set (the latest revision only). */
export function revisions(context: ApiContext, dataset: Dataset, pages: PageOut[]): void {
  const { params } = context
  const props = params.get('rvprop') === undefined ? ['ids', 'timestamp'] : params.list('rvprop')
  const slots = params.list('rvslots')
  for (const page of pages) {
    const data = page.ref.pageid === undefined ? undefined : dataPages(dataset).get(page.ref.title)
    if (!data) continue
    const revision: JsonObject = {}
    if (props.includes('ids')) {
      revision.revid = data.revid
      revision.parentid = 0
    }
    if (props.includes('timestamp')) revision.timestamp = '2026-11-01T00:00:00Z'
    const slot: JsonObject = {}
    if (props.includes('content') || props.includes('contentmodel')) {
      slot.contentmodel = contentModel(data.title)
    }
    if (props.includes('content')) {
      slot.contentformat = 'application/json'
      slot[context.formatversion === 2 ? 'content' : '*'] = data.content
    }
    // Without rvslots MediaWiki gives the main slot's fields on the revision itself (legacy).
    if (slots.length > 0 && Object.keys(slot).length > 0) revision.slots = { main: slot }
    else Object.assign(revision, slot)
    page.body.revisions = [revision]
  }
}
