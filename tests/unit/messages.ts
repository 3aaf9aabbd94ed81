/** English UI messages with `$n` filled in: enough for tests of code that formats with messages. */
import type { Messages } from '../../src/domain/wikiTime'
import en from '../../i18n/en.json'

const messages: Record<string, unknown> = en

/** Looks up an English message and fills its `$1`, `$2`… parameters. */
export const englishMessages: Messages = (key, ...params) => {
  const text = messages[key]
  if (typeof text !== 'string') return key
  return text.replace(/\$(\d)/g, (_, n: string) => String(params[Number(n) - 1]))
}
