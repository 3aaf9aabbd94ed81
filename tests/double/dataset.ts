import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  arrayAt,
  isObject,
  numberAt,
  objectAt,
  parseJson,
  stringAt,
  type Json,
  type JsonObject,
} from './json.ts'
import { normalizeTitle, safeDecode, syntheticPageId } from './titles.ts'
import { expandSeries } from './commons-series.ts'
import { isEntityId, readEntity, type Entity } from './wikibase.ts'

/** One Commons file record of the dataset (`commons/files/*.json`). */
export interface CommonsFile {
  pageid: number
  /** `File:Name.jpg`, normalized (spaces). */
  title: string
  mime: string
  width: number
  height: number
  size: number
  timestamp: string
  user: string
  /** CommonsMetadata fields: plain strings or `{ lang: text }`. */
  extmetadata: Map<string, string | Map<string, string>>
  categories: string[]
  statements: Map<string, string[]>
  coordinates: { lat: number; lon: number } | undefined
  captions: Map<string, string>
}

/** An UploadWizard campaign (`commons/campaigns.json`). */
export interface Campaign {
  id: number
  name: string
  enabled: boolean
  config: JsonObject
}

/** Everything the double answers from, read once per directory. */
export interface Dataset {
  dir: string
  entities: Map<string, Entity>
  /** Redirected id → target id. */
  redirects: Map<string, string>
  /** Property id → datatype, from property entities and from the datatypes written in snaks. */
  propertyTypes: Map<string, string>
  /** `site|Normalized title` → entity id. */
  sitelinks: Map<string, string>
  /** `File:Name` (normalized) → file. */
  files: Map<string, CommonsFile>
  /** Category name (no prefix, normalized) → parent category names. */
  categories: Map<string, string[]>
  campaigns: Campaign[]
  /** `lang|Normalized title` → REST summary JSON and/or Parsoid HTML. */
  wikipedia: Map<string, { summary: JsonObject | undefined; html: string | undefined }>
  /** `lang|Normalized title` of a Wikipedia redirect page → the title it redirects to. */
  wikipediaRedirects: Map<string, string>
  /** `lang|Normalized title` → rendered HTML. */
  wikisource: Map<string, string>
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort()
  } catch {
    return []
  }
}

async function readJsonFile(file: string): Promise<Json | undefined> {
  try {
    return parseJson(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** Page keys from file names: underscores for spaces and `%2F` for `/` (other escapes too). */
function titleFromFileName(name: string): string {
  return normalizeTitle(safeDecode(name.replace(/\.(json|html)$/, '')))
}

function entityObjects(json: Json | undefined): Json[] {
  if (!isObject(json)) return []
  const entities = objectAt(json, 'entities')
  return entities === undefined ? [json] : Object.values(entities)
}

async function loadEntities(dataset: Dataset): Promise<void> {
  const dir = path.join(dataset.dir, 'entities')
  const redirectCandidates: Entity[] = []
  for (const name of await listFiles(dir)) {
    if (!name.endsWith('.json')) continue
    const stem = name.slice(0, -'.json'.length).toUpperCase()
    const entities = entityObjects(await readJsonFile(path.join(dir, name))).flatMap(
      (json) => readEntity(json) ?? [],
    )
    const [only] = entities
    if (entities.length === 1 && only !== undefined && only.id !== stem && isEntityId(stem)) {
      dataset.redirects.set(stem, only.id)
      redirectCandidates.push(only)
      continue
    }
    for (const entity of entities) dataset.entities.set(entity.id, entity)
  }
  // A redirect file carries its target's data; use it only when the target has no file.
  for (const entity of redirectCandidates) {
    if (!dataset.entities.has(entity.id)) dataset.entities.set(entity.id, entity)
  }
  for (const entity of dataset.entities.values()) {
    if (entity.datatype !== undefined) dataset.propertyTypes.set(entity.id, entity.datatype)
    for (const link of entity.sitelinks) {
      dataset.sitelinks.set(`${link.site}|${normalizeTitle(link.title)}`, entity.id)
    }
  }
  for (const entity of dataset.entities.values()) {
    for (const statement of entity.statements) {
      const snaks = [
        statement.mainsnak,
        ...statement.qualifiers,
        ...statement.references.flatMap((reference) => reference.snaks),
      ]
      for (const snak of snaks) {
        if (snak.datatype !== undefined && !dataset.propertyTypes.has(snak.property)) {
          dataset.propertyTypes.set(snak.property, snak.datatype)
        }
      }
    }
  }
}

function stringMap(object: JsonObject | undefined): Map<string, string> {
  const map = new Map<string, string>()
  for (const [key, value] of Object.entries(object ?? {})) {
    if (typeof value === 'string') map.set(key, value)
  }
  return map
}

function readCommonsFile(json: Json | undefined): CommonsFile | undefined {
  if (!isObject(json)) return undefined
  const rawTitle = stringAt(json, 'title')
  if (rawTitle === undefined) return undefined
  const title = normalizeTitle(rawTitle.includes(':') ? rawTitle : `File:${rawTitle}`)
  const extmetadata = new Map<string, string | Map<string, string>>()
  for (const [field, value] of Object.entries(objectAt(json, 'extmetadata') ?? {})) {
    if (typeof value === 'string') extmetadata.set(field, value)
    else if (typeof value === 'number' || typeof value === 'boolean') {
      extmetadata.set(field, String(value))
    } else if (isObject(value)) extmetadata.set(field, stringMap(value))
  }
  const statements = new Map<string, string[]>()
  for (const [property, values] of Object.entries(objectAt(json, 'statements') ?? {})) {
    const ids = (Array.isArray(values) ? values : [values]).filter((v) => typeof v === 'string')
    statements.set(property.toUpperCase(), ids)
  }
  const coordinates = objectAt(json, 'coordinates')
  const lat = coordinates && numberAt(coordinates, 'lat')
  const lon = coordinates && numberAt(coordinates, 'lon')
  return {
    pageid: numberAt(json, 'pageid') ?? syntheticPageId(title),
    title,
    mime: stringAt(json, 'mime') ?? 'image/jpeg',
    width: numberAt(json, 'width') ?? 1200,
    height: numberAt(json, 'height') ?? 800,
    size: numberAt(json, 'size') ?? 0,
    timestamp: stringAt(json, 'timestamp') ?? '2020-01-01T00:00:00Z',
    user: stringAt(json, 'user') ?? 'Example',
    extmetadata,
    categories: arrayAt(json, 'categories').flatMap((c) =>
      typeof c === 'string' ? [normalizeTitle(c.replace(/^Category:/i, ''))] : [],
    ),
    statements,
    coordinates: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
    captions: stringMap(objectAt(json, 'captions')),
  }
}

async function loadCommons(dataset: Dataset): Promise<void> {
  const dir = path.join(dataset.dir, 'commons')
  for (const name of await listFiles(path.join(dir, 'files'))) {
    if (!name.endsWith('.json')) continue
    const file = readCommonsFile(await readJsonFile(path.join(dir, 'files', name)))
    if (file !== undefined) dataset.files.set(file.title, file)
  }
  // Compact series of similar files (see commons-series.ts); single records win over them.
  for (const name of await listFiles(path.join(dir, 'series'))) {
    if (!name.endsWith('.json')) continue
    for (const record of expandSeries(await readJsonFile(path.join(dir, 'series', name)))) {
      const file = readCommonsFile(record)
      if (file !== undefined && !dataset.files.has(file.title)) dataset.files.set(file.title, file)
    }
  }
  const categories = await readJsonFile(path.join(dir, 'categories.json'))
  for (const [name, record] of Object.entries(isObject(categories) ? categories : {})) {
    const parents = isObject(record) ? arrayAt(record, 'parents') : []
    dataset.categories.set(
      normalizeTitle(name.replace(/^Category:/i, '')),
      parents.flatMap((p) =>
        typeof p === 'string' ? [normalizeTitle(p.replace(/^Category:/i, ''))] : [],
      ),
    )
  }
  const campaigns = await readJsonFile(path.join(dir, 'campaigns.json'))
  for (const [index, record] of (Array.isArray(campaigns) ? campaigns : []).entries()) {
    if (!isObject(record)) continue
    const name = stringAt(record, 'name')
    if (name === undefined) continue
    dataset.campaigns.push({
      id: numberAt(record, 'id') ?? index + 1,
      name,
      enabled: record.enabled !== false,
      config: objectAt(record, 'config') ?? {},
    })
  }
}

async function loadPages(dataset: Dataset): Promise<void> {
  for (const lang of await listFiles(path.join(dataset.dir, 'wikipedia'))) {
    const dir = path.join(dataset.dir, 'wikipedia', lang)
    for (const name of await listFiles(dir)) {
      if (name === 'redirects.json') {
        const redirects = await readJsonFile(path.join(dir, name))
        for (const [from, to] of Object.entries(isObject(redirects) ? redirects : {})) {
          if (typeof to === 'string') {
            dataset.wikipediaRedirects.set(`${lang}|${normalizeTitle(from)}`, normalizeTitle(to))
          }
        }
        continue
      }
      const key = `${lang}|${titleFromFileName(name)}`
      const page = dataset.wikipedia.get(key) ?? { summary: undefined, html: undefined }
      if (name.endsWith('.json')) {
        const summary = await readJsonFile(path.join(dir, name))
        if (isObject(summary)) page.summary = summary
      } else if (name.endsWith('.html')) {
        page.html = await readFile(path.join(dir, name), 'utf8')
      } else continue
      dataset.wikipedia.set(key, page)
    }
  }
  for (const lang of await listFiles(path.join(dataset.dir, 'wikisource'))) {
    const dir = path.join(dataset.dir, 'wikisource', lang)
    for (const name of await listFiles(dir)) {
      if (!name.endsWith('.html')) continue
      const html = await readFile(path.join(dir, name), 'utf8')
      dataset.wikisource.set(`${lang}|${titleFromFileName(name)}`, html)
    }
  }
}

async function loadDataset(dir: string): Promise<Dataset> {
  const dataset: Dataset = {
    dir,
    entities: new Map(),
    redirects: new Map(),
    propertyTypes: new Map(),
    sitelinks: new Map(),
    files: new Map(),
    categories: new Map(),
    campaigns: [],
    wikipedia: new Map(),
    wikipediaRedirects: new Map(),
    wikisource: new Map(),
  }
  await Promise.all([loadEntities(dataset), loadCommons(dataset), loadPages(dataset)])
  return dataset
}

const cache = new Map<string, Promise<Dataset>>()

/** The dataset in `dir`, read on first use and shared by every double over that directory. */
export function getDataset(dir: string): Promise<Dataset> {
  const key = path.resolve(dir)
  let dataset = cache.get(key)
  if (dataset === undefined) {
    dataset = loadDataset(key)
    cache.set(key, dataset)
    dataset.catch(() => cache.delete(key))
  }
  return dataset
}

/** Throws unless `dir` is a directory (so a mistyped dataset fails at start, not per request). */
export async function assertDatasetDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw new Error(`Wikimedia double: no dataset directory at ${dir}`)
}

/** A Wikipedia title after its redirect, if the dataset says it is a redirect page. */
export function followWikipediaRedirect(dataset: Dataset, lang: string, title: string): string {
  const normalized = normalizeTitle(title)
  return dataset.wikipediaRedirects.get(`${lang}|${normalized}`) ?? normalized
}
