/**
 * Wikidata's `generator=geosearch` with `prop=coordinates|entityterms|pageimages`: nearby items
 * with their coordinates, terms and picture in one answer (the map's nearby layer). `entityterms`
 * gives each term in `wbetlanguage` (default `uselang`) with Wikibase's language fallback, as
 * arrays of strings without their language, as Wikibase's repo API does.
 */
import type { Dataset } from './dataset.ts'
import { geosearch, type GeoPoint } from './geo.ts'
import type { ApiContext } from './mediawiki.ts'
import { apiTrue } from './mediawiki.ts'
import type { PageOut, PageRef } from './query.ts'
import { fallbackChain } from './languages.ts'
import type { Entity } from './wikibase.ts'

type Center = (title: string) => { lat: number; lon: number } | undefined

/** The geosearch generator over the items' primary coordinates. */
export function geosearchGenerator(points: () => GeoPoint[], center: Center) {
  return (context: ApiContext): { items: PageRef[] } | Response => {
    const found = geosearch(context, 'ggs', points(), center)
    if ('error' in found) return found.error
    return { items: found.matches.map(({ pageid, ns, title }) => ({ pageid, ns, title })) }
  }
}

/** `prop=coordinates`: the item's primary coordinate, as GeoData gives it. */
export function itemCoordinates(center: Center) {
  return (context: ApiContext, pages: PageOut[]): void => {
    for (const page of pages) {
      const at = center(page.ref.title)
      if (at) page.body.coordinates = [{ ...at, primary: apiTrue(context), globe: 'earth' }]
    }
  }
}

const TERM_KINDS = { label: 'labels', description: 'descriptions' } as const

/** `prop=entityterms` (`wbetterms`, `wbetlanguage`): labels and descriptions with fallback. */
export function entityterms(dataset: Dataset) {
  return (context: ApiContext, pages: PageOut[]): void => {
    const { params } = context
    const language = params.get('wbetlanguage') ?? params.get('uselang') ?? 'en'
    const asked = params.list('wbetterms')
    const kinds = (asked.length ? asked : ['alias', 'label', 'description']).filter(
      (k): k is keyof typeof TERM_KINDS => k in TERM_KINDS,
    )
    for (const page of pages) {
      const entity: Entity | undefined = dataset.entities.get(page.ref.title)
      if (!entity) continue
      const terms: Record<string, string[]> = {}
      for (const kind of kinds) {
        const values = entity[TERM_KINDS[kind]]
        const lang = fallbackChain(language).find((code) => values.has(code))
        const value = lang ? values.get(lang) : undefined
        if (value !== undefined) terms[kind] = [value]
      }
      page.body.entityterms = terms
    }
  }
}
