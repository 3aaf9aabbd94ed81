/**
 * Embed URLs and the frame's sandbox, shared by the app (the embed dialog) and the loader
 * (embed.js), so both write the same frames. No imports: the loader must stay tiny.
 */

/**
 * What a frame may do: run its scripts and call the APIs from its own origin, open links in a new
 * tab that is not sandboxed itself, and take the reader to Kooste when they click "Open in Kooste".
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation'

/** Sections whose frames offer downloads: a chart's SVG, PNG and CSV. */
const DOWNLOADING_SECTIONS: ReadonlySet<string> = new Set(['visualizations'])

/**
 * The sandbox of a frame showing a section: EMBED_SANDBOX, and downloads only where the section
 * offers them (the browser still starts one only when the reader clicks).
 */
export function embedSandbox(section: string): string {
  return DOWNLOADING_SECTIONS.has(section) ? `${EMBED_SANDBOX} allow-downloads` : EMBED_SANDBOX
}

/** Permissions the frame needs beyond the sandbox: the map's full-screen button. */
export const EMBED_ALLOW = 'fullscreen'

export interface EmbedTarget {
  /** Topic id, `Q217447`. */
  id: string
  /** Section name, `map`. */
  section: string
  lang?: string | null
  uilang?: string | null
  theme?: string | null
  /** The section's own state (its `embedParams`), in the order to write them. */
  state?: Record<string, string>
}

/** The embed URL of a section under a Kooste base URL (absolute, ending in `/`). */
export function embedUrl(base: string, target: EmbedTarget): string {
  return withOptions(
    new URL(`embed/${encodeURIComponent(target.id)}/${encodeURIComponent(target.section)}`, base),
    target,
  )
}

/**
 * The address of the embed page `embed/<page>` (`query`) under a Kooste base URL, its own
 * parameters in `state` as they are (the loader passes a placeholder's; domain/queryEmbed.ts
 * writes a query embed's from its parts).
 */
export function embedPageUrl(
  base: string,
  page: 'query',
  target: Omit<EmbedTarget, 'id' | 'section'>,
): string {
  return withOptions(new URL(`embed/${page}`, base), target)
}

function withOptions(url: URL, target: Omit<EmbedTarget, 'id' | 'section'>): string {
  const reserved = ['lang', 'uilang', 'theme']
  for (const key of reserved) {
    const value = target[key as 'lang' | 'uilang' | 'theme']
    if (value) url.searchParams.set(key, value)
  }
  for (const [key, value] of Object.entries(target.state ?? {})) {
    if (!reserved.includes(key)) url.searchParams.set(key, value)
  }
  return url.href
}

/** The full topic page of an id, with the languages that were chosen. */
export function topicUrl(base: string, target: Pick<EmbedTarget, 'id' | 'lang' | 'uilang'>) {
  const url = new URL(encodeURIComponent(target.id), base)
  if (target.lang) url.searchParams.set('lang', target.lang)
  if (target.uilang) url.searchParams.set('uilang', target.uilang)
  return url.href
}
