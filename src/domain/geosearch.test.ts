// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mapNearbyFiles, mapNearbyItems, mapNearbyItemsWithTerms } from './geosearch'

describe('mapNearbyItems', () => {
  it('keeps items with ids and coordinates', () => {
    const body = {
      query: {
        geosearch: [
          {
            pageid: 1,
            ns: 0,
            title: 'Q217447',
            lat: 61.06,
            lon: 26.64,
            dist: 221.5,
            primary: true,
          },
          { pageid: 2, ns: 0, title: 'Talk:Q1', lat: 1, lon: 2, dist: 3 },
          { pageid: 3, ns: 0, title: 'Q2', lat: 'x', lon: 2, dist: 3 },
        ],
      },
    }
    expect(mapNearbyItems(body)).toEqual([
      { id: 'Q217447', lat: 61.06, lon: 26.64, distance: 221.5 },
    ])
  })
  it('rejects a body that is not a geosearch answer', () => {
    expect(() => mapNearbyItems({ query: {} })).toThrow('not a geosearch response')
  })
})

describe('mapNearbyFiles', () => {
  const page = (title: string, index: number, coordinates: unknown[]) => ({
    title,
    index,
    imageinfo: [
      {
        url: 'https://upload.wikimedia.org/a.jpg',
        thumburl: 'https://upload.wikimedia.org/t.jpg',
        thumbwidth: 120,
        thumbheight: 80,
      },
    ],
    coordinates,
  })
  it('orders files nearest first and drops those without coordinates', () => {
    const body = {
      query: {
        pages: [
          page('File:Far.jpg', 2, [{ lat: 61.1, lon: 26.7 }]),
          page('File:Near.jpg', 1, [{ lat: 61.06, lon: 26.64 }]),
          page('File:Nowhere.jpg', 3, []),
        ],
      },
    }
    expect(mapNearbyFiles(body).map((f) => f.file.title)).toEqual(['File:Near.jpg', 'File:Far.jpg'])
  })
  it('treats an answer without pages as no files', () => {
    expect(mapNearbyFiles({ batchcomplete: true })).toEqual([])
  })
})

describe('mapNearbyItemsWithTerms', () => {
  it('gives items nearest first with their label, description and picture', () => {
    const body = {
      query: {
        pages: [
          {
            pageid: 2,
            ns: 0,
            title: 'Q999990205',
            index: 2,
            coordinates: [{ lat: 61.0626, lon: 26.6408, primary: true, globe: 'earth' }],
            entityterms: { label: ['Verlankoski'] },
          },
          {
            pageid: 1,
            ns: 0,
            title: 'Q217447',
            index: 1,
            coordinates: [{ lat: 61.06, lon: 26.64, primary: true, globe: 'earth' }],
            entityterms: { label: ['Verla'], description: ['former mill'] },
            pageimage: 'Verla_board_mill.jpg',
          },
          { pageid: 3, ns: 0, title: 'Q3', index: 3 },
          { pageid: 4, ns: 0, title: 'Not an item', index: 4, coordinates: [{ lat: 1, lon: 2 }] },
        ],
      },
    }
    expect(mapNearbyItemsWithTerms(body)).toEqual([
      {
        id: 'Q217447',
        lat: 61.06,
        lon: 26.64,
        distance: 0,
        terms: {
          label: { value: 'Verla', lang: 'und' },
          description: { value: 'former mill', lang: 'und' },
          image: 'Verla board mill.jpg',
        },
      },
      {
        id: 'Q999990205',
        lat: 61.0626,
        lon: 26.6408,
        distance: 0,
        terms: { label: { value: 'Verlankoski', lang: 'und' }, description: null, image: null },
      },
    ])
  })

  it('answers an empty list when nothing is near, and rejects what is not a query', () => {
    expect(mapNearbyItemsWithTerms({ batchcomplete: true })).toEqual([])
    expect(() => mapNearbyItemsWithTerms('nope')).toThrow()
  })
})
