// @vitest-environment node
import { describe, expect, it } from 'vitest'
import oxigraph from 'oxigraph'
import en from '../../i18n/en.json'
import { mapEntity, type Entity } from './entity'
import {
  panelById,
  panelGroups,
  panels,
  panelsOfGroup,
  relationSorts,
  relationViews,
  similarPattern,
} from './panels'
import { panelPatterns, relationsQuery } from './relations'

type Claim = [property: string, value: string]

/** An item with `wikibase-item` claims, as wbgetentities gives it. */
function item(id: string, claims: Claim[] = []): Entity {
  const byProperty: Record<string, unknown[]> = {}
  claims.forEach(([property, value], i) => {
    ;(byProperty[property] ??= []).push({
      id: `${id}$${i}`,
      rank: 'normal',
      mainsnak: {
        snaktype: 'value',
        property,
        datatype: 'wikibase-item',
        datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: value } },
      },
    })
  })
  return mapEntity({ id, type: 'item', labels: {}, claims: byProperty })
}

const topic = 'wd:Q204382'
const kouvola = item('Q204382', [
  ['P31', 'Q856076'],
  ['P17', 'Q33'],
])
const messages: Record<string, unknown> = en

/** Parses a query with Oxigraph's strict SPARQL 1.1 parser (over an empty store). */
function parses(query: string): boolean {
  new oxigraph.Store().query(query)
  return true
}

describe('the panel list', () => {
  it('has unique ids, each a title in en.json, a known group, views and sorts', () => {
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length)
    for (const panel of panels) {
      expect.soft(messages[panel.title], panel.id).toBeTypeOf('string')
      expect.soft(panel.title, panel.id).toBe(`kooste-relations-panel-${panel.id}`)
      expect.soft(panelGroups, panel.id).toContain(panel.group)
      expect.soft(panel.views.length, panel.id).toBeGreaterThan(0)
      expect.soft(panel.sorts.length, panel.id).toBeGreaterThan(0)
      for (const view of panel.views) expect.soft(relationViews).toContain(view)
      for (const sort of panel.sorts) expect.soft(relationSorts).toContain(sort)
    }
  })

  it('covers every relation panel of Wikidocumentaries, and more', () => {
    const wikidocumentaries = [
      'location',
      'heritage',
      'collection',
      'instances',
      'subclasses',
      'part-of',
      'parts',
      'twins',
      'located-here',
      'people',
      'effects',
      'works',
      'awards',
      'seasons',
      'cups',
      'teams',
      'colours',
      'depicts',
      'depicted-in',
      'things',
      'affiliations',
      'similar',
    ]
    for (const id of wikidocumentaries) expect.soft(panelById(id), id).toBeDefined()
    expect(panels.length).toBeGreaterThan(wikidocumentaries.length)
  })

  it('puts the panels in three groups, one query each', () => {
    expect(panelGroups).toHaveLength(3)
    expect(panelGroups.flatMap(panelsOfGroup)).toHaveLength(panels.length)
  })
})

// Every panel's pattern for the same topic: the property paths that Wikidocumentaries used.
const patternCases: [id: string, expected: string[]][] = [
  [
    'location',
    ['?via wdt:P31/wdt:P279* wd:Q18615777', 'wikibase:directClaim ?p', `${topic} ?p ?item`],
  ],
  ['part-of', ['wd:P361 wd:P279 wd:P1647', `${topic} ?p ?item`]],
  [
    'parts',
    [
      `${topic} wdt:P527 ?item`,
      `?item wdt:P361 ${topic}`,
      'wdt:P31/wdt:P279* wd:Q56061',
      `${topic} wdt:P150 ?item`,
    ],
  ],
  ['located-here', ['?via wdt:P1647* wd:P276', '?via wdt:P1647* wd:P131', `?item ?p ${topic}`]],
  ['heritage', [`?item wdt:P1435|wdt:P3259 ${topic}`]],
  ['collection', [`?item wdt:P195 ${topic}`]],
  ['instances', [`?item wdt:P31 ${topic}`]],
  ['subclasses', [`?item wdt:P279 ${topic}`]],
  ['lower-taxa', [`?item wdt:P171 ${topic}`]],
  ['twins', [`${topic} wdt:P190 ?item`, `?item wdt:P190 ${topic}`]],
  ['neighbours', [`${topic} wdt:P47 ?item`, `?item wdt:P47 ${topic}`]],
  ['capital-of', [`?item wdt:P36 ${topic}`, `${topic} wdt:P1376 ?item`]],
  ['events', [`${topic} wdt:P793 ?item`]],
  ['participants', [`${topic} wdt:P710 ?item`, `?item wdt:P1344 ${topic}`]],
  ['causes', [`${topic} wdt:P828 ?item`, `?item wdt:P1542 ${topic}`]],
  ['effects', [`${topic} wdt:P1542 ?item`, `?item wdt:P828 ${topic}`]],
  ['sequence', ['wd:P155 wd:P156']],
  ['colours', [`${topic} wdt:P462|wdt:P6364 ?item`]],
  ['seasons', [`?item wdt:P3450 ${topic}`]],
  ['teams', [`${topic} p:P1923/ps:P1923 ?item`]],
  ['cups', [`?item p:P1923/ps:P1923 ${topic}`]],
  ['products', [`${topic} wdt:P1056 ?item`, `?item wdt:P176 ${topic}`]],
  ['named-after', [`${topic} wdt:P138 ?item`]],
  ['namesakes', [`?item wdt:P138 ${topic}`]],
  [
    'people',
    [`?item ?p ${topic}`, `${topic} ?p ?item`, '?item wdt:P31 wd:Q5', 'FILTER(?via != wd:P31)'],
  ],
  ['works', ['?via wdt:P1647* wd:P170', '?via wdt:P1647* wd:P175', `${topic} wdt:P800 ?item`]],
  [
    'awards',
    ['?via wdt:P1647* wd:P166', '?via wdt:P1647* wd:P1411', 'MINUS { ?item wdt:P31 wd:Q5 . }'],
  ],
  ['recipients', ['wd:P166 wd:P1411', `?item ?p ${topic}`]],
  [
    'depicts',
    [`${topic} wdt:P180|wdt:P921|wdt:P1740|wdt:P915|wdt:P840 ?item`, `?item wdt:P1343 ${topic}`],
  ],
  [
    'depicted-in',
    [
      `?item wdt:P180|wdt:P921|wdt:P1740|wdt:P915|wdt:P840 ${topic}`,
      `${topic} wdt:P1343|wdt:P1441 ?item`,
    ],
  ],
  ['based-on', [`${topic} wdt:P144 ?item`]],
  ['derivatives', [`?item wdt:P144 ${topic}`]],
  ['things', [`?item wdt:P5008 ${topic}`]],
  [
    'affiliations',
    ['wd:P414 wd:P991 wd:P112', 'wd:P108 wd:P463 wd:P69', 'MINUS { ?item wdt:P31 wd:Q5 . }'],
  ],
  ['similar', ['VALUES ?type { wd:Q856076 }', '?item wdt:P31 ?type', 'wdt:P17 wd:Q33']],
]

describe('panel patterns', () => {
  it('has a case for every panel', () => {
    expect(patternCases.map(([id]) => id).sort()).toEqual(panels.map((p) => p.id).sort())
  })

  it.each(patternCases)('%s binds ?item with its property paths', (id, expected) => {
    const panel = panelById(id)!
    const pattern = panel.pattern({ topic, entity: kouvola })
    expect(pattern).not.toBeNull()
    expect(pattern).toContain('?item')
    const flat = pattern!.replace(/\s+/g, ' ')
    for (const part of expected) expect(flat).toContain(part)
  })

  it.each(patternCases)('%s makes a query that is valid SPARQL 1.1', (id) => {
    const pattern = panelById(id)!.pattern({ topic, entity: kouvola })!
    expect(parses(relationsQuery('Q204382', [{ id, pattern }], { chain: ['fi', 'en'] }))).toBe(true)
  })
})

describe('similar topics', () => {
  const cases: [name: string, claims: Claim[], expected: string[] | null][] = [
    [
      'a place: class and country',
      [
        ['P31', 'Q856076'],
        ['P17', 'Q33'],
      ],
      ['wd:Q856076', 'wdt:P31 ?type', 'wdt:P17 wd:Q33'],
    ],
    [
      'a person: occupations and citizenship',
      [
        ['P31', 'Q5'],
        ['P106', 'Q1028181'],
        ['P106', 'Q42603'],
        ['P27', 'Q33'],
      ],
      ['wd:Q1028181 wd:Q42603', 'wdt:P106 ?type', 'wdt:P27 wd:Q33'],
    ],
    [
      'a work: country of origin',
      [
        ['P31', 'Q3305213'],
        ['P495', 'Q33'],
      ],
      ['wdt:P495 wd:Q33'],
    ],
    [
      'a building: administrative area',
      [
        ['P31', 'Q83405'],
        ['P131', 'Q204382'],
      ],
      ['wdt:P131 wd:Q204382'],
    ],
    [
      'a book: place of publication',
      [
        ['P31', 'Q571'],
        ['P291', 'Q1757'],
      ],
      ['wdt:P291 wd:Q1757'],
    ],
    [
      'the country wins over the area',
      [
        ['P31', 'Q83405'],
        ['P131', 'Q204382'],
        ['P17', 'Q33'],
      ],
      ['wdt:P17 wd:Q33'],
    ],
    [
      'a person without occupation',
      [
        ['P31', 'Q5'],
        ['P27', 'Q33'],
      ],
      null,
    ],
    ['no class', [['P17', 'Q33']], null],
    ['no place', [['P31', 'Q83405']], null],
  ]

  it.each(cases)('%s', (_, claims, expected) => {
    const pattern = similarPattern({ topic, entity: item('Q1', claims) })
    if (expected === null) return expect(pattern).toBeNull()
    for (const part of expected) expect(pattern?.replace(/\s+/g, ' ')).toContain(part)
  })

  it('asks for at most five classes', () => {
    const claims: Claim[] = [1, 2, 3, 4, 5, 6, 7].map((n) => ['P31', `Q${n}0`])
    const pattern = similarPattern({ topic, entity: item('Q1', [...claims, ['P17', 'Q33']]) })
    expect(pattern?.match(/wd:Q\d+0\b/g)).toHaveLength(5)
  })
})

describe('panelPatterns', () => {
  it('gives every panel that can apply, with the topic filled in', () => {
    const all = panelPatterns(panels, { entity: kouvola })
    expect(all.map((p) => p.id)).toEqual(panels.map((p) => p.id))
    // Similar topics are found through the topic's values, not the topic itself.
    const linked = all.filter((p) => p.id !== 'similar')
    expect(linked.every((p) => p.pattern.includes(topic))).toBe(true)
  })

  it('leaves out similar topics when the topic has no class or place', () => {
    const ids = panelPatterns(panels, { entity: item('Q9') }).map((p) => p.id)
    expect(ids).not.toContain('similar')
    expect(ids).toContain('instances')
  })

  it('gives nothing for a property', () => {
    const property = mapEntity({ id: 'P31', type: 'property', labels: {} })
    expect(panelPatterns(panels, { entity: property })).toEqual([])
  })
})
