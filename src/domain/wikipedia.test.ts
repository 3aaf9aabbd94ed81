// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ShapeError } from './guards'
import { mapSummary } from './wikipedia'

describe('mapSummary', () => {
  it('maps a page summary', () => {
    const summary = mapSummary(
      {
        type: 'standard',
        title: 'Verla',
        extract: 'A mill.',
        extract_html: '<p>A mill.</p>',
        lang: 'fi',
        wikibase_item: 'Q217447',
      },
      'en',
    )
    expect(summary).toMatchObject({
      title: 'Verla',
      extract: 'A mill.',
      extractHtml: '<p>A mill.</p>',
      lang: 'fi',
      wikibaseItem: 'Q217447',
    })
  })
  it('accepts a summary whose extract is empty', () => {
    expect(
      mapSummary({ type: 'no-extract', title: 'Verla', extract: '', extract_html: '' }, 'fi')
        .extract,
    ).toBe('')
  })
  it('rejects bodies that have a title but no extract, such as a Special:EntityData entity', () => {
    expect(() =>
      mapSummary({ type: 'item', id: 'Q2112', title: 'Q2112', labels: {} }, 'en'),
    ).toThrow(ShapeError)
    expect(() => mapSummary({ title: 'Lexeme:L525', lemmas: {} }, 'en')).toThrow('no extract')
  })
})
