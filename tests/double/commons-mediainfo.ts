import type { CommonsFile, Dataset } from './dataset.ts'
import type { Json, JsonObject } from './json.ts'
import { apiError, apiResult, tooManyValues, type ApiContext } from './mediawiki.ts'
import { md5 } from './titles.ts'

const LIMIT = 50
const byPageId = new WeakMap<Dataset, Map<number, CommonsFile>>()

function filesByPageId(dataset: Dataset): Map<number, CommonsFile> {
  let map = byPageId.get(dataset)
  if (map === undefined) {
    map = new Map([...dataset.files.values()].map((file) => [file.pageid, file]))
    byPageId.set(dataset, map)
  }
  return map
}

function snak(property: string, value: string): JsonObject {
  const numeric = /^Q([1-9]\d*)$/.exec(value)
  const datavalue: Json = numeric
    ? {
        value: { 'entity-type': 'item', 'numeric-id': Number(numeric[1]), id: value },
        type: 'wikibase-entityid',
      }
    : { value, type: 'string' }
  return {
    snaktype: 'value',
    property,
    hash: md5(`${property}=${value}`).padEnd(40, '0'),
    datavalue,
  }
}

/** A file's MediaInfo entity (`M` + page id): captions as labels, the record's statements. */
function mediainfo(file: CommonsFile, props: Set<string>): JsonObject {
  const id = `M${file.pageid}`
  const out: JsonObject = {}
  if (props.has('info')) {
    Object.assign(out, {
      pageid: file.pageid,
      ns: 6,
      title: file.title,
      lastrevid: 900_000_000 + (file.pageid % 100_000_000),
      modified: file.timestamp,
    })
  }
  Object.assign(out, { type: 'mediainfo', id })
  if (props.has('labels')) {
    const labels: JsonObject = {}
    for (const [language, value] of file.captions) labels[language] = { language, value }
    out.labels = labels
  }
  if (props.has('descriptions')) out.descriptions = {}
  if (props.has('claims')) {
    const statements: JsonObject = {}
    for (const [property, values] of file.statements) {
      if (values.length === 0) continue
      statements[property] = values.map((value, index) => ({
        mainsnak: snak(property, value),
        type: 'statement',
        id: `${id}$${md5(`${id}${property}${index}`).slice(0, 32).toUpperCase()}`,
        rank: 'normal',
      }))
    }
    // MediaInfo names them statements where items say claims.
    out.statements = statements
  }
  return out
}

/**
 * `action=wbgetentities` on Commons (WikibaseMediaInfo): `M<page id>` entities of files. A file
 * with neither captions nor statements has no MediaInfo entity yet and is reported missing.
 */
export function mediainfoEntities(context: ApiContext, dataset: Dataset): Response {
  const { params } = context
  const ids = params.list('ids')
  if (ids.length === 0) {
    return apiError(context, 'param-missing', 'Either provide the item "ids" or pairs of "sites"')
  }
  if (ids.length > LIMIT) return tooManyValues(context, 'ids', LIMIT)
  const requested = params.list('props')
  const props = new Set(requested.length > 0 ? requested : ['info', 'labels', 'claims'])
  const files = filesByPageId(dataset)
  const entities: JsonObject = {}
  for (const given of ids) {
    const id = given.toUpperCase()
    const match = /^M([1-9]\d*)$/.exec(id)
    if (match === null) {
      return apiError(context, 'no-such-entity', `Could not find an entity with the ID "${id}".`, {
        id,
      })
    }
    const file = files.get(Number(match[1]))
    const empty =
      file === undefined ||
      (file.captions.size === 0 && [...file.statements.values()].every((v) => v.length === 0))
    entities[id] = empty || file === undefined ? { id, missing: '' } : mediainfo(file, props)
  }
  return apiResult(context, { entities, success: 1 })
}
