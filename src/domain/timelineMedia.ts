/**
 * The timeline's media lane: the dates of a topic's Commons files (`DateTimeOriginal`, as the
 * gallery reads it), each at the precision its text gives (`1896` is a year, `2019-07-14 12:31`
 * a day), and files of the same date grouped into one mark, as a photo session would crowd a day.
 */
import { buildEvent, sortEvents, type TimelineEvent } from './timeline'
import type { WikiTime } from './wikiTime'

/** What the lane needs of a gallery file. */
export interface MediaFileDate {
  /** `File:Name.jpg`. */
  title: string
  /** The name shown for it (ObjectName, else the title without `File:` and extension). */
  name: string
  dateText: string | null
}

/** A file's date read from its text: a value with its precision, or bounds, and circa. */
export interface FileDate {
  at: WikiTime | null
  earliest: WikiTime | null
  latest: WikiTime | null
  circa: boolean
}

/** How many files the lane takes: the first page of each of the gallery's sources. */
export const MEDIA_LIMIT = 150

const time = (year: number, month = 0, day = 0, precision = 9): WikiTime => ({
  year,
  month,
  day,
  precision,
  calendar: 'gregorian',
})

const CIRCA_WORDS = /(^|[\s(])(circa|ca?\.|approx\.?|about|around|noin|n\.|omkring|um)(?=[\s\d])/i
const YEAR_LIMITS = { min: 1000, max: 2100 }
const validYear = (y: number) => y >= YEAR_LIMITS.min && y <= YEAR_LIMITS.max
const validDay = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/**
 * A file's date from the text of its `DateTimeOriginal`: ISO dates at their precision (day,
 * month, year), decades (`1890s`), `circa` words, and two years (`1939–1940`, `between 1900 and
 * 1910`) as a range; null when the text has no year Kooste can trust.
 */
export function fileDate(text: string | null): FileDate | null {
  const value = text?.trim()
  if (!value) return null
  const circa = CIRCA_WORDS.test(value)
  const base = { earliest: null, latest: null, circa }
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[ T]\d{2}:\d{2}(?::\d{2})?.*)?$/.exec(value)
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2] ?? 0), Number(iso[3] ?? 0)]
    if (!validYear(y)) return null
    if (d && validDay(y, m, d)) return { ...base, at: time(y, m, d, 11) }
    if (m >= 1 && m <= 12) return { ...base, at: time(y, m, 0, 10) }
    return { ...base, at: time(y) }
  }
  const decade = /(?<!\d)(\d{3})0s(?!\w)/.exec(value)
  if (decade) {
    const y = Number(decade[1]) * 10
    return validYear(y) ? { ...base, at: time(y, 0, 0, 8) } : null
  }
  const years = [...value.matchAll(/(?<!\d)(\d{4})(?!\d)/g)]
    .map((m) => Number(m[1]))
    .filter(validYear)
  const distinct = [...new Set(years)].sort((a, b) => a - b)
  if (distinct.length === 1) return { ...base, at: time(distinct[0]!) }
  if (distinct.length === 2)
    return { at: null, earliest: time(distinct[0]!), latest: time(distinct[1]!), circa }
  return null
}

const dateKey = (d: FileDate) =>
  [d.at, d.earliest, d.latest]
    .map((t) => (t ? `${t.year}-${t.month}-${t.day}/${t.precision}` : '-'))
    .join(' ') + (d.circa ? ' c' : '')

/**
 * The media lane's events: one per date, a file alone or the files that share the date (at most
 * `limit` files are read). Each opens its first file.
 */
export function mediaEvents(files: readonly MediaFileDate[], limit = MEDIA_LIMIT): TimelineEvent[] {
  const groups = new Map<string, { date: FileDate; files: MediaFileDate[] }>()
  const seen = new Set<string>()
  for (const file of files.slice(0, limit)) {
    if (seen.has(file.title)) continue
    seen.add(file.title)
    const date = fileDate(file.dateText)
    if (!date) continue
    const key = dateKey(date)
    const group = groups.get(key)
    if (group) group.files.push(file)
    else groups.set(key, { date, files: [file] })
  }
  const events = [...groups.values()].map(({ date, files: list }) =>
    buildEvent({
      key: `media-${list[0]!.title}`,
      lane: 'media',
      source: 'media',
      property: '',
      dateProperties: [],
      value: null,
      target: list[0]!.title,
      relation: null,
      media: list.map((f) => ({ title: f.title, name: f.name })),
      start: { ...date },
      end: null,
    }),
  )
  return sortEvents(events)
}

/** Whether a timeline target is a Commons file (`File:…`) rather than an item. */
export const isFileTarget = (target: string) => target.startsWith('File:')
