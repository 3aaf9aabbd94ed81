// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { createDouble, type Double } from './index.ts'
import { api, at, getJson } from './test-support.ts'

// Over the demo world: Verla and what world-map.ts puts around it.
let double: Double
beforeAll(async () => {
  double = await createDouble()
})

const near = (params: Record<string, string>) =>
  getJson(
    double,
    api('www.wikidata.org', {
      action: 'query',
      generator: 'geosearch',
      ggscoord: '61.061992|26.640016',
      ggsradius: '1000',
      ggslimit: '50',
      prop: 'coordinates|entityterms|pageimages',
      wbetterms: 'label|description',
      piprop: 'name',
      ...params,
    }),
  )

describe('generator=geosearch on Wikidata with entityterms and pageimages', () => {
  it('gives the items around Verla with coordinates, terms and page image', async () => {
    const pages = at(await near({ wbetlanguage: 'fi' }), 'query', 'pages') as Record<
      string,
      unknown
    >[]
    const verla = pages.find((p) => p.title === 'Q217447')
    expect(verla).toMatchObject({
      ns: 0,
      coordinates: [{ lat: 61.061992, lon: 26.640016, primary: true, globe: 'earth' }],
      entityterms: { label: ['Verla'] },
      pageimage: 'Verla_board_mill_and_dam,_Kouvola.jpg',
    })
    const rapids = pages.find((p) => p.title === 'Q999990205')
    expect(rapids?.entityterms).toEqual({
      label: ['Verlankoski'],
      description: ['koski Verlassa, jonka vesivoima käytti tehdasta'],
    })
    expect(pages.map((p) => p.title)).not.toContain('Q204382')
  })

  it('falls back along the language chain for a term missing in the language', async () => {
    const pages = at(await near({ wbetlanguage: 'sv' }), 'query', 'pages') as Record<
      string,
      unknown
    >[]
    // No Swedish description: Wikibase falls back to English.
    expect(pages.find((p) => p.title === 'Q999990205')?.entityterms).toEqual({
      label: ['Verlankoski'],
      description: ['rapids at Verla whose water drove the mill'],
    })
  })
})
