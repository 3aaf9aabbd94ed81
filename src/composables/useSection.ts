/**
 * One section's data with its own lifecycle: `loading | error | empty | ready`. A new load aborts
 * the one before it; an error is kept for the section to show with a retry; nothing is thrown to
 * the page, so one failed upstream never blanks it.
 */
import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { ApiError, isAbort } from '../api/http'

export type SectionStatus = 'idle' | 'loading' | 'error' | 'empty' | 'ready'

export interface Section<T> {
  status: Ref<SectionStatus>
  data: Ref<T | null>
  error: Ref<ApiError | null>
  retry: () => void
}

/** Wraps anything thrown into an ApiError, so sections have one error shape to show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new ApiError('wikidata', null, 'malformed', message)
}

/**
 * Loads whenever `source` changes. `load` gets the source's value and an AbortSignal and returns
 * the data, or undefined to stay idle (nothing to load yet); `isEmpty` tells an empty result.
 */
export function useSection<S, T>(
  source: WatchSource<S>,
  load: (value: S, signal: AbortSignal) => Promise<T> | undefined,
  isEmpty: (data: T) => boolean = () => false,
): Section<T> {
  const status = shallowRef<SectionStatus>('idle')
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const error = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null
  let current: S
  // The source value the shown data belongs to: a failure for another value (a new topic while
  // offline) must not leave the previous value's data on show as if it were the new one's.
  let shownFor: { value: S } | null = null

  function run(value: S) {
    controller?.abort()
    const mine = new AbortController()
    controller = mine
    const pending = load(value, mine.signal)
    if (!pending) {
      status.value = 'idle'
      data.value = null
      shownFor = null
      return
    }
    status.value = 'loading'
    error.value = null
    pending.then(
      (result) => {
        if (mine.signal.aborted) return
        data.value = result
        shownFor = { value }
        status.value = isEmpty(result) ? 'empty' : 'ready'
      },
      (failure: unknown) => {
        if (mine.signal.aborted || isAbort(failure)) return
        error.value = asApiError(failure)
        if (!shownFor || !Object.is(shownFor.value, value)) data.value = null
        status.value = 'error'
      },
    )
  }

  watch(
    source,
    (value) => {
      current = value
      run(value)
    },
    { immediate: true },
  )
  onScopeDispose(() => controller?.abort())

  return { status, data, error, retry: () => run(current) }
}
