/** What every view of the query embed receives (QueryEmbed.vue passes it). */
import type { LangText } from '../../../domain/languages'
import type { QueryTable } from '../../../domain/queryEmbed'
import type { RoleMap } from '../../../domain/queryEmbedData'
import { siteBase } from '../../../embed/frame'
import { topicUrl } from '../../../embed/url'

export interface QueryViewProps {
  table: QueryTable
  roles: RoleMap
  columns: string[]
  labels: Record<string, LangText>
  title: string
  lang: string
  uilang: string
  chain: string[]
  languageQuery: Record<string, string>
  rtl: boolean
}

/** The Kooste topic page of an item, with the embed's languages: the only place an item links to. */
export function topicHref(id: string, languageQuery: Record<string, string>): string {
  return topicUrl(siteBase(), { id, ...languageQuery })
}
