import { describe, expect, it } from 'vitest'
import { geoShapeTitle, parseGeoShape } from './mapShape'
import { testEntity } from '../../tests/unit/mapFixtures'

const square = [
  [
    [26, 61],
    [27, 61],
    [27, 62],
    [26, 61],
  ],
]

describe('geoShapeTitle', () => {
  it.each([
    ['a geo-shape value', 'Data:Kouvola.map', 'Data:Kouvola.map'],
    ['a page that is not map data', 'Data:Population.tab', null],
    ['a file', 'Kouvola.svg', null],
  ])('%s', (_, value, expected) => {
    const entity = testEntity('Q1', [['P3896', 'geo-shape', { type: 'string', value }]])
    expect(geoShapeTitle(entity)).toBe(expected)
  })
  it('is null without P3896', () => {
    expect(geoShapeTitle(testEntity('Q1', []))).toBeNull()
  })
})

describe('parseGeoShape', () => {
  it('reads the data of a .map page', () => {
    const page = {
      license: 'CC0-1.0',
      data: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'x' },
            geometry: { type: 'Polygon', coordinates: square },
          },
        ],
      },
    }
    expect(parseGeoShape(page)).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square } },
      ],
    })
  })

  it.each([
    ['a bare geometry', { type: 'MultiPolygon', coordinates: [square] }, 1],
    [
      'a line and a point',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: {
              type: 'LineString',
              coordinates: [
                [1, 2],
                [3, 4],
              ],
            },
          },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] } },
        ],
      },
      2,
    ],
    [
      'a geometry collection with one bad member',
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          { type: 'Point', coordinates: ['x', 2] },
        ],
      },
      1,
    ],
    [
      'a feature with a latitude out of range',
      { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 95] } },
      0,
    ],
    ['an unknown geometry type', { type: 'Circle', coordinates: [1, 2] }, 0],
    ['a polygon with an empty ring', { type: 'Polygon', coordinates: [[]] }, 0],
    ['nothing', null, 0],
    ['an HTML page', '<html></html>', 0],
  ])('%s', (_, body, features) => {
    expect(parseGeoShape(body)?.features.length ?? 0).toBe(features)
  })
})
