// @vitest-environment node
// The visualizations' real requests over the demo world, through msw, the double and Oxigraph:
// one query for every chart drawn from Wikidata, and the media chart on the gallery's requests.
import { describe, expect, it } from 'vitest'
import { useDouble } from './double'
import { defaultConfig } from '../../src/config'
import { createServices, type Services } from '../../src/services'
import { MEDIA_LIMIT, mediaYears } from '../../src/api/visualizations'
import { standardWidths } from '../../src/api/commonsGallery'
import { startPlan, takeNext } from '../../src/domain/galleryPlan'
import { visualizationsFor, type QueryViz } from '../../src/domain/visualizations'
import type { VizData } from '../../src/domain/vizData'
import { mapVizRows, vizQuery } from '../../src/domain/vizQuery'

const double = useDouble()

async function entityOf(services: Services, id: string) {
  const entity = (await services.wikidata.getEntities([id], { props: ['claims'] })).entities[id]
  if (!entity) throw new Error(`no ${id} in the demo world`)
  return entity
}

/** Every chart of a topic drawn from Wikidata, as the section loads them: one query. */
async function charts(id: string): Promise<Record<string, VizData>> {
  const services = createServices(defaultConfig)
  const vizzes = visualizationsFor(await entityOf(services, id)).filter(
    (v): v is QueryViz => v.source === 'query',
  )
  const branches = vizzes.map((v) => v.branch(`wd:${id}`))
  const before = double().log.filter((e) => e.upstream === 'query').length
  const rows = await services.sparql.runQuery(vizQuery(id, branches))
  expect(double().log.filter((e) => e.upstream === 'query').length - before).toBe(1)
  const found = mapVizRows(rows, branches)
  return Object.fromEntries(vizzes.map((v) => [v.id, v.data(found[v.id]!)]))
}

const counts = (data: VizData | undefined) => data?.bars.map((b) => [b.key, b.count]) ?? []

describe('visualizations over the demo world', () => {
  it('Akseli Gallen-Kallela: his paintings by decade, as paintings, and his children by year', async () => {
    const gk = await charts('Q999990103')
    expect(gk['works-over-time']).toMatchObject({ kind: 'time', unit: 'decade', total: 7 })
    expect(counts(gk['works-over-time'])).toEqual([
      ['1880', 2],
      ['1890', 5],
    ])
    expect(counts(gk['works-by-type'])).toEqual([['Q3305213', 7]])
    expect(gk['people-by-birth']).toMatchObject({ kind: 'time', unit: 'year', total: 3 })
    expect(counts(gk['people-by-birth']).filter(([, n]) => n)).toEqual([
      ['1891', 1],
      ['1896', 1],
      ['1898', 1],
    ])
    expect(gk['heritage-designations']).toBeUndefined()
  })

  it('Finland: its World Heritage Sites and nationally significant environments', async () => {
    const finland = await charts('Q33')
    const heritage = new Map(counts(finland['heritage-designations']) as [string, number][])
    expect(heritage.get('Q9259')).toBe(3)
    expect(heritage.get('Q29966257')).toBeGreaterThanOrEqual(2)
    expect(finland['works-over-time']).toBeUndefined()
  })

  it('Rauma: what is located there by type, and its heritage', async () => {
    const rauma = await charts('Q37013')
    expect(counts(rauma['parts-by-type'])).toEqual(
      expect.arrayContaining([
        ['Q839954', 1],
        ['Q999990411', 1],
        ['Q999990412', 1],
      ]),
    )
  })

  it('Kouvola: heritage of the items located in it, through P131 at any depth', async () => {
    const kouvola = await charts('Q204382')
    const heritage = new Map(counts(kouvola['heritage-designations']) as [string, number][])
    expect(heritage.get('Q9259')).toBe(1)
    expect(counts(kouvola['parts-by-type']).length).toBeGreaterThan(0)
  })

  it('Turku Art Museum: its collection by the year the works were made', async () => {
    const museum = await charts('Q4502138')
    expect(museum['collection-over-time']).toMatchObject({ kind: 'time', unit: 'year', total: 1 })
    expect(museum['collection-over-time']?.bars[0]).toMatchObject({
      key: '1896',
      count: 1,
      examples: ['Q999990102'],
    })
  })

  it('the Winter War: nothing to draw, and no error', async () => {
    const war = await charts('Q999990101')
    expect(Object.values(war).every((data) => data.total === 0)).toBe(true)
  })
})

describe('media by year', () => {
  it('reads the years of Verla’s files from the gallery’s own requests, sending none of its own', async () => {
    const services = createServices(defaultConfig)
    const verla = await entityOf(services, 'Q217447')
    // What the gallery sends first: every cursor of its plan, at its width and language.
    const api = await services.commons.gallery()
    const options = { width: standardWidths.grid, lang: 'en' }
    await Promise.all(
      takeNext(startPlan(verla)).map((cursor) =>
        cursor.kind === 'statements'
          ? api.getGalleryFiles(cursor.titles, options)
          : cursor.kind === 'depicts'
            ? api.searchGalleryFiles(cursor.search, options)
            : cursor.kind === 'files'
              ? api.getCategoryFiles(cursor.category, options)
              : api.getSubcategories(cursor.category, {}),
      ),
    )
    const before = double().log.filter((e) => e.upstream === 'commons').length
    const { files, truncated } = await mediaYears(
      services.commons,
      verla,
      'en',
      new AbortController().signal,
    )
    const commonsUrls = () =>
      double()
        .log.filter((e) => e.upstream === 'commons')
        .map((e) => e.url)
    // Verla has a series of 2,000 files: the chart reads a bounded part and says so.
    expect(truncated).toBe(true)
    expect(files.length).toBeLessThanOrEqual(MEDIA_LIMIT)
    expect(files.filter((f) => f.year !== null).map((f) => f.year)).toEqual(
      expect.arrayContaining([2019, 2020, 2021, 2022]),
    )
    // Every Commons request went out once: the gallery's first wave was not asked again.
    expect(new Set(commonsUrls()).size).toBe(commonsUrls().length)
    expect(commonsUrls().length - before).toBeGreaterThan(0)
    // And a second reading (the section shown again) is answered from the cache.
    const again = commonsUrls().length
    await mediaYears(services.commons, verla, 'en', new AbortController().signal)
    expect(commonsUrls().length).toBe(again)
  })
})
