/** What MediaWiki knows about a language (a small subset of its language tables). */
export interface LanguageInfo {
  code: string
  autonym: string
  /** The name in English (MediaWiki gives it in `uselang`; the double knows English only). */
  name: string
  dir: 'ltr' | 'rtl'
  /** `$fallback` of MessagesXx.php; the implicit final `en` is not listed, as in the API. */
  fallbacks: string[]
}

type Row = [code: string, autonym: string, name: string, fallbacks?: string[]]

const RTL = new Set(['ar', 'arz', 'ckb', 'fa', 'he', 'ps', 'ur', 'yi'])

const ROWS: Row[] = [
  ['ar', 'العربية', 'Arabic'],
  ['arz', 'مصرى', 'Egyptian Arabic', ['ar']],
  ['ckb', 'کوردی', 'Central Kurdish'],
  ['cs', 'čeština', 'Czech'],
  ['cy', 'Cymraeg', 'Welsh'],
  ['da', 'dansk', 'Danish'],
  ['dag', 'dagbanli', 'Dagbani'],
  ['de', 'Deutsch', 'German'],
  ['el', 'Ελληνικά', 'Greek'],
  ['en', 'English', 'English'],
  ['eo', 'Esperanto', 'Esperanto'],
  ['es', 'español', 'Spanish'],
  ['et', 'eesti', 'Estonian'],
  ['fa', 'فارسی', 'Persian'],
  ['fi', 'suomi', 'Finnish'],
  ['fit', 'meänkieli', 'Tornedalen Finnish', ['fi']],
  ['fr', 'français', 'French'],
  ['ga', 'Gaeilge', 'Irish'],
  ['he', 'עברית', 'Hebrew'],
  ['hi', 'हिन्दी', 'Hindi'],
  ['hu', 'magyar', 'Hungarian'],
  ['is', 'íslenska', 'Icelandic'],
  ['it', 'italiano', 'Italian'],
  ['ja', '日本語', 'Japanese'],
  ['ko', '한국어', 'Korean'],
  ['krl', 'karjal', 'Karelian', ['fi']],
  ['la', 'Latina', 'Latin'],
  ['lt', 'lietuvių', 'Lithuanian'],
  ['lv', 'latviešu', 'Latvian'],
  ['mul', 'multiple languages', 'multiple languages'],
  ['nb', 'norsk bokmål', 'Norwegian Bokmål', ['nn']],
  ['nl', 'Nederlands', 'Dutch'],
  ['nn', 'norsk nynorsk', 'Norwegian Nynorsk', ['nb']],
  ['olo', 'livvinkarjala', 'Livvi-Karelian', ['fi']],
  ['pl', 'polski', 'Polish'],
  ['ps', 'پښتو', 'Pashto'],
  ['pt', 'português', 'Portuguese', ['pt-br']],
  ['pt-br', 'português do Brasil', 'Brazilian Portuguese', ['pt']],
  ['ru', 'русский', 'Russian'],
  ['se', 'davvisámegiella', 'Northern Sami', ['nb', 'fi']],
  ['sma', 'åarjelsaemien', 'Southern Sami', ['nb']],
  ['smn', 'anarâškielâ', 'Inari Sami', ['fi']],
  ['sms', 'nuõrttsääʹmǩiõll', 'Skolt Sami', ['fi']],
  ['sv', 'svenska', 'Swedish'],
  ['tr', 'Türkçe', 'Turkish'],
  ['uk', 'українська', 'Ukrainian', ['ru']],
  ['ur', 'اردو', 'Urdu'],
  ['vro', 'võro', 'Võro', ['et']],
  ['yi', 'ייִדיש', 'Yiddish', ['he']],
  ['zh', '中文', 'Chinese', ['zh-hans']],
  ['zh-hans', '中文（简体）', 'Simplified Chinese'],
  ['zh-hant', '中文（繁體）', 'Traditional Chinese', ['zh-hans']],
]

/** The languages the double knows, by code. */
export const LANGUAGES: ReadonlyMap<string, LanguageInfo> = new Map(
  ROWS.map(([code, autonym, name, fallbacks = []]) => [
    code,
    { code, autonym, name, dir: RTL.has(code) ? 'rtl' : 'ltr', fallbacks },
  ]),
)

/**
 * The language chain for term fallback, as Wikibase builds it: the language, its MediaWiki
 * fallbacks, then `mul` and `en` (duplicates removed).
 */
export function fallbackChain(language: string): string[] {
  const chain = [language, ...(LANGUAGES.get(language)?.fallbacks ?? []), 'mul', 'en']
  return [...new Set(chain)]
}
