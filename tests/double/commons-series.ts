import { isObject, mapStrings, type Json, type JsonObject } from './json.ts'

/**
 * A series of Commons file records written compactly (`commons/series/*.json`), for datasets that
 * need many similar files (a category of 2,000 photographs) without 2,000 files on disk:
 *
 * ```json
 * { "count": 2000, "title": "File:Mill photograph {n}.jpg",
 *   "record": { ...a file record without its title; "{n}" in any string is the number... },
 *   "cycle": { "extmetadata.DateTimeOriginal": ["1893", "1901"], "statements.P180": [["Q1"], []] } }
 * ```
 *
 * File `n` (1-based, zero-padded to the width of `count`) takes, for each `cycle` path, the value
 * at `(n - 1) % length`: set at that dotted path, or merged into it when both are objects.
 * Expansion is deterministic: the same series always gives the same records.
 */
export function expandSeries(series: Json | undefined): JsonObject[] {
  if (!isObject(series)) return []
  const count = typeof series.count === 'number' ? Math.max(0, Math.floor(series.count)) : 0
  const title = typeof series.title === 'string' ? series.title : undefined
  const record = isObject(series.record) ? series.record : {}
  const cycle = isObject(series.cycle) ? series.cycle : {}
  if (title === undefined || count === 0) return []
  const width = String(count).length
  const out: JsonObject[] = []
  for (let n = 1; n <= count; n++) {
    const number = String(n).padStart(width, '0')
    const fill = (text: string) => text.replaceAll('{n}', number)
    const file = mapStrings(record, fill) as JsonObject
    for (const [path, values] of Object.entries(cycle)) {
      if (!Array.isArray(values) || values.length === 0) continue
      const value = values[(n - 1) % values.length]
      if (value !== undefined) setPath(file, path.split('.'), mapStrings(value, fill))
    }
    file.title = fill(title)
    out.push(file)
  }
  return out
}

function setPath(target: JsonObject, path: string[], value: Json): void {
  const [key, ...rest] = path
  if (key === undefined) return
  if (rest.length > 0) {
    const next = target[key]
    const child: JsonObject = isObject(next) ? next : {}
    target[key] = child
    setPath(child, rest, value)
    return
  }
  const current = target[key]
  target[key] = isObject(current) && isObject(value) ? { ...current, ...value } : value
}
