// @vitest-environment node
// The map's SPARQL queries run against the double's Oxigraph over the demo world: the portable
// queries must give the layers and the location chain that the demo world's facts imply.
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config'
import { createServices } from '../../src/services'
import {
  itemDetailsQuery,
  locatePlace,
  mapItemDetails,
  mapLayerRows,
  mapLayersQuery,
  type MapQueryInput,
} from '../../src/domain/mapQuery'
import { topicPlace } from '../../src/domain/map'
import { languageChain } from '../../src/domain/languages'
import type { Entity } from '../../src/domain/entity'
import { useDouble } from './double'

const double = useDouble()
const services = () => createServices(defaultConfig)

async function layers(input: Partial<MapQueryInput> & { topic: string }) {
  const query = mapLayersQuery({
    chain: languageChain('en'),
    wantedIn: [],
    wantedByCountry: false,
    locatedIn: [],
    limit: 5000,
    ...input,
  })
  return mapLayerRows(await services().sparql.runQuery(query!))
}

async function entity(id: string): Promise<Entity> {
  const response = await services().wikidata.getEntities([id], { props: ['labels', 'claims'] })
  return response.entities[id]!
}

describe('the map query over the demo world', () => {
  it('finds what is located in Kouvola, with its label, description and picture', async () => {
    const { parts, wanted, places } = await layers({ topic: 'Q204382' })
    // Verla and what world-map.ts puts at Verla with P131 Kouvola (its parts, the rapids…).
    expect(parts.map((p) => p.id).sort()).toEqual([
      'Q217447',
      'Q999990200',
      'Q999990201',
      'Q999990202',
      'Q999990203',
      'Q999990204',
      'Q999990205',
    ])
    const verla = parts.find((p) => p.id === 'Q217447')!
    expect(verla.label).toEqual({ value: 'Verla', lang: 'en' })
    expect(verla.description?.lang).toBe('en')
    expect(verla.image).toBe('Verla board mill and dam, Kouvola.jpg')
    expect(verla.lat).toBeCloseTo(61.061992)
    expect(verla.lon).toBeCloseTo(26.640016)
    expect(wanted).toEqual([])
    expect(places).toEqual({})
  })

  it('gives a region its municipalities once, whether by P150 or P131, and skips those without coordinates', async () => {
    const { parts } = await layers({ topic: 'Q5698' })
    expect(parts.map((p) => p.id)).toEqual(['Q204382'])
  })

  it('labels in the content language, falling back along the chain', async () => {
    const fi = await layers({ topic: 'Q33', chain: languageChain('fi') })
    expect(fi.parts.map((p) => p.label)).toContainEqual({ value: 'Kymenlaakso', lang: 'fi' })
    const se = await layers({ topic: 'Q204382', chain: languageChain('se') })
    expect(se.parts[0]?.label?.lang).toMatch(/^(se|nb|fi)$/)
  })

  it('finds the heritage without a photo around Verla (Verla itself has its picture)', async () => {
    const { wanted } = await layers({ topic: 'Q217447', wantedIn: ['Q217447', 'Q204382'] })
    expect(wanted.map((p) => p.label?.value).sort()).toEqual([
      'Verla rock painting',
      "Verla workers' housing",
    ])
  })

  it('heritage in a country by P17: the photo-less sites at Verla among them', async () => {
    const { wanted } = await layers({ topic: 'Q33', wantedIn: ['Q33'], wantedByCountry: true })
    expect(wanted.map((p) => p.id)).toEqual(expect.arrayContaining(['Q999990203', 'Q999990204']))
  })

  it.each([
    ['the painting: in the Turku Art Museum, zoomed to a site', 'Q999990102', ['Q4502138'], 15],
    ['the Winter War: in Finland, zoomed to a country', 'Q999990101', ['Q33'], 5],
    ['sauna culture: only a country', 'Q999990106', ['Q33'], 5],
    ['Stockholm: a country without coordinates in the demo world', 'Q1754', null, null],
  ])('locates %s', async (_, id, expected, zoom) => {
    const place = topicPlace(await entity(id))
    expect(place.type).toBe('located')
    if (place.type !== 'located') return
    const { places } = await layers({
      topic: id,
      locatedIn: [...place.location, ...place.admin, ...place.country],
    })
    const found = locatePlace(place, places)
    expect(found?.points.map((p) => p.id) ?? null).toEqual(expected)
    expect(found?.zoom ?? null).toBe(zoom)
  })

  it('walks up the chain: Jaala has no coordinates, its region has', async () => {
    const { places } = await layers({ topic: 'Q999990117', locatedIn: ['Q999990117'] })
    expect(places.Q999990117?.parents).toEqual(['Q5698'])
    const found = locatePlace(
      { type: 'located', location: [], admin: ['Q999990117'], country: [] },
      places,
    )
    expect(found?.points.map((p) => p.id)).toEqual(['Q5698'])
    expect(found?.zoom).toBe(7)
  })

  it('asks for the names and pictures of nearby items in one query', async () => {
    const query = itemDetailsQuery(['Q217447', 'Q204382', 'Q999990117'], languageChain('fi'))
    const details = mapItemDetails(await services().sparql.runQuery(query!))
    expect(details.Q217447?.label).toEqual({ value: 'Verla', lang: 'fi' })
    expect(details.Q204382?.image).toBe('Kouvola railway station.jpg')
    expect(details.Q999990117?.image).toBeNull()
    expect(double().log.filter((e) => e.upstream === 'query')).toHaveLength(1)
  })
})
