import { describe, expect, it } from 'vitest'
import { htmlToText } from './htmlText'

describe('htmlToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(htmlToText('<a href="//x">Example</a> &amp; <b>friend</b>\n<script>x()</script>')).toBe(
      'Example & friend',
    )
  })
})

describe('htmlToText in an inert document', () => {
  it('runs nothing and loads nothing while reading', () => {
    const w = window as unknown as { koosteRan?: boolean }
    expect(htmlToText('<img src="x" onerror="window.koosteRan = true">A<style>b{}</style>')).toBe(
      'A',
    )
    expect(w.koosteRan).toBeUndefined()
  })
})
