// @vitest-environment node
/**
 * Wikidata entities (`wbgetentities`, `Special:EntityData`, bare entity JSON) through
 * mapEntityResponse / mapEntity / mapStatement and what uses them: every file accepted or rejected
 * with a ShapeError, every term, sitelink, statement and time value agreeing with the raw JSON, and
 * the known values of the files checked one by one.
 */
import { describe, expect, it } from 'vitest'
import { bestStatements, mapEntityResponse, type Entity } from '../../src/domain/entity'
import { arr, isRecord, rec, str, type JsonRecord } from '../../src/domain/guards'
import { mapStatement, type WikiValue } from '../../src/domain/values'
import { parseWikiTime } from '../../src/domain/wikiTime'
import {
  accepted,
  attempt,
  exerciseEntity,
  expectRejected,
  formatChecked,
  mapAnyEntities,
} from './contract'
import {
  filesIn,
  findTimeValues,
  fixturesExist,
  loadFixture,
  readJson,
  reportWhenSkipped,
} from './fixtures'

reportWhenSkipped()

const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727'
const JULIAN = 'http://www.wikidata.org/entity/Q1985786'

/** Entity bodies: entities/ and the Commons MediaInfo entities (JSON and TypeScript data). */
const entityFiles = () => [
  ...filesIn('entities'),
  ...filesIn('commons').filter((f) => /mediainfo/i.test(f)),
]

/** The raw entity objects of a body, by id. */
function rawEntities(body: unknown): Record<string, JsonRecord> {
  const map = isRecord(body) ? (rec(body, 'entities') ?? { [String(body.id)]: body }) : {}
  const out: Record<string, JsonRecord> = {}
  for (const record of Object.values(map)) {
    if (isRecord(record) && !('missing' in record)) out[str(record, 'id') ?? ''] = record
  }
  return out
}

function rawMap(record: JsonRecord, key: string): JsonRecord {
  return rec(record, key) ?? {}
}

/** What a raw main snak's value must come out as, read from the raw JSON independently. */
function expectValueAgrees(snak: JsonRecord, value: WikiValue): void {
  const snaktype = str(snak, 'snaktype')
  if (snaktype !== 'value') {
    expect(value).toEqual({ type: snaktype })
    return
  }
  const datavalue = rec(snak, 'datavalue') ?? {}
  const raw = datavalue.value
  const datatype = str(snak, 'datatype') ?? ''
  switch (str(datavalue, 'type')) {
    case 'string': {
      const expected: Record<string, WikiValue> = {
        commonsMedia: { type: 'commonsMedia', file: String(raw) },
        'external-id': { type: 'external-id', value: String(raw) },
        url: { type: 'url', value: String(raw) },
        'geo-shape': { type: 'page', title: String(raw) },
        'tabular-data': { type: 'page', title: String(raw) },
      }
      expect(value).toEqual(expected[datatype] ?? { type: 'string', value: raw })
      return
    }
    case 'wikibase-entityid': {
      const entity = isRecord(raw) ? raw : {}
      // Older bodies give only the entity type and the number.
      const prefix = { item: 'Q', property: 'P', lexeme: 'L' }[str(entity, 'entity-type') ?? '']
      const id = str(entity, 'id') ?? `${prefix}${String(entity['numeric-id'])}`
      if (/^[QPLM][1-9]\d*$/.test(id)) expect(value).toEqual({ type: 'entity', id })
      else expect(value).toMatchObject({ type: 'unsupported' })
      return
    }
    case 'monolingualtext':
      expect(value).toEqual({
        type: 'monolingualtext',
        text: isRecord(raw) ? raw.text : null,
        lang: isRecord(raw) ? raw.language : null,
      })
      return
    case 'time': {
      const time = isRecord(raw) ? raw : {}
      const [, sign, year] = /^([+-])0*(\d+)-/.exec(String(time.time)) ?? []
      expect(value).toMatchObject({
        type: 'time',
        time: {
          year: Number(`${sign}${year}`),
          precision: time.precision,
          calendar: String(time.calendarmodel).endsWith('Q1985786') ? 'julian' : 'gregorian',
        },
      })
      return
    }
    case 'quantity': {
      const quantity = isRecord(raw) ? raw : {}
      const unit = String(quantity.unit)
      expect(value).toMatchObject({
        type: 'quantity',
        amount: Number(quantity.amount),
        unit: unit === '1' ? null : unit.replace('http://www.wikidata.org/entity/', ''),
      })
      if (quantity.upperBound !== undefined) {
        expect(value).toMatchObject({
          lower: Number(quantity.lowerBound),
          upper: Number(quantity.upperBound),
        })
      }
      return
    }
    case 'globecoordinate': {
      const point = isRecord(raw) ? raw : {}
      expect(value).toMatchObject({
        type: 'coordinate',
        lat: point.latitude,
        lon: point.longitude,
        globe: String(point.globe).replace('http://www.wikidata.org/entity/', ''),
      })
      return
    }
    default:
      expect(value).toMatchObject({ type: 'unsupported' })
  }
}

describe.skipIf(!fixturesExist)('entity bodies', () => {
  describe.each(entityFiles())('%s', (file) => {
    const { body } = loadFixture(file)
    const isError = isRecord(body) && 'error' in body

    it('is accepted, or rejected with a ShapeError when it is an API error', () => {
      const outcome = mapAnyEntities(body)
      if (isError) expectRejected(outcome)
      else expect(accepted(outcome).length).toBeGreaterThanOrEqual(1)
    })

    if (isError) return
    it('maps every term, sitelink and statement the file holds', () => {
      const entities = accepted(mapAnyEntities(body))
      const raws = rawEntities(body)
      expect(entities.map((e) => e.id).sort()).toEqual(Object.keys(raws).sort())
      for (const entity of entities) {
        const raw = raws[entity.id] ?? {}
        expect(entity.kind).toBe(
          { item: 'item', property: 'property', lexeme: 'lexeme', mediainfo: 'mediainfo' }[
            str(raw, 'type') ?? ''
          ],
        )
        for (const key of ['labels', 'descriptions'] as const) {
          expect(Object.keys(entity[key])).toHaveLength(Object.keys(rawMap(raw, key)).length)
          for (const term of Object.values(rawMap(raw, key))) {
            if (!isRecord(term)) continue
            expect(entity[key][str(term, 'language') ?? '']).toBe(str(term, 'value'))
          }
        }
        for (const [lang, list] of Object.entries(rawMap(raw, 'aliases'))) {
          const values = (Array.isArray(list) ? list : []).map((a) => (isRecord(a) ? a.value : a))
          expect(entity.aliases[lang]).toEqual(values)
        }
        const sitelinks = rawMap(raw, 'sitelinks')
        expect(Object.keys(entity.sitelinks).sort()).toEqual(Object.keys(sitelinks).sort())
        for (const [site, link] of Object.entries(sitelinks)) {
          expect(entity.sitelinks[site]).toMatchObject({
            site,
            title: isRecord(link) ? link.title : null,
            badges: isRecord(link) ? link.badges : null,
          })
          // The server's own URL for the page, where it gave one, is on the wiki of that language.
          const url = isRecord(link) ? str(link, 'url') : undefined
          const lang = entity.sitelinks[site]?.lang
          if (url && lang) expect(new URL(url).host).toMatch(new RegExp(`^${lang}\\.`))
        }
        const claims = rec(raw, 'claims') ?? rec(raw, 'statements') ?? {}
        expect(Object.keys(entity.statements).sort()).toEqual(
          Object.keys(claims)
            .filter((p) => arr(claims, p).length > 0)
            .sort(),
        )
        for (const [property, list] of Object.entries(claims)) {
          const statements = entity.statements[property] ?? []
          const rawList = Array.isArray(list) ? list.filter(isRecord) : []
          expect(statements.map((s) => s.id)).toEqual(rawList.map((c) => c.id))
          rawList.forEach((claim, i) => {
            const statement = statements[i]
            expect(statement?.rank).toBe(claim.rank)
            expect(statement?.referenceCount).toBe(arr(claim, 'references').length)
            expectValueAgrees(rec(claim, 'mainsnak') ?? {}, statement!.value)
            const qualifiers = rec(claim, 'qualifiers') ?? {}
            const rawQualifiers = Object.values(qualifiers).flatMap((q) =>
              Array.isArray(q) ? q : [],
            )
            expect(statement?.qualifiers.flatMap((q) => q.values)).toHaveLength(
              rawQualifiers.length,
            )
          })
        }
        exerciseEntity(entity)
      }
    })
  })
})

describe.skipIf(!fixturesExist)('every time value in the entity files', () => {
  const rows = entityFiles().flatMap((file) =>
    findTimeValues(loadFixture(file).body).map((found) => ({ file, ...found })),
  )

  it('finds them', () => {
    expect(rows.length).toBeGreaterThan(1000)
  })

  const withTimes = entityFiles().filter((file) => rows.some((row) => row.file === file))
  describe.each(withTimes)('%s', (file) => {
    const own = rows.filter((row) => row.file === file)
    it.each(own.map((row) => [row.path, row] as const))(
      '%s is parsed and formatted',
      (_, { value }) => {
        const raw = isRecord(value) ? value : {}
        const time = parseWikiTime(value)
        expect(time, String(raw.time)).not.toBeNull()
        expect(time!.precision).toBeGreaterThanOrEqual(0)
        expect(time!.precision).toBeLessThanOrEqual(14)
        expect(time!.precision).toBe(raw.precision)
        expect(time!.year).not.toBe(0)
        expect(Math.sign(time!.year)).toBe(String(raw.time).startsWith('-') ? -1 : 1)
        expect(time!.calendar).toBe(raw.calendarmodel === JULIAN ? 'julian' : 'gregorian')
        formatChecked(time!)
      },
    )
  })
})

function entityOf(file: string, id: string): Entity {
  const entities = accepted(mapAnyEntities(readJson(file)))
  const entity = entities.find((e) => e.id === id)
  expect(entity, `${id} in ${file}`).toBeDefined()
  return entity!
}

describe.skipIf(!fixturesExist)('known values', () => {
  const q42 = 'entities/wdmt_wbgetentities_Q42_Douglas_Adams.json'
  const berlin = 'entities/wdmt_wbgetentities_Q64_Berlin.json'
  const multi = 'entities/wdtk_wbgetentities_Q6-Q42-P31_multi_with_missing.json'

  it.each([
    [q42, 'Q42', 'en', 'Douglas Adams'],
    ['entities/wptools_wbgetentities_Q42_Douglas_Adams.json', 'Q42', 'en', 'Douglas Adams'],
    [berlin, 'Q64', 'en', 'Berlin'],
    [berlin, 'Q64', 'de', 'Berlin'],
    ['entities/wdmt_wbgetentities_Q60_New_York_City.json', 'Q60', 'en', 'New York City'],
    ['entities/wdmt_wbgetentities_Q5_human.json', 'Q5', 'en', 'human'],
    ['entities/gimme_wikidata_wbgetentities_Q27_Ireland.json', 'Q27', 'en', 'Ireland'],
    ['entities/wikibase-sdk_Q217447.json', 'Q217447', 'fi', 'Verla'],
    ['entities/wikibase-sdk_Q217447.json', 'Q217447', 'he', 'ורלה'],
    ['entities/wdtk_wbgetentities_Q131261_Oliver_Kahn.json', 'Q131261', 'en', 'Oliver Kahn'],
    ['entities/android_wbgetentities_labels_Q123.json', 'Q123', 'en', 'September'],
    [
      'entities/wikibase-sdk_P8098.json',
      'P8098',
      'en',
      'Biographical Dictionary of Architects in Canada ID',
    ],
    [multi, 'P31', 'en', 'instance of'],
    [
      'entities/wptools_wbgetentities_labels_batch.json',
      'Q25169',
      'en',
      "The Hitchhiker's Guide to the Galaxy pentalogy",
    ],
    ['entities/wptools_wbgetentities_labels_batch.json', 'P214', 'en', 'VIAF ID'],
  ])('%s: %s is labelled in %s as %s', (file, id, lang, label) => {
    expect(entityOf(file, id).labels[lang]).toBe(label)
  })

  it('reports the redirect that wbgetentities followed', () => {
    const response = mapEntityResponse(
      readJson('entities/wdtk_wbgetentities_Q32063953_redirect_to_Q1040_Karlsruhe.json'),
    )
    expect(response.redirects).toEqual({ Q32063953: 'Q1040' })
    expect(Object.keys(response.entities)).toEqual(['Q1040'])
    expect(response.entities.Q1040?.labels.en).toBe('Karlsruhe')
    expect(response.missing).toEqual([])
  })

  it('takes a Special:EntityData redirect as the target entity, keyed by the target', () => {
    // Special:EntityData/Q16231742.json answered with Q3571994; the body does not name Q16231742,
    // so only the caller (who asked for it) can record that redirect.
    const response = mapEntityResponse(readJson('entities/dahlia-wikidata_Q16231742.json'))
    expect(Object.keys(response.entities)).toEqual(['Q3571994'])
    expect(response.entities.Q3571994).toMatchObject({
      kind: 'item',
      labels: expect.objectContaining({ en: 'Kangnam', ko: '강남' }),
    })
    expect(response.redirects).toEqual({})
    expect(response.missing).toEqual([])
  })

  it('reports a missing entity beside the found ones', () => {
    const response = mapEntityResponse(readJson(multi))
    expect(response.missing).toEqual(['Q6'])
    expect(Object.keys(response.entities).sort()).toEqual(['P31', 'Q42'])
    expect(response.entities.P31).toMatchObject({ kind: 'property', datatype: 'wikibase-item' })
    expect(response.redirects).toEqual({})
  })

  it('rejects the no-such-entity error body with a ShapeError', () => {
    const body = readJson('entities/gimme_wikidata_wbgetentities_no_such_entity_error.json')
    expectRejected(attempt(() => mapEntityResponse(body)))
  })

  it('reads bare entities of every kind', () => {
    expect(entityOf('entities/wikibase-sdk_L525.json', 'L525')).toMatchObject({ kind: 'lexeme' })
    expect(entityOf('entities/wikibase-sdk_P8098.json', 'P8098')).toMatchObject({
      kind: 'property',
      datatype: 'external-id',
    })
    expect(entityOf('entities/wikibase-sdk_Q2112.json', 'Q2112')).toMatchObject({
      kind: 'item',
      modified: '2023-04-04T05:21:49Z',
    })
  })

  it('keeps a lexeme statement whose value is a sense, as a value Kooste does not show', () => {
    const l525 = entityOf('entities/wikibase-sdk_L525.json', 'L525')
    expect(l525.statements.P5185?.[0]?.value).toEqual({ type: 'entity', id: 'Q1775415' })
    expect(l525.statements.P5972?.[0]?.value).toEqual({
      type: 'unsupported',
      datatype: 'wikibase-sense',
    })
  })

  it('reads empty term lists that PHP wrote as []', () => {
    expect(entityOf('entities/dahlia-wikidata_Q494290.json', 'Q494290').aliases).toEqual({})
  })

  const sandbox = 'entities/wikibase-sdk_Q4115189.json'
  const bielefeld = 'entities/wikibase-sdk_Q2112.json'
  const roman = 'entities/openrefine-wikibase_Q14752696.json'
  const horse = 'entities/openrefine-wikibase_Q726.json'
  const hongKong = 'entities/dahlia-wikidata_Q8646.json'
  const ireland = 'entities/gimme_wikidata_wbgetentities_Q27_Ireland.json'
  const abuDhabi = 'commons/wikibase-sdk_M56656949_mediainfo.ts'
  const haeckel = 'commons/wikibase-sdk_M566797_mediainfo.ts'
  const peiskeshof = 'commons/wdmt_wbgetentities_M86365084_mediainfo.json'
  const G = GREGORIAN
  const J = JULIAN

  it.each([
    // file, entity, statement property (> qualifier property), raw time, precision, calendar, English
    [q42, 'Q42', 'P569', '+1952-03-11T00:00:00Z', 11, G, 'March 11, 1952'],
    [q42, 'Q42', 'P570', '+2001-05-11T00:00:00Z', 11, G, 'May 11, 2001'],
    [multi, 'Q42', 'P569', '+00000001952-03-11T00:00:00Z', 11, G, 'March 11, 1952'],
    [multi, 'Q42', 'P570', '+00000002001-05-11T00:00:00Z', 11, G, 'May 11, 2001'],
    [berlin, 'Q64', 'P571', '+1237-00-00T00:00:00Z', 9, J, '1237'],
    [berlin, 'Q64', 'P131>P580', '+1157-00-00T00:00:00Z', 9, J, '1157'],
    [berlin, 'Q64', 'P31>P582', '+1442-00-00T00:00:00Z', 9, J, '1442'],
    [bielefeld, 'Q2112', 'P1249', '+1214-00-00T00:00:00Z', 9, J, '1214'],
    [sandbox, 'Q4115189', 'P569', '+0512-00-00T00:00:00Z', 9, J, '512'],
    [roman, 'Q14752696', 'P1552>P571', '-1000-00-00T00:00:00Z', 6, J, '1st millennium BCE'],
    [horse, 'Q726', 'P366>P580', '-2000-00-00T00:00:00Z', 7, J, '20th century BCE'],
    [horse, 'Q726', 'P279>P580', '-2500-00-00T00:00:00Z', 7, J, '25th century BCE'],
    [hongKong, 'Q8646', 'P571', '+1841-00-00T00:00:00Z', 9, G, '1841'],
    [hongKong, 'Q8646', 'P1198>P580', '+2016-08-00T00:00:00Z', 10, G, 'August 2016'],
    [hongKong, 'Q8646', 'P1198>P582', '+2016-10-00T00:00:00Z', 10, G, 'October 2016'],
    [ireland, 'Q27', 'P1082>P585', '+2013-04-01T00:00:00Z', 10, G, 'April 2013'],
    [abuDhabi, 'M56656949', 'P571', '+2012-01-19T00:00:00Z', 11, G, 'January 19, 2012'],
    [haeckel, 'M566797', 'P571', '+1904-01-01T00:00:00Z', 9, G, '1904'],
    [peiskeshof, 'M86365084', 'P571', '+2009-01-13T00:00:00Z', 11, G, 'January 13, 2009'],
  ] as const)(
    '%s: %s %s %s at precision %s (%s) is shown as "%s"',
    (file, id, where, raw, precision, calendarmodel, text) => {
      const body = loadFixture(file).body
      const found = findTimeValues(body).find(
        (t) => isRecord(t.value) && t.value.time === raw && t.value.precision === precision,
      )
      expect(found, `${raw} in ${file}`).toBeDefined()
      expect(isRecord(found?.value) && found.value.calendarmodel).toBe(calendarmodel)
      const time = parseWikiTime(found!.value)!
      expect(formatChecked(time)).toBe(text)

      const entity = accepted(mapAnyEntities(body)).find((e) => e.id === id)!
      const [property = '', qualifier] = where.split('>')
      const values = (entity.statements[property] ?? []).flatMap((s) =>
        qualifier
          ? s.qualifiers.filter((q) => q.property === qualifier).flatMap((q) => q.values)
          : [s.value],
      )
      expect(values).toContainEqual({ type: 'time', time })
    },
  )

  it("reads Berlin's coordinates, area and elevation with their units", () => {
    const q64 = entityOf(berlin, 'Q64')
    expect(bestStatements(q64, 'P625').map((s) => s.value)).toEqual([
      {
        type: 'coordinate',
        lat: 52.516666666667,
        lon: 13.383333333333,
        precision: 0.016666666666667,
        globe: 'Q2',
      },
    ])
    // Two areas; the preferred one is the one to show.
    expect(q64.statements.P2046?.map((s) => s.rank)).toEqual(['normal', 'preferred'])
    expect(bestStatements(q64, 'P2046').map((s) => s.value)).toEqual([
      { type: 'quantity', amount: 891.12, unit: 'Q712226' },
    ])
    expect(bestStatements(q64, 'P2044')[0]?.value).toEqual({
      type: 'quantity',
      amount: 34,
      unit: 'Q11573',
      lower: 33,
      upper: 35,
    })
    const population = q64.statements.P1082?.[0]
    expect(population?.value).toEqual({ type: 'quantity', amount: 1200, unit: null })
    expect(population?.qualifiers.map((q) => q.property)).toEqual(['P585'])
  })

  it('reads other coordinates and quantities', () => {
    expect(
      entityOf('entities/wdmt_wbgetentities_Q60_New_York_City.json', 'Q60').statements.P625?.[0]
        ?.value,
    ).toEqual({
      type: 'coordinate',
      lat: 40.67,
      lon: -73.94,
      precision: 0.00027777777777778,
      globe: 'Q2',
    })
    expect(
      entityOf('entities/wikibase-sdk_Q217447.json', 'Q217447').statements.P625?.[0]?.value,
    ).toEqual({
      type: 'coordinate',
      lat: 61.061992,
      lon: 26.640016,
      precision: 0.000001,
      globe: 'Q2',
    })
    expect(entityOf(q42, 'Q42').statements.P2048?.[0]?.value).toEqual({
      type: 'quantity',
      amount: 1.96,
      unit: 'Q11573',
    })
  })

  it('reads the other value types of Douglas Adams', () => {
    const q42 = entityOf('entities/wdmt_wbgetentities_Q42_Douglas_Adams.json', 'Q42')
    expect(q42.statements.P18?.[0]?.value).toEqual({
      type: 'commonsMedia',
      file: 'Douglas adams portrait cropped.jpg',
    })
    expect(q42.statements.P18?.[0]?.qualifiers.map((q) => q.property)).toEqual(['P2096'])
    expect(q42.statements.P1559?.[0]?.value).toEqual({
      type: 'monolingualtext',
      text: 'Douglas Adams',
      lang: 'en-gb',
    })
    expect(bestStatements(q42, 'P31').map((s) => s.value)).toEqual([{ type: 'entity', id: 'Q5' }])
  })

  it("reads sitelinks' project and language", () => {
    const q64 = entityOf(berlin, 'Q64')
    expect(q64.sitelinks.dewiki).toEqual({
      site: 'dewiki',
      title: 'Berlin',
      lang: 'de',
      project: 'wikipedia',
      badges: ['Q17437798'],
    })
    expect(q64.sitelinks.dewikisource).toMatchObject({ lang: 'de', project: 'wikisource' })
    expect(q64.sitelinks.enwikiquote).toMatchObject({ lang: 'en', project: 'wikiquote' })
    expect(q64.sitelinks.dewikivoyage).toMatchObject({ lang: 'de', project: 'wikivoyage' })
    expect(q64.sitelinks.simplewiki).toMatchObject({ lang: 'simple', project: 'wikipedia' })
    // be_x_oldwiki is the Taraškievica Belarusian Wikipedia, at be-tarask.wikipedia.org.
    expect(q64.sitelinks.be_x_oldwiki).toMatchObject({
      lang: 'be-tarask',
      project: 'wikipedia',
      title: 'Бэрлін',
    })
    // Commons has no language of its own.
    expect(q64.sitelinks.commonswiki).toMatchObject({
      lang: null,
      project: 'commons',
      title: 'Berlin',
    })
    expect(
      entityOf('entities/wikibase-sdk_Q217447.json', 'Q217447').sitelinks.fiwiki,
    ).toMatchObject({
      lang: 'fi',
      project: 'wikipedia',
      title: 'Verla',
    })
  })

  it('maps each statement of the files on its own as well', () => {
    const raw = rawEntities(readJson(q42)).Q42 ?? {}
    const claims = Object.values(rawMap(raw, 'claims')).flatMap((list) =>
      Array.isArray(list) ? list : [],
    )
    expect(claims.length).toBeGreaterThan(100)
    for (const claim of claims) expect(mapStatement(claim)).not.toBeNull()
  })
})
