/** The query service: portable SPARQL 1.1, posted so long queries fit, results as rows. */
import { mapSparqlResults, type Row } from '../domain/sparql'
import { mapUpstream, type Http } from './http'

export interface SparqlApi {
  runQuery(query: string, signal?: AbortSignal): Promise<Row[]>
}

/** Builds the query-service client; concurrency is limited by the HTTP client. */
export function createSparqlApi(http: Http, endpoint: string): SparqlApi {
  return {
    async runQuery(query, signal) {
      const body = await http.json({
        upstream: 'query',
        url: endpoint,
        form: { query },
        accept: 'application/sparql-results+json',
        signal,
      })
      return mapUpstream('query', () => mapSparqlResults(body))
    },
  }
}
