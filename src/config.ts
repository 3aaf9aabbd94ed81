/**
 * Endpoints and limits. The defaults are live Wikimedia; a `config.json` next to index.html may
 * replace any of them at run time, so one build can serve another Wikibase, a QLever endpoint or the
 * offline double. URL templates take `{lang}`, `{title}`, `{id}`, `{z}`, `{x}`, `{y}`.
 */
import { isRecord } from './domain/guards.ts'
import { parseExternalVizList, type ExternalViz } from './domain/externalViz.ts'

export interface KoosteConfig {
  /** Wikidata Action API. */
  wikidataApi: string
  /** SPARQL endpoint (portable SPARQL 1.1: the Wikidata Query Service, QLever, Oxigraph). */
  queryService: string
  /** Commons Action API. */
  commonsApi: string
  /** Wikipedia REST API base, per language. */
  wikipediaRest: string
  /** Wikisource Action API, per language. */
  wikisourceApi: string
  /** Campaign registry page on Commons (docs/campaigns.md); empty: the bundled registry only. */
  campaignRegistryPage: string
  /** Pages people are sent to. */
  pages: {
    wikidata: string
    wikipedia: string
    wikisource: string
    commons: string
  }
  tiles: { url: string; attribution: string }
  /** Items shown as starting points on the home page. */
  examples: string[]
  /** The feature sections a topic page shows, by id (`gallery`, `map`…); null for all of them. */
  sections: string[] | null
  /** Visualizations hosted elsewhere, beside the bundled registry (docs/visualizations.md). */
  externalVisualizations: ExternalViz[]
  /** Name and contact sent in `Api-User-Agent`. */
  userAgent: string
  limits: {
    /** At most this many query-service requests at once per page. */
    queryConcurrency: number
    /** Retries after a 429, a maxlag error or a network failure. */
    retries: number
    /** Longest wait for one response. */
    timeoutMs: number
    /** Longest Retry-After the client will honour before giving up. */
    maxRetryAfterMs: number
  }
}

export const defaultConfig: KoosteConfig = {
  wikidataApi: 'https://www.wikidata.org/w/api.php',
  queryService: 'https://query.wikidata.org/sparql',
  commonsApi: 'https://commons.wikimedia.org/w/api.php',
  wikipediaRest: 'https://{lang}.wikipedia.org/api/rest_v1',
  wikisourceApi: 'https://{lang}.wikisource.org/w/api.php',
  campaignRegistryPage: 'Data:Kooste/campaigns.tab',
  pages: {
    wikidata: 'https://www.wikidata.org/wiki/{id}',
    wikipedia: 'https://{lang}.wikipedia.org/wiki/{title}',
    wikisource: 'https://{lang}.wikisource.org/wiki/{title}',
    commons: 'https://commons.wikimedia.org/wiki/{title}',
  },
  tiles: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
  },
  sections: null,
  externalVisualizations: [],
  examples: ['Q217447', 'Q215346', 'Q204382', 'Q5698', 'Q33'],
  userAgent: `Kooste/${__KOOSTE_VERSION__} (https://github.com/kooste/kooste)`,
  limits: {
    queryConcurrency: 2,
    retries: 2,
    timeoutMs: 20000,
    maxRetryAfterMs: 60000,
  },
}

/** A partial configuration, as a `config.json` holds it. */
export type ConfigOverrides = Partial<Omit<KoosteConfig, 'pages' | 'tiles' | 'limits'>> & {
  pages?: Partial<KoosteConfig['pages']>
  tiles?: Partial<KoosteConfig['tiles']>
  limits?: Partial<KoosteConfig['limits']>
}

function pickStrings<T extends object>(base: T, input: unknown): T {
  if (!isRecord(input)) return base
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(base))
  for (const [key, value] of Object.entries(base)) {
    const given = input[key]
    if (typeof value === 'string' && typeof given === 'string') out[key] = given
    if (typeof value === 'number' && typeof given === 'number' && Number.isFinite(given)) {
      out[key] = given
    }
  }
  return out as T
}

/** Merges a parsed `config.json` over the defaults, keeping only known keys of the right type. */
export function mergeConfig(base: KoosteConfig, input: unknown): KoosteConfig {
  if (!isRecord(input)) return base
  const examples = Array.isArray(input.examples)
    ? input.examples.filter((id): id is string => typeof id === 'string' && /^[QP]\d+$/.test(id))
    : base.examples
  const sections = Array.isArray(input.sections)
    ? input.sections.filter((id): id is string => typeof id === 'string')
    : base.sections
  return {
    ...pickStrings(base, input),
    examples,
    sections,
    externalVisualizations:
      input.externalVisualizations === undefined
        ? base.externalVisualizations
        : parseExternalVizList(input.externalVisualizations),
    pages: pickStrings(base.pages, input.pages),
    tiles: pickStrings(base.tiles, input.tiles),
    limits: pickStrings(base.limits, input.limits),
  }
}

/** Fills `{name}` placeholders of a URL template; values are URL-encoded unless `raw`. */
export function fillTemplate(
  template: string,
  values: Record<string, string | number>,
  raw: readonly string[] = [],
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return whole
    return raw.includes(name) ? String(value) : encodeURIComponent(String(value))
  })
}
