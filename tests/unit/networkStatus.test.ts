import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { useNetworkStatus, type NetworkStatus } from '../../src/composables/useNetworkStatus'

function harness(online = true) {
  const win = new EventTarget()
  const events = new EventTarget()
  const state = { online }
  let status!: NetworkStatus
  const wrapper = mount(
    defineComponent({
      setup() {
        status = useNetworkStatus(win, events, () => state.online)
        return () => h('div')
      },
    }),
  )
  return { win, events, state, status, wrapper }
}

describe('useNetworkStatus', () => {
  it('follows the browser going offline and coming back', async () => {
    const { win, state, status } = harness()
    expect(status.offline.value).toBe(false)
    state.online = false
    win.dispatchEvent(new Event('offline'))
    expect(status.offline.value).toBe(true)
    expect(status.recovered.value).toBe(false)
    state.online = true
    win.dispatchEvent(new Event('online'))
    expect(status.offline.value).toBe(false)
    expect(status.recovered.value).toBe(true)
  })

  it('starts offline when the browser already is', () => {
    const { status } = harness(false)
    expect(status.offline.value).toBe(true)
  })

  it('takes two network failures with no answer between them as a lost network', () => {
    const { events, status } = harness()
    events.dispatchEvent(new Event('failure'))
    expect(status.offline.value).toBe(false)
    events.dispatchEvent(new Event('answer'))
    events.dispatchEvent(new Event('failure'))
    expect(status.offline.value).toBe(false)
    events.dispatchEvent(new Event('failure'))
    expect(status.offline.value).toBe(true)
    events.dispatchEvent(new Event('answer'))
    expect(status.offline.value).toBe(false)
    expect(status.recovered.value).toBe(true)
  })

  it('one failure while the browser says offline is enough', () => {
    const { events, state, status } = harness()
    state.online = false
    events.dispatchEvent(new Event('failure'))
    expect(status.offline.value).toBe(true)
  })

  it('stops listening when unmounted', async () => {
    const { win, state, status, wrapper } = harness()
    wrapper.unmount()
    await nextTick()
    state.online = false
    win.dispatchEvent(new Event('offline'))
    expect(status.offline.value).toBe(false)
  })
})

describe('useSection under a lost network', () => {
  it("does not show the previous value's data when the new value fails", async () => {
    const { effectScope, ref: vref } = await import('vue')
    const { useSection } = await import('../../src/composables/useSection')
    const { ApiError } = await import('../../src/api/http')
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
    const source = vref('Q217447')
    const scope = effectScope()
    const section = scope.run(() =>
      useSection(source, (id) =>
        id === 'Q217447'
          ? Promise.resolve(`topic ${id}`)
          : Promise.reject(new ApiError('wikidata', null, 'network', 'offline')),
      ),
    )!
    await flush()
    expect(section.data.value).toBe('topic Q217447')
    source.value = 'Q204382'
    await nextTick()
    await flush()
    expect(section.status.value).toBe('error')
    expect(section.data.value).toBeNull()
    scope.stop()
  })

  it('keeps its own data when a retry of the same value fails', async () => {
    const { effectScope, ref: vref } = await import('vue')
    const { useSection } = await import('../../src/composables/useSection')
    const { ApiError } = await import('../../src/api/http')
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
    let fail = false
    const scope = effectScope()
    const section = scope.run(() =>
      useSection(vref('Q33'), (id) =>
        fail
          ? Promise.reject(new ApiError('wikidata', null, 'network', 'offline'))
          : Promise.resolve(`topic ${id}`),
      ),
    )!
    await flush()
    fail = true
    section.retry()
    await flush()
    expect(section.status.value).toBe('error')
    expect(section.data.value).toBe('topic Q33')
    scope.stop()
  })
})
