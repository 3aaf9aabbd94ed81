/**
 * An embed's theme. Dark is Codex's own dark mode: its design tokens redefined on :root, so every
 * Codex component and every token-based style of Kooste follows with the contrast Codex designed.
 */
import darkTokens from '@wikimedia/codex-design-tokens/theme-wikimedia-ui-mode-dark.css?inline'
import type { EmbedTheme } from './params'

const styleId = 'kst-embed-theme'

/** Applies a theme to the document (the frame is the whole document); light removes dark. */
export function applyEmbedTheme(theme: EmbedTheme, doc: Document = document): void {
  const root = doc.documentElement
  let style = doc.getElementById(styleId)
  root.dataset.theme = theme
  root.style.colorScheme = theme
  if (theme === 'light') {
    style?.remove()
    return
  }
  if (!style) {
    style = doc.createElement('style')
    style.id = styleId
    style.textContent = darkTokens
    doc.head.append(style)
  }
}
