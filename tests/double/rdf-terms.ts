import { rawurlencode } from './titles.ts'

/** The namespaces of the Wikibase RDF mapping, as the query service predeclares them. */
export const PREFIXES = {
  wd: 'http://www.wikidata.org/entity/',
  wds: 'http://www.wikidata.org/entity/statement/',
  wdv: 'http://www.wikidata.org/value/',
  wdref: 'http://www.wikidata.org/reference/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  wdtn: 'http://www.wikidata.org/prop/direct-normalized/',
  p: 'http://www.wikidata.org/prop/',
  ps: 'http://www.wikidata.org/prop/statement/',
  psv: 'http://www.wikidata.org/prop/statement/value/',
  psn: 'http://www.wikidata.org/prop/statement/value-normalized/',
  pq: 'http://www.wikidata.org/prop/qualifier/',
  pqv: 'http://www.wikidata.org/prop/qualifier/value/',
  pqn: 'http://www.wikidata.org/prop/qualifier/value-normalized/',
  pr: 'http://www.wikidata.org/prop/reference/',
  prv: 'http://www.wikidata.org/prop/reference/value/',
  prn: 'http://www.wikidata.org/prop/reference/value-normalized/',
  wdno: 'http://www.wikidata.org/prop/novalue/',
  wdata: 'http://www.wikidata.org/wiki/Special:EntityData/',
  wikibase: 'http://wikiba.se/ontology#',
  schema: 'http://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  geo: 'http://www.opengis.net/ont/geosparql#',
  geof: 'http://www.opengis.net/def/function/geosparql/',
  bd: 'http://www.bigdata.com/rdf#',
  hint: 'http://www.bigdata.com/queryHints#',
} as const

/** The SPARQL prologue the query service adds to every query. */
export const SPARQL_PROLOGUE = Object.entries(PREFIXES)
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
  .join('\n')

/** An N-Triples IRI term; characters IRIs may not hold are percent-encoded. */
export function iri(value: string): string {
  const safe = value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (char) => encodeURIComponent(char))
  return `<${safe}>`
}

/** An IRI in one of the mapping's namespaces: `term('wdt', 'P31')`. */
export function term(prefix: keyof typeof PREFIXES, local: string): string {
  return iri(PREFIXES[prefix] + local)
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`
}

const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/

/** A plain or language-tagged literal; undefined for a language code that is no BCP 47 tag. */
export function literal(value: string, language?: string): string | undefined {
  if (language === undefined) return quote(value)
  return LANGUAGE_TAG.test(language) ? `${quote(value)}@${language.toLowerCase()}` : undefined
}

/** A typed literal: `typed('5', 'integer')` is `"5"^^xsd:integer`. */
export function typed(value: string, xsdType: string): string {
  return `${quote(value)}^^${term('xsd', xsdType)}`
}

/** A WKT point literal; other globes than Earth are written first, as Wikibase does. */
export function wktPoint(latitude: number, longitude: number, globe: string): string {
  const prefix = globe === `${PREFIXES.wd}Q2` ? '' : `<${globe}> `
  return `${quote(`${prefix}Point(${longitude} ${latitude})`)}^^${term('geo', 'wktLiteral')}`
}

/** The Special:FilePath IRI the query service gives for a commonsMedia value (spaces as %20). */
export function commonsFileIri(name: string): string {
  return iri(`http://commons.wikimedia.org/wiki/Special:FilePath/${rawurlencode(name)}`)
}

const JULIAN = `${PREFIXES.wd}Q1985786`

function julianToGregorian(year: number, month: number, day: number): [number, number, number] {
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083
  const b = jdn + 32044
  const c = Math.floor((4 * b + 3) / 146097)
  const d = b - Math.floor((146097 * c) / 4)
  const e = Math.floor((4 * d + 3) / 1461)
  const f = d - Math.floor((1461 * e) / 4)
  const g = Math.floor((5 * f + 2) / 153)
  return [
    100 * c + e - 4800 + Math.floor(g / 10),
    g + 3 - 12 * Math.floor(g / 10),
    f - Math.floor((153 * g + 2) / 5) + 1,
  ]
}

/**
 * The xsd:dateTime of a Wikibase time: unknown months and days become 01, day-precision Julian
 * dates are converted to Gregorian, and years are astronomical (1 BCE is 0000), as in XSD 1.1.
 */
export function xsdDateTime(time: string, precision: number, calendar: string): string | undefined {
  const match = /^([+-])(\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$/.exec(time)
  if (match === null) return undefined
  const [, sign, yearText = '', monthText = '', dayText = '', hh, mm, ss] = match
  const historical = Number(yearText) * (sign === '-' ? -1 : 1)
  let year = historical < 0 ? historical + 1 : historical
  let month = Math.max(1, Number(monthText))
  let day = Math.max(1, Number(dayText))
  if (calendar === JULIAN && precision >= 11)
    [year, month, day] = julianToGregorian(year, month, day)
  const yearOut = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${yearOut}-${pad(month)}-${pad(day)}T${hh}:${mm}:${ss}Z`
}

/** An xsd:decimal lexical form of a Wikibase amount (`+1.5` is `1.5`). */
export function decimal(amount: string): string {
  return amount.replace(/^\+/, '')
}
