import type { Dataset } from './dataset.ts'
import {
  commonsFileIri,
  decimal,
  iri,
  literal,
  PREFIXES,
  term,
  typed,
  wktPoint,
  xsdDateTime,
} from './rdf-terms.ts'
import { sitelinkUrl, siteOf } from './sites.ts'
import { md5, wfUrlencode } from './titles.ts'
import { bestStatements, type Entity, type Snak } from './wikibase.ts'

/** Wikibase datatype → the `wikibase:propertyType` local name. */
const PROPERTY_TYPES: Record<string, string> = {
  'wikibase-item': 'WikibaseItem',
  'wikibase-property': 'WikibaseProperty',
  'wikibase-lexeme': 'WikibaseLexeme',
  'wikibase-form': 'WikibaseForm',
  'wikibase-sense': 'WikibaseSense',
  string: 'String',
  'external-id': 'ExternalId',
  url: 'Url',
  commonsMedia: 'CommonsMedia',
  time: 'Time',
  quantity: 'Quantity',
  'globe-coordinate': 'GlobeCoordinate',
  monolingualtext: 'Monolingualtext',
  math: 'Math',
  'geo-shape': 'GeoShape',
  'tabular-data': 'TabularData',
  'musical-notation': 'MusicalNotation',
  'entity-schema': 'EntitySchema',
}

const RANKS = { preferred: 'PreferredRank', normal: 'NormalRank', deprecated: 'DeprecatedRank' }

/** Collects N-Triples lines, writing each value node once. */
class Writer {
  readonly lines: string[] = []
  private readonly valueNodes = new Set<string>()

  constructor(private readonly dataset: Dataset) {}

  add(subject: string, predicate: string, object: string | undefined): void {
    if (object !== undefined) this.lines.push(`${subject} ${predicate} ${object} .`)
  }

  datatype(snak: Snak): string | undefined {
    return snak.datatype ?? this.dataset.propertyTypes.get(snak.property)
  }

  /** The simple value (`wdt:`, `ps:`, `pq:`) of a snak with a value. */
  simpleValue(snak: Snak): string | undefined {
    const value = snak.value
    if (value === undefined) return undefined
    switch (value.type) {
      case 'wikibase-entityid':
        return term('wd', value.id)
      case 'monolingualtext':
        return literal(value.text, value.language)
      case 'time': {
        const time = xsdDateTime(value.time, value.precision, value.calendarmodel)
        return time === undefined ? undefined : typed(time, 'dateTime')
      }
      case 'quantity':
        return typed(decimal(value.amount), 'decimal')
      case 'globecoordinate':
        return wktPoint(value.latitude, value.longitude, value.globe)
      case 'string':
        switch (this.datatype(snak)) {
          case 'url':
            return iri(value.value)
          case 'commonsMedia':
            return commonsFileIri(value.value)
          case 'geo-shape':
          case 'tabular-data':
            return iri(`http://commons.wikimedia.org/data/main/${wfUrlencode(value.value)}`)
          case 'entity-schema':
            return iri(`https://www.wikidata.org/wiki/EntitySchema:${value.value}`)
          default:
            return literal(value.value)
        }
    }
  }

  /** The full value node (`psv:`, `pqv:`) of times, quantities and coordinates. */
  valueNode(snak: Snak): string | undefined {
    const value = snak.value
    if (value === undefined) return undefined
    if (value.type !== 'time' && value.type !== 'quantity' && value.type !== 'globecoordinate') {
      return undefined
    }
    const hash = md5(JSON.stringify(snak.raw))
    const node = term('wdv', hash)
    if (this.valueNodes.has(hash)) return node
    this.valueNodes.add(hash)
    const attribute = (local: string, object: string | undefined) =>
      this.add(node, term('wikibase', local), object)
    if (value.type === 'time') {
      this.add(node, term('rdf', 'type'), term('wikibase', 'TimeValue'))
      attribute('timeValue', this.simpleValue(snak))
      attribute('timePrecision', typed(String(value.precision), 'integer'))
      attribute('timeTimezone', typed(String(value.timezone), 'integer'))
      attribute('timeCalendarModel', iri(value.calendarmodel))
    } else if (value.type === 'quantity') {
      this.add(node, term('rdf', 'type'), term('wikibase', 'QuantityValue'))
      attribute('quantityAmount', typed(decimal(value.amount), 'decimal'))
      if (value.upperBound !== undefined)
        attribute('quantityUpperBound', typed(decimal(value.upperBound), 'decimal'))
      if (value.lowerBound !== undefined)
        attribute('quantityLowerBound', typed(decimal(value.lowerBound), 'decimal'))
      attribute('quantityUnit', value.unit === '1' ? term('wd', 'Q199') : iri(value.unit))
    } else {
      this.add(node, term('rdf', 'type'), term('wikibase', 'GlobecoordinateValue'))
      attribute('geoLatitude', typed(String(value.latitude), 'double'))
      attribute('geoLongitude', typed(String(value.longitude), 'double'))
      if (value.precision !== null)
        attribute('geoPrecision', typed(String(value.precision), 'double'))
      attribute('geoGlobe', iri(value.globe))
    }
    return node
  }

  /** Writes one snak of `subject` with the simple and value predicates given. */
  snak(subject: string, snak: Snak, simple: 'ps' | 'pq' | 'pr', full: 'psv' | 'pqv' | 'prv'): void {
    if (snak.snaktype === 'novalue') {
      this.add(subject, term('rdf', 'type'), term('wdno', snak.property))
      return
    }
    const object = snak.snaktype === 'somevalue' ? someValue(subject, snak) : this.simpleValue(snak)
    this.add(subject, term(simple, snak.property), object)
    this.add(subject, term(full, snak.property), this.valueNode(snak))
  }
}

/** WDQS writes unknown values as skolem IRIs (since 2022), not blank nodes. */
function someValue(subject: string, snak: Snak): string {
  return iri(
    `http://www.wikidata.org/.well-known/genid/${md5(subject + snak.property + (snak.hash ?? ''))}`,
  )
}

function writeTerms(w: Writer, subject: string, entity: Entity): void {
  for (const [language, value] of entity.labels) {
    const label = literal(value, language)
    w.add(subject, term('rdfs', 'label'), label)
    w.add(subject, term('skos', 'prefLabel'), label)
    w.add(subject, term('schema', 'name'), label)
  }
  for (const [language, value] of entity.descriptions) {
    w.add(subject, term('schema', 'description'), literal(value, language))
  }
  for (const [language, values] of entity.aliases) {
    for (const value of values) w.add(subject, term('skos', 'altLabel'), literal(value, language))
  }
}

function writeStatements(w: Writer, subject: string, entity: Entity): void {
  const best = new Set(bestStatements(entity))
  for (const statement of entity.statements) {
    const { mainsnak } = statement
    const node = term('wds', statement.id.replace('$', '-'))
    w.add(subject, term('p', mainsnak.property), node)
    w.add(node, term('rdf', 'type'), term('wikibase', 'Statement'))
    w.add(node, term('wikibase', 'rank'), term('wikibase', RANKS[statement.rank]))
    if (best.has(statement)) {
      w.add(node, term('rdf', 'type'), term('wikibase', 'BestRank'))
      if (mainsnak.snaktype === 'novalue') {
        w.add(subject, term('rdf', 'type'), term('wdno', mainsnak.property))
      } else {
        const object =
          mainsnak.snaktype === 'somevalue' ? someValue(node, mainsnak) : w.simpleValue(mainsnak)
        w.add(subject, term('wdt', mainsnak.property), object)
      }
    }
    w.snak(node, mainsnak, 'ps', 'psv')
    for (const qualifier of statement.qualifiers) w.snak(node, qualifier, 'pq', 'pqv')
    for (const reference of statement.references) {
      const referenceNode = term('wdref', reference.hash)
      w.add(node, term('prov', 'wasDerivedFrom'), referenceNode)
      w.add(referenceNode, term('rdf', 'type'), term('wikibase', 'Reference'))
      for (const snak of reference.snaks) w.snak(referenceNode, snak, 'pr', 'prv')
    }
  }
}

function writeSitelinks(w: Writer, subject: string, entity: Entity): void {
  for (const link of entity.sitelinks) {
    const site = siteOf(link.site)
    const url = link.url ?? sitelinkUrl(link.site, link.title)
    if (site === undefined || url === undefined) continue
    const article = iri(url)
    w.add(article, term('rdf', 'type'), term('schema', 'Article'))
    w.add(article, term('schema', 'about'), subject)
    w.add(article, term('schema', 'isPartOf'), iri(`https://${site.host}/`))
    if (site.language !== '') {
      w.add(article, term('schema', 'inLanguage'), literal(site.language))
      w.add(article, term('schema', 'name'), literal(link.title, site.language))
    } else {
      w.add(article, term('schema', 'name'), literal(link.title))
    }
    for (const badge of link.badges) w.add(article, term('wikibase', 'badge'), term('wd', badge))
  }
  w.add(subject, term('wikibase', 'sitelinks'), typed(String(entity.sitelinks.length), 'integer'))
}

function writeEntity(w: Writer, entity: Entity): void {
  const subject = term('wd', entity.id)
  const type =
    entity.type === 'property' ? 'Property' : entity.type === 'lexeme' ? 'Lexeme' : 'Item'
  w.add(subject, term('rdf', 'type'), term('wikibase', type))
  writeTerms(w, subject, entity)
  writeStatements(w, subject, entity)
  if (entity.type === 'item') writeSitelinks(w, subject, entity)
  const identifiers = entity.statements.filter((s) => w.datatype(s.mainsnak) === 'external-id')
  w.add(subject, term('wikibase', 'statements'), typed(String(entity.statements.length), 'integer'))
  w.add(subject, term('wikibase', 'identifiers'), typed(String(identifiers.length), 'integer'))
  const { lastrevid, modified } = entity.raw
  if (typeof lastrevid === 'number')
    w.add(subject, term('schema', 'version'), typed(String(lastrevid), 'integer'))
  if (typeof modified === 'string')
    w.add(subject, term('schema', 'dateModified'), typed(modified, 'dateTime'))
}

function writeProperty(w: Writer, id: string, datatype: string | undefined): void {
  const subject = term('wd', id)
  const links: [string, keyof typeof PREFIXES][] = [
    ['directClaim', 'wdt'],
    ['claim', 'p'],
    ['statementProperty', 'ps'],
    ['statementValue', 'psv'],
    ['qualifier', 'pq'],
    ['qualifierValue', 'pqv'],
    ['reference', 'pr'],
    ['referenceValue', 'prv'],
    ['novalue', 'wdno'],
  ]
  for (const [predicate, prefix] of links)
    w.add(subject, term('wikibase', predicate), term(prefix, id))
  const type = datatype === undefined ? undefined : PROPERTY_TYPES[datatype]
  if (type !== undefined) w.add(subject, term('wikibase', 'propertyType'), term('wikibase', type))
}

/** The dataset's entities in the Wikibase RDF mapping, as N-Triples. */
export function datasetToNTriples(dataset: Dataset): string {
  const w = new Writer(dataset)
  const properties = new Set<string>(dataset.propertyTypes.keys())
  for (const entity of dataset.entities.values()) {
    writeEntity(w, entity)
    if (entity.type === 'property') properties.add(entity.id)
    for (const statement of entity.statements) {
      properties.add(statement.mainsnak.property)
      for (const qualifier of statement.qualifiers) properties.add(qualifier.property)
    }
  }
  for (const id of properties) writeProperty(w, id, dataset.propertyTypes.get(id))
  for (const [from, to] of dataset.redirects) {
    w.add(term('wd', from), term('owl', 'sameAs'), term('wd', to))
  }
  return w.lines.join('\n') + '\n'
}
