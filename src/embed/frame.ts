/**
 * The embed's side of the protocol (src/embed/protocol.ts): it tells the page around it its
 * content height and the Kooste pages the reader opens from it. It posts only to its parent, and
 * only sizes and public URLs, so it does not need to know who the parent is.
 */
import { NAVIGATE, RESIZE, type EmbedMessage } from './protocol'

function post(win: Window, message: EmbedMessage) {
  // The target origin is `*` on purpose: any site may embed Kooste, and nothing sent is secret.
  if (win.parent !== win) win.parent.postMessage(message, '*')
}

/** Reports `element`'s height to the parent now and whenever it changes; returns a stop function. */
export function reportSize(element: HTMLElement, win: Window = window): () => void {
  if (win.parent === win || typeof ResizeObserver === 'undefined') return () => undefined
  let last = -1
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height)
    if (height === last) return
    last = height
    post(win, { type: RESIZE, height })
  }
  const observer = new ResizeObserver(send)
  observer.observe(element)
  send()
  return () => observer.disconnect()
}

/** Tells the parent that the reader opened a Kooste page from the frame. */
export function announceNavigation(url: string, win: Window = window): void {
  post(win, { type: NAVIGATE, url })
}

/** This Kooste's base URL, absolute (`https://kooste.example/` or a sub-path). */
export function siteBase(): string {
  return new URL(import.meta.env.BASE_URL, globalThis.location?.href ?? 'http://localhost/').href
}
