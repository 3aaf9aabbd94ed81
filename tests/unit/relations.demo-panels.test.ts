// @vitest-environment node
// Every relation panel that the demo world can show, shown on a demo topic: the panels' real
// queries run by the double's Oxigraph over the demo world (scripts/demo-world/world-relations.ts).
import { describe, expect, it } from 'vitest'
import { useDouble } from './double'
import { defaultConfig } from '../../src/config'
import { createServices } from '../../src/services'
import { languageChain } from '../../src/domain/languages'
import { panelGroups, panels, panelsOfGroup } from '../../src/domain/panels'
import {
  mapRelationRows,
  panelPatterns,
  relationsQuery,
  type PanelResult,
} from '../../src/domain/relations'

useDouble()

async function related(id: string) {
  const services = createServices(defaultConfig)
  const response = await services.wikidata.getEntities([id], { props: ['claims', 'labels'] })
  const entity = response.entities[id]
  if (!entity) throw new Error(`no ${id} in the demo world`)
  const out: Record<string, PanelResult> = {}
  for (const group of panelGroups) {
    const patterns = panelPatterns(panelsOfGroup(group), { entity })
    if (!patterns.length) continue
    const rows = await services.sparql.runQuery(
      relationsQuery(id, patterns, { chain: languageChain('en') }),
    )
    Object.assign(out, mapRelationRows(rows))
  }
  return out
}

const labels = (result: PanelResult | undefined) =>
  result?.items.map((item) => item.label?.value ?? item.id).sort() ?? []

/** Panel, topic, what the panel lists there (at least). */
const cases: [string, string, string, string[]][] = [
  ['location', 'Verla', 'Q217447', ['Finland', 'Kouvola']],
  ['twins', 'Turku', 'Q38511', ['Gothenburg']],
  ['twins', 'Gothenburg', 'Q999990300', ['Turku']],
  ['effects', 'the Winter War', 'Q999990101', ['Moscow Peace Treaty']],
  ['causes', 'the Moscow Peace Treaty', 'Q999990302', ['Winter War']],
  ['sequence', 'the Continuation War', 'Q999990303', ['Winter War']],
  ['colours', 'the flag of Finland', 'Q999990305', ['blue', 'white']],
  ['seasons', 'Veikkausliiga', 'Q999990308', ['2023 Veikkausliiga']],
  ['teams', 'the 2023 Veikkausliiga', 'Q999990311', ['HJK Helsinki', 'KuPS']],
  ['cups', 'HJK', 'Q999990309', ['2023 Veikkausliiga']],
  ['products', 'Fiskars', 'Q999990314', ['Fiskars orange-handled scissors']],
  ['named-after', 'Mikael Agricola Day', 'Q999990317', ['Mikael Agricola']],
  ['namesakes', 'Mikael Agricola', 'Q215346', ['Mikael Agricola Day']],
  ['awards', 'Alvar Aalto', 'Q999990321', ['Royal Gold Medal']],
  ['recipients', 'the Royal Gold Medal', 'Q999990320', ['Alvar Aalto']],
  ['subclasses', 'the sauna', 'Q57036', ['smoke sauna']],
  ['lower-taxa', 'the birches', 'Q999990323', ['silver birch']],
  ['parts', 'Sammallahdenmäki', 'Q999990107', ['Kirkonlaattia']],
]

describe('the demo world shows every panel it can', () => {
  it.each(cases)('%s on %s', async (panel, _, id, expected) => {
    const result = (await related(id))[panel]
    expect(labels(result)).toEqual(expect.arrayContaining(expected))
  })

  it('has a case for every panel but the focus-list panel (no true demo data yet)', () => {
    const covered = new Set(cases.map(([panel]) => panel))
    const others = [
      'part-of',
      'located-here',
      'heritage',
      'collection',
      'instances',
      'neighbours',
      'capital-of',
      'events',
      'participants',
      'people',
      'works',
      'depicts',
      'depicted-in',
      'based-on',
      'derivatives',
      'affiliations',
      'similar',
    ]
    const missing = panels.map((p) => p.id).filter((id) => !covered.has(id) && !others.includes(id))
    expect(missing).toEqual(['things'])
  })
})
