/**
 * The Wikisource texts by and about a topic: one query-service request (`textsQuery`), mapped into
 * texts with their editions ordered for the content language.
 */
import { computed, type Ref } from 'vue'
import { useServices } from '../services'
import { useSection } from './useSection'
import type { Entity } from '../domain/entity'
import { mapTexts, queryChain, textsQuery, type WikisourceText } from '../domain/wikisource'

/** Loads the texts of an item whenever the item or the content-language chain changes. */
export function useWikisourceTexts(entity: Ref<Entity>, chain: Ref<string[]>) {
  const { sparql } = useServices()
  // A string key: a new chain array with the same languages must not send the query again.
  const key = computed(() =>
    entity.value.kind === 'item' ? [entity.value.id, ...queryChain(chain.value)].join('|') : null,
  )
  return useSection<string | null, WikisourceText[]>(
    key,
    (value, signal) => {
      if (!value) return undefined
      const [id = '', ...langs] = value.split('|')
      return sparql
        .runQuery(textsQuery(id, langs), signal)
        .then((rows) => mapTexts(rows, chain.value))
    },
    (texts) => texts.length === 0,
  )
}
