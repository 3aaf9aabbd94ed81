/**
 * The map's one query-service request: the topic's parts and contents, heritage items without a
 * photo around it, and, for a topic without coordinates, the chain of places it is located in
 * with theirs. Portable SPARQL 1.1 (no label service, no `wikibase:around`); labels come from
 * `rdfs:label` in the content-language chain, one row per item.
 */
import { idFromUri, isItemId } from './ids'
import { parseWktPoint, type LatLon } from './coordinates'
import { prefixes, type Row } from './sparql'
import {
  mapPoint,
  placeKind,
  kindZoom,
  type MapPoint,
  type PlaceKind,
  type TopicPlace,
} from './map'
import { isLanguageCode, type LangText } from './languages'

export interface MapQueryInput {
  topic: string
  /** Content-language chain for labels and descriptions. */
  chain: readonly string[]
  /** Areas whose heritage items without a photo are "wanted"; empty for none. */
  wantedIn: readonly string[]
  /** Wanted items by country (P17) rather than by the P131/P276 path, which is long in a country. */
  wantedByCountry: boolean
  /** Where the chain of locations starts, for a topic with no coordinates; empty for none. */
  locatedIn: readonly string[]
  /** Most rows per layer. */
  limit: number
}

const item = (id: string) => `wd:${id}`
const items = (ids: readonly string[]) => ids.filter(isItemId).map(item).join(' ')

/** Label and description in the first language of the chain that has one. */
function termsPattern(subject: string, chain: readonly string[]): string {
  const langs = chain.filter(isLanguageCode)
  const optional = (property: string, name: string) =>
    langs
      .map(
        (lang, i) =>
          `  OPTIONAL { ${subject} ${property} ?${name}${i} . FILTER(LANG(?${name}${i}) = "${lang}") }`,
      )
      .join('\n')
  const pick = (name: string) =>
    langs.length
      ? `  BIND(COALESCE(${langs.map((_, i) => `?${name}${i}`).join(', ')}) AS ?${name})`
      : ''
  return [
    optional('rdfs:label', 'label'),
    pick('label'),
    optional('schema:description', 'description'),
    pick('description'),
  ]
    .filter(Boolean)
    .join('\n')
}

function partsBranch(topic: string, limit: number): string {
  const q = item(topic)
  return `  {
    SELECT DISTINCT ?item ?coord ?image ("parts" AS ?layer) WHERE {
      { ${q} wdt:P527 ?item } UNION { ?item wdt:P361 ${q} } UNION { ${q} wdt:P150 ?item }
      UNION { ?item wdt:P131 ${q} } UNION { ?item wdt:P276 ${q} }
      ?item wdt:P625 ?coord .
      OPTIONAL { ?item wdt:P18 ?image }
    } LIMIT ${limit}
  }`
}

function wantedBranch(input: MapQueryInput): string {
  const where = input.wantedByCountry
    ? `?item wdt:P17 ?area .`
    : `?item (wdt:P131|wdt:P276)+ ?area .`
  return `  {
    SELECT DISTINCT ?item ?coord ("wanted" AS ?layer) WHERE {
      VALUES ?area { ${items(input.wantedIn)} }
      ${where}
      ?item wdt:P1435 ?heritage ;
        wdt:P625 ?coord .
      FILTER NOT EXISTS { ?item wdt:P18 ?photo }
    } LIMIT ${input.limit}
  }`
}

function placeBranch(starts: readonly string[]): string {
  return `  {
    VALUES ?start { ${items(starts)} }
    ?start (wdt:P131|wdt:P276)* ?item .
    OPTIONAL { ?item wdt:P625 ?coord }
    OPTIONAL { ?item (wdt:P131|wdt:P276) ?parent }
    OPTIONAL { ?item wdt:P31 ?class }
    BIND("place" AS ?layer)
  }`
}

/** The map's layer query for a topic; null when it has nothing to ask. */
export function mapLayersQuery(input: MapQueryInput): string | null {
  if (!isItemId(input.topic)) return null
  const branches = [partsBranch(input.topic, input.limit)]
  if (input.wantedIn.some(isItemId)) branches.push(wantedBranch(input))
  if (input.locatedIn.some(isItemId)) branches.push(placeBranch(input.locatedIn))
  return `${prefixes}SELECT ?item ?coord ?layer ?image ?parent ?class ?label ?description WHERE {
${branches.join('\n  UNION\n')}
${termsPattern('?item', input.chain)}
}`
}

/** Label, description and picture of given items (the nearby ones, whose geosearch has none). */
export function itemDetailsQuery(ids: readonly string[], chain: readonly string[]): string | null {
  const values = items(ids)
  if (!values) return null
  return `${prefixes}SELECT ?item ?image ?label ?description WHERE {
  VALUES ?item { ${values} }
  OPTIONAL { ?item wdt:P18 ?image }
${termsPattern('?item', chain)}
}`
}

function langText(row: Row, name: string): LangText | null {
  const binding = row[name]
  if (binding?.type !== 'literal' || !binding.value) return null
  return { value: binding.value, lang: binding.lang ?? 'und' }
}

/** The file name of a Commons `Special:FilePath` IRI, as the query service gives P18. */
export function fileFromIri(iri: string | undefined): string | null {
  if (!iri) return null
  const at = iri.indexOf('Special:FilePath/')
  if (at < 0) return null
  try {
    return decodeURIComponent(iri.slice(at + 'Special:FilePath/'.length)).replace(/_/g, ' ') || null
  } catch {
    return null
  }
}

/** A place the topic may be located in, with what the query knows of it. */
export interface PlaceNode {
  id: string
  coords: LatLon[]
  parents: string[]
  classes: string[]
  label: LangText | null
}

export interface MapQueryResult {
  parts: MapPoint[]
  wanted: MapPoint[]
  places: Record<string, PlaceNode>
}

const pushNew = <T>(list: T[], value: T) => {
  if (!list.includes(value)) list.push(value)
}

/** Maps the layer query's rows; rows with a malformed item or a point not on Earth are dropped. */
export function mapLayerRows(rows: readonly Row[]): MapQueryResult {
  const out: MapQueryResult = { parts: [], wanted: [], places: {} }
  const seen = new Set<string>()
  for (const row of rows) {
    const id = idFromUri(row.item?.value ?? '')
    const layer = row.layer?.value
    if (!id || !isItemId(id)) continue
    const point = row.coord ? parseWktPoint(row.coord.value) : null
    const onEarth = point && point.globe === 'Q2' ? { lat: point.lat, lon: point.lon } : null
    if (layer === 'place') {
      const node = (out.places[id] ??= { id, coords: [], parents: [], classes: [], label: null })
      node.label ??= langText(row, 'label')
      if (onEarth && !node.coords.some((c) => c.lat === onEarth.lat && c.lon === onEarth.lon)) {
        node.coords.push(onEarth)
      }
      const parent = idFromUri(row.parent?.value ?? '')
      if (parent) pushNew(node.parents, parent)
      const klass = idFromUri(row.class?.value ?? '')
      if (klass) pushNew(node.classes, klass)
      continue
    }
    if ((layer !== 'parts' && layer !== 'wanted') || !onEarth) continue
    const made = mapPoint(layer, onEarth, {
      id,
      label: langText(row, 'label'),
      description: langText(row, 'description'),
      image: fileFromIri(row.image?.value),
    })
    if (seen.has(made.key)) continue
    seen.add(made.key)
    out[layer].push(made)
  }
  return out
}

/** Maps the item-details query: id → label, description and picture. */
export function mapItemDetails(
  rows: readonly Row[],
): Record<string, { label: LangText | null; description: LangText | null; image: string | null }> {
  const out: ReturnType<typeof mapItemDetails> = {}
  for (const row of rows) {
    const id = idFromUri(row.item?.value ?? '')
    if (!id || out[id]) continue
    out[id] = {
      label: langText(row, 'label'),
      description: langText(row, 'description'),
      image: fileFromIri(row.image?.value),
    }
  }
  return out
}

export interface LocatedPlace {
  points: MapPoint[]
  kind: PlaceKind
  zoom: number
}

/**
 * Where a topic without coordinates is shown: the nearest places in its P276/P131 chain that
 * have coordinates (walking up at most `depth` levels), else its country (P17). The zoom fits the
 * kind of place found.
 */
export function locatePlace(
  place: Extract<TopicPlace, { type: 'located' }>,
  nodes: Readonly<Record<string, PlaceNode>>,
  depth = 6,
): LocatedPlace | null {
  const visited = new Set<string>()
  const pick = (level: string[]): LocatedPlace | null => {
    const found = level.map((id) => nodes[id]).filter((n): n is PlaceNode => !!n?.coords.length)
    if (!found.length) return null
    const kinds = found.map((n) => placeKind(n.classes))
    const zoom = Math.min(...kinds.map(kindZoom))
    const kind = kinds.find((k) => kindZoom(k) === zoom) ?? 'site'
    const points = found.flatMap((n) =>
      n.coords.map((c) => mapPoint('topic', c, { id: n.id, label: n.label })),
    )
    return { points, kind, zoom }
  }
  let level = [...new Set([...place.location, ...place.admin])]
  for (let i = 0; i < depth && level.length; i++) {
    level.forEach((id) => visited.add(id))
    const found = pick(level)
    if (found) return found
    level = [...new Set(level.flatMap((id) => nodes[id]?.parents ?? []))].filter(
      (id) => !visited.has(id),
    )
  }
  return pick(place.country)
}
