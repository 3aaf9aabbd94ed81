// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mapEntity } from '../../domain/entity'
import { sectionsFor } from './sections'

const verla = mapEntity({
  id: 'Q217447',
  type: 'item',
  claims: {
    P625: [
      {
        mainsnak: {
          snaktype: 'value',
          property: 'P625',
          datatype: 'globe-coordinate',
          datavalue: {
            type: 'globecoordinate',
            value: {
              latitude: 61.06,
              longitude: 26.64,
              precision: 0.0001,
              globe: 'http://www.wikidata.org/entity/Q2',
            },
          },
        },
        rank: 'normal',
      },
    ],
  },
})

describe('sectionsFor', () => {
  it('gives the sections that apply, in page order', () => {
    const ids = sectionsFor(verla, 'after-facts').map((s) => s.id)
    expect(ids).toContain('map')
    expect(ids.indexOf('map')).toBeLessThan(ids.indexOf('relations'))
  })
  it('keeps only the sections a deployment enables', () => {
    expect(sectionsFor(verla, 'after-facts', ['map']).map((s) => s.id)).toEqual(['map'])
    expect(sectionsFor(verla, 'after-facts', [])).toEqual([])
  })
})
