// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mapEntity, type Entity } from './entity'
import {
  advance,
  planDone,
  requeue,
  startPlan,
  takeNext,
  type GalleryCursor,
  type GalleryPlan,
} from './galleryPlan'

function item(claims: Record<string, unknown[]> = {}, kind = 'item', id = 'Q1'): Entity {
  return mapEntity({ id, type: kind, claims })
}
const value = (property: string, datatype: string, text: string) => ({
  mainsnak: { snaktype: 'value', property, datatype, datavalue: { value: text, type: 'string' } },
  type: 'statement',
  rank: 'normal',
})
const verla = item({
  P18: [value('P18', 'commonsMedia', 'Verla.jpg')],
  P373: [value('P373', 'string', 'Verla')],
})

const describeCursor = (c: GalleryCursor) =>
  c.kind === 'statements'
    ? `statements ${c.titles.join(',')}`
    : c.kind === 'depicts'
      ? `depicts${c.continuation ? '+' : ''}`
      : `${c.kind} ${c.category}@${c.depth}${c.continuation ? '+' : ''}`

describe('startPlan', () => {
  it.each([
    [verla, ['statements Verla.jpg', 'depicts', 'files Verla@0', 'subcats Verla@0']],
    [item(), ['depicts']],
    [
      item({ P373: [value('P373', 'string', 'X')] }, 'property', 'P1'),
      ['files X@0', 'subcats X@0'],
    ],
  ])('queues the sources of an entity', (entity, queue) => {
    expect(startPlan(entity).queue.map(describeCursor)).toEqual(queue)
  })

  it('walks no subcategory when the depth is 0', () => {
    const plan = startPlan(verla, { maxDepth: 0, maxCategories: 10 })
    expect(plan.queue.map(describeCursor)).toEqual([
      'statements Verla.jpg',
      'depicts',
      'files Verla@0',
    ])
  })
})

describe('a walk', () => {
  /** Runs a plan over a category tree, as the composable does, and records each wave. */
  function walk(plan: GalleryPlan, tree: Record<string, string[]>, pages: Record<string, number>) {
    const waves: string[][] = []
    const served = new Map<string, number>()
    for (let guard = 0; !planDone(plan) && guard < 100; guard++) {
      const cursors = takeNext(plan)
      waves.push(cursors.map(describeCursor))
      advance(
        plan,
        cursors.map((cursor) => {
          const key = describeCursor({ ...cursor, continuation: null } as GalleryCursor)
          const n = (served.get(key) ?? 0) + 1
          served.set(key, n)
          const more = n < (pages[key] ?? 1)
          return {
            cursor,
            continuation: more ? { offset: String(n), continue: '-||' } : null,
            subcategories: cursor.kind === 'subcats' ? tree[cursor.category] : undefined,
          }
        }),
      )
    }
    return waves
  }

  it('runs every source in the first wave, then one page of files at a time, in order', () => {
    const waves = walk(
      startPlan(verla),
      { Verla: ['Verla test set', 'Verla machines'] },
      { depicts: 2, 'files Verla test set@1': 3 },
    )
    expect(waves).toEqual([
      ['statements Verla.jpg', 'depicts', 'files Verla@0', 'subcats Verla@0'],
      ['depicts+'],
      ['files Verla test set@1'],
      ['files Verla test set@1+'],
      ['files Verla test set@1+'],
      ['subcats Verla test set@1', 'files Verla machines@1'],
      ['subcats Verla machines@1'],
    ])
  })

  it('visits each category once, so a loop ends', () => {
    const waves = walk(
      startPlan(item({ P373: [value('P373', 'string', 'Sauna culture')] })),
      { 'Sauna culture': ['Saunas'], Saunas: ['Sauna culture', 'Saunas'] },
      {},
    )
    expect(waves.flat().filter((w) => w.startsWith('files'))).toEqual([
      'files Sauna culture@0',
      'files Saunas@1',
    ])
  })

  it('stops at the depth and the number of categories, counting what it left out', () => {
    const tree = {
      Top: ['A', 'B', 'C'],
      A: ['A1', 'A2'],
      A1: ['A1a'],
    }
    const plan = startPlan(item({ P373: [value('P373', 'string', 'Top')] }), {
      maxDepth: 2,
      maxCategories: 5,
    })
    const waves = walk(plan, tree, {})
    const walked = waves.flat().filter((w) => w.startsWith('files'))
    expect(walked).toEqual(['files Top@0', 'files A@1', 'files B@1', 'files C@1', 'files A1@2'])
    expect(plan.skipped).toBe(1)
    expect(waves.flat()).not.toContain('subcats A1@2')
  })

  it('puts failed cursors back at the front', () => {
    const plan = startPlan(verla)
    const first = takeNext(plan)
    advance(plan, [])
    requeue(plan, first.slice(1, 2))
    expect(plan.queue.map(describeCursor)).toEqual(['depicts'])
    expect(takeNext(plan).map(describeCursor)).toEqual(['depicts'])
    expect(planDone(plan)).toBe(true)
  })
})
