/** What the facts components need to show values: labels, links, files, languages. */
import type { MediaFile } from '../../domain/commons'

export interface FactsContext {
  /** Content-language chain for labels. */
  chain: string[]
  /** UI language, for numbers and dates. */
  uilang: string
  /** Entity id → labels by language (only the chain's languages). */
  labels: Record<string, Record<string, string>>
  /** Property id → formatter URL with `$1`. */
  formatters: Record<string, string>
  /** File title → Commons file. */
  media: Record<string, MediaFile>
  /** Language query carried over on topic links. */
  query: Record<string, string>
  commonsPage: (title: string) => string
}
