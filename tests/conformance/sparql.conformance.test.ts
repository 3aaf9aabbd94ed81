// @vitest-environment node
/**
 * The query service: SPARQL 1.1 JSON results (Blazegraph-written, from WDQS and another Wikibase)
 * through mapSparqlResults and mapFormatterUrls; the `.rq` query texts beside them must be
 * rejected as results and must name every variable their results carry.
 */
import { describe, expect, it } from 'vitest'
import { arr, isRecord, rec, str } from '../../src/domain/guards'
import { mapFormatterUrls, mapSparqlResults } from '../../src/domain/sparql'
import { parseWikiTime } from '../../src/domain/wikiTime'
import { accepted, attempt, expectRejected, formatChecked } from './contract'
import {
  filesIn,
  fixturesExist,
  loadFixture,
  readJson,
  readText,
  reportWhenSkipped,
} from './fixtures'

reportWhenSkipped()

const XSD = 'http://www.w3.org/2001/XMLSchema#'

/** `owmf_155_etymology_details_query.rq` and `…_output.json` share the stem `owmf_155_etymology_details`. */
const stem = (file: string) =>
  file.replace(/\.(rq|json)$/, '').replace(/_(query|output|results)$/, '')

function rows(file: string) {
  return accepted(attempt(() => mapSparqlResults(readJson(file))))
}

describe.skipIf(!fixturesExist)('SPARQL files', () => {
  describe.each(filesIn('sparql'))('%s', (file) => {
    const { body } = loadFixture(file)
    const isResults = isRecord(body) && isRecord(body.results)

    it('is accepted as results, or rejected with a ShapeError when it is not', () => {
      const outcome = attempt(() => mapSparqlResults(body))
      if (isResults) expect(mapFormatterUrls(accepted(outcome))).toBeTypeOf('object')
      else expectRejected(outcome)
    })

    if (!isResults) return
    it('keeps every binding with its type, value, language and datatype', () => {
      const mapped = accepted(attempt(() => mapSparqlResults(body)))
      const bindings = arr(rec(body, 'results') ?? {}, 'bindings').filter(isRecord)
      expect(mapped).toHaveLength(bindings.length)
      const vars = arr(rec(body, 'head') ?? {}, 'vars')
      bindings.forEach((raw, i) => {
        const row = mapped[i] ?? {}
        expect(Object.keys(row).sort()).toEqual(Object.keys(raw).sort())
        for (const [name, value] of Object.entries(raw)) {
          expect(vars).toContain(name)
          const binding = isRecord(value) ? value : {}
          const type = str(binding, 'type')
          expect(row[name]).toEqual({
            type: type === 'typed-literal' ? 'literal' : type,
            value: binding.value,
            ...(binding['xml:lang'] ? { lang: binding['xml:lang'] } : {}),
            ...(binding.datatype ? { datatype: binding.datatype } : {}),
          })
        }
      })
    })
  })

  const pairs = filesIn('sparql', '.rq').flatMap((query) =>
    filesIn('sparql', '.json')
      .filter((file) => stem(file) === stem(query))
      .map((file) => [query, file] as const),
  )
  it.each(pairs)('%s names every variable of %s', (query, file) => {
    const text = readText(query)
    const body = readJson(file)
    const head = (isRecord(body) ? rec(body, 'head') : undefined) ?? {}
    for (const name of arr(head, 'vars')) expect(text).toMatch(new RegExp(`\\?${String(name)}\\b`))
  })
})

describe.skipIf(!fixturesExist)('known values', () => {
  it('leaves out the variables an OPTIONAL did not bind, and keeps language tags and datatypes', () => {
    const [tarzan, ...others] = rows('sparql/wikibase-sdk_sparql_results_with_optional_values.json')
    expect(others).toEqual([])
    expect(tarzan?.label).toEqual({ type: 'literal', value: 'Tarzan', lang: 'fr' })
    expect(tarzan?.originalTitle).toEqual({ type: 'literal', value: 'Tarzan', lang: 'en' })
    expect(tarzan?.composerLabel).toEqual({ type: 'literal', value: 'David Newman', lang: 'fr' })
    expect(tarzan?.composer).toEqual({
      type: 'uri',
      value: 'http://www.wikidata.org/entity/Q952428',
    })
    expect(tarzan?.publicationDate).toEqual({
      type: 'literal',
      value: '2013-01-01T00:00:00Z',
      datatype: `${XSD}dateTime`,
    })
    expect(tarzan?.duration).toEqual({ type: 'literal', value: '94', datatype: `${XSD}decimal` })
    expect(tarzan?.imdbId).toEqual({ type: 'literal', value: 'tt1705952' })
    for (const unbound of ['genre', 'genreLabel', 'musicBrainzRGId'])
      expect(tarzan).not.toHaveProperty(unbound)
  })

  it('reads labels, descriptions and aliases from the label service', () => {
    const mapped = rows('sparql/wikibase-sdk_results_with_labels_descriptions_and_aliases.json')
    expect(mapped).toHaveLength(50)
    expect(mapped[0]).toEqual({
      item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q5798647' },
      pseudonyme: { type: 'literal', value: '11' },
      itemLabel: { type: 'literal', value: 'Daniel Rojo', lang: 'en' },
      itemDescription: { type: 'literal', value: 'Spanish writer and actor', lang: 'en' },
      itemAltLabel: { type: 'literal', value: 'Daniel Rojo Bonilla', lang: 'en' },
    })
  })

  it('reads the cities of Europe with their WKT points', () => {
    const cities = rows('sparql/staedtl_eu_cities_results.json')
    expect(cities).toHaveLength(224)
    expect(cities[0]).toMatchObject({
      cityLabel: { type: 'literal', value: 'Köln', lang: 'de' },
      location: {
        type: 'literal',
        value: 'Point(6.957777777 50.942222222)',
        datatype: 'http://www.opengis.net/ont/geosparql#wktLiteral',
      },
      inhabitants: { value: '1073096', datatype: `${XSD}decimal` },
      plzMin: { type: 'literal', value: '50667' },
    })
    for (const city of cities)
      expect(city.location?.value).toMatch(/^Point\(-?\d+(\.\d+)? -?\d+(\.\d+)?\)$/)
  })

  it('keeps empty literals, which GROUP_CONCAT writes for groups with nothing in them', () => {
    const [wojtek] = rows('sparql/owmf_155_etymology_details_output.json')
    expect(wojtek?.name).toEqual({ type: 'literal', value: 'Wojtek', lang: 'it' })
    expect(wojtek?.citizenship).toEqual({ type: 'literal', value: '' })
  })

  it.each([
    ['sparql/owmf_155_etymology_details_output.json', 0, 'birth_date', 1942, 9, '1942'],
    ['sparql/owmf_155_etymology_details_output.json', 0, 'death_date', 1963, 10, 'December 1963'],
    [
      'sparql/wikidata-position-history_metadata_Q14211_UK_PM.json',
      0,
      'inception',
      1721,
      11,
      'April 4, 1721',
    ],
  ])(
    '%s row %s: %s with its precision reads as a Wikibase time (%s, %s)',
    (file, index, name, year, precision, text) => {
      const row = rows(file)[index] ?? {}
      const value = row[name]?.value ?? ''
      const time = parseWikiTime({
        time: `+${value}`,
        precision: Number(row[`${name}_precision`]?.value),
      })
      expect(time).toMatchObject({ year, precision, calendar: 'gregorian' })
      expect(formatChecked(time!)).toBe(text)
    },
  )

  it('reads statement URIs, image URIs and the results of another Wikibase', () => {
    const statements = rows('sparql/wikibase-sdk_sparql_results_with_statements.json')
    expect(statements).toHaveLength(34)
    for (const row of statements)
      expect(row.statement?.value).toMatch(
        /^http:\/\/www\.wikidata\.org\/entity\/statement\/Q\d+-/i,
      ) // old ids: q123-…
    const holders = rows('sparql/wikidata-position-history_biodata_Q14211_UK_PM.json')
    expect(holders).toHaveLength(57)
    expect(holders[0]).toEqual({
      item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q192' },
      image: {
        type: 'uri',
        value: 'http://commons.wikimedia.org/wiki/Special:FilePath/David%20Cameron%20official.jpg',
      },
    })
    const registry = rows('sparql/wikibase-sdk_properties_list_wikibase-registry.json')
    expect(registry[0]).toEqual({
      property: { type: 'uri', value: 'http://wikibase-registry.wmflabs.org/entity/P2' },
      propertyType: { type: 'uri', value: 'http://wikiba.se/ontology#Url' },
      propertyLabel: { type: 'literal', value: 'P2' },
    })
    // Not a formatter-URL query: nothing to take from it.
    expect(mapFormatterUrls(registry)).toEqual({})
  })

  it('reads the two most recent publications with typed dates', () => {
    const books = rows('sparql/book-alert_recent_publications_results.json')
    expect(books.map((b) => b.title?.value)).toHaveLength(2)
    expect(books[0]).toEqual({
      work: { type: 'uri', value: 'http://www.wikidata.org/entity/Q107123470' },
      authorLabel: { type: 'literal', value: 'Martha Wells', lang: 'en' },
      title: { type: 'literal', value: 'Fugitive Telemetry', lang: 'en' },
      publicationDate: {
        type: 'literal',
        value: '2021-04-27T00:00:00Z',
        datatype: `${XSD}dateTime`,
      },
    })
  })
})
