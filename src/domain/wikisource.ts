/**
 * Wikisource texts by and about a topic: one portable SPARQL query finds them (works through P50
 * author and P655 translator, editions through P629, texts whose P921 main subject is the topic,
 * the articles of its P1343 "described by source" statements), the rows become texts with their
 * editions, and the editions are ordered by language: the content language first.
 */
import { prefixes, type Binding, type Row } from './sparql'
import { idFromUri, isItemId } from './ids'
import { isLanguageCode, type LangText } from './languages'
import type { WikisourcePage } from './wikisourceTopic'

export type { WikisourcePage } from './wikisourceTopic'

/**
 * WS Export, Wikisource's book exporter (wikimedia/ws-export, run on Wikimedia Cloud Services).
 * `?lang=<xx>&page=<title>&format=epub|pdf` answers with the whole text as a file attachment, so
 * Kooste only links to it.
 */
export const WS_EXPORT_BASE = 'https://ws-export.wmcloud.org/'

export const wsExportFormats = ['epub', 'pdf'] as const
export type WsExportFormat = (typeof wsExportFormats)[number]

/** The WS Export download link of a page in a format. */
export function wsExportUrl(page: WikisourcePage, format: WsExportFormat): string {
  const params = new URLSearchParams({
    lang: page.lang,
    page: page.title.replace(/ /g, '_'),
    format,
  })
  return `${WS_EXPORT_BASE}?${params.toString()}`
}

/**
 * A page title as MediaWiki writes it in a `/wiki/` path: spaces as underscores, percent-encoded,
 * but with the characters that MediaWiki leaves alone kept as they are, so that a subpage
 * (`Nordisk familjebok/Lönnrot, Elias`) links as `Nordisk_familjebok/L%C3%B6nnrot,_Elias`.
 */
export function wikiTitlePath(title: string): string {
  return encodeURIComponent(title.replace(/ /g, '_')).replace(
    /%(2F|3A|2C|3B|40|24|21|2A|28|29|7E)/g,
    (_, hex: string) => String.fromCharCode(parseInt(hex, 16)),
  )
}

/** How a text relates to the topic. */
export const textRoles = ['author', 'translator', 'edition', 'subject', 'source'] as const
export type TextRole = (typeof textRoles)[number]

/** Editions of the topic (a work), texts by the topic, and texts about it. */
export const textGroups = ['editions', 'by', 'about'] as const
export type TextGroup = (typeof textGroups)[number]

const groupOfRole: Record<TextRole, TextGroup> = {
  author: 'by',
  translator: 'by',
  edition: 'editions',
  subject: 'about',
  source: 'about',
}

/** One edition of a text: a page on one language's Wikisource, and the item it belongs to. */
export interface WikisourceEdition extends WikisourcePage {
  item: string
}

export interface WikisourceText {
  /** The work's item. */
  id: string
  roles: TextRole[]
  label: LangText | null
  /** Authors with a Wikidata item (labels in the chain) or a name string. */
  authors: { id: string | null; label: LangText | null; name: string | null }[]
  /** Year of first publication (historical: negative is BCE). */
  year: number | null
  /** Ordered by `orderEditions`. */
  editions: WikisourceEdition[]
  /** The larger work it was published in (P1433): the encyclopedia of an article. */
  publishedIn?: { id: string; label: LangText | null } | null
}

const notLanguages = new Set(['www', 'mul', 'meta'])

/** The language of a Wikisource (`https://fi.wikisource.org/` → `fi`), or null for other sites. */
export function wikisourceLanguage(wikiUri: string): string | null {
  const match = /^https?:\/\/([a-z0-9-]+)\.wikisource\.org\/$/.exec(wikiUri)
  const lang = match?.[1]
  // wikisource.org itself (the multilingual one) and www are not a language's Wikisource.
  return lang && isLanguageCode(lang) && !notLanguages.has(lang) ? lang : null
}

// Wikidata's labels are keyed by codes like `fi`, `zh-hant`: nothing that could end a string.
function labelsOf(subject: string, name: string, chain: readonly string[]): string {
  const optionals = chain.map(
    (lang, i) =>
      `OPTIONAL { ${subject} rdfs:label ?${name}${i} . FILTER(LANG(?${name}${i}) = "${lang}") }`,
  )
  const coalesced = chain.map((_, i) => `?${name}${i}`).join(', ')
  return `${optionals.join('\n    ')}\n    BIND(COALESCE(${coalesced}) AS ?${name})`
}

/** The language chain as a query may use it: well-formed codes only, at most six. */
export function queryChain(chain: readonly string[]): string[] {
  return [...new Set(chain.filter(isLanguageCode))].slice(0, 6)
}

/**
 * Query: every text by or about the topic that has a page on a language's Wikisource, one row per
 * edition page (times author, times date), with the text's and authors' labels in the first
 * language of the chain that has one. Labels come from separate OPTIONALs merged by COALESCE, so
 * they add columns, not rows.
 */
export function textsQuery(id: string, chain: readonly string[], limit = 300): string {
  if (!isItemId(id)) throw new Error(`not an item id: ${id}`)
  const topic = `wd:${id}`
  const langs = queryChain(chain)
  return `${prefixes}SELECT ?text ?role ?edition ?wiki ?title ?date ?workDate ?textLabel ?author ?authorLabel ?authorName ?publishedIn ?publishedInLabel WHERE {
  {
    SELECT DISTINCT ?text ?role ?edition ?wiki ?title WHERE {
      {
        { ?text wdt:P50 ${topic} . BIND("author" AS ?role) }
        UNION { ?text wdt:P655 ${topic} . BIND("translator" AS ?role) }
        UNION { ?text wdt:P629 ${topic} . BIND("edition" AS ?role) }
        UNION { ?text wdt:P921 ${topic} . BIND("subject" AS ?role) }
        UNION {
          ${topic} p:P1343 ?statement .
          ?statement pq:P805 ?text .
          FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
          BIND("source" AS ?role)
        }
        UNION {
          ${topic} p:P1343 ?statement .
          ?statement ps:P1343 ?text .
          FILTER NOT EXISTS { ?statement pq:P805 ?article }
          FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
          BIND("source" AS ?role)
        }
      }
      ?edition wdt:P629? ?text .
      ?page schema:about ?edition ;
        schema:isPartOf ?wiki ;
        schema:name ?title .
      FILTER(STRENDS(STR(?wiki), ".wikisource.org/"))
    }
    LIMIT ${Math.max(1, Math.floor(limit))}
  }
  OPTIONAL { ?edition wdt:P577 ?date }
  OPTIONAL { ?text wdt:P577 ?workDate }
  OPTIONAL { ?text wdt:P2093 ?authorName }
  OPTIONAL {
    ?text wdt:P50 ?author .
    ${labelsOf('?author', 'authorLabel', langs)}
  }
  OPTIONAL {
    ?text wdt:P1433 ?publishedIn .
    ${labelsOf('?publishedIn', 'publishedInLabel', langs)}
  }
  ${labelsOf('?text', 'textLabel', langs)}
}`
}

/** The historical year of an xsd:dateTime, whose years are astronomical (0000 is 1 BCE). */
export function yearOf(dateTime: string): number | null {
  const match = /^(-?)(\d{1,16})-/.exec(dateTime)
  if (!match) return null
  const astronomical = Number(match[2]) * (match[1] === '-' ? -1 : 1)
  if (!Number.isSafeInteger(astronomical)) return null
  return astronomical <= 0 ? astronomical - 1 : astronomical
}

function itemOf(binding: Binding | undefined): string | null {
  const id = binding?.type === 'uri' ? idFromUri(binding.value) : null
  return id && isItemId(id) ? id : null
}

function langText(row: Row, name: string): LangText | null {
  const binding = row[name]
  if (binding?.type !== 'literal' || !binding.value) return null
  return { value: binding.value, lang: binding.lang ?? 'und' }
}

/**
 * The languages of a chain first, in chain order; then every other language alphabetically. The
 * rank of a language in that order.
 */
export function languageRank(lang: string, chain: readonly string[]): [number, string] {
  const at = chain.indexOf(lang)
  return [at === -1 ? chain.length : at, lang]
}

function compareLanguages(a: string, b: string, chain: readonly string[]): number {
  const [ra, la] = languageRank(a, chain)
  const [rb, lb] = languageRank(b, chain)
  return ra - rb || la.localeCompare(lb)
}

/** Editions ordered by language (the chain's first), then the work's own page before editions. */
export function orderEditions(
  editions: readonly WikisourceEdition[],
  chain: readonly string[],
  work?: string,
): WikisourceEdition[] {
  return [...editions].sort(
    (a, b) =>
      compareLanguages(a.lang, b.lang, chain) ||
      Number(b.item === work) - Number(a.item === work) ||
      a.title.localeCompare(b.title),
  )
}

/** Maps the texts query's rows into texts, their editions ordered for the chain. */
export function mapTexts(rows: readonly Row[], chain: readonly string[]): WikisourceText[] {
  const texts = new Map<string, WikisourceText>()
  const years = new Map<string, { work: number[]; edition: number[] }>()
  for (const row of rows) {
    const id = itemOf(row.text)
    const item = itemOf(row.edition)
    const lang = wikisourceLanguage(row.wiki?.value ?? '')
    const title = row.title?.value
    const role = textRoles.find((r) => r === row.role?.value)
    if (!id || !item || !lang || !title || !role) continue
    let text = texts.get(id)
    if (!text) {
      text = { id, roles: [], label: null, authors: [], year: null, editions: [] }
      texts.set(id, text)
      years.set(id, { work: [], edition: [] })
    }
    if (!text.roles.includes(role)) text.roles.push(role)
    text.label ??= langText(row, 'textLabel')
    const publishedIn = itemOf(row.publishedIn)
    if (publishedIn && !text.publishedIn)
      text.publishedIn = { id: publishedIn, label: langText(row, 'publishedInLabel') }
    if (!text.editions.some((e) => e.lang === lang && e.title === title))
      text.editions.push({ item, lang, title })
    const author = itemOf(row.author)
    if (author && !text.authors.some((a) => a.id === author))
      text.authors.push({ id: author, label: langText(row, 'authorLabel'), name: null })
    const name = row.authorName?.value
    if (name && !text.authors.some((a) => a.name === name))
      text.authors.push({ id: null, label: null, name })
    const found = years.get(id)
    const workYear = yearOf(row.workDate?.value ?? '')
    const editionYear = item === id ? null : yearOf(row.date?.value ?? '')
    if (workYear !== null) found?.work.push(workYear)
    if (editionYear !== null) found?.edition.push(editionYear)
  }
  for (const text of texts.values()) {
    const found = years.get(text.id)
    // The work's first publication; an edition's date only when the work has none.
    const candidates = found?.work.length ? found.work : (found?.edition ?? [])
    text.year = candidates.length ? Math.min(...candidates) : null
    text.roles.sort((a, b) => textRoles.indexOf(a) - textRoles.indexOf(b))
    text.editions = orderEditions(text.editions, chain, text.id)
  }
  return [...texts.values()]
}

/** The texts of a group, in one language: the language of each text's first edition. */
export interface TextLanguageGroup {
  lang: string
  texts: WikisourceText[]
}

export interface TextGroupView {
  group: TextGroup
  languages: TextLanguageGroup[]
}

/** The group a text belongs to: the first of `textGroups` that one of its roles gives. */
export function groupOf(text: WikisourceText): TextGroup {
  const groups = text.roles.map((r) => groupOfRole[r])
  return textGroups.find((g) => groups.includes(g)) ?? 'about'
}

/**
 * Texts grouped for showing: editions of the topic, texts by it, texts about it; inside each, by the language of their
 * best edition with the content language first, then the rest of the chain, then the others
 * alphabetically; inside a language, oldest first and then by title.
 */
export function groupTexts(
  texts: readonly WikisourceText[],
  chain: readonly string[],
): TextGroupView[] {
  const out: TextGroupView[] = []
  for (const group of textGroups) {
    const byLang = new Map<string, WikisourceText[]>()
    for (const text of texts) {
      const lang = text.editions[0]?.lang
      if (!lang || groupOf(text) !== group) continue
      byLang.set(lang, [...(byLang.get(lang) ?? []), text])
    }
    if (!byLang.size) continue
    const languages = [...byLang.entries()]
      .sort(([a], [b]) => compareLanguages(a, b, chain))
      .map(([lang, list]) => ({
        lang,
        texts: list.sort(
          (a, b) =>
            (a.year ?? Infinity) - (b.year ?? Infinity) ||
            (a.label?.value ?? a.editions[0]?.title ?? '').localeCompare(
              b.label?.value ?? b.editions[0]?.title ?? '',
            ),
        ),
      }))
    out.push({ group, languages })
  }
  return out
}

/** Reads the `text` URL parameter (`fi:Abckiria`) naming the page open in the reader. */
export function readTextParam(value: unknown): WikisourcePage | null {
  const raw = Array.isArray(value) ? value[0] : value
  if (typeof raw !== 'string') return null
  const at = raw.indexOf(':')
  const lang = raw.slice(0, at)
  const title = raw
    .slice(at + 1)
    .replace(/_/g, ' ')
    .trim()
  if (at < 1 || !isLanguageCode(lang) || !title || title.length > 255) return null
  return { lang, title }
}

/** Writes a page as the `text` URL parameter. */
export function textParam(page: WikisourcePage): string {
  return `${page.lang}:${page.title.replace(/ /g, '_')}`
}
