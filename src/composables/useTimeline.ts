/**
 * A topic's timeline data. The topic's own events come from the entity already loaded (no
 * request); one query-service request, sent as soon as the entity is there, brings the dates of
 * related items and every label the timeline shows. Thousands of rows are read a batch per task,
 * so that the page keeps answering while they are.
 */
import { computed, ref, type Ref } from 'vue'
import { useServices } from '../services'
import { useSection } from './useSection'
import type { Entity } from '../domain/entity'
import {
  entityEvents,
  labelIds,
  relatedEvent,
  relatedFilter,
  sortEvents,
  type TimelineEvent,
} from '../domain/timeline'
import { timelineRowReader } from '../domain/timelineQuery'
import {
  rowsOf,
  sharesTextsQuery,
  timelineQueryFor,
  timelineTextsQuery,
  type PageContext,
} from '../domain/timelineTexts'

const BATCH = 1000

/** Lets the browser paint and take input before the next batch. */
const nextTask = (signal: AbortSignal) =>
  new Promise<void>((resolve, reject) =>
    setTimeout(() => (signal.aborted ? reject(signal.reason) : resolve()), 0),
  )

/**
 * The timeline of an entity, with labels in the content-language chain. Where the Texts section
 * is on the page too, its query goes in the same request (timelineTexts.ts).
 */
export function useTimeline(
  entity: Ref<Entity>,
  chain: Ref<readonly string[]>,
  page: Ref<PageContext> = ref({ sections: null, embedded: true }),
) {
  const { sparql } = useServices()
  const own = computed(() => entityEvents(entity.value))
  // A string key, so that a new but equal chain array does not send the query again.
  const key = computed(() =>
    JSON.stringify([
      entity.value.id,
      chain.value,
      sharesTextsQuery(entity.value, page.value),
      labelIds(own.value),
    ]),
  )
  const query = useSection(key, async (value, signal) => {
    const [id, languages, shared] = JSON.parse(value) as [string, string[], boolean]
    const text = shared
      ? timelineTextsQuery(entity.value, languages)
      : timelineQueryFor(entity.value, languages)
    const rows = rowsOf(await sparql.runQuery(text, signal), 'timeline')
    const reader = timelineRowReader()
    for (let i = 0; i < rows.length; i += BATCH) {
      if (i) await nextTask(signal)
      reader.read(rows.slice(i, i + BATCH))
    }
    const result = reader.result()
    const keep = relatedFilter(own.value, id)
    const related: TimelineEvent[] = []
    for (let i = 0; i < result.related.length; i += BATCH) {
      await nextTask(signal)
      for (const item of result.related.slice(i, i + BATCH)) {
        const event = keep(item) ? relatedEvent(item) : null
        if (event) related.push(event)
      }
    }
    return { related: sortEvents(related), labels: result.labels, truncated: result.truncated }
  })
  const related = computed(() => query.data.value?.related ?? [])
  const labels = computed(() => query.data.value?.labels ?? {})
  const truncated = computed(() => query.data.value?.truncated ?? false)
  return { own, related, labels, truncated, query }
}
