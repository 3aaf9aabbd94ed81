/**
 * True once an element has come near the viewport (an IntersectionObserver with a margin), and
 * stays true: a section below the fold loads when the reader scrolls towards it, one above the
 * fold loads with the page. Without IntersectionObserver (old browsers, jsdom) it is true at once.
 */
import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue'

/** Watches `target`; `margin` is how far outside the viewport counts as near. */
export function useRelationsNear(target: Ref<HTMLElement | null>, margin = '600px'): Ref<boolean> {
  const near = shallowRef(typeof IntersectionObserver === 'undefined')
  let observer: IntersectionObserver | null = null

  const stop = () => {
    observer?.disconnect()
    observer = null
  }

  watch(
    target,
    (element) => {
      stop()
      if (!element || near.value || typeof IntersectionObserver === 'undefined') return
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
