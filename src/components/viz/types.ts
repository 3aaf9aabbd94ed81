/** What the chart, the table and the tooltip show of one bar, in words ready for people. */
export interface ChartItem {
  key: string
  label: string
  /** Language of a Wikidata label; null for years and UI words. */
  lang: string | null
  count: number
  /** The count in words (`7 works`). */
  countText: string
  /** Examples, joined for people (`Boy with a Crow, Old Woman with a Cat`); '' when none. */
  examples: string
  /** The whole bar in one sentence, for screen readers. */
  text: string
  /** Where a click goes, or null. */
  href: string | null
}
