/**
 * The Wikisource texts by and about a topic: one query-service request (`textsQuery`), mapped into
 * texts with their editions ordered for the content language.
 */
import { computed, ref, type Ref } from 'vue'
import { useServices } from '../services'
import { useSection } from './useSection'
import type { Entity } from '../domain/entity'
import { mapTexts, queryChain, textsQuery, type WikisourceText } from '../domain/wikisource'
import { rowsOf, sharesTextsQuery, type PageContext } from '../domain/timelineTextsShare'

/**
 * Loads the texts of an item whenever the item or the content-language chain changes. On a page
 * that also shows the item's timeline, the query is the one the timeline sends with its own
 * (timelineTexts.ts): one request serves both.
 */
export function useWikisourceTexts(
  entity: Ref<Entity>,
  chain: Ref<string[]>,
  page: Ref<PageContext> = ref({ sections: null, embedded: true }),
) {
  const { sparql } = useServices()
  // A string key: a new chain array with the same languages must not send the query again.
  const key = computed(() =>
    entity.value.kind === 'item'
      ? JSON.stringify([entity.value.id, chain.value, sharesTextsQuery(entity.value, page.value)])
      : null,
  )
  return useSection<string | null, WikisourceText[]>(
    key,
    (value, signal) => {
      if (!value) return undefined
      const [id, langs, shared] = JSON.parse(value) as [string, string[], boolean]
      // The shared query's code comes with the timeline's, which loads beside this section.
      const text = shared
        ? import('../domain/timelineTexts').then((m) => m.timelineTextsQuery(entity.value, langs))
        : Promise.resolve(textsQuery(id, queryChain(langs)))
      return text
        .then((query) => sparql.runQuery(query, signal))
        .then((rows) => mapTexts(rowsOf(rows, 'texts'), chain.value))
    },
    (texts) => texts.length === 0,
  )
}
