// @vitest-environment node
// The panels whose patterns walk Wikidata's own vocabulary: location properties (instances of
// Q18615777), sub-properties (P1647) and the class tree (P279) — statements that Wikidata has and
// the demo world does not yet carry. This file runs the real queries over a copy of the demo world
// with exactly those statements added (the list is in docs/relations.md).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { useDouble } from './double'
import { defaultConfig } from '../../src/config'
import { createServices } from '../../src/services'
import { languageChain } from '../../src/domain/languages'
import { panelById } from '../../src/domain/panels'
import { mapRelationRows, panelPatterns, relationsQuery } from '../../src/domain/relations'

const root = path.resolve(import.meta.dirname, '../..')
const dataset = fs.mkdtempSync(path.join(os.tmpdir(), 'kooste-relations-'))
fs.cpSync(path.join(root, 'demo-world/entities'), path.join(dataset, 'entities'), {
  recursive: true,
})
afterAll(() => fs.rmSync(dataset, { recursive: true, force: true }))

type Json = Record<string, unknown>
const file = (id: string) => path.join(dataset, 'entities', `${id}.json`)
const read = (id: string) =>
  (JSON.parse(fs.readFileSync(file(id), 'utf8')) as Json).entities as Json

/** Adds a statement `id property target` to an entity of the copy. */
function add(id: string, property: string, target: string) {
  const entities = read(id)
  const entity = entities[id] as { claims: Record<string, unknown[]> }
  const kind = target.startsWith('P') ? 'property' : 'item'
  ;(entity.claims[property] ??= []).push({
    type: 'statement',
    id: `${id}$relations-${property}-${target}`,
    rank: 'normal',
    mainsnak: {
      snaktype: 'value',
      property,
      datatype: `wikibase-${kind}`,
      datavalue: {
        type: 'wikibase-entityid',
        value: { 'entity-type': kind, 'numeric-id': Number(target.slice(1)), id: target },
      },
    },
  })
  fs.writeFileSync(file(id), JSON.stringify({ entities }))
}

/** Drops every statement of a property from an entity of the copy. */
function drop(id: string, property: string) {
  const entities = read(id)
  delete (entities[id] as { claims: Record<string, unknown> }).claims[property]
  fs.writeFileSync(file(id), JSON.stringify({ entities }))
}

fs.writeFileSync(
  file('Q18615777'),
  JSON.stringify({
    entities: {
      Q18615777: {
        type: 'item',
        id: 'Q18615777',
        labels: { en: { language: 'en', value: 'Wikidata property to indicate a location' } },
        claims: {},
      },
    },
  }),
)
for (const property of ['P131', 'P17', 'P276']) add(property, 'P31', 'Q18615777')
add('P50', 'P1647', 'P170')
// Lönnrot's own "notable work" would find the Kalevala anyway; without it only P50 → P170 can.
drop('Q999990105', 'P800')
add('Q856076', 'P279', 'Q56061')

useDouble(dataset)

async function panel(id: string, topic: string) {
  const services = createServices(defaultConfig)
  const entity = (await services.wikidata.getEntities([topic], { props: ['claims'] })).entities[
    topic
  ]!
  const patterns = panelPatterns([panelById(id)!], { entity })
  const query = relationsQuery(topic, patterns, { chain: languageChain('en') })
  return mapRelationRows(await services.sparql.runQuery(query))[id]
}

describe('panels through location properties, sub-properties and classes', () => {
  it('Location: Verla is in Kouvola and Finland, through the location metaclass', async () => {
    const location = await panel('location', 'Q217447')
    expect(location?.items.map((i) => [i.id, i.via]).sort()).toEqual([
      ['Q204382', ['P131']],
      ['Q33', ['P17']],
    ])
  })

  it('Works: the Kalevala is Lönnrot’s work through author, a sub-property of creator', async () => {
    const works = await panel('works', 'Q999990105')
    expect(works?.items).toMatchObject([{ id: 'Q999990104', via: ['P50'] }])
  })

  it('Parts: a municipality is a part of its region through the administrative-entity class', async () => {
    const parts = await panel('parts', 'Q5698')
    expect(parts?.items.map((i) => i.id).sort()).toEqual(['Q204382', 'Q999990117'])
  })
})
