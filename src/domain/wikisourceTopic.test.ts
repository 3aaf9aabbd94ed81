// @vitest-environment node
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapEntityResponse, type Entity } from './entity'
import { isPerson, isWikisourceWork, isWork, wikisourcePages } from './wikisourceTopic'

function demo(id: string): Entity {
  const file = path.resolve(import.meta.dirname, '../../demo-world/entities', `${id}.json`)
  const entity = mapEntityResponse(JSON.parse(fs.readFileSync(file, 'utf8'))).entities[id]
  if (!entity) throw new Error(`no ${id} in the demo world`)
  return entity
}

const bare = (change: Partial<Entity>): Entity => ({
  id: 'Q1',
  kind: 'item',
  labels: {},
  descriptions: {},
  aliases: {},
  statements: {},
  sitelinks: {},
  datatype: null,
  modified: null,
  ...change,
})

describe('what the entity alone says about Wikisource', () => {
  it.each([
    // id, what, person, work, own pages
    ['Q215346', 'Mikael Agricola', true, false, ['fi:Tekijä:Mikael Agricola']],
    ['Q999990109', 'Abckiria', false, true, ['fi:Abckiria']],
    ['Q999990110', 'Se Wsi Testamenti', false, true, []],
    ['Q999990104', 'Kalevala', false, true, ['fi:Kalevala']],
    ['Q217447', 'Verla', false, false, []],
    ['Q33', 'Finland', false, false, []],
  ])('%s (%s): person %s, work %s, pages %j', (id, _, person, work, pages) => {
    const entity = demo(id)
    expect(isPerson(entity)).toBe(person)
    expect(isWork(entity)).toBe(work)
    expect(wikisourcePages(entity).map((p) => `${p.lang}:${p.title}`)).toEqual(pages)
    expect(isWikisourceWork(entity)).toBe(work && pages.length > 0)
  })

  it('takes no Wikipedia, Commons or multilingual Wikisource sitelink for a page', () => {
    const entity = bare({
      sitelinks: {
        fiwiki: { site: 'fiwiki', title: 'A', lang: 'fi', project: 'wikipedia', badges: [] },
        sourceswiki: {
          site: 'sourceswiki',
          title: 'B',
          lang: null,
          project: 'wikisource',
          badges: [],
        },
        enwikisource: {
          site: 'enwikisource',
          title: 'C',
          lang: 'en',
          project: 'wikisource',
          badges: [],
        },
      },
    })
    expect(wikisourcePages(entity)).toEqual([{ lang: 'en', title: 'C' }])
  })

  it('does not take a property for a work', () => {
    expect(isWork(bare({ id: 'P50', kind: 'property' }))).toBe(false)
  })
})
