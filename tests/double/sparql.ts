import oxigraph, { type Store } from 'oxigraph'
import type { Dataset } from './dataset.ts'
import { OPEN_CORS, textResponse } from './http.ts'
import { datasetToNTriples } from './rdf.ts'
import { SPARQL_PROLOGUE } from './rdf-terms.ts'

const stores = new WeakMap<Dataset, Store>()

/** The Oxigraph store over the dataset's RDF, built on first use and kept per dataset. */
export function storeFor(dataset: Dataset): Store {
  let store = stores.get(dataset)
  if (store === undefined) {
    store = new oxigraph.Store()
    store.load(datasetToNTriples(dataset), {
      format: 'application/n-triples',
      no_transaction: true,
    })
    stores.set(dataset, store)
  }
  return store
}

type Form = 'select' | 'ask' | 'graph'

/** SELECT, ASK, or a graph form (CONSTRUCT, DESCRIBE), read past the prologue and comments. */
function queryForm(query: string): Form | undefined {
  // A `#` starts a comment only outside IRIs and strings (`<http://wikiba.se/ontology#>`).
  const body = query
    .replace(
      /(<[^<>\s]*>)|("(?:[^"\\\n]|\\.)*")|('(?:[^'\\\n]|\\.)*')|#[^\n]*/g,
      (whole, iri, s1, s2) =>
        typeof iri === 'string' || typeof s1 === 'string' || typeof s2 === 'string' ? whole : ' ',
    )
    .replace(/^\s*((PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*/i, '')
  const keyword = /^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body)?.[1]?.toUpperCase()
  if (keyword === 'SELECT') return 'select'
  if (keyword === 'ASK') return 'ask'
  return keyword === undefined ? undefined : 'graph'
}

const RESULT_FORMATS: Record<string, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
}
const GRAPH_FORMATS: Record<string, string> = {
  json: 'application/n-triples',
  xml: 'application/rdf+xml',
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
}

/** The response format: `format=` wins, then Accept; like WDQS, XML when neither asks. */
function negotiate(form: Form, format: string | null, accept: string): string {
  const formats = form === 'graph' ? GRAPH_FORMATS : RESULT_FORMATS
  if (format !== null && formats[format] !== undefined) return formats[format]
  const accepted = Object.values(formats).find((type) => accept.includes(type))
  if (accepted !== undefined) return accepted
  if (accept.includes('application/json')) return formats.json ?? ''
  return form === 'graph' ? 'text/turtle' : (RESULT_FORMATS.xml ?? '')
}

async function readQuery(request: Request, url: URL): Promise<string | undefined> {
  const fromUrl = url.searchParams.get('query')
  if (request.method !== 'POST') return fromUrl ?? undefined
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('application/sparql-query')) return request.text()
  if (type.includes('application/x-www-form-urlencoded')) {
    return new URLSearchParams(await request.text()).get('query') ?? fromUrl ?? undefined
  }
  return fromUrl ?? undefined
}

function malformed(query: string, message: string): Response {
  const body =
    `SPARQL-QUERY: queryStr=${query}\n` +
    'java.util.concurrent.ExecutionException: org.openrdf.query.MalformedQueryException: ' +
    message
  return textResponse(body, 400, OPEN_CORS)
}

/** query.wikidata.org/sparql: SPARQL 1.1 over the dataset, with the WDQS prefixes predeclared. */
export async function handleSparql(
  request: Request,
  url: URL,
  dataset: Dataset,
  rewrite: (text: string) => string,
): Promise<Response | undefined> {
  if (url.pathname !== '/sparql' && url.pathname !== '/bigdata/namespace/wdq/sparql') {
    return undefined
  }
  const query = await readQuery(request, url)
  if (query === undefined || query.trim() === '') {
    return textResponse('No query given: use ?query= or POST a query.', 400, OPEN_CORS)
  }
  if (/wikibase:label\b/.test(query) && /\bSERVICE\b/i.test(query)) {
    return malformed(
      query,
      'The Wikimedia double (Oxigraph) has no label service: use rdfs:label with FILTER(LANG(?l) = "..").',
    )
  }
  const form = queryForm(query)
  if (form === undefined) return malformed(query, 'Expected SELECT, ASK, CONSTRUCT or DESCRIBE.')
  const type = negotiate(form, url.searchParams.get('format'), request.headers.get('accept') ?? '')
  let result: unknown
  try {
    result = storeFor(dataset).query(`${SPARQL_PROLOGUE}\n${query}`, { results_format: type })
  } catch (error) {
    return malformed(query, error instanceof Error ? error.message : String(error))
  }
  const body = typeof result === 'string' ? rewrite(result) : ''
  return new Response(body, {
    status: 200,
    headers: { 'content-type': `${type};charset=utf-8`, ...OPEN_CORS },
  })
}
