/** SPARQL: portable query builders and the SPARQL 1.1 JSON results format. */
import { arr, isRecord, rec, str, ShapeError } from './guards'
import { entityKind } from './ids'

export type Binding =
  | { type: 'uri'; value: string }
  | { type: 'literal'; value: string; lang?: string; datatype?: string }
  | { type: 'bnode'; value: string }

export type Row = Record<string, Binding>

/** The prefixes every query declares, so it runs on WDQS, QLever and Oxigraph alike. */
export const prefixes = `PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <http://schema.org/>
`

function binding(value: unknown): Binding | null {
  if (!isRecord(value)) return null
  const type = str(value, 'type')
  const text = str(value, 'value')
  if (text === undefined) return null
  if (type === 'uri' || type === 'bnode') return { type, value: text }
  if (type === 'literal' || type === 'typed-literal') {
    const lang = str(value, 'xml:lang')
    const datatype = str(value, 'datatype')
    return {
      type: 'literal',
      value: text,
      ...(lang ? { lang } : {}),
      ...(datatype ? { datatype } : {}),
    }
  }
  return null
}

/** Maps a SPARQL JSON results body into rows; malformed bindings are dropped. */
export function mapSparqlResults(body: unknown): Row[] {
  const results = isRecord(body) ? rec(body, 'results') : undefined
  if (!results || !Array.isArray(results.bindings)) throw new ShapeError('not SPARQL JSON results')
  return arr(results, 'bindings').flatMap((raw) => {
    if (!isRecord(raw)) return []
    const row: Row = {}
    for (const [name, value] of Object.entries(raw)) {
      const mapped = binding(value)
      if (mapped) row[name] = mapped
    }
    return [row]
  })
}

/** Query: the formatter URL (P1630) of each given property. */
export function formatterUrlQuery(properties: readonly string[]): string {
  const values = properties.filter((p) => entityKind(p) === 'property').map((p) => `wd:${p}`)
  return `${prefixes}SELECT ?property ?formatter WHERE {
  VALUES ?property { ${values.join(' ')} }
  ?property wdt:P1630 ?formatter .
}`
}

/** Maps the formatter query's rows: property id → URL template with `$1`. */
export function mapFormatterUrls(rows: readonly Row[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const row of rows) {
    const property = row.property?.value.split('/').pop() ?? ''
    const formatter = row.formatter?.value ?? ''
    if (entityKind(property) && formatter.includes('$1') && !(property in out)) {
      out[property] = formatter
    }
  }
  return out
}
