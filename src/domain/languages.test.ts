// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  autonym,
  direction,
  isLanguageCode,
  languageChain,
  normaliseLanguageCode,
  pickText,
} from './languages'

describe('languageChain', () => {
  it('follows MediaWiki fallbacks, then mul and English', () => {
    expect(languageChain('se')).toEqual(['se', 'nb', 'nn', 'fi', 'mul', 'en'])
    expect(languageChain('fi')).toEqual(['fi', 'mul', 'en'])
    expect(languageChain('de-at')).toEqual(['de-at', 'de', 'mul', 'en'])
  })
  it('does not loop on mutual fallbacks', () => {
    expect(languageChain('pt')).toEqual(['pt', 'pt-br', 'mul', 'en'])
  })
  it('keeps English once', () => {
    expect(languageChain('en')).toEqual(['en', 'mul'])
  })
})

describe('pickText', () => {
  const texts = { en: 'Finland', fi: 'Suomi', se: 'Suopma' }
  it('takes the first language of the chain that has a text', () => {
    expect(pickText(texts, ['se', 'nb', 'fi'])).toEqual({ value: 'Suopma', lang: 'se' })
    expect(pickText(texts, ['sv', 'fi'])).toEqual({ value: 'Suomi', lang: 'fi' })
  })
  it('gives any text only when asked to', () => {
    expect(pickText({ ja: 'フィンランド' }, ['fi', 'en'])).toBeNull()
    expect(pickText({ ja: 'フィンランド' }, ['fi', 'en'], true)).toEqual({
      value: 'フィンランド',
      lang: 'ja',
    })
  })
  it('skips empty texts', () => {
    expect(pickText({ fi: '', en: 'Finland' }, ['fi', 'en'])).toEqual({
      value: 'Finland',
      lang: 'en',
    })
  })
})

describe('language codes', () => {
  it.each(['fi', 'se', 'zh-hant', 'be-tarask', 'dag'])('accepts %s', (code) => {
    expect(isLanguageCode(code)).toBe(true)
  })
  it.each(['', 'x', 'fi;', '<script>', 'en us', 'f1'])('rejects %j', (code) => {
    expect(isLanguageCode(code)).toBe(false)
  })
  it('normalises case and underscores', () => {
    expect(normaliseLanguageCode('PT_BR')).toBe('pt-br')
    expect(normaliseLanguageCode(42)).toBeNull()
  })
  it('knows right-to-left scripts', () => {
    expect(direction('ar')).toBe('rtl')
    expect(direction('he')).toBe('rtl')
    expect(direction('fi')).toBe('ltr')
  })
})

describe('autonym', () => {
  it('names languages in themselves, the small ones included', () => {
    expect(autonym('fi')).toBe('suomi')
    expect(autonym('se')).toBe('davvisámegiella')
    expect(autonym('dag')).toBe('dagbanli')
  })
  it('gives nothing for a code it cannot name', () => {
    expect(autonym('qqx')).toBeNull()
  })
})
