// @vitest-environment node
// The texts query run for real: msw routes fetch to the double, whose Oxigraph answers it over the
// RDF of a dataset (the demo world, and a small world written here for what the demo lacks).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useDouble } from './double'
import { defaultConfig } from '../../src/config'
import { createServices } from '../../src/services'
import { groupTexts, mapTexts, textsQuery } from '../../src/domain/wikisource'

async function texts(id: string, chain: string[]) {
  const services = createServices(defaultConfig)
  return mapTexts(await services.sparql.runQuery(textsQuery(id, chain)), chain)
}

describe('the texts query over the demo world', () => {
  const double = useDouble()

  it("finds Mikael Agricola's Abckiria on the Finnish Wikisource, in one request", async () => {
    double().clearLog()
    const found = await texts('Q215346', ['fi', 'mul', 'en'])
    expect(found).toEqual([
      {
        id: 'Q999990109',
        roles: ['author'],
        label: { value: 'Abckiria', lang: 'fi' },
        authors: [{ id: 'Q215346', label: { value: 'Mikael Agricola', lang: 'fi' }, name: null }],
        year: 1543,
        editions: [{ item: 'Q999990109', lang: 'fi', title: 'Abckiria' }],
      },
    ])
    // Se Wsi Testamenti, which he translated, has no Wikisource page in the demo world.
    expect(double().log.filter((e) => e.upstream === 'query')).toHaveLength(1)
  })

  it('finds the encyclopedia article that describes Lönnrot (P1343 with P805), and where it was published', async () => {
    const found = await texts('Q999990105', ['sv', 'en'])
    const article = found.find((t) => t.id === 'Q999990330')
    expect(article).toMatchObject({
      roles: ['subject', 'source'],
      label: { value: 'Lönnrot, Elias', lang: 'sv' },
      year: 1912,
      editions: [{ item: 'Q999990330', lang: 'sv', title: 'Nordisk familjebok/Lönnrot, Elias' }],
      publishedIn: {
        id: 'Q999990329',
        label: { value: 'Nordisk familjebok (Uggleupplagan)', lang: 'sv' },
      },
    })
    const about = groupTexts(found, ['sv', 'en']).find((g) => g.group === 'about')
    expect(about?.languages.flatMap((l) => l.texts.map((t) => t.id))).toEqual(['Q999990330'])
  })

  it("finds Elias Lönnrot's Kalevala, labelled in the content language", async () => {
    const [kalevala] = await texts('Q999990105', ['sv', 'en'])
    expect(kalevala?.label).toEqual({ value: 'Kalevala', lang: 'sv' })
    expect(kalevala?.year).toBe(1835)
    expect(kalevala?.editions).toEqual([{ item: 'Q999990104', lang: 'fi', title: 'Kalevala' }])
  })

  it('finds nothing for a topic without texts', async () => {
    expect(await texts('Q217447', ['en'])).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// A small world with described-by-source statements, main subjects, editions and translations.

interface Value {
  datatype: string
  datavalue: object
}
const item = (id: string): Value => ({
  datatype: 'wikibase-item',
  datavalue: {
    value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id },
    type: 'wikibase-entityid',
  },
})
const year = (y: number): Value => ({
  datatype: 'time',
  datavalue: {
    value: {
      time: `+${y}-00-00T00:00:00Z`,
      timezone: 0,
      before: 0,
      after: 0,
      precision: 9,
      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
    },
    type: 'time',
  },
})
const snak = (property: string, value: Value) => ({ snaktype: 'value', property, ...value })

let counter = 0
/** A statement as Special:EntityData writes it, with qualifiers and a rank. */
function statement(
  property: string,
  value: Value,
  extra: { qualifiers?: [string, Value][]; rank?: string } = {},
) {
  const qualifiers: Record<string, object[]> = {}
  for (const [p, v] of extra.qualifiers ?? []) (qualifiers[p] ??= []).push(snak(p, v))
  return {
    mainsnak: snak(property, value),
    type: 'statement',
    id: `S-${++counter}`,
    rank: extra.rank ?? 'normal',
    qualifiers,
    'qualifiers-order': Object.keys(qualifiers),
  }
}

/** An item as Special:EntityData writes it. */
function entity(
  id: string,
  labels: Record<string, string>,
  claims: ReturnType<typeof statement>[],
  sitelinks: Record<string, string> = {},
) {
  const byProperty: Record<string, object[]> = {}
  for (const claim of claims)
    (byProperty[claim.mainsnak.property] ??= []).push({ ...claim, id: `${id}$${claim.id}` })
  const terms = Object.entries(labels).map(([lang, value]) => [lang, { language: lang, value }])
  const links = Object.entries(sitelinks).map(([site, title]) => [
    site,
    { site, title, badges: [] },
  ])
  return {
    entities: {
      [id]: {
        type: 'item',
        id,
        labels: Object.fromEntries(terms),
        descriptions: {},
        aliases: {},
        claims: byProperty,
        sitelinks: Object.fromEntries(links),
      },
    },
  }
}

const world = fs.mkdtempSync(path.join(os.tmpdir(), 'kooste-wikisource-'))
fs.mkdirSync(path.join(world, 'entities'))
for (const data of [
  entity('Q100', { fi: 'Aihe', en: 'Topic' }, [
    statement('P1343', item('Q200'), { qualifiers: [['P805', item('Q201')]] }),
    statement('P1343', item('Q202')),
    statement('P1343', item('Q203'), { rank: 'deprecated' }),
  ]),
  entity('Q200', { en: 'Encyclopedia' }, [], { enwikisource: 'Encyclopedia' }),
  entity('Q201', { en: 'Topic (Encyclopedia)' }, [], { enwikisource: 'Encyclopedia/Topic' }),
  entity('Q202', { sv: 'Ämne (Uppslagsbok)' }, [], { svwikisource: 'Uppslagsbok/Ämne' }),
  entity('Q203', { de: 'Falsch' }, [], { dewikisource: 'Falsch' }),
  entity(
    'Q300',
    { fi: 'Teos', en: 'The Work' },
    [
      statement('P921', item('Q100')),
      statement('P50', item('Q400')),
      statement('P577', year(1900)),
    ],
    { fiwikisource: 'Teos', sourceswiki: 'Multi' },
  ),
  entity(
    'Q301',
    { en: 'The Work (translation)' },
    [statement('P629', item('Q300')), statement('P577', year(1920))],
    { enwikisource: 'The Work' },
  ),
  entity('Q302', { en: 'No Wikisource' }, [statement('P921', item('Q100'))], {
    enwiki: 'No Wikisource',
  }),
  entity('Q303', { he: 'ספר' }, [statement('P50', item('Q100'))], { hewikisource: 'ספר' }),
  entity('Q304', { ar: 'كتاب' }, [statement('P655', item('Q100'))], { arwikisource: 'كتاب' }),
  entity('Q400', { en: 'Writer' }, []),
]) {
  const id = Object.keys(data.entities)[0]!
  fs.writeFileSync(path.join(world, 'entities', `${id}.json`), JSON.stringify(data))
}

describe('the texts query over a world with every kind of text', () => {
  const double = useDouble(world)

  it('finds articles of described-by-source statements, main subjects, editions, works and translations', async () => {
    double().clearLog()
    const found = await texts('Q100', ['fi', 'en'])
    const byId = Object.fromEntries(found.map((t) => [t.id, t]))
    expect(Object.keys(byId).sort()).toEqual(['Q201', 'Q202', 'Q300', 'Q303', 'Q304'])
    expect(byId.Q201?.roles).toEqual(['source'])
    expect(byId.Q202?.roles).toEqual(['source'])
    expect(byId.Q300?.roles).toEqual(['subject'])
    expect(byId.Q303?.roles).toEqual(['author'])
    expect(byId.Q304?.roles).toEqual(['translator'])
    expect(byId.Q300?.label).toEqual({ value: 'Teos', lang: 'fi' })
    expect(byId.Q300?.authors).toEqual([
      { id: 'Q400', label: { value: 'Writer', lang: 'en' }, name: null },
    ])
    expect(byId.Q300?.year).toBe(1900)
    expect(byId.Q300?.editions).toEqual([
      { item: 'Q300', lang: 'fi', title: 'Teos' },
      { item: 'Q301', lang: 'en', title: 'The Work' },
    ])
    expect(double().log.filter((e) => e.upstream === 'query')).toHaveLength(1)
  })

  it('groups them: by the topic, then about it, the content language first', async () => {
    const groups = groupTexts(await texts('Q100', ['fi', 'en']), ['fi', 'en'])
    expect(
      groups.map((g) => [
        g.group,
        g.languages.map((l) => `${l.lang}:${l.texts.map((t) => t.id).join()}`),
      ]),
    ).toEqual([
      ['by', ['ar:Q304', 'he:Q303']],
      ['about', ['fi:Q300', 'en:Q201', 'sv:Q202']],
    ])
  })

  it('puts the English edition first for an English reader', async () => {
    const found = await texts('Q100', ['en'])
    expect(found.find((t) => t.id === 'Q300')?.editions.map((e) => e.lang)).toEqual(['en', 'fi'])
  })

  it('finds the editions of a work', async () => {
    const found = await texts('Q300', ['en'])
    expect(found.map((t) => [t.id, t.roles])).toEqual([['Q301', ['edition']]])
    expect(found[0]?.year).toBe(1920)
  })
})
