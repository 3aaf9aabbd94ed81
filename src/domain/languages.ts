/**
 * Languages: the fallback chain for content, writing direction, and language-code checks.
 * Fallbacks are MediaWiki's ($fallback in languages/messages/Messages*.php) as banana-i18n ships
 * them, plus the Sámi chains that its copy lacks; every chain ends in `mul` (Wikidata's label for
 * all languages) and `en`.
 */
import bananaFallbacks from 'banana-i18n/src/languages/fallbacks.json'

const fallbacks: Readonly<Record<string, readonly string[]>> = {
  ...(bananaFallbacks as Record<string, string[]>),
  se: ['nb', 'fi'],
  sms: ['fi'],
}

const rtl = new Set([
  'ar',
  'arc',
  'ary',
  'arz',
  'azb',
  'bcc',
  'bqi',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'khw',
  'ks',
  'ku-arab',
  'lki',
  'lrc',
  'luz',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'sdh',
  'skr',
  'ug',
  'ur',
  'ydd',
  'yi',
])

const codePattern = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/

/** True for something shaped like a MediaWiki language code (`fi`, `se`, `zh-hant`, `be-tarask`). */
export function isLanguageCode(code: string): boolean {
  return code.length <= 20 && codePattern.test(code)
}

/** Normalises a user-given code (`FI`, `pt_BR`) or returns null when it cannot be one. */
export function normaliseLanguageCode(code: unknown): string | null {
  if (typeof code !== 'string') return null
  const lowered = code.trim().toLowerCase().replace(/_/g, '-')
  return isLanguageCode(lowered) ? lowered : null
}

/** The content fallback chain: the language, its MediaWiki fallbacks, then `mul` and `en`. */
export function languageChain(lang: string): string[] {
  const chain: string[] = []
  const visit = (code: string) => {
    if (chain.includes(code)) return
    chain.push(code)
    for (const next of fallbacks[code] ?? []) visit(next)
  }
  visit(lang)
  for (const last of ['mul', 'en']) if (!chain.includes(last)) chain.push(last)
  return chain
}

/** `rtl` for right-to-left scripts, else `ltr`. */
export function direction(lang: string): 'ltr' | 'rtl' {
  if (rtl.has(lang) || rtl.has(lang.split('-')[0] ?? '')) return 'rtl'
  return 'ltr'
}

/** A text in a known language: what was shown and in which language it actually is. */
export interface LangText {
  value: string
  lang: string
}

/**
 * Picks the best text for a language chain from a `{lang: text}` map. With `any`, a text in some
 * other language is better than nothing (the order of the map decides which).
 */
export function pickText(
  texts: Readonly<Record<string, string>>,
  chain: readonly string[],
  any = false,
): LangText | null {
  for (const lang of chain) {
    const value = texts[lang]
    if (value) return { value, lang }
  }
  if (!any) return null
  for (const [lang, value] of Object.entries(texts)) if (value) return { value, lang }
  return null
}

// Browsers' language data often lacks the smaller languages Kooste is made for; these names are
// MediaWiki's own (languages/data/Names.php).
const knownAutonyms: Readonly<Record<string, string>> = {
  se: 'davvisámegiella',
  smn: 'anarâškielâ',
  sms: 'nuõrttsääʹmǩiõll',
  sma: 'åarjelsaemien',
  smj: 'julevsámegiella',
  fit: 'meänkieli',
  dag: 'dagbanli',
}

/** The language's own name (`suomi`, `davvisámegiella`) where it is known. */
export function autonym(code: string): string | null {
  const known = knownAutonyms[code]
  if (known) return known
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code)
    return name && name.toLowerCase() !== code ? name : null
  } catch {
    return null
  }
}
