// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  mapWantedPlaces,
  runningEditions,
  wantedCandidates,
  wantedPlacesQuery,
} from './mapCampaigns'
import { at, edition, item } from '../../tests/unit/campaignFixtures'

const november = edition({
  id: 'nov',
  start: '2026-11-01',
  end: '2026-11-30',
  eligibility: ['P4009'],
})
const october = edition({
  id: 'oct',
  start: '2026-10-01',
  end: '2026-10-31',
  eligibility: ['P4009'],
})
const regional = edition({
  id: 'region',
  start: '2026-11-01',
  end: '2026-11-30',
  regions: ['Q5698'],
  eligibility: ['P1435'],
})

describe('runningEditions', () => {
  it.each([
    ['on the first day, in Helsinki time', '2026-11-01T00:00:00+02:00', ['nov', 'region']],
    ['on the last day', '2026-11-30T23:59:00+02:00', ['nov', 'region']],
    ['the day after', '2026-12-01T00:00:00+02:00', []],
    ['in October', '2026-10-15T12:00:00+03:00', ['oct']],
  ])('%s', (_, time, ids) => {
    expect(runningEditions([november, october, regional], at(time)).map((e) => e.id)).toEqual(ids)
  })
})

describe('wantedCandidates', () => {
  const now = at('2026-11-21T10:00:00+02:00')
  it('keeps the items a running edition takes, by id', () => {
    const housing = item('Q1', { P4009: ['1277'], P17: ['Q33'], P1435: ['Q29966257'] })
    const painting = item('Q2', { P17: ['Q33'], P1435: ['Q9'] })
    const abroad = item('Q3', { P4009: ['1'], P17: ['Q34'] })
    const found = wantedCandidates([housing, painting, abroad], [november, october], now)
    expect([...found.keys()]).toEqual(['Q1'])
    expect(found.get('Q1')?.map((c) => c.edition.id)).toEqual(['nov'])
  })

  it('says which places an item without P17 must reach', () => {
    const found = wantedCandidates(
      [item('Q4', { P1435: ['Q9'], P131: ['Q204382'] })],
      [regional],
      now,
    )
    expect(found.get('Q4')?.[0]?.places).toEqual(['Q33', 'Q5698'])
  })
})

describe('wantedPlacesQuery', () => {
  it('asks once for every item and place, in portable SPARQL', () => {
    const query = wantedPlacesQuery(['Q1', 'Q2', 'Q1', 'bad'], ['Q33', 'Q5698'])!
    expect(query).toContain('VALUES ?item { wd:Q1 wd:Q2 }')
    expect(query).toContain('VALUES ?place { wd:Q33 wd:Q5698 }')
    expect(query).toContain('?item wdt:P131+ ?place')
    expect(query).not.toContain('SERVICE')
  })

  it.each([
    [[], ['Q33']],
    [['Q1'], []],
  ])('asks nothing without items or places', (items, places) => {
    expect(wantedPlacesQuery(items, places)).toBeNull()
  })

  it('maps the answer to the places each item reaches', () => {
    const uri = (id: string) => ({
      type: 'uri' as const,
      value: `http://www.wikidata.org/entity/${id}`,
    })
    const places = mapWantedPlaces([
      { item: uri('Q1'), place: uri('Q33') },
      { item: uri('Q1'), place: uri('Q5698') },
      { item: uri('Q2'), place: uri('Q33') },
      { item: { type: 'literal' as const, value: 'x' }, place: uri('Q33') },
    ])
    expect([...(places.get('Q1') ?? [])]).toEqual(['Q33', 'Q5698'])
    expect([...(places.get('Q2') ?? [])]).toEqual(['Q33'])
    expect(places.size).toBe(2)
  })
})
