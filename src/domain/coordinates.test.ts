// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  boundsCenter,
  boundsContain,
  boundsOf,
  checkLatLon,
  distanceMetres,
  entityCoordinates,
  parseWktPoint,
  precisionZoom,
  wrapLongitude,
} from './coordinates'
import { coordinateValue, p625, testEntity } from '../../tests/unit/mapFixtures'

const MARS = 'http://www.wikidata.org/entity/Q111'

describe('wrapLongitude', () => {
  it.each([
    [26.64, 26.64],
    [180, 180],
    [-180, -180],
    [190, -170],
    [360, 0],
    [-190, 170],
    [-360, 0],
    [540, 180],
  ])('folds %s to %s', (lon, expected) => {
    expect(wrapLongitude(lon)).toBeCloseTo(expected)
  })
})

describe('checkLatLon', () => {
  it.each([
    ['a point in Kouvola', 61.06, 26.64, { lat: 61.06, lon: 26.64 }],
    ['the north pole', 90, 0, { lat: 90, lon: 0 }],
    ['a longitude past 180 (Wikibase allows 360)', 10, 350, { lat: 10, lon: -10 }],
    ['a latitude past the pole', 91, 0, null],
    ['a longitude past 360', 0, 361, null],
    ['NaN', Number.NaN, 0, null],
    ['Infinity', 0, Infinity, null],
    ['a string', '61', 26, null],
    ['null', null, 26, null],
  ])('%s', (_, lat, lon, expected) => {
    expect(checkLatLon(lat, lon)).toEqual(expected)
  })
})

describe('entityCoordinates', () => {
  it('reads every best-ranked value on Earth', () => {
    const entity = testEntity('Q1', [p625(61.06, 26.64), p625(60.5, 27)])
    expect(entityCoordinates(entity)).toEqual({
      points: [
        { lat: 61.06, lon: 26.64, precision: 0.0001 },
        { lat: 60.5, lon: 27, precision: 0.0001 },
      ],
      otherGlobes: [],
    })
  })

  it('prefers preferred values and never uses deprecated ones', () => {
    const preferred = testEntity('Q1', [p625(1, 1), p625(2, 2, undefined, 'preferred')])
    expect(entityCoordinates(preferred).points.map((p) => p.lat)).toEqual([2])
    const deprecated = testEntity('Q1', [p625(3, 3, undefined, 'deprecated')])
    expect(entityCoordinates(deprecated).points).toEqual([])
  })

  it('sets aside coordinates on another globe', () => {
    const entity = testEntity('Q1', [p625(-4.6, 137.4, MARS)])
    expect(entityCoordinates(entity)).toEqual({ points: [], otherGlobes: ['Q111'] })
  })

  it('drops invalid and out-of-range values, and repeats', () => {
    const entity = testEntity('Q1', [
      p625(95, 10),
      p625('north', 10),
      p625(10, 400),
      p625(10, 20),
      p625(10, 20),
      ['P625', 'globe-coordinate', { type: 'globecoordinate', value: 'Point(1 2)' }],
    ])
    expect(entityCoordinates(entity).points).toEqual([{ lat: 10, lon: 20, precision: 0.0001 }])
  })

  it('keeps a point without a usable precision, without one', () => {
    const entity = testEntity('Q1', [
      ['P625', 'globe-coordinate', coordinateValue(1, 2, undefined, null)],
      ['P625', 'globe-coordinate', coordinateValue(3, 4, undefined, -1)],
    ])
    expect(entityCoordinates(entity).points.map((p) => p.precision)).toEqual([null, null])
  })
})

describe('parseWktPoint', () => {
  it.each([
    ['Point(26.640016 61.061992)', { lat: 61.061992, lon: 26.640016, globe: 'Q2' }],
    ['POINT(-0.5 51.5)', { lat: 51.5, lon: -0.5, globe: 'Q2' }],
    ['  Point( 1e1  -2.5E0 ) ', { lat: -2.5, lon: 10, globe: 'Q2' }],
    [`<${MARS}> Point(137.4 -4.6)`, { lat: -4.6, lon: 137.4, globe: 'Q111' }],
    ['Point(200 10)', { lat: 10, lon: -160, globe: 'Q2' }],
    ['Point(10 91)', null],
    ['Point(10)', null],
    ['Point(a b)', null],
    ['LINESTRING(1 2, 3 4)', null],
    ['', null],
  ])('%s', (text, expected) => {
    expect(parseWktPoint(text)).toEqual(expected)
  })
})

describe('boundsOf', () => {
  it('is null for no points and a point for one', () => {
    expect(boundsOf([])).toBeNull()
    expect(boundsOf([{ lat: 1, lon: 2 }])).toEqual({ south: 1, west: 2, north: 1, east: 2 })
  })

  it('holds every point', () => {
    const points = [
      { lat: 61.06, lon: 26.64 },
      { lat: 60.45, lon: 22.26 },
      { lat: 64, lon: 26 },
    ]
    expect(boundsOf(points)).toEqual({ south: 60.45, west: 22.26, north: 64, east: 26.64 })
  })

  it('goes across the antimeridian rather than around the world', () => {
    const bounds = boundsOf([
      { lat: -17, lon: 178 },
      { lat: -18, lon: -179 },
    ])
    expect(bounds).toEqual({ south: -18, west: 178, north: -17, east: 181 })
    expect(boundsCenter(bounds!)).toEqual({ lat: -17.5, lon: 179.5 })
    expect(boundsContain(bounds!, { lat: -17.5, lon: -179.5 })).toBe(true)
    expect(boundsContain(bounds!, { lat: -17.5, lon: 0 })).toBe(false)
  })

  it('knows what lies inside', () => {
    const bounds = { south: 60, west: 20, north: 65, east: 30 }
    expect(boundsContain(bounds, { lat: 61, lon: 26 })).toBe(true)
    expect(boundsContain(bounds, { lat: 59, lon: 26 })).toBe(false)
    expect(boundsContain(bounds, { lat: 61, lon: 31 })).toBe(false)
  })
})

describe('precisionZoom', () => {
  it.each([
    [null, 18],
    [0, 18],
    [0.000001, 18],
    [0.0001, 18],
    [0.01, 13],
    [0.1, 10],
    [1, 6],
    [10, 3],
  ])('precision %s° allows zoom %s', (precision, zoom) => {
    expect(precisionZoom(precision)).toBe(zoom)
  })
})

describe('distanceMetres', () => {
  it('measures Verla to Kouvola', () => {
    const km =
      distanceMetres({ lat: 61.061992, lon: 26.640016 }, { lat: 60.868056, lon: 26.704167 }) / 1000
    expect(km).toBeGreaterThan(21)
    expect(km).toBeLessThan(22)
  })
})
