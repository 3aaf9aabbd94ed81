/**
 * A topic's entity (wave 1 of a topic page), following redirects. The topic page builds on it
 * (useTopic.ts); the embeds need no more, so it is a module of its own, without the facts' code.
 */
import { computed, type Ref } from 'vue'
import { useServices } from '../services'
import { useSection } from './useSection'
import type { Entity } from '../domain/entity'

export interface TopicEntity {
  entity: Entity | null
  /** The id asked for redirects here. */
  redirectTo: string | null
}

/** Loads a topic's entity by id, with every language and sitelink. */
export function useTopicEntity(id: Ref<string | null>) {
  const { wikidata } = useServices()
  const topic = useSection(id, (value, signal) => {
    if (!value) return undefined
    return wikidata
      .getEntities([value], {
        props: ['info', 'labels', 'descriptions', 'aliases', 'claims', 'sitelinks', 'datatype'],
        signal,
      })
      .then((response): TopicEntity => {
        const redirectTo = response.redirects[value] ?? null
        return { entity: response.entities[redirectTo ?? value] ?? null, redirectTo }
      })
  })

  const entity = computed(() => topic.data.value?.entity ?? null)
  return { topic, entity }
}
