/**
 * Downloads of a chart: the SVG as a file that stands alone (every style the page gave it written
 * onto its elements, a background, the fonts named), a PNG drawn from that SVG on a canvas, and a
 * CSV. Browser-only code: it reads computed styles and uses canvas and object URLs.
 */

/** Presentation properties copied from the page's styles onto the exported elements. */
const STYLED = [
  'fill',
  'stroke',
  'stroke-width',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
] as const

/** The colour the chart is seen on: the first ancestor with a background that is not clear. */
function backgroundOf(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour
  }
  return '#ffffff'
}

/**
 * A standalone copy of a chart's SVG as text: the computed styles inlined, focus and hover left
 * out, and a background in the page's colour so that it reads in any viewer.
 */
export function serializeSvg(svg: SVGSVGElement, heading: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const source = [svg, ...svg.querySelectorAll<SVGElement>('*')]
  const target = [copy, ...copy.querySelectorAll<SVGElement>('*')]
  source.forEach((element, i) => {
    const out = target[i]
    if (!out) return
    if (element.classList.contains('kst-viz-chart__focus')) {
      out.setAttribute('data-drop', '')
      return
    }
    // Only what differs from what the element inherits anyway (opacity is not inherited: only
    // when it is not 1), so that the file stays small.
    const computed = getComputedStyle(element)
    const parent =
      element === svg || !element.parentElement ? null : getComputedStyle(element.parentElement)
    const style = STYLED.flatMap((name) => {
      const value = computed.getPropertyValue(name)
      if (!value) return []
      if (name === 'opacity' ? value === '1' : parent?.getPropertyValue(name) === value) return []
      return [`${name}:${value}`]
    }).join(';')
    if (style) out.setAttribute('style', style)
    else out.removeAttribute('style')
    out.removeAttribute('class')
    out.removeAttribute('tabindex')
    out.removeAttribute('data-index')
  })
  copy.querySelectorAll('[data-drop]').forEach((e) => e.remove())
  // The bars' links lead to Kooste from wherever the file is opened.
  copy.querySelectorAll('a[href]').forEach((link) => {
    link.setAttribute('href', new URL(link.getAttribute('href') ?? '', location.href).toString())
  })
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  const fill = backgroundOf(svg)
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  rect.setAttribute('width', '100%')
  rect.setAttribute('height', '100%')
  rect.setAttribute('fill', fill)
  // The page shows the title above the chart; the file carries it itself, above the drawing.
  const box = svg.viewBox.baseVal
  const shift = 28
  const body = document.createElementNS('http://www.w3.org/2000/svg', 'g')
  body.setAttribute('transform', `translate(0 ${shift})`)
  body.append(...[...copy.childNodes].filter((node) => !['title', 'desc'].includes(node.nodeName)))
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'text')
  title.setAttribute('x', '4')
  title.setAttribute('y', '18')
  const text = getComputedStyle(svg.querySelector('text') ?? svg)
  title.setAttribute(
    'style',
    `font-family:${text.getPropertyValue('font-family')};font-size:16px;font-weight:bold;fill:${getComputedStyle(svg).color || '#202122'}`,
  )
  title.textContent = heading
  copy.append(rect, title, body)
  copy.setAttribute('viewBox', `0 0 ${box.width} ${box.height + shift}`)
  copy.setAttribute('width', String(box.width))
  copy.setAttribute('height', String(box.height + shift))
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`
}

/** Draws SVG text on a canvas, `scale` times its size, and gives the PNG. */
export function svgToPng(text: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
    image.onload = () => {
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(width * scale)
      canvas.height = Math.round(height * scale)
      const context = canvas.getContext('2d')
      if (!context) {
        URL.revokeObjectURL(url)
        reject(new Error('no canvas'))
        return
      }
      context.scale(scale, scale)
      context.drawImage(image, 0, 0, width, height)
      URL.revokeObjectURL(url)
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')
    }
    image.onerror = () => {
      URL.revokeObjectURL(url)
      reject(new Error('the SVG did not load'))
    }
    image.src = url
  })
}

/** Saves a blob under a file name (a temporary link, clicked). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
