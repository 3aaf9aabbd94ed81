// @vitest-environment node
import { describe, expect, it } from 'vitest'
import * as icons from '@wikimedia/codex-icons'
import { iconShapes } from './svgIcon'

describe('iconShapes', () => {
  it.each([
    ['<path d="M1 1h2z"/>', [{ tag: 'path', attrs: { d: 'M1 1h2z' } }]],
    [
      '<circle cx="5" cy="6" r="2"/><path d="M0 0"/>',
      [
        { tag: 'circle', attrs: { cx: '5', cy: '6', r: '2' } },
        { tag: 'path', attrs: { d: 'M0 0' } },
      ],
    ],
    [
      '<path transform="rotate(90 10 10)" d="M0 0"/>',
      [{ tag: 'path', attrs: { transform: 'rotate(90 10 10)', d: 'M0 0' } }],
    ],
  ])('reads %s', (svg, shapes) => {
    expect(iconShapes(svg)).toEqual(shapes)
  })

  it.each([
    ['an empty string', ''],
    ['a group', '<g transform="x"><path d="M0 0"/></g>'],
    ['a use element', '<use xlink:href="#a"/>'],
    ['an event handler', '<path d="M0 0" onload="alert(1)"/>'],
    ['a style', '<path d="M0 0" style="fill:red"/>'],
    ['text around the shapes', 'x<path d="M0 0"/>'],
    ['a script', '<script>alert(1)</script>'],
    ['an unclosed tag', '<path d="M0 0">'],
    ['a quote inside a value', '<path d="M0 0"" />'],
  ])('refuses %s', (_name, svg) => {
    expect(iconShapes(svg)).toBeNull()
  })

  it('draws every Codex icon made of paths and circles', () => {
    const strings = Object.values(icons as Record<string, unknown>).flatMap(function svgs(
      value: unknown,
    ): string[] {
      if (typeof value === 'string') return [value]
      if (value && typeof value === 'object') return Object.values(value).flatMap(svgs)
      return []
    })
    const simple = strings.filter((s) => !/<(g|use)\b/.test(s) && s.startsWith('<'))
    expect(simple.length).toBeGreaterThan(250)
    expect(simple.filter((s) => iconShapes(s) === null)).toEqual([])
  })
})
