// The message layer at run time: languages load on demand and fall back to English, and a message
// that falls back is rendered by English rules.
import { describe, expect, it, vi } from 'vitest'
import { createI18n } from '../../src/i18n'

describe('the message layer', () => {
  it('renders a translated message by the rules of its language', async () => {
    const i18n = createI18n('fi')
    await vi.waitFor(() => expect(i18n.locale.value).toBe('fi'))
    expect(i18n.msg('kooste-relations-count', 1)).toBe('1 aihe')
    expect(i18n.msg('kooste-relations-count', 5)).toBe('5 aihetta')
  })

  it('renders an English fallback by English plural rules, not those of the UI language', async () => {
    const i18n = createI18n('ar')
    await vi.waitFor(() => expect(i18n.locale.value).toBe('ar'))
    // Arabic has six plural forms; English text given Arabic's rules would say "1 topics".
    expect(i18n.msg('kooste-relations-count', 1)).toBe('1 topic')
    expect(i18n.msg('kooste-relations-count', 0)).toBe('0 topics')
    expect(i18n.msg('kooste-relations-count', 3)).toBe('3 topics')
    expect(i18n.msg('kooste-relations-count', 11)).toBe('11 topics')
  })

  it('switches language and back', async () => {
    const i18n = createI18n('en')
    await i18n.setLocale('sv')
    expect(i18n.msg('kooste-retry')).not.toBe(createI18n('en').msg('kooste-retry'))
    await i18n.setLocale('en')
    expect(i18n.msg('kooste-retry')).toBe('Try again')
  })
})
