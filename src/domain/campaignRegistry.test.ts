// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { editionRecord } from '../../tests/unit/campaignFixtures'
import {
  parseEdition,
  parseEditions,
  parseRegistry,
  parseRule,
  parseTabularRegistry,
} from './campaignRegistry'

const problem = (overrides: Record<string, unknown>) => {
  const result = parseEdition(editionRecord(overrides), 'test')
  return 'problem' in result ? result.problem : null
}

describe('the rule grammar', () => {
  it.each([
    ['P2186', { kind: 'property', property: 'P2186' }],
    [
      'P1435=Q916333,Q13423591',
      { kind: 'value', property: 'P1435', values: ['Q916333', 'Q13423591'] },
    ],
    ['P1260^raa/lamning/', { kind: 'prefix', property: 'P1260', prefix: 'raa/lamning/' }],
    ['class=Q46169, Q473972', { kind: 'class', classes: ['Q46169', 'Q473972'] }],
    [' P3259 ', { kind: 'property', property: 'P3259' }],
  ])('reads %s', (text, rule) => {
    expect(parseRule(text)).toEqual(rule)
  })

  it.each(['p2186', 'P0', 'P1435=', 'P1435=Q1,foo', 'class=', 'class=P31', 'wdt:P31', ''])(
    'rejects %j',
    (text) => {
      expect(parseRule(text)).toBeNull()
    },
  )
})

describe('the edition schema', () => {
  it('accepts the fixture and fills the defaults', () => {
    const result = parseEdition(editionRecord(), 'bundled')
    expect(result).toMatchObject({
      edition: {
        id: 'wlm-2026-xx',
        regions: [],
        announceFrom: null,
        monumentId: null,
        listPage: null,
        url: null,
        source: 'bundled',
        eligibility: [{ kind: 'property', property: 'P1435' }],
      },
    })
  })

  it.each([
    [{ id: 'WLM 2026' }, 'id must be a lowercase slug'],
    [{ series: '' }, 'series must be a lowercase slug'],
    [{ year: '2026' }, 'year must be a year'],
    [{ name: {} }, 'name needs at least one language'],
    [{ name: { English: 'x' } }, 'name has a key that is not a language code: English'],
    [{ countries: ['Finland'] }, 'countries must be a list of item ids (Q…)'],
    [{ start: '2026-09-31' }, 'start must be a date YYYY-MM-DD'],
    [{ end: '2026-08-31' }, 'end is before start'],
    [{ timeZone: 'EET+2' }, 'timeZone must be an IANA time zone such as Europe/Helsinki'],
    [{ announceFrom: '2026-09-01' }, 'announceFrom must be a date before start'],
    [{ campaign: 'wlm|fi' }, 'campaign must be the name of a Campaign: page'],
    [{ eligibility: [] }, 'eligibility needs at least one rule'],
    [{ eligibility: ['P1435', 'wdt:P31'] }, 'not a rule: "wdt:P31"'],
    [{ monumentId: { from: 'QID' } }, 'monumentId.from must be "item" or a property id'],
    [{ monumentId: { from: 'P1', param: 'id2' } }, 'monumentId.param must be "fields" or "id"'],
    [{ categories: ['A|B'] }, 'category has a character titles cannot: A|B'],
    [{ categories: ['In {land}'] }, 'category uses an unknown placeholder {land}'],
    [{ countryName: undefined }, '{country} needs countryName'],
    [{ categories: ['{id}'] }, '{id} needs monumentId'],
    [{ url: 'http://example.org/' }, 'url must be an https address'],
    [{ listPage: { wiki: 'de', title: '' } }, 'listPage.title must be a page title'],
    [{ contries: ['Q33'] }, 'unknown key: contries'],
  ])('rejects %j: %s', (overrides, message) => {
    expect(problem(overrides)).toBe(message)
  })

  it('reports each bad entry and keeps the good ones, the first of a duplicate id winning', () => {
    const parsed = parseEditions(
      [editionRecord(), 'nonsense', editionRecord({ timeZone: 'Mars/Olympus' }), editionRecord()],
      'page',
    )
    expect(parsed.editions.map((e) => e.id)).toEqual(['wlm-2026-xx'])
    expect(parsed.problems).toEqual([
      { source: 'page', entry: '#1', message: 'not an object' },
      {
        source: 'page',
        entry: 'wlm-2026-xx',
        message: 'timeZone must be an IANA time zone such as Europe/Helsinki',
      },
      { source: 'page', entry: 'wlm-2026-xx', message: 'duplicate id' },
    ])
  })

  it('reads only registry version 1', () => {
    expect(parseRegistry({ version: 1, editions: [editionRecord()] }, 'b').editions).toHaveLength(1)
    expect(parseRegistry({ version: 2, editions: [editionRecord()] }, 'b')).toEqual({
      editions: [],
      problems: [{ source: 'b', entry: '*', message: 'registry version 2 is not 1' }],
    })
    expect(parseRegistry([], 'b').problems[0]?.message).toBe('not a campaign registry')
  })
})

describe('the tabular form (a Commons Data:….tab page)', () => {
  const fields = [
    'id',
    'series',
    'year',
    'name',
    'countries',
    'regions',
    'country_name',
    'start',
    'end',
    'time_zone',
    'announce_from',
    'campaign',
    'eligibility',
    'monument_id',
    'monument_id_prefix',
    'monument_id_param',
    'categories',
    'url',
    'list_page',
    'notes',
  ].map((name) => ({
    name,
    type: name === 'year' ? 'number' : name === 'name' ? 'localized' : 'string',
  }))
  const row = [
    'wlm-2026-se-fornmin',
    'wiki-loves-monuments',
    2026,
    { en: 'WLM 2026 in Sweden', sv: 'WLM 2026 i Sverige' },
    'Q34',
    null,
    'Sweden',
    '2026-09-01',
    '2026-09-30',
    'Europe/Stockholm',
    '2026-08-20',
    'wlm-se-fornmin',
    'P1260^raa/lamning/; P1435=Q1',
    'P1260',
    'raa/lamning/',
    'id',
    'Images from Wiki Loves Monuments {year} in {country}|Ancient remains in {country}',
    'https://example.org/wlm',
    'sv|Lista över fornlämningar',
    'A note',
  ]

  it('turns each row into the same edition as the JSON form', () => {
    const parsed = parseTabularRegistry(
      { license: 'CC0-1.0', schema: { fields }, data: [row] },
      'Data:Kooste/campaigns.tab',
    )
    expect(parsed.problems).toEqual([])
    const json = parseEdition(
      {
        id: 'wlm-2026-se-fornmin',
        series: 'wiki-loves-monuments',
        year: 2026,
        name: { en: 'WLM 2026 in Sweden', sv: 'WLM 2026 i Sverige' },
        countries: ['Q34'],
        countryName: 'Sweden',
        start: '2026-09-01',
        end: '2026-09-30',
        timeZone: 'Europe/Stockholm',
        announceFrom: '2026-08-20',
        campaign: 'wlm-se-fornmin',
        eligibility: ['P1260^raa/lamning/', 'P1435=Q1'],
        monumentId: { from: 'P1260', prefix: 'raa/lamning/', param: 'id' },
        categories: [
          'Images from Wiki Loves Monuments {year} in {country}',
          'Ancient remains in {country}',
        ],
        url: 'https://example.org/wlm',
        listPage: { wiki: 'sv', title: 'Lista över fornlämningar' },
        notes: 'A note',
      },
      'Data:Kooste/campaigns.tab',
    )
    expect(parsed.editions).toEqual(['edition' in json ? json.edition : null])
  })

  it('reports an unknown column and a malformed row, and keeps the rest', () => {
    const parsed = parseTabularRegistry(
      {
        schema: { fields: [...fields, { name: 'colour', type: 'string' }] },
        data: [row, [...row.slice(0, 7), 'not a date', ...row.slice(8)], 'not a row'],
      },
      'page',
    )
    expect(parsed.editions).toHaveLength(1)
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'unknown column: colour',
      'start must be a date YYYY-MM-DD',
      'not an object',
    ])
  })
})
