/**
 * UI messages: translatewiki's banana JSON (`i18n/<code>.json`), rendered by banana-i18n, with
 * MediaWiki's fallbacks down to English. English is bundled, except the messages of feature
 * sections (src/messageGroups.ts), which come group by group with the code that uses them through
 * `loadFeatureMessages`; other languages load whole when chosen.
 * Codex components get their own strings through the `CdxI18nFunction` hook.
 */
import Banana from 'banana-i18n'
import { inject, ref, type App, type InjectionKey, type Ref } from 'vue'
import core from 'virtual:kooste-messages/en-core'
import { languageChain } from './domain/languages'
import { featureMessageLoaders } from './featureMessages'
import type { FeatureMessageGroup } from './messageGroups'

type Messages = Record<string, string>

// English as known so far, shared by every message layer; features add theirs when they load.
const english: Messages = { ...core }
const layers = new Set<WeakRef<Banana>>()

/** Adds English messages to every message layer, present and future. */
export function addEnglishMessages(messages: Messages): void {
  Object.assign(english, messages)
  for (const layer of layers) {
    const banana = layer.deref()
    if (banana) banana.load(messages, 'en')
    else layers.delete(layer)
  }
}

const featureLoads = new Map<FeatureMessageGroup, Promise<void>>()
/**
 * Loads the English messages of feature groups, each group its own small chunk: in parallel, each
 * at most once (a failed group is asked again next time). Lazy loaders await the groups their code
 * uses (`loadFeatureMessages(['timeline'])`) before rendering it.
 */
export function loadFeatureMessages(groups: readonly FeatureMessageGroup[]): Promise<void> {
  return Promise.all(
    groups.map((group) => {
      let load = featureLoads.get(group)
      if (!load) {
        load = featureMessageLoaders[group]().then((module) => addEnglishMessages(module.default))
        load.catch(() => featureLoads.get(group) === load && featureLoads.delete(group))
        featureLoads.set(group, load)
      }
      return load
    }),
  ).then(() => undefined)
}

const loaders = import.meta.glob<Messages>(
  ['../i18n/*.json', '!../i18n/en.json', '!../i18n/qqq.json'],
  {
    import: 'default',
  },
)

const codeOf = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1')

/** UI languages with translations, English first. */
export const uiLanguages: readonly string[] = ['en', ...Object.keys(loaders).map(codeOf).sort()]

export interface I18n {
  /** The UI language asked for (messages may fall back to another). */
  locale: Readonly<Ref<string>>
  /** A message with `$1`… parameters, `{{PLURAL}}` and friends; reactive to the locale. */
  msg: (key: string, ...params: (string | number)[]) => string
  /** True when the key has a message in the chain (for Codex's optional strings). */
  has: (key: string) => boolean
  setLocale: (code: string) => Promise<void>
}

export const i18nKey: InjectionKey<I18n> = Symbol('i18n')

/** Creates the message layer for a starting UI language. */
export function createI18n(initial: string): I18n {
  const banana = new Banana('en', { messages: english, finalFallback: 'en' })
  // A message that falls back to English is English text: its {{PLURAL}} and {{GRAMMAR}} follow
  // English rules, not those of the UI language (Arabic's would make "1 people").
  const englishOnly = new Banana('en', { messages: english, finalFallback: 'en' })
  layers.add(new WeakRef(banana))
  layers.add(new WeakRef(englishOnly))
  const locale = ref('en')
  const translations = new Map<string, Messages>()
  let chain = languageChain('en')

  async function load(code: string) {
    for (const lang of languageChain(code)) {
      const loader = loaders[`../i18n/${lang}.json`]
      if (!translations.has(lang) && loader) {
        const messages = await loader()
        banana.load(messages, lang)
        translations.set(lang, messages)
      }
    }
  }

  /** The layer whose language the message is written in. */
  function layerFor(key: string): Banana {
    void locale.value
    const translated = chain.some(
      (lang) => lang !== 'en' && typeof translations.get(lang)?.[key] === 'string',
    )
    return translated ? banana : englishOnly
  }

  const i18n: I18n = {
    locale,
    msg(key, ...params) {
      return layerFor(key).i18n(key, ...params.map(String))
    },
    has(key) {
      void locale.value
      return banana.getMessage(key) !== key
    },
    async setLocale(code) {
      await load(code).catch(() => undefined)
      banana.setLocale(code)
      chain = languageChain(code)
      locale.value = code
    },
  }
  void i18n.setLocale(initial)
  return i18n
}

/** Installs the messages on an app, for components and for Codex. */
export function installI18n(app: App, i18n: I18n): void {
  app.provide(i18nKey, i18n)
  app.provide('CdxI18nFunction', (key: string, ...params: unknown[]) =>
    i18n.has(key) ? i18n.msg(key, ...params.map(String)) : null,
  )
}

/** The message layer; throws when the app did not install one. */
export function useI18n(): I18n {
  const i18n = inject(i18nKey)
  if (!i18n) throw new Error('Kooste i18n was not provided')
  return i18n
}
