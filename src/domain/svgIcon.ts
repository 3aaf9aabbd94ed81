/**
 * Codex icons as shapes Vue can draw with its own elements. The icons are SVG strings
 * (`<path d="…"/>`); Codex's own CdxIcon writes them with `innerHTML`, which under Trusted Types
 * needs the HTML sanitizer. The few CSS-only components Kooste draws itself (components/common)
 * read the string instead, so a view without upstream HTML carries no sanitizer.
 */

export interface IconShape {
  tag: 'path' | 'circle'
  attrs: Record<string, string>
}

const SHAPE = /<(path|circle)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/>/y
const ATTRIBUTE = /([a-z-]+)="([^"<>]*)"/g
const ALLOWED: Record<IconShape['tag'], ReadonlySet<string>> = {
  path: new Set(['d', 'transform']),
  circle: new Set(['cx', 'cy', 'r', 'transform']),
}

/**
 * The shapes of an icon's SVG string, or null when it holds anything but paths and circles with
 * their geometry (groups, `<use>`, event handlers…): such an icon is not drawn.
 */
export function iconShapes(svg: string): IconShape[] | null {
  const shapes: IconShape[] = []
  SHAPE.lastIndex = 0
  while (SHAPE.lastIndex < svg.length) {
    const at = SHAPE.lastIndex
    const match = SHAPE.exec(svg)
    if (!match || match.index !== at) return null
    const tag = match[1] as IconShape['tag']
    const attrs: Record<string, string> = {}
    for (const [, name, value] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      if (!name || value === undefined || !ALLOWED[tag].has(name)) return null
      attrs[name] = value
    }
    shapes.push({ tag, attrs })
  }
  return shapes.length ? shapes : null
}
