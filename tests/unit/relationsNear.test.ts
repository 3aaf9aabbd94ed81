import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref, shallowRef, type Ref } from 'vue'
import { layoutSettledKey, useRelationsNear } from '../../src/composables/useRelationsNear'

/** An IntersectionObserver that the test drives: it records what it watches. */
class FakeObserver {
  static made: FakeObserver[] = []
  watched: Element[] = []
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.made.push(this)
  }
  observe(element: Element) {
    this.watched.push(element)
  }
  disconnect() {
    this.watched = []
  }
}

function mountNear(settled?: Ref<boolean>) {
  const found: { near: Ref<boolean> | null } = { near: null }
  const Probe = defineComponent({
    setup() {
      const el = shallowRef<HTMLElement | null>(null)
      found.near = useRelationsNear(el)
      return () => h('div', { ref: el })
    },
  })
  const wrapper = mount(Probe, {
    global: { provide: settled ? { [layoutSettledKey as symbol]: settled } : {} },
  })
  return { wrapper, near: () => found.near?.value }
}

describe('useRelationsNear', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    FakeObserver.made = []
  })

  it('judges nearness only once the page above has its height', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const settled = ref(false)
    const { near } = mountNear(settled)
    await nextTick()
    expect(FakeObserver.made).toHaveLength(0)
    settled.value = true
    await nextTick()
    expect(FakeObserver.made).toHaveLength(1)
    expect(near()).toBe(false)
    FakeObserver.made[0]!.callback([{ isIntersecting: true }])
    expect(near()).toBe(true)
    expect(FakeObserver.made[0]!.watched).toEqual([])
  })

  it('watches at once where nothing says the page is still growing (an embed)', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const { near } = mountNear()
    await nextTick()
    expect(FakeObserver.made).toHaveLength(1)
    FakeObserver.made[0]!.callback([{ isIntersecting: false }])
    expect(near()).toBe(false)
  })
})
