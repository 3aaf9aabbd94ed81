/**
 * The Wikipedia article of a topic: which languages have one, which is shown (the one asked for,
 * else the first of the content chain that exists), its lead, and the full text on request.
 */
import { computed, ref, watch, type Ref } from 'vue'
import { useServices } from '../services'
import { useSection } from './useSection'
import { ApiError } from '../api/http'
import type { Entity, Sitelink } from '../domain/entity'

/** The Wikipedia sitelinks of an entity, keyed by language. */
export function wikipediaLinks(entity: Entity | null): Record<string, Sitelink> {
  const out: Record<string, Sitelink> = {}
  for (const link of Object.values(entity?.sitelinks ?? {})) {
    if (link.project === 'wikipedia' && link.lang) out[link.lang] = link
  }
  return out
}

/** Loads the article lead (and, when `expanded`, the full text) for an entity. */
export function useArticle(
  entity: Ref<Entity | null>,
  chain: Ref<string[]>,
  asked: Ref<string | null>,
) {
  const { wikipedia } = useServices()
  const links = computed(() => wikipediaLinks(entity.value))
  const chosen = computed(() => {
    const available = links.value
    if (asked.value && available[asked.value]) return available[asked.value] ?? null
    for (const lang of chain.value) if (available[lang]) return available[lang] ?? null
    return null
  })
  const expanded = ref(false)
  watch(chosen, () => (expanded.value = false))

  // A sitelink to a page the wiki no longer has is an empty section, not a failure to retry.
  const summary = useSection(
    chosen,
    (link, signal) =>
      link?.lang
        ? wikipedia.getSummary(link.lang, link.title, signal).catch((error: unknown) => {
            if (error instanceof ApiError && error.code === 'notfound') return null
            throw error
          })
        : undefined,
    (found) => found === null,
  )
  const full = useSection(
    () => (expanded.value ? chosen.value : null),
    (link, signal) =>
      link?.lang ? wikipedia.getArticleHtml(link.lang, link.title, signal) : undefined,
  )

  return { links, chosen, summary, full, expanded }
}
