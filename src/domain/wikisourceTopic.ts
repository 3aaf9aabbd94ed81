/**
 * What the entity alone says about Wikisource: its own pages there (an author page, a work's text,
 * a portal) and whether it is a work. Kept tiny and dependency-free, because the section registry
 * imports it into the initial route to decide where the Texts section goes.
 */
import { bestStatements, type Entity } from './entity'

/** A page on one language's Wikisource. */
export interface WikisourcePage {
  lang: string
  title: string
}

/** The entity's own Wikisource sitelinks, in the order Wikidata gives them. */
export function wikisourcePages(entity: Entity): WikisourcePage[] {
  return Object.values(entity.sitelinks).flatMap((link) =>
    link.project === 'wikisource' && link.lang ? [{ lang: link.lang, title: link.title }] : [],
  )
}

const HUMAN = 'Q5'

// Classes whose instances are texts (literary work, written work, edition, book, poem, article,
// encyclopedic article, document, statute, treaty, letter, speech, play, novel, short story,
// song, manuscript). A hint only: the statements below say more.
const workClasses = new Set([
  'Q7725634',
  'Q47461344',
  'Q3331189',
  'Q571',
  'Q5185279',
  'Q191067',
  'Q17329259',
  'Q13442814',
  'Q49848',
  'Q820655',
  'Q131569',
  'Q133492',
  'Q861911',
  'Q25379',
  'Q8261',
  'Q49084',
  'Q7366',
  'Q87167',
])
// Statements only a work or an edition carries: author, edition of, translator, title, editions,
// published in (articles, court decisions), publication date.
const workProperties = ['P50', 'P629', 'P655', 'P1476', 'P747', 'P1433', 'P577']

function classes(entity: Entity): string[] {
  return bestStatements(entity, 'P31').flatMap((s) =>
    s.value.type === 'entity' ? [s.value.id] : [],
  )
}

/** True for a person (instance of human): their Wikisource page is an author page. */
export function isPerson(entity: Entity): boolean {
  return classes(entity).includes(HUMAN)
}

/** True for a work or an edition: something that is itself a text. */
export function isWork(entity: Entity): boolean {
  if (entity.kind !== 'item' || isPerson(entity)) return false
  if (classes(entity).some((c) => workClasses.has(c))) return true
  return workProperties.some((p) => bestStatements(entity, p).length > 0)
}

/** True when the topic is a work whose text is on Wikisource: the text then leads the page. */
export function isWikisourceWork(entity: Entity): boolean {
  return isWork(entity) && wikisourcePages(entity).length > 0
}
