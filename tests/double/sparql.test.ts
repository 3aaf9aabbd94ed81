// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { Double } from './index.ts'
import { isObject, parseJson, type Json } from './json.ts'
import { xsdDateTime } from './rdf-terms.ts'
import { at, send, testDouble } from './test-support.ts'

let double: Double
beforeAll(async () => {
  double = await testDouble()
})

const ENDPOINT = 'https://query.wikidata.org/sparql'
const JSON_RESULTS = 'application/sparql-results+json'

async function sparql(query: string): Promise<Json> {
  const response = await send(double, `${ENDPOINT}?query=${encodeURIComponent(query)}`, {
    headers: { accept: JSON_RESULTS },
  })
  expect(response.status).toBe(200)
  return parseJson(await response.text())
}

/** The rows of a SELECT as `{ variable: value }`, literals with their language or datatype. */
async function rows(query: string): Promise<Record<string, string>[]> {
  const bindings = at(await sparql(query), 'results', 'bindings')
  if (!Array.isArray(bindings)) return []
  return bindings.map((binding) => {
    const row: Record<string, string> = {}
    for (const [name, term] of Object.entries(isObject(binding) ? binding : {})) {
      const value = String(at(term, 'value'))
      const lang = at(term, 'xml:lang')
      const datatype = at(term, 'datatype')
      row[name] =
        typeof lang === 'string'
          ? `${value}@${lang}`
          : typeof datatype === 'string'
            ? `${value}^^${datatype.replace('http://www.w3.org/2001/XMLSchema#', 'xsd:')}`
            : value
    }
    return row
  })
}

const WD = 'http://www.wikidata.org/entity/'

describe('query text', () => {
  it('reads a # inside an IRI or a string as part of it, not as a comment', async () => {
    const query = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wikibase: <http://wikiba.se/ontology#>
# a real comment
SELECT ?label WHERE { <http://www.wikidata.org/entity/Q33> rdfs:label ?label FILTER(?label != "no # here") } LIMIT 1`
    expect(await rows(query)).toHaveLength(1)
  })
})

describe('the Wikibase RDF mapping', () => {
  it('writes truthy wdt: values for the best rank only', async () => {
    expect(await rows('SELECT ?pop WHERE { wd:Q1757 wdt:P1082 ?pop }')).toEqual([
      { pop: '664028^^xsd:decimal' },
    ])
    expect(await rows('SELECT ?class WHERE { wd:Q1757 wdt:P31 ?class } ORDER BY ?class')).toEqual([
      { class: `${WD}Q5119` },
      { class: `${WD}Q515` },
    ])
  })

  it('writes every statement with rank, value, qualifiers and references', async () => {
    const found = await rows(`SELECT ?pop ?rank ?when ?best WHERE {
      wd:Q1757 p:P1082 ?s . ?s ps:P1082 ?pop ; wikibase:rank ?rank .
      OPTIONAL { ?s pq:P585 ?when }
      BIND(EXISTS { ?s a wikibase:BestRank } AS ?best)
    } ORDER BY DESC(?pop)`)
    expect(found).toEqual([
      {
        pop: '664028^^xsd:decimal',
        rank: 'http://wikiba.se/ontology#PreferredRank',
        when: '2023-12-31T00:00:00Z^^xsd:dateTime',
        best: 'true^^xsd:boolean',
      },
      {
        pop: '656920^^xsd:decimal',
        rank: 'http://wikiba.se/ontology#NormalRank',
        when: '2021-01-01T00:00:00Z^^xsd:dateTime',
        best: 'false^^xsd:boolean',
      },
      {
        pop: '500000^^xsd:decimal',
        rank: 'http://wikiba.se/ontology#DeprecatedRank',
        best: 'false^^xsd:boolean',
      },
    ])
    expect(
      await rows(
        `SELECT ?s ?url WHERE { wd:Q1757 p:P1082 ?s . ?s prov:wasDerivedFrom/pr:P854 ?url }`,
      ),
    ).toEqual([
      {
        s: 'http://www.wikidata.org/entity/statement/Q1757-00000006-0000-4000-8000-000000000000',
        url: 'https://stat.fi/',
      },
    ])
  })

  it('writes time value nodes with precision and calendar, converting Julian days', async () => {
    expect(
      await rows(`SELECT ?time ?precision ?calendar WHERE {
        wd:Q1757 p:P571/psv:P571 ?v . ?v wikibase:timeValue ?time ;
        wikibase:timePrecision ?precision ; wikibase:timeCalendarModel ?calendar }`),
    ).toEqual([
      {
        time: '1550-06-22T00:00:00Z^^xsd:dateTime',
        precision: '11^^xsd:integer',
        calendar: `${WD}Q1985786`,
      },
    ])
    expect(await rows('SELECT ?t WHERE { wd:Q900003 wdt:P571 ?t }')).toEqual([
      { t: '-0499-01-01T00:00:00Z^^xsd:dateTime' },
    ])
    expect(await rows('SELECT ?y WHERE { wd:Q900003 wdt:P571 ?t BIND(YEAR(?t) AS ?y) }')).toEqual([
      { y: '-499^^xsd:integer' },
    ])
  })

  it('writes quantities with units and bounds', async () => {
    expect(
      await rows(`SELECT ?amount ?unit ?upper WHERE { wd:Q1757 p:P2046/psv:P2046 ?v .
        ?v wikibase:quantityAmount ?amount ; wikibase:quantityUnit ?unit ; wikibase:quantityUpperBound ?upper }`),
    ).toEqual([
      { amount: '715.48^^xsd:decimal', unit: `${WD}Q712226`, upper: '715.49^^xsd:decimal' },
    ])
  })

  it('writes coordinates as WKT points (longitude first), files and URLs as IRIs', async () => {
    expect(
      await rows(
        'SELECT ?point ?image ?site ?viaf WHERE { wd:Q1757 wdt:P625 ?point ; wdt:P18 ?image ; wdt:P856 ?site ; wdt:P214 ?viaf }',
      ),
    ).toEqual([
      {
        point: 'Point(24.9375 60.170833)^^http://www.opengis.net/ont/geosparql#wktLiteral',
        image: 'http://commons.wikimedia.org/wiki/Special:FilePath/Helsinki%20Cathedral.jpg',
        site: 'https://www.hel.fi/',
        viaf: '158859906',
      },
    ])
  })

  it('writes monolingual text as language-tagged literals', async () => {
    expect(await rows('SELECT ?name WHERE { wd:Q1757 wdt:P1448 ?name } ORDER BY ?name')).toEqual([
      { name: 'Helsingfors stad@sv' },
      { name: 'Helsingin kaupunki@fi' },
    ])
  })

  it('writes labels, descriptions and aliases per language', async () => {
    expect(
      await rows(`SELECT ?label ?description ?alias WHERE { wd:Q1757 rdfs:label ?label ;
        schema:description ?description ; skos:altLabel ?alias .
        FILTER(LANG(?label) = "se" && LANG(?description) = "fi" && LANG(?alias) = "fi") }`),
    ).toEqual([{ label: 'Helsset@se', description: 'Suomen pääkaupunki@fi', alias: 'Stadi@fi' }])
    expect(
      await rows('SELECT ?name WHERE { wd:Q33 schema:name ?name FILTER(LANG(?name) = "smn") }'),
    ).toEqual([{ name: 'Suomâ@smn' }])
  })

  it('writes sitelinks as schema:Article with about, isPartOf, inLanguage and name', async () => {
    expect(
      await rows(`SELECT ?article ?wiki ?lang ?name WHERE { ?article schema:about wd:Q1757 ;
        schema:isPartOf ?wiki ; schema:inLanguage ?lang ; schema:name ?name } ORDER BY ?article`),
    ).toEqual([
      {
        article: 'https://en.wikipedia.org/wiki/Helsinki',
        wiki: 'https://en.wikipedia.org/',
        lang: 'en',
        name: 'Helsinki@en',
      },
      {
        article: 'https://fi.wikipedia.org/wiki/Helsinki',
        wiki: 'https://fi.wikipedia.org/',
        lang: 'fi',
        name: 'Helsinki@fi',
      },
      {
        article: 'https://se.wikipedia.org/wiki/Helsset',
        wiki: 'https://se.wikipedia.org/',
        lang: 'se',
        name: 'Helsset@se',
      },
      {
        article: 'https://sv.wikipedia.org/wiki/Helsingfors',
        wiki: 'https://sv.wikipedia.org/',
        lang: 'sv',
        name: 'Helsingfors@sv',
      },
    ])
    expect(
      await rows(
        'SELECT ?a WHERE { ?a schema:about wd:Q33 ; schema:isPartOf <https://fi.wikisource.org/> }',
      ),
    ).toEqual([{ a: 'https://fi.wikisource.org/wiki/Suomi' }])
    expect(await rows('SELECT ?n WHERE { wd:Q1757 wikibase:sitelinks ?n }')).toEqual([
      { n: '5^^xsd:integer' },
    ])
  })

  it('declares properties with their predicates, type and labels', async () => {
    expect(
      await rows(`SELECT ?direct ?claim ?qualifier ?type ?label WHERE { wd:P1082 wikibase:directClaim ?direct ;
        wikibase:claim ?claim ; wikibase:qualifier ?qualifier ; wikibase:propertyType ?type ;
        rdfs:label ?label FILTER(LANG(?label) = "en") }`),
    ).toEqual([
      {
        direct: 'http://www.wikidata.org/prop/direct/P1082',
        claim: 'http://www.wikidata.org/prop/P1082',
        qualifier: 'http://www.wikidata.org/prop/qualifier/P1082',
        type: 'http://wikiba.se/ontology#Quantity',
        label: 'population@en',
      },
    ])
    // P856 has no entity file: its declaration comes from the datatype in the snaks.
    expect(await rows('SELECT ?type WHERE { wd:P856 wikibase:propertyType ?type }')).toEqual([
      { type: 'http://wikiba.se/ontology#Url' },
    ])
  })

  it('writes unknown values as skolem IRIs and no values as wdno: classes', async () => {
    const unknown = await rows('SELECT ?who WHERE { wd:Q1757 wdt:P6 ?who }')
    expect(unknown[0]?.who).toMatch(
      /^http:\/\/www\.wikidata\.org\/\.well-known\/genid\/[0-9a-f]{32}$/,
    )
    expect(at(await sparql('ASK { wd:Q33 a wdno:P1366 }'), 'boolean')).toBe(true)
    expect(at(await sparql('ASK { wd:Q33 wdt:P1366 ?any }'), 'boolean')).toBe(false)
  })

  it('writes redirects as owl:sameAs', async () => {
    expect(await rows('SELECT ?to WHERE { wd:Q900099 owl:sameAs ?to }')).toEqual([
      { to: `${WD}Q1757` },
    ])
  })

  it('follows property paths', async () => {
    expect(
      await rows(`SELECT ?place WHERE { wd:Q900002 wdt:P131* ?place } ORDER BY ?place`),
    ).toEqual([
      { place: `${WD}Q1757` },
      { place: `${WD}Q33` },
      { place: `${WD}Q900001` },
      { place: `${WD}Q900002` },
    ])
    expect(await rows('SELECT ?c WHERE { wd:Q900002 wdt:P131+/wdt:P36 ?c }')).toEqual([
      { c: `${WD}Q1757` },
    ])
  })
})

describe('xsdDateTime', () => {
  it.each([
    ['+2001-12-31T00:00:00Z', 11, 'Q1985727', '2001-12-31T00:00:00Z'],
    ['+1952-00-00T00:00:00Z', 9, 'Q1985727', '1952-01-01T00:00:00Z'],
    ['+1550-06-12T00:00:00Z', 11, 'Q1985786', '1550-06-22T00:00:00Z'],
    ['+1550-06-00T00:00:00Z', 10, 'Q1985786', '1550-06-01T00:00:00Z'],
    ['-0001-00-00T00:00:00Z', 9, 'Q1985786', '0000-01-01T00:00:00Z'],
    ['-13798000000-00-00T00:00:00Z', 3, 'Q1985727', '-13797999999-01-01T00:00:00Z'],
  ])('maps %s (precision %i, %s) to %s', (time, precision, calendar, expected) => {
    expect(xsdDateTime(time, precision, `${WD}${calendar}`)).toBe(expected)
  })
})

describe('the query service endpoint', () => {
  const query = 'SELECT ?l WHERE { wd:Q33 rdfs:label ?l FILTER(LANG(?l) = "fi") }'

  it('answers POSTed forms and sparql-query bodies', async () => {
    const form = await send(double, ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: JSON_RESULTS },
      body: new URLSearchParams({ query }).toString(),
    })
    expect(at(parseJson(await form.text()), 'results', 'bindings', 0, 'l', 'value')).toBe('Suomi')
    const direct = await send(double, `${ENDPOINT}?format=json`, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query' },
      body: query,
    })
    expect(direct.headers.get('content-type')).toBe('application/sparql-results+json;charset=utf-8')
    expect(direct.headers.get('access-control-allow-origin')).toBe('*')
    expect(at(parseJson(await direct.text()), 'head', 'vars')).toEqual(['l'])
  })

  it('answers in XML when nothing asks for JSON, as WDQS does', async () => {
    const response = await send(double, `${ENDPOINT}?query=${encodeURIComponent(query)}`)
    expect(response.headers.get('content-type')).toContain('application/sparql-results+xml')
    expect(await response.text()).toContain('<literal xml:lang="fi">Suomi</literal>')
  })

  it('answers ASK and CONSTRUCT', async () => {
    expect(at(await sparql('ASK { wd:Q1757 wdt:P17 wd:Q33 }'), 'boolean')).toBe(true)
    const graph = await send(
      double,
      `${ENDPOINT}?query=${encodeURIComponent('CONSTRUCT { wd:Q33 wdt:P36 ?c } WHERE { wd:Q33 wdt:P36 ?c }')}`,
      { headers: { accept: 'text/turtle' } },
    )
    expect(graph.headers.get('content-type')).toContain('text/turtle')
    expect(await graph.text()).toContain('Q1757')
  })

  it('answers a malformed query with 400 and a text body', async () => {
    const response = await send(
      double,
      `${ENDPOINT}?query=${encodeURIComponent('SELECT ?x WHERE {')}`,
    )
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('text/plain')
    expect(await response.text()).toContain('MalformedQueryException')
  })

  it('says plainly that there is no label service', async () => {
    const response = await send(
      double,
      `${ENDPOINT}?query=${encodeURIComponent('SELECT ?x ?xLabel WHERE { BIND(wd:Q33 AS ?x) SERVICE wikibase:label { bd:serviceParam wikibase:language "fi". } }')}`,
    )
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('no label service')
  })

  it('rewrites Special:FilePath IRIs to the mount when a public base is given', async () => {
    const mounted = await testDouble({
      publicBase: (host) => `http://127.0.0.1:5173/_double/${host}`,
    })
    const response = await mounted.handle(
      new Request(
        `${ENDPOINT}?format=json&query=${encodeURIComponent('SELECT ?i WHERE { wd:Q1757 wdt:P18 ?i }')}`,
      ),
    )
    expect(at(parseJson(await response.text()), 'results', 'bindings', 0, 'i', 'value')).toBe(
      'http://127.0.0.1:5173/_double/commons.wikimedia.org/wiki/Special:FilePath/Helsinki%20Cathedral.jpg',
    )
  })
})
