/**
 * The two snippets the embed dialog offers: a plain `<iframe>` and the loader's `<div>` with its
 * `<script>`. Every value written into them is escaped: titles come from Wikidata labels.
 */
import {
  EMBED_ALLOW,
  EMBED_SANDBOX,
  embedSandbox,
  embedUrl,
  topicUrl,
  type EmbedTarget,
} from './url'

export interface EmbedSnippetOptions extends EmbedTarget {
  /** The frame's accessible name, e.g. "Map: Verla Groundwood and Board Mill". */
  title: string
  /** Frame height in CSS pixels (the loader's starting height; it then fits the content). */
  height: number
}

/** The smallest and largest height the dialog offers. */
export const SNIPPET_MIN_HEIGHT = 150
export const SNIPPET_MAX_HEIGHT = 2000

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text made safe for an HTML attribute value in double quotes, or for element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

/** A height the snippets can use: whole pixels within the offered range. */
export function snippetHeight(height: number): number {
  if (!Number.isFinite(height)) return 480
  return Math.round(Math.min(Math.max(height, SNIPPET_MIN_HEIGHT), SNIPPET_MAX_HEIGHT))
}

/** A plain iframe: no script on the host page; its height is fixed. */
export function iframeSnippet(base: string, options: EmbedSnippetOptions): string {
  return frameSnippet(
    embedUrl(base, options),
    options.title,
    options.height,
    embedSandbox(options.section),
  )
}

/** A plain iframe of any embed address (the query embed's among them). */
export function frameSnippet(
  src: string,
  title: string,
  height: number,
  sandbox = EMBED_SANDBOX,
): string {
  const attributes: [string, string][] = [
    ['src', src],
    ['title', title],
    ['width', '100%'],
    ['height', String(snippetHeight(height))],
    ['style', 'border: 0; max-width: 100%;'],
    ['loading', 'lazy'],
    ['sandbox', sandbox],
    ['allow', EMBED_ALLOW],
  ]
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ')}></iframe>`
}

/** The loader's placeholder and script: the frame is made lazily and fits its content. */
export function loaderSnippet(base: string, options: EmbedSnippetOptions): string {
  return placeholder(base, `${options.id}/${options.section}`, options, topicUrl(base, options))
}

/**
 * The loader's placeholder and script for a query embed (`data-kooste="query"`), from the embed's
 * address: its query, view and roles go into `data-kooste-query`.
 */
export function queryLoaderSnippet(
  base: string,
  src: string,
  options: { title: string; height: number },
): string {
  const params = new URL(src).searchParams
  const reserved = ['lang', 'uilang', 'theme'] as const
  const [lang, uilang, theme] = reserved.map((key) => params.get(key))
  const state = Object.fromEntries([...params].filter(([key]) => !reserved.includes(key as never)))
  return placeholder(base, 'query', { ...options, lang, uilang, theme, state }, src)
}

function placeholder(
  base: string,
  target: string,
  options: Omit<EmbedSnippetOptions, 'id' | 'section'>,
  fallback: string,
): string {
  const state = new URLSearchParams(options.state ?? {}).toString()
  const attributes: [string, string | null | undefined][] = [
    ['data-kooste', target],
    ['data-kooste-lang', options.lang],
    ['data-kooste-uilang', options.uilang],
    ['data-kooste-theme', options.theme],
    ['data-kooste-height', String(snippetHeight(options.height))],
    ['data-kooste-title', options.title],
    ['data-kooste-query', state],
  ]
  const written = attributes
    .filter((pair): pair is [string, string] => !!pair[1])
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ')
  return [
    `<div ${written}>`,
    `  <a href="${escapeHtml(fallback)}">${escapeHtml(options.title)}</a>`,
    `</div>`,
    `<script async src="${escapeHtml(new URL('embed.js', base).href)}"></script>`,
  ].join('\n')
}
