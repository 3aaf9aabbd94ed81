/**
 * The page open in the Wikisource reader: fetched with `action=parse`, then prepared (header and
 * navigation removed, capped, sanitized). A page the wiki does not have is an empty state, not an
 * error to retry.
 */
import { computed, type Ref } from 'vue'
import { ApiError } from '../api/http'
import type { ParsedPage } from '../api/wikisource'
import { useServices } from '../services'
import { useSection } from './useSection'
import type { LinkContext } from '../domain/html'
import type { WikisourcePage } from '../domain/wikisourceTopic'
import { prepareReader, type ReaderView } from '../domain/wikisourceReader'

// What action=parse says for a page that does not exist or a title that cannot be one.
const missingCodes = new Set(['missingtitle', 'invalidtitle', 'nosuchpageid'])

/** Loads and prepares `target`; `linkContext` rewrites the links of the page it is given. */
export function useWikisourceReader(
  target: Ref<WikisourcePage | null>,
  linkContext: (page: WikisourcePage) => LinkContext,
) {
  const { wikisource } = useServices()
  const page = useSection<WikisourcePage | null, ParsedPage | null>(
    target,
    (value, signal) =>
      value
        ? wikisource.getParsedPage(value.lang, value.title, signal).catch((error: unknown) => {
            if (error instanceof ApiError && missingCodes.has(error.code)) return null
            throw error
          })
        : undefined,
    (found) => found === null,
  )
  /** The page as the wiki names it (redirects followed). */
  const resolved = computed<WikisourcePage | null>(() => {
    const asked = target.value
    if (!asked) return null
    const title = page.status.value === 'ready' ? page.data.value?.title : undefined
    return title ? { lang: asked.lang, title } : asked
  })
  const view = computed<ReaderView | null>(() => {
    const parsed = page.status.value === 'ready' ? page.data.value : null
    const at = resolved.value
    return parsed && at ? prepareReader(parsed, linkContext(at)) : null
  })
  return { page, resolved, view }
}
