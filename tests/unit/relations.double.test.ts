// @vitest-environment node
// The related-topics panels' real queries, run by the double's Oxigraph over the demo world's RDF
// (through msw and the app's own clients): real SPARQL, real results.
import { describe, expect, it } from 'vitest'
import { useDouble } from './double'
import { defaultConfig } from '../../src/config'
import { createServices, type Services } from '../../src/services'
import { languageChain } from '../../src/domain/languages'
import { panelGroups, panelsOfGroup } from '../../src/domain/panels'
import {
  mapRelationRows,
  panelPatterns,
  relationsQuery,
  type PanelResult,
} from '../../src/domain/relations'

const double = useDouble()

/** Every panel of a topic, as the app loads them: one query per group that applies. */
async function related(
  id: string,
  lang = 'en',
  services: Services = createServices(defaultConfig),
) {
  const response = await services.wikidata.getEntities([id], { props: ['claims', 'labels'] })
  const entity = response.entities[id]
  if (!entity) throw new Error(`no ${id} in the demo world`)
  const chain = languageChain(lang)
  const out: Record<string, PanelResult> = {}
  for (const group of panelGroups) {
    const patterns = panelPatterns(panelsOfGroup(group), { entity })
    if (!patterns.length) continue
    const rows = await services.sparql.runQuery(relationsQuery(id, patterns, { chain }))
    Object.assign(out, mapRelationRows(rows))
  }
  return out
}

const ids = (result: PanelResult | undefined) => result?.items.map((item) => item.id).sort() ?? []
const labels = (result: PanelResult | undefined) =>
  result?.items.map((item) => item.label?.value ?? item.id).sort() ?? []
const queryRequests = () => double().log.filter((entry) => entry.upstream === 'query')

describe('related topics over the demo world', () => {
  it('Kouvola: Verla is located here, the region has it as capital, other towns are similar', async () => {
    const kouvola = await related('Q204382')
    expect(Object.keys(kouvola).sort()).toEqual([
      'capital-of',
      'located-here',
      'location',
      'similar',
    ])
    const verla = kouvola['located-here']?.items.find((item) => item.id === 'Q217447')
    expect(verla).toMatchObject({
      label: { value: 'Verla', lang: 'en' },
      image: 'Verla board mill and dam, Kouvola.jpg',
      start: 1872,
      end: 1964,
      via: ['P131'],
    })
    expect(verla?.coord?.lat).toBeCloseTo(61.062, 3)
    expect(labels(kouvola['capital-of'])).toEqual(['Kymenlaakso'])
    expect(labels(kouvola.similar)).toEqual([
      'Helsinki',
      'Jaala',
      'Pernå',
      'Pori',
      'Rauma',
      'Turku',
    ])
  })

  it('uses at most three query-service requests for a topic, none of them the label service', async () => {
    double().clearLog()
    await related('Q217447')
    const requests = queryRequests()
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.length).toBeLessThanOrEqual(3)
    expect(requests.every((entry) => entry.status === 200)).toBe(true)
  })

  it('Finland: neighbours, parts, what is located here, a person and an event', async () => {
    const finland = await related('Q33')
    expect(labels(finland.neighbours)).toEqual(['Norway', 'Russia', 'Sweden'])
    expect(labels(finland.parts)).toEqual(['Kymenlaakso'])
    expect(ids(finland['located-here'])).toEqual(['Q5698', 'Q999990101'])
    expect(labels(finland.people)).toEqual([
      'Akseli Gallen-Kallela',
      'Alvar Aalto',
      'Impi Marjatta Gallen-Kallela',
      'Jorma Gallen-Kallela',
      'Kirsti Gallen-Kallela',
    ])
    expect(finland.people?.items.find((item) => item.id === 'Q999990103')?.via).toEqual(['P27'])
    expect(labels(finland.affiliations)).toEqual(['Winter War'])
  })

  it('gives labels in the content-language chain, marked with the language found', async () => {
    const se = await related('Q33', 'se')
    const sweden = se.neighbours?.items.find((item) => item.id === 'Q34')
    expect(sweden?.label).toEqual({ value: 'Ruoŧŧa', lang: 'se' })
    // Northern Sámi → Norwegian → Finnish: the painter's description exists in Finnish only.
    const person = se.people?.items.find((item) => item.id === 'Q999990103')
    expect(person?.description).toEqual({
      value: 'suomalainen taidemaalari (1865–1931)',
      lang: 'fi',
    })
  })

  it('shows an item without a label in any chain language by its id (label null)', async () => {
    const genres = await related('Q188451', 'en')
    const yoik = genres.instances?.items.find((item) => item.id === 'Q999990108')
    expect(yoik).toBeDefined()
    expect(yoik?.label).toBeNull()
    const fi = await related('Q188451', 'fi')
    expect(fi.instances?.items[0]?.label).toEqual({ value: 'joiku', lang: 'fi' })
  })

  it('Mikael Agricola: his works, with their years', async () => {
    const agricola = await related('Q215346')
    expect(labels(agricola.works)).toEqual(['Abckiria', 'Se Wsi Testamenti'])
    expect(agricola.works?.items.find((w) => w.id === 'Q999990109')?.start).toBe(1543)
  })

  it('The Defense of the Sampo: its painter, what it depicts and what it is based on', async () => {
    const painting = await related('Q999990102')
    expect(labels(painting.people)).toEqual(['Akseli Gallen-Kallela'])
    expect(painting.people?.items[0]?.via.sort()).toEqual(['P170', 'P800'])
    expect(labels(painting.depicts)).toEqual(['Louhi', 'Sampo', 'Väinämöinen'])
    expect(labels(painting['based-on'])).toEqual(['Kalevala'])
  })

  it('Kalevala: its compiler and the works based on it', async () => {
    const kalevala = await related('Q999990104')
    expect(labels(kalevala.people)).toEqual(['Elias Lönnrot'])
    expect(labels(kalevala.derivatives)).toEqual([
      'Aino Myth',
      'Kullervo’s Curse',
      'Lemminkäinen’s Mother',
      'The Defense of the Sampo',
      'The Forging of the Sampo',
    ])
  })

  it('World Heritage Site: the sites with this designation', async () => {
    const designation = await related('Q9259')
    expect(labels(designation.heritage)).toEqual(['Old Rauma', 'Sammallahdenmäki', 'Verla'])
  })

  it('Turku Art Museum: its collection and what is located there', async () => {
    const museum = await related('Q4502138')
    expect(ids(museum.collection)).toEqual(['Q999990102'])
    expect(ids(museum['located-here'])).toEqual(['Q999990102'])
  })

  it('Winter War: part of the Second World War, with its participants', async () => {
    const war = await related('Q999990101')
    expect(labels(war['part-of'])).toEqual(['World War II'])
    expect(war['part-of']?.items[0]).toMatchObject({ start: 1939, end: 1945, via: ['P361'] })
    expect(labels(war.participants)).toEqual(['Finland', 'Soviet Union'])
  })

  it('human (Q5): instances bounded by a page, the rest reached with OFFSET', async () => {
    const services = createServices(defaultConfig)
    const human = (await services.wikidata.getEntities(['Q5'], { props: ['claims'] })).entities.Q5!
    const [instances] = panelPatterns(
      panelsOfGroup('structure').filter((p) => p.id === 'instances'),
      { entity: human },
    )
    const chain = languageChain('en')
    const page = async (offset: number) =>
      mapRelationRows(
        await services.sparql.runQuery(
          relationsQuery('Q5', [instances!], { chain, limit: 2, offset }),
        ),
        2,
      ).instances
    // Two asked for, three fetched (the third says there are more); the next page starts after.
    const first = await page(0)
    expect(first).toMatchObject({ hasMore: true, rows: 3 })
    expect(first?.items).toHaveLength(3)
    // Page on to the end: every human once, and nothing after the last page.
    const all = first!.items.map((item) => item.id)
    let offset = first!.rows
    for (let more = first!.hasMore; more;) {
      const next = await page(offset)
      expect(next?.items.length).toBeGreaterThan(0)
      all.push(...next!.items.map((item) => item.id))
      offset += next!.rows
      more = next!.hasMore
    }
    expect(new Set(all).size).toBe(all.length)
    expect(all.length).toBeGreaterThan(4)
    expect(all).toEqual(expect.arrayContaining(['Q215346', 'Q999990103', 'Q999990105']))
    expect(await page(offset)).toBeUndefined()
  })

  it('fails with a typed error when the query service is rate limited', async () => {
    double().setFault('query', { kind: 'status', status: 429, retryAfter: 120 })
    await expect(related('Q204382')).rejects.toMatchObject({
      name: 'ApiError',
      upstream: 'query',
      code: 'ratelimited',
      retryAfterMs: 120000,
    })
  })
})
