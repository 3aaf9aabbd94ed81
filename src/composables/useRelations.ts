/**
 * One group of related-topics panels: one query-service request for every panel of the group that
 * applies to the topic, sent once `active` (the group came near the viewport); "show more" beyond
 * what it fetched is one further request for that panel alone. A rate-limited request is retried
 * by itself after its Retry-After; every failure stays in the group, with a retry.
 */
import { computed, onScopeDispose, reactive, shallowRef, watch, type Ref } from 'vue'
import { useServices } from '../services'
import { asApiError, useSection } from './useSection'
import { isAbort, type ApiError } from '../api/http'
import type { Entity } from '../domain/entity'
import { pickText, type LangText } from '../domain/languages'
import { panelsOfGroup, type PanelDefinition, type PanelGroup } from '../domain/panels'
import {
  mapRelationRows,
  panelPatterns,
  relationsQuery,
  type PanelResult,
  type RelatedItem,
} from '../domain/relations'

/** A panel with what was found for it so far. */
export interface LoadedPanel {
  definition: PanelDefinition
  items: RelatedItem[]
  hasMore: boolean
  /** State of the latest "show more" request. */
  more: { loading: boolean; error: ApiError | null }
}

interface Extra {
  items: RelatedItem[]
  hasMore: boolean
  rows: number
  loading: boolean
  error: ApiError | null
}

/** Loads one group of panels for a topic when `active` turns true. */
export function useRelations(options: {
  group: PanelGroup
  entity: Ref<Entity>
  chain: Ref<string[]>
  active: Ref<boolean>
}) {
  const { sparql, wikidata } = useServices()
  const { entity, chain, active } = options
  const definitions = panelsOfGroup(options.group)
  const patterns = computed(() => panelPatterns(definitions, { entity: entity.value }))

  const section = useSection(
    () =>
      active.value && patterns.value.length
        ? { topic: entity.value.id, patterns: patterns.value, chain: chain.value }
        : null,
    (input, signal) => {
      if (!input) return undefined
      const query = relationsQuery(input.topic, input.patterns, { chain: input.chain })
      return sparql.runQuery(query, signal).then((rows) => mapRelationRows(rows))
    },
    (data) => Object.values(data).every((panel) => panel.items.length === 0),
  )

  // "Show more" pages, per panel, on top of the group's first page.
  const extra = reactive(new Map<string, Extra>())
  const controller = new AbortController()
  watch(section.data, () => extra.clear())

  async function loadMore(id: string) {
    const first: PanelResult | undefined = section.data.value?.[id]
    const pattern = patterns.value.find((p) => p.id === id)
    if (!first || !pattern) return
    const state: Extra = extra.get(id) ?? {
      items: [],
      hasMore: true,
      rows: 0,
      loading: false,
      error: null,
    }
    if (state.loading) return
    extra.set(id, { ...state, loading: true, error: null })
    const offset = first.rows + state.rows
    try {
      const query = relationsQuery(entity.value.id, [pattern], {
        chain: chain.value,
        offset,
      })
      const rows = await sparql.runQuery(query, controller.signal)
      const page = mapRelationRows(rows)[id] ?? { items: [], hasMore: false, rows: 0 }
      const seen = new Set([...first.items, ...state.items].map((item) => item.id))
      extra.set(id, {
        items: [...state.items, ...page.items.filter((item) => !seen.has(item.id))],
        hasMore: page.hasMore,
        rows: state.rows + page.rows,
        loading: false,
        error: null,
      })
    } catch (failure) {
      if (isAbort(failure)) return
      extra.set(id, { ...state, loading: false, error: asApiError(failure) })
    }
  }

  const loaded = computed<LoadedPanel[]>(() => {
    const data = section.data.value
    if (!data) return []
    return definitions.flatMap((definition) => {
      const first = data[definition.id]
      if (!first?.items.length) return []
      const more = extra.get(definition.id)
      return [
        {
          definition,
          items: more ? [...first.items, ...more.items] : first.items,
          hasMore: more ? more.hasMore : first.hasMore,
          more: { loading: more?.loading ?? false, error: more?.error ?? null },
        },
      ]
    })
  })

  // The labels of the properties that relate items ("creator", "place of birth"…), in one batch.
  const viaIds = computed(() => {
    const ids = new Set<string>()
    for (const panel of loaded.value) {
      if (panel.definition.showVia)
        for (const item of panel.items) item.via.forEach((p) => ids.add(p))
    }
    return [...ids].sort()
  })
  const viaLabels = useSection(
    () => (viaIds.value.length ? { ids: viaIds.value.join('|'), chain: chain.value } : null),
    (input, signal) => {
      if (!input) return undefined
      return wikidata
        .getEntities(input.ids.split('|'), { props: ['labels'], languages: input.chain, signal })
        .then((response) => {
          const out: Record<string, LangText> = {}
          for (const [id, value] of Object.entries(response.entities)) {
            const label = pickText(value.labels, input.chain, true)
            if (label) out[id] = label
          }
          return out
        })
    },
  )

  // A 429 that outlasted http.ts's own retries: try again once the upstream's wait is over.
  const retryIn = shallowRef<number | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null
  watch(section.error, (error) => {
    if (timer) clearTimeout(timer)
    timer = null
    retryIn.value = null
    if (error?.code !== 'ratelimited') return
    const wait = error.retryAfterMs ?? 5000
    retryIn.value = Math.ceil(wait / 1000)
    timer = setTimeout(section.retry, wait)
  })
  onScopeDispose(() => {
    if (timer) clearTimeout(timer)
    controller.abort()
  })

  return {
    /** False when no panel of the group can apply to this topic (nothing will be asked). */
    applicable: computed(() => patterns.value.length > 0),
    status: section.status,
    error: section.error,
    retry: section.retry,
    retryIn,
    panels: loaded,
    viaLabels: computed(() => viaLabels.data.value ?? {}),
    loadMore,
  }
}
