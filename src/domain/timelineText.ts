/**
 * The words of the timeline: each event's title (a label in the content language), what kind of
 * date it is, and when it was, as the list, the tooltips and the notices show them.
 */
import { pickText, type LangText } from './languages'
import type { DateInfo, TimelineEvent, UnknownDate } from './timeline'
import { effectivePrecision } from './timelineTime'
import type { WikiValue } from './values'
import { formatWikiTime, type Messages, type WikiTime } from './wikiTime'

export interface TextContext {
  /** Entity id → language → label. */
  labels: Readonly<Record<string, Readonly<Record<string, string>>>>
  chain: readonly string[]
  uilang: string
  msg: Messages
  /** The topic's own name, for the periods of its own dates (its life, its existence). */
  topic?: LangText | null
}

export interface TimelineEntry {
  event: TimelineEvent
  /** The event's name; `fallback` when no label is known. */
  readonly title: LangText | null
  readonly fallback: string
  /** What kind of date or relation it is: `significant event`, `publication date · author`. */
  readonly detail: string
  /** When, at the precision known: `1872 – 18 July 1964`, `c. 1510`, `between 1874 and 1876`. */
  readonly when: string
  /** Said about the dates: `end before start`. */
  problems: string[]
}

/** A label for an id in the content-language chain, or null. */
export function labelOf(id: string, ctx: TextContext): LangText | null {
  const texts = ctx.labels[id]
  return texts ? pickText(texts, ctx.chain, true) : null
}

const labelText = (id: string, ctx: TextContext) => labelOf(id, ctx)?.value ?? id

/** A time as the timeline writes it: with a Julian mark already for a year, as it is placed so. */
export function formatTime(time: WikiTime, ctx: TextContext): string {
  const text = formatWikiTime(time, ctx.uilang, ctx.msg)
  return time.calendar === 'julian' && effectivePrecision(time) === 9
    ? ctx.msg('kooste-time-julian', text)
    : text
}

function dateText(date: DateInfo, ctx: TextContext): string {
  if (date.at) {
    const text = formatTime(date.at, ctx)
    return date.circa ? ctx.msg('kooste-timeline-circa', text) : text
  }
  if (date.earliest && date.latest)
    return ctx.msg(
      'kooste-timeline-between',
      formatTime(date.earliest, ctx),
      formatTime(date.latest, ctx),
    )
  if (date.earliest) return ctx.msg('kooste-timeline-not-before', formatTime(date.earliest, ctx))
  if (date.latest) return ctx.msg('kooste-timeline-not-after', formatTime(date.latest, ctx))
  return ctx.msg('kooste-timeline-unknown')
}

/** When an event was, in words. */
export function eventWhen(event: TimelineEvent, ctx: TextContext): string {
  if (event.start && event.end)
    return ctx.msg('kooste-timeline-period', dateText(event.start, ctx), dateText(event.end, ctx))
  if (event.open === 'end' && event.start)
    return ctx.msg('kooste-timeline-from', dateText(event.start, ctx))
  if (event.open === 'start' && event.end)
    return ctx.msg('kooste-timeline-until', dateText(event.end, ctx))
  const date = event.start ?? event.end
  return date ? dateText(date, ctx) : ctx.msg('kooste-timeline-unknown')
}

function valueTitle(value: WikiValue | null, ctx: TextContext): LangText | null {
  if (!value) return null
  switch (value.type) {
    case 'entity':
      return labelOf(value.id, ctx)
    case 'monolingualtext':
      return { value: value.text, lang: value.lang }
    case 'string':
      return { value: value.value, lang: ctx.uilang }
    case 'quantity': {
      const amount = new Intl.NumberFormat(ctx.uilang).format(value.amount)
      const unit = value.unit ? labelOf(value.unit, ctx)?.value : null
      return { value: unit ? `${amount} ${unit}` : amount, lang: ctx.uilang }
    }
    default:
      return null
  }
}

const join = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ')

function eventTitle(
  event: TimelineEvent,
  ctx: TextContext,
): Pick<TimelineEntry, 'title' | 'fallback' | 'detail'> {
  const property = labelOf(event.property, ctx)
  const dateKinds = event.dateProperties.map((p) => labelText(p, ctx)).join(' – ')
  switch (event.source) {
    case 'date': {
      const own = event.shape === 'period' && ctx.topic
      return {
        title: own ? ctx.topic! : { value: dateKinds, lang: property?.lang ?? ctx.uilang },
        fallback: dateKinds,
        detail: own ? dateKinds : '',
      }
    }
    case 'event':
      return {
        title: valueTitle(event.value, ctx),
        fallback: event.target ?? event.property,
        detail: labelText(event.property, ctx),
      }
    case 'qualifier': {
      const value = valueTitle(event.value, ctx)
      // A value that is not an item (a population) reads badly alone: name the property too.
      const named =
        value && event.value?.type !== 'entity' && property
          ? { value: `${property.value}: ${value.value}`, lang: property.lang }
          : value
      return {
        title: named,
        fallback: event.target ?? labelText(event.property, ctx),
        detail: join([labelText(event.property, ctx), dateKinds]),
      }
    }
    case 'media': {
      const files = event.media ?? []
      const first = files[0]
      // File names carry no language: the title has none (lang="").
      const title =
        files.length > 1
          ? { value: ctx.msg('kooste-timeline-media-group', files.length), lang: ctx.uilang }
          : { value: first?.name ?? event.target ?? '', lang: '' }
      const names = files.slice(0, 3).map((f) => f.name)
      if (files.length > 3) names.push('…')
      return {
        title,
        fallback: event.target ?? '',
        detail: files.length > 1 ? names.join(', ') : ctx.msg('kooste-timeline-media-file'),
      }
    }
    case 'related':
      return {
        title: event.target ? labelOf(event.target, ctx) : null,
        fallback: event.target ?? event.property,
        detail: join([dateKinds, event.relation ? labelText(event.relation.property, ctx) : null]),
      }
  }
}

/**
 * Everything the timeline says about one event, each part worked out when it is first read: a
 * timeline of thousands names only the events it shows.
 */
export function describeEvent(event: TimelineEvent, ctx: TextContext): TimelineEntry {
  let names: ReturnType<typeof eventTitle> | null = null
  let when: string | null = null
  const name = () => (names ??= eventTitle(event, ctx))
  const problems: string[] = []
  if (event.problem === 'end-before-start')
    problems.push(ctx.msg('kooste-timeline-end-before-start'))
  if (event.problem === 'out-of-range') problems.push(ctx.msg('kooste-timeline-out-of-range'))
  return {
    event,
    get title() {
      return name().title
    },
    get fallback() {
      return name().fallback
    },
    get detail() {
      return name().detail
    },
    get when() {
      return (when ??= eventWhen(event, ctx))
    },
    problems,
  }
}

/** The name of a date that is known to exist but not when: `date of birth`, `heritage designation: …`. */
export function describeUnknown(unknown: UnknownDate, ctx: TextContext): string {
  const property = labelText(unknown.property, ctx)
  const value = valueTitle(unknown.value, ctx)?.value ?? unknown.target
  return value ? `${property}: ${value}` : property
}

/** The text of an entry's title. */
export const entryTitle = (entry: TimelineEntry) => entry.title?.value ?? entry.fallback
