// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mapParsedPage } from '../../src/api/wikisource'
import { ShapeError } from '../../src/domain/guards'

describe('mapParsedPage', () => {
  it.each([
    ['formatversion 2', { parse: { title: 'A', text: '<p>x</p>', properties: {} } }, false],
    [
      'formatversion 2, a disambiguation page',
      { parse: { title: 'A', text: '<p>x</p>', properties: { disambiguation: '' } } },
      true,
    ],
    [
      'formatversion 1',
      { parse: { title: 'A', text: { '*': '<p>x</p>' }, properties: [] } },
      false,
    ],
    [
      'formatversion 1, a disambiguation page',
      {
        parse: {
          title: 'A',
          text: { '*': '<p>x</p>' },
          properties: [{ name: 'disambiguation', '*': '' }],
        },
      },
      true,
    ],
    ['no properties asked for', { parse: { title: 'A', text: '<p>x</p>' } }, false],
  ])('reads %s', (_, body, disambiguation) => {
    expect(mapParsedPage(body)).toEqual({ title: 'A', html: '<p>x</p>', disambiguation })
  })

  it.each([
    ['an error object', { error: { code: 'missingtitle', info: 'no such page' } }],
    ['no text', { parse: { title: 'A' } }],
    ['no title', { parse: { text: '<p>x</p>' } }],
    ['a page view', '<html><body>x</body></html>'],
    ['nothing', null],
  ])('rejects %s with a ShapeError', (_, body) => {
    expect(() => mapParsedPage(body)).toThrow(ShapeError)
  })
})
