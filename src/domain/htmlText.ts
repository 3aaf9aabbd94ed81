/** The text of upstream HTML, for places that show it as text (a file's description as `alt`). */
import { parseInert } from '../security/inertHtml'

/**
 * The text of an HTML string (tags, scripts and styles dropped, entities decoded), whitespace
 * collapsed.
 */
export function htmlToText(html: string): string {
  let text: string
  if (typeof DOMParser === 'undefined') {
    text = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ')
  } else {
    const body = parseInert(html).body
    body.querySelectorAll('script, style, template, noscript').forEach((node) => node.remove())
    text = body.textContent ?? ''
  }
  return text.replace(/\s+/g, ' ').trim()
}
