/**
 * Full-screen mode for the map's frame: the Fullscreen API where the browser has it for elements,
 * else a fixed overlay (iPhone Safari, jsdom) that Escape closes.
 */
import { onScopeDispose, shallowRef, type Ref } from 'vue'

/** Toggles full screen for `frame`; `active` follows the browser (Escape, the system's controls). */
export function useMapFullscreen(frame: Ref<HTMLElement | null>) {
  const active = shallowRef(false)
  /** True when the overlay stands in for the Fullscreen API. */
  const overlay = shallowRef(false)
  const native = () => typeof document !== 'undefined' && !!document.fullscreenEnabled

  function onChange() {
    active.value = !!frame.value && document.fullscreenElement === frame.value
  }
  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape' && overlay.value) exit()
  }
  document.addEventListener('fullscreenchange', onChange)
  document.addEventListener('keydown', onKey)
  onScopeDispose(() => {
    document.removeEventListener('fullscreenchange', onChange)
    document.removeEventListener('keydown', onKey)
    if (document.fullscreenElement && document.fullscreenElement === frame.value) {
      void document.exitFullscreen().catch(() => undefined)
    }
  })

  function exit() {
    if (overlay.value) {
      overlay.value = false
      active.value = false
    } else if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined)
    }
  }

  async function enter() {
    const element = frame.value
    if (!element) return
    if (native()) {
      try {
        await element.requestFullscreen()
        return
      } catch {
        // Refused (not from a user gesture, or a policy): the overlay does instead.
      }
    }
    overlay.value = true
    active.value = true
  }

  return { active, overlay, toggle: () => (active.value ? exit() : void enter()) }
}
