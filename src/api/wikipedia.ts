/** Wikipedia's REST API: the page summary (lead) and the full article HTML. */
import { fillTemplate } from '../config'
import { mapSummary, type ArticleSummary } from '../domain/wikipedia'
import { mapUpstream, type Http } from './http'

export interface WikipediaApi {
  getSummary(lang: string, title: string, signal?: AbortSignal): Promise<ArticleSummary>
  /** The article as Parsoid HTML (a whole document). */
  getArticleHtml(lang: string, title: string, signal?: AbortSignal): Promise<string>
}

function pageUrl(base: string, lang: string, path: string, title: string): string {
  const root = fillTemplate(base, { lang })
  return `${root}/page/${path}/${encodeURIComponent(title.replace(/ /g, '_'))}`
}

/** Builds the Wikipedia client; `restTemplate` is `https://{lang}.wikipedia.org/api/rest_v1`. */
export function createWikipediaApi(http: Http, restTemplate: string): WikipediaApi {
  return {
    async getSummary(lang, title, signal) {
      const body = await http.json({
        upstream: 'wikipedia',
        url: pageUrl(restTemplate, lang, 'summary', title),
        signal,
      })
      return mapUpstream('wikipedia', () => mapSummary(body, lang))
    },
    getArticleHtml(lang, title, signal) {
      return http.text({
        upstream: 'wikipedia',
        url: pageUrl(restTemplate, lang, 'html', title),
        accept: 'text/html; charset=utf-8',
        signal,
      })
    },
  }
}
