/**
 * The related-topics panels, as data: one typed list read by one mechanism (the query builder in
 * relations.ts and the renderer in components/relations/). Each entry names the panel, its query
 * pattern (portable SPARQL 1.1 binding `?item`, and `?via` — the property entity that links — where
 * the panel shows how an item is related), the query it rides in, its views and sort keys. The
 * patterns follow Wikidocumentaries' sections (research/wikidocumentaries.md §1), including their
 * property paths: sub-properties through `wdt:P1647*`, location properties through the metaclass
 * Q18615777. Adding a panel is adding an entry here, its title to i18n/, and a case to the tests.
 */
import { bestStatements, type Entity } from './entity'
import { isItemId } from './ids'

/** How a panel can show its topics; `map` lists coordinates (see docs/relations.md). */
export const relationViews = ['gallery', 'list', 'map'] as const
export type RelationView = (typeof relationViews)[number]

/** Orders a panel can be sorted in; `distance` needs coordinates on the topic and the items. */
export const relationSorts = ['label', 'date', 'distance'] as const
export type RelationSort = (typeof relationSorts)[number]

/**
 * The query-service requests a topic's panels share, in page order: cheap lookups first, then the
 * panels that scan every property of the topic (people, affiliations…), then the two-pattern join
 * over whole classes (similar topics), each split off so that a slow one delays no other.
 */
export const panelGroups = ['structure', 'people', 'similar'] as const
export type PanelGroup = (typeof panelGroups)[number]

/** What a pattern is built from: the topic as a SPARQL term (`wd:Q217447`) and its entity. */
export interface PanelContext {
  topic: string
  entity: Entity
}

export interface PanelDefinition {
  id: string
  /** Message key of the panel's heading. */
  title: string
  group: PanelGroup
  /** A group graph pattern binding `?item` (and optionally `?via`), or null when it cannot apply. */
  pattern: (context: PanelContext) => string | null
  /** First view is the default (gallery falls back to list when no item has a picture). */
  views: readonly RelationView[]
  /** First key is the default order. */
  sorts: readonly RelationSort[]
  /** Show on each card how the item is related (the label of `?via`). */
  showVia?: boolean
}

const place: Pick<PanelDefinition, 'views' | 'sorts'> = {
  views: ['gallery', 'list', 'map'],
  sorts: ['label', 'distance', 'date'],
}
const thing: Pick<PanelDefinition, 'views' | 'sorts'> = {
  views: ['gallery', 'list'],
  sorts: ['label', 'date'],
}
const dated: Pick<PanelDefinition, 'views' | 'sorts'> = {
  views: ['gallery', 'list'],
  sorts: ['date', 'label'],
}

/** `?via` for a set of direct-claim properties of the topic, outbound (`t ?p ?item`). */
function outbound(topic: string, properties: readonly string[]): string {
  return `VALUES ?via { ${properties.map((p) => `wd:${p}`).join(' ')} }
    ?via wikibase:directClaim ?p .
    ${topic} ?p ?item .`
}

/** `?via` for a set of direct-claim properties pointing at the topic (`?item ?p t`). */
function inbound(topic: string, properties: readonly string[]): string {
  return `VALUES ?via { ${properties.map((p) => `wd:${p}`).join(' ')} }
    ?via wikibase:directClaim ?p .
    ?item ?p ${topic} .`
}

const depictProperties = ['P180', 'P921', 'P1740', 'P915', 'P840']
// Wikidocumentaries' Affiliations: organisations the topic belongs to, works for, founded…
const affiliationsIn = ['P414', 'P991', 'P112', 'P169', 'P466', 'P710', 'P488', 'P463', 'P6']
const affiliationsOut = [
  'P414',
  'P127',
  'P6379',
  'P84',
  'P1830',
  'P1344',
  'P108',
  'P463',
  'P69',
  'P102',
  'P241',
  'P1532',
  'P118',
  'P54',
  'P647',
  'P607',
]

/** Item ids of an entity's best statements of a property. */
function itemValues(entity: Entity, property: string): string[] {
  return bestStatements(entity, property).flatMap((s) =>
    s.value.type === 'entity' && isItemId(s.value.id) ? [s.value.id] : [],
  )
}

/**
 * Similar topics: the same kind of thing in the same place. For people the kind is the occupation
 * (P106) and the place the citizenship; for other topics the class (P31) and the country, falling
 * back to the country of origin, the administrative area or the place of publication.
 */
export function similarPattern({ entity }: PanelContext): string | null {
  const human = itemValues(entity, 'P31').includes('Q5')
  const kind = human ? 'P106' : 'P31'
  const types = itemValues(entity, kind).slice(0, 5)
  const places = human ? ['P27', 'P17', 'P495', 'P131', 'P291'] : ['P17', 'P495', 'P131', 'P291']
  const where = places.find((p) => itemValues(entity, p).length > 0)
  const value = where ? itemValues(entity, where)[0] : undefined
  if (!types.length || !where || !value) return null
  return `VALUES ?type { ${types.map((t) => `wd:${t}`).join(' ')} }
    ?item wdt:${kind} ?type ;
      wdt:${where} wd:${value} .`
}

/** Every panel, in page order. */
export const panels: readonly PanelDefinition[] = [
  {
    id: 'location',
    title: 'kooste-relations-panel-location',
    group: 'structure',
    ...place,
    showVia: true,
    pattern: ({ topic }) => `?via wdt:P31/wdt:P279* wd:Q18615777 ;
      wikibase:directClaim ?p .
    ${topic} ?p ?item .`,
  },
  {
    id: 'part-of',
    title: 'kooste-relations-panel-part-of',
    group: 'structure',
    ...thing,
    showVia: true,
    pattern: ({ topic }) => outbound(topic, ['P361', 'P279', 'P1647']),
  },
  {
    id: 'parts',
    title: 'kooste-relations-panel-parts',
    group: 'structure',
    ...place,
    pattern: ({ topic }) => `{ ${topic} wdt:P527 ?item . }
    UNION { ?item wdt:P361 ${topic} . }
    UNION { ?item wdt:P131 ${topic} ; wdt:P31/wdt:P279* wd:Q56061 . }
    UNION { ${topic} wdt:P150 ?item . }`,
  },
  {
    id: 'located-here',
    title: 'kooste-relations-panel-located-here',
    group: 'structure',
    ...place,
    showVia: true,
    // P131 is itself a sub-property of P276 on Wikidata; naming it keeps the panel right on
    // datasets that lack the P1647 statements.
    pattern: ({ topic }) => `{ ?via wdt:P1647* wd:P276 . } UNION { ?via wdt:P1647* wd:P131 . }
    ?via wikibase:directClaim ?p .
    ?item ?p ${topic} .`,
  },
  {
    id: 'heritage',
    title: 'kooste-relations-panel-heritage',
    group: 'structure',
    ...place,
    pattern: ({ topic }) => `?item wdt:P1435|wdt:P3259 ${topic} .`,
  },
  {
    id: 'collection',
    title: 'kooste-relations-panel-collection',
    group: 'structure',
    ...dated,
    pattern: ({ topic }) => `?item wdt:P195 ${topic} .`,
  },
  {
    id: 'instances',
    title: 'kooste-relations-panel-instances',
    group: 'structure',
    ...place,
    pattern: ({ topic }) => `?item wdt:P31 ${topic} .`,
  },
  {
    id: 'subclasses',
    title: 'kooste-relations-panel-subclasses',
    group: 'structure',
    ...thing,
    pattern: ({ topic }) => `?item wdt:P279 ${topic} .`,
  },
  {
    id: 'lower-taxa',
    title: 'kooste-relations-panel-lower-taxa',
    group: 'structure',
    ...thing,
    pattern: ({ topic }) => `?item wdt:P171 ${topic} .`,
  },
  {
    id: 'twins',
    title: 'kooste-relations-panel-twins',
    group: 'structure',
    ...place,
    pattern: ({ topic }) => `{ ${topic} wdt:P190 ?item . } UNION { ?item wdt:P190 ${topic} . }`,
  },
  {
    id: 'neighbours',
    title: 'kooste-relations-panel-neighbours',
    group: 'structure',
    ...place,
    pattern: ({ topic }) => `{ ${topic} wdt:P47 ?item . } UNION { ?item wdt:P47 ${topic} . }`,
  },
  {
    id: 'capital-of',
    title: 'kooste-relations-panel-capital-of',
    group: 'structure',
    ...place,
    pattern: ({ topic }) => `{ ?item wdt:P36 ${topic} . } UNION { ${topic} wdt:P1376 ?item . }`,
  },
  {
    id: 'events',
    title: 'kooste-relations-panel-events',
    group: 'structure',
    ...dated,
    pattern: ({ topic }) => `${topic} wdt:P793 ?item .`,
  },
  {
    id: 'participants',
    title: 'kooste-relations-panel-participants',
    group: 'structure',
    ...thing,
    pattern: ({ topic }) => `{ ${topic} wdt:P710 ?item . } UNION { ?item wdt:P1344 ${topic} . }`,
  },
  {
    id: 'causes',
    title: 'kooste-relations-panel-causes',
    group: 'structure',
    ...dated,
    pattern: ({ topic }) => `{ ${topic} wdt:P828 ?item . } UNION { ?item wdt:P1542 ${topic} . }`,
  },
  {
    id: 'effects',
    title: 'kooste-relations-panel-effects',
    group: 'structure',
    ...dated,
    pattern: ({ topic }) => `{ ${topic} wdt:P1542 ?item . } UNION { ?item wdt:P828 ${topic} . }`,
  },
  {
    id: 'sequence',
    title: 'kooste-relations-panel-sequence',
    group: 'structure',
    ...dated,
    showVia: true,
    pattern: ({ topic }) => outbound(topic, ['P155', 'P156']),
  },
  {
    id: 'colours',
    title: 'kooste-relations-panel-colours',
    group: 'structure',
    ...thing,
    pattern: ({ topic }) => `${topic} wdt:P462|wdt:P6364 ?item .`,
  },
  {
    id: 'seasons',
    title: 'kooste-relations-panel-seasons',
    group: 'structure',
    ...dated,
    pattern: ({ topic }) => `?item wdt:P3450 ${topic} .`,
  },
  {
    id: 'teams',
    title: 'kooste-relations-panel-teams',
    group: 'structure',
    ...thing,
    pattern: ({ topic }) => `${topic} p:P1923/ps:P1923 ?item .`,
  },
  {
    id: 'cups',
    title: 'kooste-relations-panel-cups',
    group: 'structure',
    ...dated,
    pattern: ({ topic }) => `?item p:P1923/ps:P1923 ${topic} .`,
  },
  {
    id: 'products',
    title: 'kooste-relations-panel-products',
    group: 'structure',
    ...dated,
    pattern: ({ topic }) => `{ ${topic} wdt:P1056 ?item . } UNION { ?item wdt:P176 ${topic} . }`,
  },
  {
    id: 'named-after',
    title: 'kooste-relations-panel-named-after',
    group: 'structure',
    ...thing,
    pattern: ({ topic }) => `${topic} wdt:P138 ?item .`,
  },
  {
    id: 'namesakes',
    title: 'kooste-relations-panel-namesakes',
    group: 'structure',
    ...place,
    pattern: ({ topic }) => `?item wdt:P138 ${topic} .`,
  },
  {
    id: 'people',
    title: 'kooste-relations-panel-people',
    group: 'people',
    ...dated,
    showVia: true,
    // Any direct claim in either direction; `instance of` is the Instances panel's business.
    pattern: ({ topic }) => `{ ?item ?p ${topic} . } UNION { ${topic} ?p ?item . }
    ?via wikibase:directClaim ?p .
    FILTER(?via != wd:P31)
    ?item wdt:P31 wd:Q5 .`,
  },
  {
    id: 'works',
    title: 'kooste-relations-panel-works',
    group: 'people',
    ...dated,
    views: ['gallery', 'list', 'map'],
    showVia: true,
    pattern: ({ topic }) => `{
      { ?via wdt:P1647* wd:P170 . } UNION { ?via wdt:P1647* wd:P175 . }
      ?via wikibase:directClaim ?p .
      ?item ?p ${topic} .
    } UNION { ${topic} wdt:P800 ?item . }`,
  },
  {
    id: 'awards',
    title: 'kooste-relations-panel-awards',
    group: 'people',
    ...dated,
    showVia: true,
    pattern: ({ topic }) => `{ ?via wdt:P1647* wd:P166 . } UNION { ?via wdt:P1647* wd:P1411 . }
    ?via wikibase:directClaim ?p .
    ${topic} ?p ?item .
    MINUS { ?item wdt:P31 wd:Q5 . }`,
  },
  {
    id: 'recipients',
    title: 'kooste-relations-panel-recipients',
    group: 'people',
    ...dated,
    showVia: true,
    pattern: ({ topic }) => inbound(topic, ['P166', 'P1411']),
  },
  {
    id: 'depicts',
    title: 'kooste-relations-panel-depicts',
    group: 'people',
    ...thing,
    pattern: ({
      topic,
    }) => `{ ${topic} ${depictProperties.map((p) => `wdt:${p}`).join('|')} ?item . }
    UNION { ?item wdt:P1343 ${topic} . }`,
  },
  {
    id: 'depicted-in',
    title: 'kooste-relations-panel-depicted-in',
    group: 'people',
    ...dated,
    pattern: ({
      topic,
    }) => `{ ?item ${depictProperties.map((p) => `wdt:${p}`).join('|')} ${topic} . }
    UNION { ${topic} wdt:P1343|wdt:P1441 ?item . }`,
  },
  {
    id: 'based-on',
    title: 'kooste-relations-panel-based-on',
    group: 'people',
    ...dated,
    pattern: ({ topic }) => `${topic} wdt:P144 ?item .`,
  },
  {
    id: 'derivatives',
    title: 'kooste-relations-panel-derivatives',
    group: 'people',
    ...dated,
    pattern: ({ topic }) => `?item wdt:P144 ${topic} .`,
  },
  {
    id: 'things',
    title: 'kooste-relations-panel-things',
    group: 'people',
    ...place,
    pattern: ({ topic }) => `?item wdt:P5008 ${topic} .`,
  },
  {
    id: 'affiliations',
    title: 'kooste-relations-panel-affiliations',
    group: 'people',
    ...thing,
    showVia: true,
    pattern: ({ topic }) => `{ ${inbound(topic, affiliationsIn)} }
    UNION { ${outbound(topic, affiliationsOut)} }
    MINUS { ?item wdt:P31 wd:Q5 . }`,
  },
  {
    id: 'similar',
    title: 'kooste-relations-panel-similar',
    group: 'similar',
    ...place,
    pattern: similarPattern,
  },
]

/** The panels of one group, in page order. */
export function panelsOfGroup(group: PanelGroup): PanelDefinition[] {
  return panels.filter((panel) => panel.group === group)
}

/** A panel by id. */
export function panelById(id: string): PanelDefinition | undefined {
  return panels.find((panel) => panel.id === id)
}
