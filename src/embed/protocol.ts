/**
 * The postMessage protocol between an embed frame and the page that holds it (docs/embedding.md).
 * Messages carry only sizes and navigation intents: nothing secret, nothing the host must trust.
 * The type names carry the protocol version, so a future change can live beside this one.
 * Shared by the embed (which sends) and the loader, embed.js (which receives): keep it tiny.
 */

/** The frame's content height changed (CSS pixels). */
export const RESIZE = 'kooste-embed:v1:resize'
/** The reader followed a link out of the frame to a Kooste page (already opening). */
export const NAVIGATE = 'kooste-embed:v1:navigate'

export interface ResizeMessage {
  type: typeof RESIZE
  height: number
}

export interface NavigateMessage {
  type: typeof NAVIGATE
  url: string
}

export type EmbedMessage = ResizeMessage | NavigateMessage

/** The heights the loader gives a frame, whatever a message says. */
export const MIN_HEIGHT = 80
export const MAX_HEIGHT = 10000

/** A height clamped to [min, max], whole pixels; null when it is not a finite number. */
export function clampHeight(height: unknown, max = MAX_HEIGHT): number | null {
  if (typeof height !== 'number' || !Number.isFinite(height)) return null
  return Math.round(Math.min(Math.max(height, MIN_HEIGHT), Math.min(max, MAX_HEIGHT)))
}

/**
 * Reads a received message: a known type with well-typed fields, or null. A navigation intent
 * must name a page on `origin` (the Kooste that made the frame).
 */
export function readMessage(data: unknown, origin: string): EmbedMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, height, url } = data as Record<string, unknown>
  if (type === RESIZE && typeof height === 'number' && Number.isFinite(height)) {
    return { type, height }
  }
  if (type === NAVIGATE && typeof url === 'string' && url.length < 2048) {
    try {
      if (new URL(url).origin === origin) return { type, url }
    } catch {
      return null
    }
  }
  return null
}
