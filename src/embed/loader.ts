/**
 * The loader behind embed.js: turns `<div data-kooste="Q217447/map">` placeholders into lazy
 * frames of that Kooste, and fits each frame's height to its content from the frame's messages
 * (src/embed/protocol.ts). It listens only to frames it made, and only from the Kooste origin.
 */
import { MAX_HEIGHT, NAVIGATE, RESIZE, clampHeight, readMessage } from './protocol'
import { EMBED_ALLOW, EMBED_SANDBOX, embedSandbox, embedPageUrl, embedUrl } from './url'

export interface KoosteLoader {
  /** Makes frames for the placeholders under `root` not seen yet; returns the new frames. */
  scan: (root?: ParentNode) => HTMLIFrameElement[]
  /** Stops listening to messages. */
  stop: () => void
}

interface Made {
  frame: HTMLIFrameElement
  host: HTMLElement
  max: number
}

const targetPattern = /^([QP][1-9]\d{0,11})\/([a-z][a-z0-9-]{0,40})$/i

/** The event a placeholder dispatches when its frame opens a Kooste page: `detail.url`. */
export const NAVIGATE_EVENT = 'kooste:navigate'

/**
 * Starts a loader for the Kooste that serves `scriptSrc` (embed.js sits at the site's base URL):
 * scans the document once it is parsed, and listens for the frames' messages.
 */
export function startLoader(win: Window, scriptSrc: string): KoosteLoader {
  const doc = win.document
  const base = new URL('./', scriptSrc).href
  const origin = new URL(base).origin
  let made: Made[] = []
  const seen = new WeakSet<Element>()

  function frameFor(host: HTMLElement): HTMLIFrameElement | null {
    const data = host.dataset
    const target = (data.kooste ?? '').trim()
    // `query`: the query embed, its query and view in data-kooste-query.
    const query = target.toLowerCase() === 'query'
    const match = targetPattern.exec(target)
    if (!query && !match) {
      host.setAttribute('data-kooste-invalid', '')
      return null
    }
    const options = {
      lang: data.koosteLang,
      uilang: data.koosteUilang,
      theme: data.koosteTheme,
      state: Object.fromEntries(new URLSearchParams(data.koosteQuery ?? '')),
    }
    const section = match?.[2]?.toLowerCase() ?? ''
    const frame = doc.createElement('iframe')
    frame.src = match
      ? embedUrl(base, { id: match[1]!.toUpperCase(), section, ...options })
      : embedPageUrl(base, 'query', options)
    frame.title = data.koosteTitle || `Kooste: ${target}`
    frame.setAttribute('loading', 'lazy')
    frame.setAttribute('sandbox', match ? embedSandbox(section) : EMBED_SANDBOX)
    frame.setAttribute('allow', EMBED_ALLOW)
    const max = clampHeight(Number(data.koosteMaxHeight) || MAX_HEIGHT) ?? MAX_HEIGHT
    const height = clampHeight(Number(data.koosteHeight) || 400, max)
    frame.style.cssText = `display:block;width:100%;border:0;height:${height}px`
    host.replaceChildren(frame)
    made.push({ frame, host, max })
    return frame
  }

  function scan(root: ParentNode = doc) {
    made = made.filter((m) => m.frame.isConnected)
    const frames: HTMLIFrameElement[] = []
    for (const host of root.querySelectorAll<HTMLElement>('[data-kooste]')) {
      if (seen.has(host)) continue
      seen.add(host)
      const frame = frameFor(host)
      if (frame) frames.push(frame)
    }
    return frames
  }

  function onMessage(event: MessageEvent) {
    if (event.origin !== origin || !event.source) return
    const from = made.find((m) => m.frame.contentWindow === event.source)
    const message = from && readMessage(event.data, origin)
    if (!from || !message) return
    if (message.type === RESIZE) {
      const height = clampHeight(message.height, from.max)
      if (height !== null) from.frame.style.height = `${height}px`
    } else if (message.type === NAVIGATE) {
      from.host.dispatchEvent(
        new CustomEvent(NAVIGATE_EVENT, { bubbles: true, detail: { url: message.url } }),
      )
    }
  }

  win.addEventListener('message', onMessage)
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => scan())
  else scan()
  return { scan, stop: () => win.removeEventListener('message', onMessage) }
}
