/**
 * True once an element has come near the viewport (an IntersectionObserver with a margin), and
 * stays true: a section below the fold loads when the reader scrolls towards it, one above the
 * fold loads with the page. Without IntersectionObserver (old browsers, jsdom) it is true at once.
 *
 * Where the fold falls is judged only once the page above has its height: while a topic page's
 * facts still wait for their labels, the page is short and every section below would seem near.
 */
import { inject, onBeforeUnmount, shallowRef, watch, type InjectionKey, type Ref } from 'vue'

/** Whether the content above the lazy sections has its height; provided by the topic page. */
export const layoutSettledKey: InjectionKey<Readonly<Ref<boolean>>> = Symbol('layoutSettled')

/** Watches `target`; `margin` is how far outside the viewport counts as near. */
export function useRelationsNear(target: Ref<HTMLElement | null>, margin = '600px'): Ref<boolean> {
  const near = shallowRef(typeof IntersectionObserver === 'undefined')
  // An embed shows its section alone: nothing above it is still growing.
  const settled = inject(layoutSettledKey, shallowRef(true))
  let observer: IntersectionObserver | null = null

  const stop = () => {
    observer?.disconnect()
    observer = null
  }

  watch(
    [target, settled],
    ([element, ready]) => {
      stop()
      if (!element || !ready || near.value || typeof IntersectionObserver === 'undefined') return
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            near.value = true
            stop()
          }
        },
        { rootMargin: `${margin} 0px ${margin} 0px` },
      )
      observer.observe(element)
    },
    { immediate: true, flush: 'post' },
  )
  onBeforeUnmount(stop)
  return near
}
