// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Row } from './sparql'
import {
  groupTexts,
  mapTexts,
  orderEditions,
  queryChain,
  readTextParam,
  textParam,
  textsQuery,
  wikiTitlePath,
  wikisourceLanguage,
  WS_EXPORT_BASE,
  wsExportUrl,
  yearOf,
  type WikisourceEdition,
  type WikisourceText,
} from './wikisource'

const uri = (value: string) => ({ type: 'uri' as const, value })
const lit = (value: string, lang?: string) => ({
  type: 'literal' as const,
  value,
  ...(lang ? { lang } : {}),
})
const wd = (id: string) => uri(`http://www.wikidata.org/entity/${id}`)
const date = (value: string) => ({
  type: 'literal' as const,
  value,
  datatype: 'http://www.w3.org/2001/XMLSchema#dateTime',
})

function row(
  text: string,
  role: string,
  wiki: string,
  title: string,
  extra: Partial<Row> = {},
): Row {
  return {
    text: wd(text),
    role: lit(role),
    edition: wd(text),
    wiki: uri(`https://${wiki}.wikisource.org/`),
    title: lit(title, wiki),
    ...extra,
  }
}

describe('textsQuery', () => {
  const query = textsQuery('Q215346', ['fi', 'mul', 'en'])

  it.each([
    ['works the topic wrote', '?text wdt:P50 wd:Q215346 . BIND("author" AS ?role)'],
    ['works the topic translated', '?text wdt:P655 wd:Q215346 . BIND("translator" AS ?role)'],
    ['editions of the topic', '?text wdt:P629 wd:Q215346 . BIND("edition" AS ?role)'],
    ['works about the topic', '?text wdt:P921 wd:Q215346 . BIND("subject" AS ?role)'],
    ['the articles of its described-by-source statements', '?statement pq:P805 ?text .'],
    ['the sources themselves when no article is named', 'FILTER NOT EXISTS { ?statement pq:P805'],
    ['no deprecated statements', 'wikibase:rank wikibase:DeprecatedRank'],
    ['the edition items of a work, or the work itself', '?edition wdt:P629? ?text .'],
    ['Wikisource sitelinks only', 'FILTER(STRENDS(STR(?wiki), ".wikisource.org/"))'],
    ['a bounded number of pages', 'LIMIT 300'],
    ['labels in the first language of the chain', 'FILTER(LANG(?textLabel0) = "fi")'],
    ['then the next ones', 'FILTER(LANG(?textLabel2) = "en")'],
    [
      'merged into one column',
      'BIND(COALESCE(?textLabel0, ?textLabel1, ?textLabel2) AS ?textLabel)',
    ],
    ['author labels the same way', 'BIND(COALESCE(?authorLabel0, ?authorLabel1, ?authorLabel2)'],
    ['the publication year', 'OPTIONAL { ?text wdt:P577 ?workDate }'],
    ['author name strings', 'OPTIONAL { ?text wdt:P2093 ?authorName }'],
    ['its prefixes', 'PREFIX schema: <http://schema.org/>'],
  ])('asks for %s', (_, part) => {
    expect(query).toContain(part)
  })

  it.each([
    ['no label service', 'wikibase:label'],
    ['no WDQS-only extensions', 'SERVICE'],
    ['no hint syntax', 'hint:'],
  ])('is portable SPARQL 1.1: %s', (_, part) => {
    expect(query).not.toContain(part)
  })

  it.each([
    [
      ['fi', 'fi', 'en'],
      ['fi', 'en'],
    ],
    [
      ['fi', 'x"y', 'en'],
      ['fi', 'en'],
    ],
    [
      ['se', 'nb', 'nn', 'fi', 'sv', 'mul', 'en'],
      ['se', 'nb', 'nn', 'fi', 'sv', 'mul'],
    ],
  ])('takes from the chain %j only codes that cannot break the query: %j', (chain, out) => {
    expect(queryChain(chain)).toEqual(out)
  })

  it.each(['Q0', 'P31', 'Q1 } DELETE', ''])('refuses %j as the topic', (id) => {
    expect(() => textsQuery(id, ['en'])).toThrow()
  })
})

describe('wikisourceLanguage', () => {
  it.each([
    ['https://fi.wikisource.org/', 'fi'],
    ['https://zh-min-nan.wikisource.org/', 'zh-min-nan'],
    ['https://wikisource.org/', null],
    ['https://www.wikisource.org/', null],
    ['https://fi.wikipedia.org/', null],
    ['https://fi.wikisource.org/wiki/X', null],
  ])('%s is %s', (wiki, lang) => {
    expect(wikisourceLanguage(wiki)).toBe(lang)
  })
})

describe('yearOf', () => {
  it.each([
    ['1543-01-01T00:00:00Z', 1543],
    ['0079-01-01T00:00:00Z', 79],
    ['0000-01-01T00:00:00Z', -1],
    ['-0499-01-01T00:00:00Z', -500],
    ['not a date', null],
  ])('reads %s as %s (historical years)', (value, year) => {
    expect(yearOf(value)).toBe(year)
  })
})

describe('mapTexts', () => {
  const agricola = [
    row('Q1', 'author', 'fi', 'Abckiria', {
      date: date('1543-01-01T00:00:00Z'),
      workDate: date('1543-01-01T00:00:00Z'),
      textLabel: lit('Abckiria', 'fi'),
      author: wd('Q215346'),
      authorLabel: lit('Mikael Agricola', 'fi'),
    }),
  ]

  it('makes one text per work with its label, author, year and edition', () => {
    expect(mapTexts(agricola, ['fi', 'en'])).toEqual<WikisourceText[]>([
      {
        id: 'Q1',
        roles: ['author'],
        label: { value: 'Abckiria', lang: 'fi' },
        authors: [{ id: 'Q215346', label: { value: 'Mikael Agricola', lang: 'fi' }, name: null }],
        year: 1543,
        editions: [{ item: 'Q1', lang: 'fi', title: 'Abckiria' }],
      },
    ])
  })

  it('merges the rows of one work: roles, editions in every language, authors, earliest year', () => {
    const rows = [
      row('Q2', 'subject', 'en', 'Kalevala (Crawford)', {
        edition: wd('Q20'),
        date: date('1888-01-01T00:00:00Z'),
        workDate: date('1849-01-01T00:00:00Z'),
        author: wd('Q9'),
      }),
      row('Q2', 'subject', 'fi', 'Kalevala', { workDate: date('1835-01-01T00:00:00Z') }),
      row('Q2', 'source', 'de', 'Kalewala', {
        edition: wd('Q21'),
        authorName: lit('Anton Schiefner'),
      }),
      row('Q2', 'subject', 'fi', 'Kalevala', { author: wd('Q9') }),
    ]
    const [text] = mapTexts(rows, ['sv', 'fi', 'en'])
    expect(text?.roles).toEqual(['subject', 'source'])
    expect(text?.year).toBe(1835)
    expect(text?.authors).toEqual([
      { id: 'Q9', label: null, name: null },
      { id: null, label: null, name: 'Anton Schiefner' },
    ])
    expect(text?.editions.map((e) => `${e.lang}:${e.title}`)).toEqual([
      'fi:Kalevala',
      'en:Kalevala (Crawford)',
      'de:Kalewala',
    ])
  })

  it('takes an edition date only when the work has none', () => {
    const rows = [
      row('Q3', 'edition', 'en', 'X', { edition: wd('Q30'), date: date('1900-01-01T00:00:00Z') }),
    ]
    expect(mapTexts(rows, ['en'])[0]?.year).toBe(1900)
  })

  it.each([
    ['a site that is not a language Wikisource', { wiki: uri('https://wikisource.org/') }],
    ['an unknown role', { role: lit('depicts') }],
    ['a text that is not an item', { text: wd('L1') }],
    ['a text that is not a URI', { text: lit('Q1') }],
    ['no title', { title: lit('') }],
  ])('drops a row with %s', (_, change) => {
    expect(mapTexts([{ ...row('Q4', 'author', 'fi', 'T'), ...change }], ['fi'])).toEqual([])
  })
})

describe('orderEditions', () => {
  const editions: WikisourceEdition[] = [
    { item: 'Q2', lang: 'de', title: 'B' },
    { item: 'Q3', lang: 'en', title: 'A' },
    { item: 'Q4', lang: 'ar', title: 'C' },
    { item: 'Q5', lang: 'fi', title: 'Z' },
    { item: 'Q1', lang: 'fi', title: 'Y' },
  ]

  it.each([
    [
      ['fi', 'en'],
      ['fi:Y', 'fi:Z', 'en:A', 'ar:C', 'de:B'],
    ],
    [['en'], ['en:A', 'ar:C', 'de:B', 'fi:Y', 'fi:Z']],
    [
      ['de', 'fi', 'en'],
      ['de:B', 'fi:Y', 'fi:Z', 'en:A', 'ar:C'],
    ],
  ])('for %j puts the chain first, then the rest by code', (chain, order) => {
    expect(orderEditions(editions, chain).map((e) => `${e.lang}:${e.title}`)).toEqual(order)
  })

  it("puts the work's own page before its editions in the same language", () => {
    const order = orderEditions(editions, ['fi'], 'Q5').map((e) => e.item)
    expect(order.slice(0, 2)).toEqual(['Q5', 'Q1'])
  })
})

describe('groupTexts', () => {
  const text = (id: string, roles: WikisourceText['roles'], langs: string[], year: number | null) =>
    ({
      id,
      roles,
      label: { value: id, lang: 'en' },
      authors: [],
      year,
      editions: langs.map((lang) => ({ item: id, lang, title: id })),
    }) satisfies WikisourceText

  const texts = [
    text('about-sv', ['subject'], ['sv'], 1900),
    text('by-en', ['author'], ['en', 'fi'], 1550),
    text('by-fi-late', ['author'], ['fi'], 1548),
    text('by-fi-early', ['translator'], ['fi'], 1543),
    text('about-fi', ['source'], ['fi'], null),
    text('both', ['author', 'subject'], ['de'], 1600),
    text('edition', ['edition'], ['fi'], 1849),
  ]

  it('groups editions, then texts by the topic, then about it; the content language first', () => {
    const groups = groupTexts(texts, ['fi', 'en'])
    expect(groups.map((g) => g.group)).toEqual(['editions', 'by', 'about'])
    const by = groups[1]?.languages.map((l) => [l.lang, l.texts.map((t) => t.id)])
    expect(by).toEqual([
      ['fi', ['by-fi-early', 'by-fi-late']],
      ['en', ['by-en']],
      ['de', ['both']],
    ])
    const about = groups[2]?.languages.map((l) => [l.lang, l.texts.map((t) => t.id)])
    expect(about).toEqual([
      ['fi', ['about-fi']],
      ['sv', ['about-sv']],
    ])
  })

  it('has no group without texts', () => {
    expect(groupTexts([texts[0]!], ['fi']).map((g) => g.group)).toEqual(['about'])
    expect(groupTexts([], ['fi'])).toEqual([])
  })
})

describe('WS Export', () => {
  it('has its base as a documented constant', () => {
    expect(WS_EXPORT_BASE).toBe('https://ws-export.wmcloud.org/')
  })

  it.each([
    [{ lang: 'fi', title: 'Abckiria' }, 'epub', '?lang=fi&page=Abckiria&format=epub'],
    [{ lang: 'en', title: 'The Time Machine' }, 'pdf', '?lang=en&page=The_Time_Machine&format=pdf'],
    [
      { lang: 'he', title: 'ספר/א' },
      'epub',
      `?lang=he&page=${encodeURIComponent('ספר/א')}&format=epub`,
    ],
    [{ lang: 'fr', title: 'A & B?' }, 'pdf', '?lang=fr&page=A_%26_B%3F&format=pdf'],
  ] as const)('links %j as %s', (page, format, query) => {
    expect(wsExportUrl(page, format)).toBe(`${WS_EXPORT_BASE}${query}`)
  })
})

describe('the text URL parameter', () => {
  it.each([
    ['fi:Abckiria', { lang: 'fi', title: 'Abckiria' }],
    ['fi:Tekijä:Mikael_Agricola', { lang: 'fi', title: 'Tekijä:Mikael Agricola' }],
    [['en:A_B', 'fi:C'], { lang: 'en', title: 'A B' }],
    ['Abckiria', null],
    [':Abckiria', null],
    ['fi:', null],
    ['FI X:Y', null],
    [undefined, null],
  ])('reads %j as %j', (value, page) => {
    expect(readTextParam(value)).toEqual(page)
  })

  it('writes what it reads', () => {
    const page = { lang: 'fi', title: 'Tekijä:Mikael Agricola' }
    expect(textParam(page)).toBe('fi:Tekijä:Mikael_Agricola')
    expect(readTextParam(textParam(page))).toEqual(page)
  })
})

describe('wikiTitlePath', () => {
  it.each([
    ['Abckiria', 'Abckiria'],
    ['Tekijä:Mikael Agricola', 'Tekij%C3%A4:Mikael_Agricola'],
    ['Nordisk familjebok/Lönnrot, Elias', 'Nordisk_familjebok/L%C3%B6nnrot,_Elias'],
    ['A & B?', 'A_%26_B%3F'],
  ])('writes %s as %s', (title, path) => {
    expect(wikiTitlePath(title)).toBe(path)
  })
})
