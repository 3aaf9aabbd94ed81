import { onBeforeUnmount, onMounted, type Ref } from 'vue'

const focusable =
  'a[href], button:not([disabled]), video[controls], audio[controls], [tabindex]:not([tabindex="-1"])'

/**
 * A hand-made modal dialog's duties while it is mounted: the page behind it (`#app`) is inert and
 * does not scroll, the dialog takes focus, and `trap` keeps Tab and Shift+Tab inside it.
 */
export function useModalDialog(dialog: Ref<HTMLElement | null>): {
  trap: (event: KeyboardEvent) => void
} {
  function trap(event: KeyboardEvent) {
    const items = [...(dialog.value?.querySelectorAll<HTMLElement>(focusable) ?? [])].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    )
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) {
      event.preventDefault()
      dialog.value?.focus()
      return
    }
    const active = document.activeElement
    if (event.shiftKey && (active === first || active === dialog.value)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && active === last) {
      event.preventDefault()
      first.focus()
    }
  }

  // Inert: out of the tab order, the accessibility tree and the pointer's reach.
  let overflow = ''
  let background: HTMLElement | null = null
  onMounted(() => {
    overflow = document.documentElement.style.overflow
    document.documentElement.style.overflow = 'hidden'
    background = dialog.value?.ownerDocument.getElementById('app') ?? null
    if (background && !background.inert) background.inert = true
    else background = null
    dialog.value?.focus()
  })
  onBeforeUnmount(() => {
    document.documentElement.style.overflow = overflow
    if (background) background.inert = false
  })

  return { trap }
}
