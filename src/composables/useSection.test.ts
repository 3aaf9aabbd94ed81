// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { ApiError } from '../api/http'
import { useSection } from './useSection'

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function inScope<T>(make: () => T): { value: T; stop: () => void } {
  const scope = effectScope()
  const value = scope.run(make)!
  return { value, stop: () => scope.stop() }
}

describe('useSection', () => {
  it('goes from loading to ready, or to empty when the data is empty', async () => {
    const source = ref<number[]>([1])
    const { value: section } = inScope(() =>
      useSection(
        source,
        (list) => Promise.resolve(list),
        (list) => list.length === 0,
      ),
    )
    expect(section.status.value).toBe('loading')
    await flush()
    expect(section.status.value).toBe('ready')
    source.value = []
    await nextTick()
    await flush()
    expect(section.status.value).toBe('empty')
  })

  it('stays idle when there is nothing to load', () => {
    const { value: section } = inScope(() => useSection(ref(null), () => undefined))
    expect(section.status.value).toBe('idle')
  })

  it('keeps the error for the section to show, and retries on request', async () => {
    let fail = true
    const { value: section } = inScope(() =>
      useSection(ref('Q1'), () =>
        fail
          ? Promise.reject(new ApiError('wikipedia', 500, 'http', 'HTTP 500'))
          : Promise.resolve('ok'),
      ),
    )
    await flush()
    expect(section.status.value).toBe('error')
    expect(section.error.value).toMatchObject({ upstream: 'wikipedia', status: 500 })
    fail = false
    section.retry()
    await flush()
    expect(section.status.value).toBe('ready')
    expect(section.data.value).toBe('ok')
    expect(section.error.value).toBeNull()
  })

  it('wraps anything else thrown into an ApiError', async () => {
    const { value: section } = inScope(() =>
      useSection(ref(1), () => Promise.reject(new TypeError('x is undefined'))),
    )
    await flush()
    expect(section.error.value).toBeInstanceOf(ApiError)
    expect(section.error.value?.code).toBe('malformed')
  })

  it('aborts a load that a newer one replaces, and ignores its answer', async () => {
    const source = ref('first')
    const signals: AbortSignal[] = []
    const resolvers: ((v: string) => void)[] = []
    const { value: section } = inScope(() =>
      useSection(source, (value, signal) => {
        signals.push(signal)
        return new Promise<string>((resolve) => resolvers.push(() => resolve(value)))
      }),
    )
    source.value = 'second'
    await nextTick()
    expect(signals[0]?.aborted).toBe(true)
    resolvers[1]?.('second')
    resolvers[0]?.('first')
    await flush()
    expect(section.data.value).toBe('second')
  })

  it('aborts its load when its scope ends', () => {
    let signal: AbortSignal | undefined
    const { stop } = inScope(() =>
      useSection(ref(1), (_, s) => ((signal = s), new Promise(() => undefined))),
    )
    stop()
    expect(signal?.aborted).toBe(true)
  })
})
