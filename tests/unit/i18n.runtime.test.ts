// @vitest-environment node
// The message layer at run time: languages load on demand and fall back to English, a message
// that falls back is rendered by English rules, and the English messages of features come group by
// group when code asks for them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import en from '../../i18n/en.json'
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

describe('feature messages at run time', () => {
  afterEach(() => {
    vi.doUnmock('../../src/featureMessages')
    vi.resetModules()
  })

  it("bring a group's English messages to every layer, and no other group's", async () => {
    // A fresh module: the test setup has loaded every group into the shared one.
    vi.resetModules()
    const { createI18n, loadFeatureMessages } = await import('../../src/i18n')
    const i18n = createI18n('en')
    expect(i18n.has('kooste-timeline-view-chart')).toBe(false)
    await loadFeatureMessages(['timeline'])
    expect(i18n.msg('kooste-timeline-view-chart')).toBe(en['kooste-timeline-view-chart'])
    expect(createI18n('en').has('kooste-timeline-view-chart')).toBe(true)
    expect(i18n.has('kooste-embed-copy')).toBe(false)
    expect(i18n.has('kooste-map-label')).toBe(false)
    // Core messages were there all along.
    expect(i18n.msg('kooste-retry')).toBe('Try again')
  })

  it('load groups in parallel, each once, and ask again for a group that failed', async () => {
    vi.resetModules()
    const started: string[] = []
    type Module = { default: Record<string, string> }
    const pending = new Map<string, { resolve: (m: Module) => void; reject: (e: Error) => void }>()
    const loader = (group: string) => () => {
      started.push(group)
      return new Promise<Module>((resolve, reject) => pending.set(group, { resolve, reject }))
    }
    vi.doMock('../../src/featureMessages', () => ({
      featureMessageLoaders: {
        timeline: loader('timeline'),
        embed: loader('embed'),
        map: loader('map'),
      },
    }))
    const { createI18n, loadFeatureMessages } = await import('../../src/i18n')
    const i18n = createI18n('en')

    const both = loadFeatureMessages(['timeline', 'embed'])
    const embed = loadFeatureMessages(['embed'])
    expect(started).toEqual(['timeline', 'embed'])
    let bothDone = false
    void both.then(() => (bothDone = true))
    pending.get('embed')!.resolve({ default: { 'kooste-embed-x': 'Embed' } })
    await embed
    expect(i18n.msg('kooste-embed-x')).toBe('Embed')
    expect(bothDone).toBe(false)
    pending.get('timeline')!.resolve({ default: { 'kooste-timeline-x': 'Timeline' } })
    await both
    expect(i18n.msg('kooste-timeline-x')).toBe('Timeline')

    const failing = loadFeatureMessages(['map'])
    pending.get('map')!.reject(new Error('offline'))
    await expect(failing).rejects.toThrow('offline')
    const retried = loadFeatureMessages(['map', 'embed'])
    pending.get('map')!.resolve({ default: { 'kooste-map-x': 'Map' } })
    await retried
    expect(i18n.msg('kooste-map-x')).toBe('Map')
    await loadFeatureMessages(['timeline', 'embed', 'map'])
    expect(started).toEqual(['timeline', 'embed', 'map', 'map'])
  })
})
