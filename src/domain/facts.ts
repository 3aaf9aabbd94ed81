/** Groups an entity's statements for display and lists the entities they reference. */
import type { Entity } from './entity'
import { valueEntityIds, type Statement } from './values'

export const factGroups = [
  'about',
  'place',
  'time',
  'people',
  'heritage',
  'measures',
  'media',
  'links',
  'identifiers',
  'other',
] as const

export type FactGroupId = (typeof factGroups)[number]

export interface FactGroup {
  id: FactGroupId
  properties: { property: string; statements: Statement[] }[]
}

// Property lists put the well-known properties first in their group; anything else falls into a
// group by its datatype.
const groupProperties: Partial<Record<FactGroupId, readonly string[]>> = {
  about: ['P31', 'P279', 'P361', 'P527', 'P1269', 'P910', 'P138', 'P1448', 'P1705', 'P2561'],
  place: ['P17', 'P131', 'P276', 'P706', 'P30', 'P36', 'P150', 'P47', 'P190', 'P625', 'P159'],
  time: ['P571', 'P1619', 'P576', 'P580', 'P582', 'P585', 'P577', 'P569', 'P570', 'P793'],
  people: [
    'P19',
    'P20',
    'P21',
    'P27',
    'P106',
    'P101',
    'P735',
    'P734',
    'P1412',
    'P103',
    'P22',
    'P25',
    'P26',
    'P40',
    'P69',
    'P108',
    'P50',
    'P170',
    'P84',
    'P112',
    'P127',
    'P800',
    'P166',
    'P737',
  ],
  heritage: ['P1435', 'P3259', 'P2186', 'P1343', 'P5008', 'P195', 'P217', 'P186', 'P180', 'P921'],
  measures: ['P1082', 'P2046', 'P2044', 'P2048', 'P2049', 'P2043', 'P2386', 'P1120', 'P1083'],
  links: ['P856', 'P973', 'P1581'],
}

const byProperty = new Map<string, FactGroupId>()
for (const [group, properties] of Object.entries(groupProperties)) {
  for (const property of properties ?? []) byProperty.set(property, group as FactGroupId)
}

function groupOf(property: string, datatype: string): FactGroupId {
  const known = byProperty.get(property)
  if (known) return known
  switch (datatype) {
    case 'external-id':
      return 'identifiers'
    case 'commonsMedia':
      return 'media'
    case 'url':
      return 'links'
    case 'time':
      return 'time'
    case 'globe-coordinate':
      return 'place'
    case 'quantity':
      return 'measures'
    default:
      return 'other'
  }
}

/** The entity's statements (deprecated ones left out) in display groups, empty groups omitted. */
export function groupFacts(entity: Entity): FactGroup[] {
  const groups = new Map<FactGroupId, FactGroup['properties']>()
  for (const [property, all] of Object.entries(entity.statements)) {
    const statements = all.filter((s) => s.rank !== 'deprecated')
    const first = statements[0]
    if (!first) continue
    const group = groupOf(property, first.datatype)
    const list = groups.get(group) ?? []
    list.push({ property, statements })
    groups.set(group, list)
  }
  return factGroups.flatMap((id) => {
    const properties = groups.get(id)
    if (!properties) return []
    const order = groupProperties[id] ?? []
    const rank = (p: string) => {
      const i = order.indexOf(p)
      return i === -1 ? order.length + Number(p.slice(1)) / 1e7 : i
    }
    properties.sort((a, b) => rank(a.property) - rank(b.property))
    return [{ id, properties }]
  })
}

/** Every entity id the statements mention: properties, values, qualifier properties and values. */
export function referencedIds(entity: Entity): { items: string[]; properties: string[] } {
  const items = new Set<string>()
  const properties = new Set<string>()
  const add = (id: string) => (id.startsWith('P') ? properties : items).add(id)
  for (const [property, statements] of Object.entries(entity.statements)) {
    properties.add(property)
    for (const statement of statements) {
      valueEntityIds(statement.value).forEach(add)
      for (const qualifier of statement.qualifiers) {
        properties.add(qualifier.property)
        qualifier.values.flatMap(valueEntityIds).forEach(add)
      }
    }
  }
  items.delete(entity.id)
  return { items: [...items], properties: [...properties] }
}

/** The property ids among the entity's statements whose datatype is external-id. */
export function externalIdProperties(entity: Entity): string[] {
  return Object.entries(entity.statements)
    .filter(([, statements]) => statements[0]?.datatype === 'external-id')
    .map(([property]) => property)
}
