/**
 * Thumbnails for related-topic cards: names asked for in the same tick (every panel of a group as
 * it first renders) go to Commons together, as one `imageinfo` request of up to 50 titles, and
 * each name is asked for once. A failed batch leaves its cards without pictures; they are asked
 * for again when next shown.
 */
import { onScopeDispose, shallowRef, type Ref } from 'vue'
import { useServices } from '../services'
import { fileTitle, type Thumbnail } from '../domain/commons'

/** Thumbnail width in CSS pixels; cards are at most about 14rem wide. */
export const RELATION_THUMB_WIDTH = 320

/** Batches thumbnail look-ups for one content language. */
export function useRelationsThumbnails(lang: Ref<string>) {
  const { commons } = useServices()
  const thumbnails = shallowRef<Record<string, Thumbnail | null>>({})
  const asked = new Set<string>()
  let queue: string[] = []
  const controller = new AbortController()

  async function flush() {
    const names = queue
    queue = []
    if (!names.length) return
    try {
      const response = await commons.getImageInfo(names, {
        width: RELATION_THUMB_WIDTH,
        lang: lang.value,
        signal: controller.signal,
      })
      const next = { ...thumbnails.value }
      for (const name of names) next[name] = response.files[fileTitle(name)]?.thumbnail ?? null
      thumbnails.value = next
    } catch {
      for (const name of names) asked.delete(name)
    }
  }

  /** Asks for the thumbnails of these file names (those not asked for already). */
  function request(names: readonly string[]) {
    const fresh = names.filter((name) => !asked.has(name))
    if (!fresh.length) return
    for (const name of fresh) asked.add(name)
    const first = queue.length === 0
    queue.push(...fresh)
    if (first) queueMicrotask(() => void flush())
  }

  onScopeDispose(() => controller.abort())
  return { thumbnails, request }
}
