import { describe, expect, it } from 'vitest'
import { at, edition, item } from '../../tests/unit/campaignFixtures'
import {
  campaignCandidates,
  eligibleCampaigns,
  mapPlaces,
  placesNeeded,
  placesQuery,
  type CampaignStatus,
  type EligibilityContext,
} from './campaignEligibility'
import { uploadCategories, uploadWizardUrl } from './campaignUpload'
import type { Entity } from './entity'
import type { CampaignEdition } from './campaignRegistry'

const september = at('2026-09-15T12:00:00+03:00')
const ids = (entity: Entity, editions: CampaignEdition[], context?: EligibilityContext) =>
  eligibleCampaigns(entity, editions, september, context).map((match) => match.edition.id)
const enabled = (...names: string[]) =>
  new Map<string, CampaignStatus>(
    names.map((name) => [name, { enabled: true, start: null, end: null }]),
  )

// A registry like the bundled one, in a fixed order.
const portugal = edition({
  id: 'pt',
  countries: ['Q45'],
  countryName: 'Portugal',
  campaign: 'wlm-pt',
  eligibility: ['P2186'],
  timeZone: 'Europe/Lisbon',
})
const poland = edition({
  id: 'pl',
  countries: ['Q36'],
  countryName: 'Poland',
  campaign: 'wlm-pl',
  eligibility: ['P1435'],
  timeZone: 'Europe/Warsaw',
})
const flanders = edition({
  id: 'be-vlg',
  countries: ['Q31'],
  regions: ['Q9337'],
  countryName: 'Belgium',
  campaign: 'wlm-be-vlg',
  eligibility: ['P1764'],
  monumentId: { from: 'P1764' },
})
const wallonia = edition({
  id: 'be-wal',
  countries: ['Q31'],
  regions: ['Q231'],
  countryName: 'Belgium',
  campaign: 'wlm-be-wal',
  eligibility: ['P1133'],
  monumentId: { from: 'P1133' },
})
const austria = edition({
  id: 'at',
  countries: ['Q40'],
  countryName: 'Austria',
  campaign: 'wlm-at',
  eligibility: ['P2951'],
  monumentId: { from: 'P2951' },
})
const swedenRemains = edition({
  id: 'se-fornmin',
  countries: ['Q34'],
  countryName: 'Sweden',
  campaign: 'wlm-se-fornmin',
  eligibility: ['P1260^raa/lamning/'],
  monumentId: { from: 'P1260', prefix: 'raa/lamning/', param: 'id' },
})
const swedenBuildings = edition({
  id: 'se-bbr',
  countries: ['Q34'],
  countryName: 'Sweden',
  campaign: 'wlm-se-bbr',
  eligibility: ['P1260^raa/bbr/'],
  monumentId: { from: 'P1260', prefix: 'raa/bbr/', param: 'id' },
})
const england = edition({
  id: 'gb-eng',
  countries: ['Q145'],
  countryName: 'the United Kingdom',
  campaign: 'wlm-gb-eng',
  eligibility: ['P1216'],
})
const scotland = edition({
  id: 'gb-sct',
  countries: ['Q145'],
  regions: ['Q22'],
  countryName: 'the United Kingdom',
  campaign: 'wlm-gb-sct',
  eligibility: ['P1435'],
})
const wales = edition({
  id: 'gb-wls',
  countries: ['Q145'],
  regions: ['Q25'],
  countryName: 'the United Kingdom',
  campaign: 'wlm-gb-wls',
  eligibility: ['P1435'],
})
const registry = [
  portugal,
  poland,
  flanders,
  wallonia,
  austria,
  swedenRemains,
  swedenBuildings,
  england,
  scotland,
  wales,
]

describe('the bugs of Wikidocumentaries’ banner, as cases that would have caught them', () => {
  it('Portugal is Q45, not Q36: a Polish monument gets Poland’s campaign, a Portuguese one Portugal’s', () => {
    const polish = item('Q100', { P17: ['Q36'], P1435: ['Q21'] })
    const portuguese = item('Q101', { P17: ['Q45'], P2186: ['PT-1'] })
    expect(ids(polish, registry)).toEqual(['pl'])
    expect(ids(portuguese, registry)).toEqual(['pt'])
    expect(uploadCategories(polish, poland)).toEqual([
      'Images from Wiki Loves Monuments 2026 in Poland',
    ])
  })

  it('Flanders is Q9337, not Wallonia’s Q231: each region’s id goes to its own campaign', () => {
    const flemish = item('Q102', { P17: ['Q31'], P131: ['Q1000'], P1764: ['200442'] })
    const walloon = item('Q103', { P17: ['Q31'], P131: ['Q1001'], P1133: ['57081-CLT-0001-01'] })
    expect(ids(flemish, registry, { places: new Set(['Q9337', 'Q31']) })).toEqual(['be-vlg'])
    expect(ids(walloon, registry, { places: new Set(['Q231', 'Q31']) })).toEqual(['be-wal'])
    // A Flemish id on an item whose chain reaches Wallonia takes part in neither.
    expect(ids(flemish, registry, { places: new Set(['Q231']) })).toEqual([])
  })

  it('Austria’s heritage id goes into fields[], not the QID (the missing break)', () => {
    const monument = item('Q104', { P17: ['Q40'], P2951: ['12345'] })
    expect(ids(monument, registry)).toEqual(['at'])
    const href = uploadWizardUrl(monument, austria, {
      uilang: 'de',
      texts: { description: 'd', caption: 'c' },
    })
    expect(new URL(href).searchParams.get('fields[]')).toBe('12345')
    expect(href).not.toContain('Q104')
  })

  it('categories are encoded (a & in a category does not cut the link)', () => {
    const monument = item('Q105', {
      P17: ['Q36'],
      P1435: ['Q21'],
      P373: [{ type: 'string', value: 'Kościół & dzwonnica' }],
    })
    const href = uploadWizardUrl(monument, poland, {
      uilang: 'pl',
      texts: { description: 'd', caption: 'c' },
    })
    expect(new URL(href).searchParams.get('categories')).toBe(
      'Images from Wiki Loves Monuments 2026 in Poland|Kościół & dzwonnica',
    )
  })

  it('the year comes from the edition (Wikidocumentaries had 2023 in the category)', () => {
    const next = edition({
      ...{ id: 'pl-2027', year: 2027 },
      start: '2027-09-01',
      end: '2027-09-30',
      countries: ['Q36'],
      countryName: 'Poland',
    })
    expect(uploadCategories(item('Q106', { P17: ['Q36'], P1435: ['Q21'] }), next)).toEqual([
      'Images from Wiki Loves Monuments 2027 in Poland',
    ])
  })

  it('Sweden and the UK: one country, several campaigns, chosen by the kind of id or the region', () => {
    const remains = item('Q107', { P17: ['Q34'], P1260: ['raa/lamning/abc'] })
    const building = item('Q108', { P17: ['Q34'], P1260: ['raa/bbr/21300000001'] })
    const both = item('Q109', { P17: ['Q34'], P1260: ['raa/bbr/1', 'raa/lamning/2'] })
    const english = item('Q110', { P17: ['Q145'], P1216: ['1065590'] })
    const scottish = item('Q111', { P17: ['Q145'], P131: ['Q1002'], P1435: ['Q21'] })
    expect(ids(remains, registry)).toEqual(['se-fornmin'])
    expect(ids(building, registry)).toEqual(['se-bbr'])
    expect(ids(both, registry)).toEqual(['se-fornmin', 'se-bbr'])
    expect(ids(english, registry)).toEqual(['gb-eng'])
    expect(ids(scottish, registry, { places: new Set(['Q22', 'Q145']) })).toEqual(['gb-sct'])
  })
})

describe('eligibility rules, as data', () => {
  const rule = (eligibility: string[], extra: Record<string, unknown> = {}) =>
    edition({ id: 'any-rule', countries: [], eligibility, ...extra })

  it.each([
    ['a property present', ['P2186'], { P2186: ['IT-1'] }, true],
    ['a property absent', ['P2186'], { P1435: ['Q9259'] }, false],
    [
      'P1435 with a listed designation',
      ['P1435=Q916333,Q13423591'],
      { P1435: ['Q13423591'] },
      true,
    ],
    ['P1435 with another designation', ['P1435=Q916333,Q13423591'], { P1435: ['Q9259'] }, false],
    ['P3259 living heritage', ['P3259'], { P3259: ['Q999990113'] }, true],
    ['P5008 on the focus list', ['P5008=Q73852346'], { P5008: ['Q73852346'] }, true],
    ['P5008 on another focus list', ['P5008=Q73852346'], { P5008: ['Q1'] }, false],
    ['an instance of a listed class', ['class=Q46169'], { P31: ['Q46169'] }, true],
    ['an instance of another class', ['class=Q46169'], { P31: ['Q5'] }, false],
    ['a prefix of a string id', ['P1260^raa/lamning/'], { P1260: ['raa/lamning/x'] }, true],
    ['any of several rules', ['P2186', 'P3259'], { P3259: ['Q1'] }, true],
  ])('%s', (_, eligibility, claims, expected) => {
    expect(ids(item('Q200', claims), [rule(eligibility)]).length > 0).toBe(expected)
  })

  it('ignores deprecated statements and novalue', () => {
    const deprecated = item('Q201', {
      P1435: [{ value: { type: 'entity', id: 'Q9259' }, rank: 'deprecated' }],
    })
    const none = item('Q202', { P1435: [{ type: 'novalue' }] })
    expect(ids(deprecated, [rule(['P1435'])])).toEqual([])
    expect(ids(none, [rule(['P1435'])])).toEqual([])
  })
})

describe('where the item is: P17, or the P131 chain', () => {
  const finland = edition({ id: 'fi', countries: ['Q33'] })

  it.each([
    ['P17 matches', { P17: ['Q33'], P1435: ['Q1'] }, []],
    ['P17 says another country', { P17: ['Q34'], P131: ['Q1'], P1435: ['Q1'] }, null],
    ['no P17 but a P131 chain', { P131: ['Q204382'], P1435: ['Q1'] }, ['Q33']],
    ['neither', { P1435: ['Q1'] }, null],
  ])('%s', (_, claims, needed) => {
    expect(placesNeeded(item('Q300', claims), finland)).toEqual(needed)
  })

  it('asks the chain only when an edition needs it, and drops such editions without its answer', () => {
    const kouvola = item('Q301', { P131: ['Q204382'], P1435: ['Q1'] })
    expect(campaignCandidates(kouvola, [finland], september)[0]?.places).toEqual(['Q33'])
    expect(ids(kouvola, [finland])).toEqual([])
    expect(ids(kouvola, [finland], { places: new Set(['Q33']) })).toEqual(['fi'])
    expect(ids(kouvola, [finland], { places: new Set(['Q34']) })).toEqual([])
  })

  it('asks one portable query for all places: no wikibase:label, no Blazegraph extensions', () => {
    const query = placesQuery('Q301', ['Q33', 'Q9337', 'Q33', 'not an id'])
    expect(query).toContain('VALUES ?place { wd:Q33 wd:Q9337 }')
    expect(query).toContain('wd:Q301 wdt:P131+ ?place')
    expect(query).toContain('wd:Q301 wdt:P131* ?unit . ?unit wdt:P17 ?place')
    expect(query).not.toMatch(/wikibase:label|bd:serviceParam|SERVICE/)
    const rows = [{ place: { type: 'uri' as const, value: 'http://www.wikidata.org/entity/Q33' } }]
    expect(mapPlaces(rows)).toEqual(new Set(['Q33']))
  })
})

describe('time and the campaign', () => {
  const monument = item('Q400', { P17: ['Q33'], P1435: ['Q9259'] })
  const base = edition({ id: 'base' })
  const announced = edition({
    id: 'next',
    year: 2027,
    start: '2027-09-01',
    end: '2027-09-30',
    announceFrom: '2027-08-15',
  })

  it.each([
    ['the day before', '2026-08-31T23:59:59+03:00', []],
    ['the first day, Helsinki time', '2026-09-01T00:00:00+03:00', ['running']],
    ['the last day, Helsinki time', '2026-09-30T23:59:59+03:00', ['running']],
    ['the day after', '2026-10-01T00:00:00+03:00', []],
  ])('%s', (_, iso, phases) => {
    expect(eligibleCampaigns(monument, [base], at(iso)).map((m) => m.phase)).toEqual(phases)
  })

  it('announces an edition from its announce day, without needing its campaign yet', () => {
    const phases = (iso: string) =>
      eligibleCampaigns(monument, [announced], at(iso), { campaigns: new Map() }).map(
        (m) => m.phase,
      )
    expect(phases('2027-08-14T12:00:00+03:00')).toEqual([])
    expect(phases('2027-08-15T00:00:00+03:00')).toEqual(['announced'])
    expect(phases('2027-09-01T00:00:00+03:00')).toEqual([]) // running, but its campaign is unknown
  })

  it('shows a running edition only when its campaign exists and is enabled', () => {
    const disabled = new Map([['wlm-fi', { enabled: false, start: null, end: null }]])
    expect(ids(monument, [base], { campaigns: enabled('wlm-fi') })).toEqual(['base'])
    expect(ids(monument, [base], { campaigns: disabled })).toEqual([])
    expect(ids(monument, [base], { campaigns: enabled('wlm-se') })).toEqual([])
    expect(ids(monument, [base])).toEqual(['base']) // not checked
  })

  it('narrows the window by the campaign’s own dates', () => {
    const ending = new Map([
      ['wlm-fi', { enabled: true, start: null, end: Date.parse('2026-09-10T00:00:00Z') }],
    ])
    const [match] = eligibleCampaigns(monument, [base], at('2026-09-05T12:00:00Z'), {
      campaigns: ending,
    })
    expect(match?.window.end).toBe(Date.parse('2026-09-10T00:00:00Z'))
    expect(ids(monument, [base], { campaigns: ending })).toEqual([]) // 15 September
  })

  it('keeps several editions for one item in the order of the data', () => {
    const earth = edition({ id: 'earth', campaign: 'wle-fi', eligibility: ['class=Q46169'] })
    const park = item('Q401', { P17: ['Q33'], P31: ['Q46169'], P1435: ['Q9259'] })
    expect(ids(park, [earth, base])).toEqual(['earth', 'base'])
    expect(ids(park, [base, earth])).toEqual(['base', 'earth'])
  })
})
