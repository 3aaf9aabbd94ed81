/** Wikisource's Action API: rendered pages (`action=parse`), per language. */
import { fillTemplate } from '../config'
import { isRecord, rec, str, ShapeError } from '../domain/guards'
import { mapUpstream, type Http } from './http'

export interface ParsedPage {
  title: string
  /** Upstream HTML, sanitized where shown. */
  html: string
  /** The page carries the `disambiguation` page property (a disambiguation or versions page). */
  disambiguation: boolean
}

export interface WikisourceApi {
  /** A page as the wiki renders it, redirects followed. */
  getParsedPage(lang: string, title: string, signal?: AbortSignal): Promise<ParsedPage>
}

// formatversion 2 gives `properties` as `{name: value}`; formatversion 1 as `[{name, '*'}]`.
function hasProperty(properties: unknown, name: string): boolean {
  if (isRecord(properties)) return name in properties
  return Array.isArray(properties) && properties.some((p) => isRecord(p) && p.name === name)
}

/** Maps an `action=parse` body (formatversion 2, or 1 with `text['*']`). */
export function mapParsedPage(body: unknown): ParsedPage {
  const parse = isRecord(body) ? rec(body, 'parse') : undefined
  const text = parse?.text
  const html = typeof text === 'string' ? text : isRecord(text) ? str(text, '*') : undefined
  const title = parse ? str(parse, 'title') : undefined
  if (!title || html === undefined) throw new ShapeError('not a parse response')
  return { title, html, disambiguation: hasProperty(parse?.properties, 'disambiguation') }
}

/** Builds the Wikisource client; `apiTemplate` is `https://{lang}.wikisource.org/w/api.php`. */
export function createWikisourceApi(http: Http, apiTemplate: string): WikisourceApi {
  return {
    async getParsedPage(lang, title, signal) {
      const body = await http.json({
        upstream: 'wikisource',
        url: fillTemplate(apiTemplate, { lang }),
        actionApi: true,
        signal,
        params: {
          action: 'parse',
          page: title,
          prop: 'text|properties',
          redirects: '1',
          disableeditsection: '1',
          disabletoc: '1',
        },
      })
      return mapUpstream('wikisource', () => mapParsedPage(body))
    },
  }
}
