// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hasMapPlace } from './mapApplies'
import {
  kindZoom,
  mapPoint,
  mapViewQuery,
  nearbyRadius,
  placeKind,
  readMapView,
  topicPlace,
} from './map'
import { itemClaim, p625, testEntity } from '../../tests/unit/mapFixtures'

describe('placeKind, kindZoom and nearbyRadius', () => {
  it.each([
    ['a factory', ['Q83405'], 'site', 15, 1000],
    ['no class at all', [], 'site', 15, 1000],
    ['a village', ['Q532'], 'settlement', 13, 2000],
    ['a municipality of Finland', ['Q856076'], 'municipality', 10, 5000],
    ['a city', ['Q515'], 'municipality', 10, 5000],
    ['a region of Finland', ['Q193512'], 'region', 7, 10000],
    ['a country', ['Q6256'], 'country', 5, null],
    ['a sovereign state that is also a country', ['Q3624078', 'Q6256'], 'country', 5, null],
    ['a continent', ['Q5107'], 'continent', 3, null],
    [
      'a capital that is a city (the larger kind wins)',
      ['Q5119', 'Q486972'],
      'municipality',
      10,
      5000,
    ],
  ])('%s', (_, classes, kind, zoom, radius) => {
    expect(placeKind(classes)).toBe(kind)
    expect(kindZoom(placeKind(classes))).toBe(zoom)
    expect(nearbyRadius(placeKind(classes))).toBe(radius)
  })
})

describe('topicPlace', () => {
  it('uses the own coordinates, with the zoom and radius of the kind', () => {
    const verla = testEntity('Q217447', [
      p625(61.061992, 26.640016),
      itemClaim('P31', 'Q83405'),
      itemClaim('P131', 'Q204382'),
    ])
    expect(topicPlace(verla)).toEqual({
      type: 'point',
      points: [{ lat: 61.061992, lon: 26.640016, precision: 0.0001 }],
      kind: 'site',
      zoom: 15,
      radius: 1000,
    })
  })

  it('zooms out to what a coarse precision supports', () => {
    const coarse = testEntity('Q1', [
      [
        'P625',
        'globe-coordinate',
        {
          type: 'globecoordinate',
          value: {
            latitude: 61,
            longitude: 26,
            precision: 0.1,
            globe: 'http://www.wikidata.org/entity/Q2',
          },
        },
      ],
    ])
    expect(topicPlace(coarse)).toMatchObject({ type: 'point', kind: 'site', zoom: 10 })
  })

  it('falls back to where it is located: location, administrative area, country', () => {
    const painting = testEntity('Q1', [
      itemClaim('P276', 'Q4502138'),
      itemClaim('P17', 'Q33'),
      itemClaim('P131', 'Q38511'),
    ])
    expect(topicPlace(painting)).toEqual({
      type: 'located',
      location: ['Q4502138'],
      admin: ['Q38511'],
      country: ['Q33'],
    })
  })

  it('says when the coordinates are on another globe, even with a location', () => {
    const crater = testEntity('Q1', [
      p625(-4.6, 137.4, 'http://www.wikidata.org/entity/Q111'),
      itemClaim('P17', 'Q33'),
    ])
    expect(topicPlace(crater)).toEqual({ type: 'other-globe', globes: ['Q111'] })
    expect(hasMapPlace(crater)).toBe(true)
  })

  it('prefers Earth coordinates to those on other globes', () => {
    const both = testEntity('Q1', [
      p625(-4.6, 137.4, 'http://www.wikidata.org/entity/Q111'),
      p625(1, 2),
    ])
    expect(topicPlace(both).type).toBe('point')
  })

  it.each([
    ['no statements', []],
    ['only invalid coordinates', [p625(120, 10)]],
    ['a person', [itemClaim('P31', 'Q5'), itemClaim('P19', 'Q1757')]],
  ])('has no place with %s', (_, claims) => {
    const entity = testEntity('Q1', claims as ReturnType<typeof p625>[])
    expect(topicPlace(entity)).toEqual({ type: 'none' })
    expect(hasMapPlace(entity)).toBe(false)
  })
})

describe('hasMapPlace agrees with topicPlace', () => {
  it.each([
    ['coordinates', [p625(1, 2)]],
    ['coordinates on Mars', [p625(1, 2, 'http://www.wikidata.org/entity/Q111')]],
    ['coordinates out of range', [p625(100, 2)]],
    ['a location', [itemClaim('P276', 'Q1')]],
    ['an administrative area', [itemClaim('P131', 'Q1')]],
    ['a country', [itemClaim('P17', 'Q1')]],
    ['a birthplace only', [itemClaim('P19', 'Q1')]],
    ['nothing', []],
  ])('with %s', (_, claims) => {
    const entity = testEntity('Q1', claims as ReturnType<typeof p625>[])
    expect(hasMapPlace(entity)).toBe(topicPlace(entity).type !== 'none')
  })
})

describe('mapPoint', () => {
  it('keys a point by source, item and position', () => {
    expect(mapPoint('parts', { lat: 1, lon: 2 }, { id: 'Q5' }).key).toBe(
      'parts:Q5:1.000000,2.000000',
    )
    expect(mapPoint('photos', { lat: 1, lon: 2 }, {}).key).toBe('photos::1.000000,2.000000')
  })
})

describe('readMapView and mapViewQuery', () => {
  it.each([
    ['nothing', {}, { center: null, zoom: null, layers: null }],
    [
      'a view',
      { map: '61.06,26.64,14' },
      { center: { lat: 61.06, lon: 26.64 }, zoom: 14, layers: null },
    ],
    [
      'layers',
      { maplayers: 'photos,parts,bogus' },
      { center: null, zoom: null, layers: ['parts', 'photos'] },
    ],
    ['no layers at all', { maplayers: '' }, { center: null, zoom: null, layers: [] }],
    [
      'the first of repeated values',
      { map: ['1,2,3', '4,5,6'] },
      { center: { lat: 1, lon: 2 }, zoom: 3, layers: null },
    ],
    ['a latitude out of range', { map: '91,26,14' }, { center: null, zoom: null, layers: null }],
    ['a fractional zoom', { map: '61,26,14.5' }, { center: null, zoom: null, layers: null }],
    ['a zoom too deep', { map: '61,26,25' }, { center: null, zoom: null, layers: null }],
    ['two numbers', { map: '61,26' }, { center: null, zoom: null, layers: null }],
    ['words', { map: 'a,b,c' }, { center: null, zoom: null, layers: null }],
    ['empty parts', { map: ',,3' }, { center: null, zoom: null, layers: null }],
  ])('reads %s', (_, query, expected) => {
    expect(readMapView(query)).toEqual(expected)
  })

  it('round-trips a view through the query', () => {
    const view = {
      center: { lat: 61.0619923, lon: 26.6400161 },
      zoom: 16,
      layers: ['parts' as const, 'wanted' as const],
    }
    const query = mapViewQuery(view)
    expect(query).toEqual({ map: '61.06199,26.64002,16', maplayers: 'parts,wanted' })
    expect(readMapView(query as Record<string, string>)).toEqual({
      ...view,
      center: { lat: 61.06199, lon: 26.64002 },
    })
  })

  it('leaves out what is not set', () => {
    expect(mapViewQuery({ center: null, zoom: null, layers: null })).toEqual({
      map: undefined,
      maplayers: undefined,
    })
    expect(mapViewQuery({ center: null, zoom: null, layers: [] })).toEqual({
      map: undefined,
      maplayers: '',
    })
  })
})
