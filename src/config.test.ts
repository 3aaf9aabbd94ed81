// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { defaultConfig, fillTemplate, mergeConfig } from './config'

describe('mergeConfig', () => {
  it('takes known keys of the right type and ignores the rest', () => {
    const merged = mergeConfig(defaultConfig, {
      queryService: 'https://qlever.example/api/wikidata',
      wikidataApi: 42,
      unknown: 'x',
      limits: { queryConcurrency: 1, retries: 'many' },
      tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png' },
    })
    expect(merged.queryService).toBe('https://qlever.example/api/wikidata')
    expect(merged.wikidataApi).toBe(defaultConfig.wikidataApi)
    expect(merged.limits).toEqual({ ...defaultConfig.limits, queryConcurrency: 1 })
    expect(merged.tiles).toEqual({
      ...defaultConfig.tiles,
      url: 'https://tiles.example/{z}/{x}/{y}.png',
    })
    expect('unknown' in merged).toBe(false)
  })
  it('keeps only item and property ids as examples, and string section ids', () => {
    const merged = mergeConfig(defaultConfig, {
      examples: ['Q1', 'x', 3, 'P31'],
      sections: ['map', 7],
    })
    expect(merged.examples).toEqual(['Q1', 'P31'])
    expect(merged.sections).toEqual(['map'])
  })
  it('keeps the defaults for a file that is not an object', () => {
    expect(mergeConfig(defaultConfig, ['x'])).toBe(defaultConfig)
    expect(mergeConfig(defaultConfig, null)).toBe(defaultConfig)
  })
})

describe('fillTemplate', () => {
  it('encodes values unless they are raw', () => {
    expect(
      fillTemplate('https://{lang}.wikipedia.org/wiki/{title}', { lang: 'fi', title: 'A/B C' }, [
        'lang',
      ]),
    ).toBe('https://fi.wikipedia.org/wiki/A%2FB%20C')
  })
  it('leaves unknown placeholders in place', () => {
    expect(fillTemplate('{a}/{b}', { a: 1 })).toBe('1/{b}')
  })
})
