// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { FeatureCollection, Polygon } from 'geojson'
import {
  geoShapeTitle,
  mapGeoShapePage,
  parseGeoShape,
  readGeoShape,
  shapeBounds,
  shapeMaxChars,
  shapeMaxPositions,
  shapeParts,
  shapePositions,
  simplifyShape,
} from './mapShape'
import { ShapeError } from './guards'
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

describe('readGeoShape and mapGeoShapePage', () => {
  const page = (content: unknown) => ({
    batchcomplete: true,
    query: {
      pages: [
        {
          pageid: 1,
          ns: 486,
          title: 'Data:Verla.map',
          revisions: [
            {
              slots: {
                main: {
                  contentmodel: 'Map.JsonConfig',
                  content: typeof content === 'string' ? content : JSON.stringify(content),
                },
              },
            },
          ],
        },
      ],
    },
  })
  const mapPage = { license: 'CC0-1.0', data: { type: 'Polygon', coordinates: square } }

  it('reads a .map page into a drawable shape with its count', () => {
    const result = mapGeoShapePage(page(mapPage))
    expect(result).toMatchObject({ status: 'ok', parts: 1, simplified: false })
  })

  it('reads formatversion 1 (the content under "*", pages by id)', () => {
    const body = {
      query: {
        pages: { 1: { pageid: 1, revisions: [{ '*': JSON.stringify(mapPage) }] } },
      },
    }
    expect(mapGeoShapePage(body).status).toBe('ok')
  })

  it.each([
    ['a missing page', { query: { pages: [{ ns: 486, title: 'Data:X.map', missing: true }] } }],
    ['an invalid title', { query: { pages: [{ title: 'Data:', invalid: true }] } }],
    ['a page without revisions', { query: { pages: [{ pageid: 1, title: 'Data:X.map' }] } }],
  ])('says when there is no page: %s', (_, body) => {
    expect(mapGeoShapePage(body)).toEqual({ status: 'missing' })
  })

  it.each([
    ['JSON cut short', '{"data": {"type": "Polygon", "coordinates": ['],
    ['no drawable geometry', { data: { type: 'ExternalData', service: 'geoshape' } }],
    ['coordinates out of range', { data: { type: 'Point', coordinates: [26, 95] } }],
  ])('says when the page is malformed: %s', (_, content) => {
    expect(mapGeoShapePage(page(content))).toEqual({ status: 'malformed' })
  })

  it('refuses a page too large to read', () => {
    expect(readGeoShape(' '.repeat(shapeMaxChars + 1))).toEqual({ status: 'too-large' })
  })

  it('throws a ShapeError for an answer that is not a query', () => {
    expect(() => mapGeoShapePage({ error: { code: 'x' } })).toThrow(ShapeError)
  })
})

describe('simplifyShape', () => {
  const ring = (n: number) => {
    const points = Array.from({ length: n }, (_, i) => {
      const a = (i / n) * 2 * Math.PI
      return [26 + Math.cos(a) * 0.01, 61 + Math.sin(a) * 0.01]
    })
    return [...points, points[0]!]
  }
  const polygon = (n: number): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring(n)] } },
    ],
  })

  it('leaves a small shape as it is', () => {
    const shape = polygon(100)
    expect(simplifyShape(shape, 1000)).toBe(shape)
  })

  it('thins a huge shape to about the limit, keeping each ring closed', () => {
    const shape = simplifyShape(polygon(50000), 1000)
    expect(shapePositions(shape)).toBeLessThanOrEqual(1001)
    const geometry = shape.features[0]!.geometry as Polygon
    const kept = geometry.coordinates[0]!
    expect(kept.length).toBeGreaterThanOrEqual(4)
    expect(kept[kept.length - 1]).toEqual(kept[0])
  })

  it('keeps a ring of four positions even when thinning hard', () => {
    const many: FeatureCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 300 }, () => polygon(10).features[0]!),
    }
    const shape = simplifyShape(many, 100)
    for (const f of shape.features) {
      const r = (f.geometry as Polygon).coordinates[0]!
      expect(r.length).toBeGreaterThanOrEqual(4)
      expect(r[r.length - 1]).toEqual(r[0])
    }
  })

  it('marks a page whose shape was thinned out', () => {
    const content = JSON.stringify({ data: polygon(shapeMaxPositions + 10) })
    expect(readGeoShape(content)).toMatchObject({ status: 'ok', simplified: true })
  })
})

describe('shapeBounds and shapeParts', () => {
  it('bounds every position, in latitude and longitude', () => {
    const shape = parseGeoShape({ type: 'Polygon', coordinates: square })!
    expect(shapeBounds(shape)).toEqual({ south: 61, west: 26, north: 62, east: 27 })
  })

  it('counts each part of a multi-part geometry', () => {
    const shape = parseGeoShape({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [square, square] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [26, 61] } },
      ],
    })!
    expect(shapeParts(shape)).toBe(3)
  })
})
