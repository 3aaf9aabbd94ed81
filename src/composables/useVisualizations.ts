/**
 * A topic's visualizations: one query-service request for every chart drawn from Wikidata (the
 * branches of vizQuery.ts), the gallery's own Commons requests for the media chart, then the
 * labels of the categories and examples in one wbgetentities batch. Nothing is sent until `active`
 * (the section came near the viewport); `only` limits the work to one chart (an embed of it).
 */
import { computed, type Ref } from 'vue'
import { useServices } from '../services'
import { useSection, type SectionStatus } from './useSection'
import type { ApiError } from '../api/http'
import { mediaYears } from '../api/visualizations'
import type { Entity } from '../domain/entity'
import { pickText, type LangText } from '../domain/languages'
import {
  visualizationsFor,
  type MediaViz,
  type QueryViz,
  type VizDefinition,
} from '../domain/visualizations'
import type { VizData } from '../domain/vizData'
import { mapVizRows, vizQuery } from '../domain/vizQuery'

/** Most ids whose labels are fetched for the charts (three batches of 50). */
const LABEL_LIMIT = 150

/** One chart with its own state. */
export interface VizState {
  definition: VizDefinition
  status: SectionStatus
  error: ApiError | null
  data: VizData | null
  retry: () => void
}

const hasBars = (data: VizData | null) => Boolean(data?.bars.some((bar) => bar.count > 0))

/** Loads the charts that may apply to `entity` once `active` is true. */
export function useVisualizations(options: {
  entity: Ref<Entity>
  chain: Ref<string[]>
  lang: Ref<string>
  active: Ref<boolean>
  only: Ref<string | null>
}) {
  const { sparql, commons, wikidata } = useServices()
  const { entity, chain, lang, active, only } = options

  const wanted = computed(() =>
    visualizationsFor(entity.value).filter((v) => only.value === null || v.id === only.value),
  )
  const queryVizzes = computed(() =>
    wanted.value.filter((v): v is QueryViz => v.source === 'query'),
  )
  const mediaViz = computed(() => wanted.value.find((v): v is MediaViz => v.source === 'media'))

  // String keys, so that an equal but new array does not send the request again.
  const query = useSection(
    () =>
      active.value && queryVizzes.value.length
        ? JSON.stringify([entity.value.id, queryVizzes.value.map((v) => v.id)])
        : null,
    (key, signal) => {
      if (!key) return undefined
      const id = entity.value.id
      const branches = queryVizzes.value.map((v) => v.branch(`wd:${id}`))
      return sparql.runQuery(vizQuery(id, branches), signal).then((rows) => {
        const found = mapVizRows(rows, branches)
        const out: Record<string, VizData> = {}
        for (const viz of queryVizzes.value) {
          const result = found[viz.id]
          if (result) out[viz.id] = viz.data(result)
        }
        return out
      })
    },
  )

  const media = useSection(
    () => (active.value && mediaViz.value ? JSON.stringify([entity.value.id, lang.value]) : null),
    (key, signal) => {
      const viz = mediaViz.value
      if (!key || !viz) return undefined
      return mediaYears(commons, entity.value, lang.value, signal).then((found) =>
        viz.data(found.files, found.truncated),
      )
    },
  )

  // Category keys and examples of the charts drawn from Wikidata, labelled in the chain.
  const labelIds = computed(() => {
    const ids = new Set<string>()
    for (const data of Object.values(query.data.value ?? {})) {
      for (const bar of data.bars) {
        if (data.kind === 'category' && bar.key !== 'other') ids.add(bar.key)
        bar.examples.forEach((id) => ids.add(id))
      }
    }
    return [...ids].sort().slice(0, LABEL_LIMIT)
  })
  const labels = useSection(
    () => (labelIds.value.length ? JSON.stringify([labelIds.value, chain.value]) : null),
    (key, signal) => {
      if (!key) return undefined
      const [ids, languages] = JSON.parse(key) as [string[], string[]]
      return wikidata
        .getEntities(ids, { props: ['labels'], languages, signal })
        .then((response) => {
          const out: Record<string, LangText> = {}
          for (const [id, value] of Object.entries(response.entities)) {
            const label = pickText(value.labels, languages, true)
            if (label) out[id] = label
          }
          return out
        })
    },
  )

  // A chart from Wikidata is ready once its labels are there (or failed: ids stand in), so that
  // no one sees Q-ids flash by before the names.
  const states = computed<VizState[]>(() =>
    wanted.value.map((definition) => {
      const source = definition.source === 'query' ? query : media
      const data =
        definition.source === 'query'
          ? (query.data.value?.[definition.id] ?? null)
          : media.data.value
      let status: SectionStatus = source.status.value
      if (status === 'ready' && !hasBars(data)) status = 'empty'
      if (status === 'ready' && definition.source === 'query' && labels.status.value === 'loading')
        status = 'loading'
      return { definition, status, error: source.error.value, data, retry: source.retry }
    }),
  )

  return {
    /** Charts that may apply (before anything is known). */
    candidates: wanted,
    states,
    labels: computed(() => labels.data.value ?? {}),
  }
}
