/**
 * The events of a topic's timeline: its own dates (paired into periods where a start has its end),
 * its significant events (P793), the dates that qualify its other statements, and the dates of
 * related items. Each event knows the span its dates stand for, what is uncertain about them, and
 * what is wrong with them.
 */
import { bestStatements, type Entity } from './entity'
import { datingQualifiers } from './timelineApplies'
import {
  circaMargin,
  effectivePrecision,
  spanMiddle,
  timeSpan,
  TIMELINE_MAX,
  TIMELINE_MIN,
  type Span,
} from './timelineTime'
import type { Rank, Statement, WikiValue } from './values'
import type { WikiTime } from './wikiTime'

/** The lanes of the chart, top to bottom: the topic itself, related topics, media files. */
export const timelineLanes = ['topic', 'related', 'media'] as const
export type TimelineLane = (typeof timelineLanes)[number]

/** Where an event comes from, which decides how it is named. */
export type EventSource = 'date' | 'event' | 'qualifier' | 'related' | 'media'

/** One end of an event: a value, earliest/latest bounds, and whether it is `circa`. */
export interface DateInfo {
  at: WikiTime | null
  earliest: WikiTime | null
  latest: WikiTime | null
  circa: boolean
}

export interface TimelineEvent {
  key: string
  lane: TimelineLane
  source: EventSource
  /** The statement's property (P571, P793, P1435) or a related item's date property. */
  property: string
  /** The properties the dates come from, start first (P571 and P576; P580; P577). */
  dateProperties: string[]
  /** What the statement says when it is not a date: the significant event, the designation. */
  value: WikiValue | null
  /** The item a click opens: the related item, the significant event, the qualified value. */
  target: string | null
  /** For a related item: the property between it and the topic, and which way it points. */
  relation: { property: string; direction: 'in' | 'out' } | null
  /** For the media lane: the Commons files of this date (`File:…` titles), the first opened. */
  media?: { title: string; name: string }[]
  start: DateInfo | null
  end: DateInfo | null
  /** `from 1996` has no end, `until 2009` no start. */
  open: 'start' | 'end' | null
  /** `point`: one date; `period`: a start and an end; `range`: only earliest/latest known. */
  shape: 'point' | 'period' | 'range'
  /** What the values say, each at its precision; null when only bounds are known. */
  core: Span | null
  /** Everything the event may cover, circa and earliest/latest included. */
  extent: Span
  /** For a period, the part it surely covers: from the end of its start to the start of its end. */
  inner: Span | null
  /** Circa, or earliest/latest bounds. */
  uncertain: boolean
  /** A date of a year or finer in the Julian calendar (placed at its Gregorian days). */
  julian: boolean
  problem: 'end-before-start' | 'out-of-range' | null
}

/** A date that the topic has but that is not known (`somevalue` without bounds). */
export interface UnknownDate {
  key: string
  property: string
  value: WikiValue | null
  target: string | null
}

export interface TimelineData {
  events: TimelineEvent[]
  unknown: UnknownDate[]
}

const CIRCA = 'Q5727902'
const SIGNIFICANT_EVENT = 'P793'

/** Start and end properties that make a period together, in the order they are tried. */
export const datePairs = [
  ['P569', 'P570'],
  ['P571', 'P576'],
  ['P580', 'P582'],
  ['P1619', 'P3999'],
  ['P729', 'P730'],
  ['P2031', 'P2032'],
] as const

/** Date properties of a single moment, in the order a related item's date is chosen. */
export const pointProperties = ['P585', 'P577', 'P1191', 'P575', 'P606', 'P619', 'P620'] as const

/** Every date property the timeline reads from related items. */
export const relatedDateProperties: readonly string[] = [...datePairs.flat(), ...pointProperties]

const firstTime = (values: readonly WikiValue[]): WikiTime | null => {
  for (const v of values) if (v.type === 'time') return v.time
  return null
}

function qualifierValues(statement: Statement, property: string): WikiValue[] {
  return statement.qualifiers.find((q) => q.property === property)?.values ?? []
}

function isCirca(statement: Statement): boolean {
  return qualifierValues(statement, 'P1480').some((v) => v.type === 'entity' && v.id === CIRCA)
}

/** The date of a time statement: its value (null for `somevalue`), bounds and circa. */
function statementDate(statement: Statement): DateInfo {
  return {
    at: statement.value.type === 'time' ? statement.value.time : null,
    earliest: firstTime(qualifierValues(statement, 'P1319')),
    latest: firstTime(qualifierValues(statement, 'P1326')),
    circa: isCirca(statement),
  }
}

const knows = (d: DateInfo | null): d is DateInfo => !!d && !!(d.at || d.earliest || d.latest)

function spans(d: DateInfo): { core: Span | null; extent: Span } {
  const core = d.at ? timeSpan(d.at) : null
  let extent: Span | null = core ? { ...core } : null
  if (core && d.at && d.circa) {
    const margin = circaMargin(d.at)
    extent = { start: core.start - margin, end: core.end + margin }
  }
  const earliest = d.earliest ? timeSpan(d.earliest) : null
  const latest = d.latest ? timeSpan(d.latest) : null
  const start = Math.min(extent?.start ?? Infinity, earliest?.start ?? Infinity)
  const end = Math.max(extent?.end ?? -Infinity, latest?.end ?? -Infinity)
  // Only one bound: the event lies somewhere after (or before) it; draw the bound itself.
  return {
    core,
    extent: {
      start: Number.isFinite(start) ? start : (latest?.start ?? 0),
      end: Number.isFinite(end) ? end : (earliest?.end ?? 0),
    },
  }
}

function allTimes(event: Pick<TimelineEvent, 'start' | 'end'>): WikiTime[] {
  return [event.start, event.end].flatMap((d) =>
    d ? [d.at, d.earliest, d.latest].filter((t): t is WikiTime => t !== null) : [],
  )
}

type EventBase = Omit<
  TimelineEvent,
  'shape' | 'core' | 'extent' | 'inner' | 'uncertain' | 'julian' | 'problem' | 'open'
> & { open?: TimelineEvent['open'] }

/** Completes an event from its dates: spans, shape, flags and problems. */
export function buildEvent(base: EventBase): TimelineEvent {
  const start = knows(base.start) ? spans(base.start) : null
  const end = knows(base.end) ? spans(base.end) : null
  const both = start && end
  let core: Span | null = null
  let extent: Span
  let problem: TimelineEvent['problem'] = null
  if (both) {
    const a = start.core ?? start.extent
    const b = end.core ?? end.extent
    if (spanMiddle(a) > spanMiddle(b)) problem = 'end-before-start'
    core =
      start.core && end.core
        ? {
            start: Math.min(start.core.start, end.core.start),
            end: Math.max(start.core.end, end.core.end),
          }
        : null
    extent = {
      start: Math.min(start.extent.start, end.extent.start),
      end: Math.max(start.extent.end, end.extent.end),
    }
  } else {
    const one = start ?? end ?? { core: null, extent: { start: 0, end: 0 } }
    core = one.core
    extent = one.extent
  }
  const inner =
    both && !problem && start.core && end.core && end.core.start > start.core.end
      ? { start: start.core.end, end: end.core.start }
      : null
  const dates = [base.start, base.end].filter(knows)
  const uncertain = dates.some((d) => d.circa || d.earliest !== null || d.latest !== null)
  if (!problem && (extent.end <= TIMELINE_MIN || extent.start >= TIMELINE_MAX))
    problem = 'out-of-range'
  return {
    ...base,
    open: base.open ?? null,
    shape: both ? 'period' : core ? 'point' : 'range',
    core,
    extent,
    inner,
    uncertain,
    julian: allTimes(base).some((t) => t.calendar === 'julian' && effectivePrecision(t) >= 9),
    problem,
  }
}

/** Where an event starts (what its values say, else its bounds): the order of list and lanes. */
export function eventSortKey(event: TimelineEvent): number {
  return (event.core ?? event.extent).start
}

/** Orders events by when they start, then by key for a stable order. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events.sort(
    (a, b) => eventSortKey(a) - eventSortKey(b) || a.extent.end - b.extent.end || cmp(a.key, b.key),
  )
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const ownBase = (statement: Statement) => ({
  lane: 'topic' as const,
  value:
    statement.value.type === 'time' || statement.value.type === 'somevalue'
      ? null
      : statement.value,
  target: statement.value.type === 'entity' ? statement.value.id : null,
  relation: null,
})

/** The topic's own time statements: starts paired with their ends, the rest as points. */
function ownDates(entity: Entity, out: TimelineData): void {
  const used = new Set<Statement>()
  const timeProperties = Object.keys(entity.statements).filter((p) =>
    bestStatements(entity, p).some((s) => s.datatype === 'time' || s.value.type === 'time'),
  )
  for (const [startProperty, endProperty] of datePairs) {
    const start = bestStatements(entity, startProperty).find((s) => knows(statementDate(s)))
    const end = bestStatements(entity, endProperty).find((s) => knows(statementDate(s)))
    if (!start || !end) continue
    used.add(start).add(end)
    out.events.push(
      buildEvent({
        key: `${start.id || startProperty}~${end.id || endProperty}`,
        source: 'date',
        property: startProperty,
        dateProperties: [startProperty, endProperty],
        lane: 'topic',
        value: null,
        target: null,
        relation: null,
        start: statementDate(start),
        end: statementDate(end),
      }),
    )
  }
  for (const property of timeProperties) {
    bestStatements(entity, property).forEach((statement, i) => {
      if (used.has(statement)) return
      const date = statementDate(statement)
      const key = `${statement.id || `${property}#${i}`}`
      if (!knows(date)) {
        if (statement.value.type === 'somevalue')
          out.unknown.push({ key, property, value: null, target: null })
        return
      }
      out.events.push(
        buildEvent({
          key,
          source: 'date',
          property,
          dateProperties: [property],
          lane: 'topic',
          value: null,
          target: null,
          relation: null,
          start: date,
          end: null,
        }),
      )
    })
  }
}

const noDate = (): DateInfo => ({ at: null, earliest: null, latest: null, circa: false })

/** Statements dated by their qualifiers: significant events, designations, positions, places. */
function qualifiedDates(entity: Entity, out: TimelineData): void {
  for (const [property, all] of Object.entries(entity.statements)) {
    // Every statement that is not deprecated: a former value (normal rank beside a preferred
    // current one) is exactly the history a timeline shows.
    all.forEach((statement, i) => {
      if (statement.rank === 'deprecated') return
      if (statement.datatype === 'time' || statement.value.type === 'time') return
      const has = (p: string) => qualifierValues(statement, p).length > 0
      if (!datingQualifiers.some(has)) return
      const key = `${statement.id || `${property}#${i}`}`
      const circa = isCirca(statement)
      const point = firstTime(qualifierValues(statement, 'P585'))
      const from = firstTime(qualifierValues(statement, 'P580'))
      const until = firstTime(qualifierValues(statement, 'P582'))
      const earliest = firstTime(qualifierValues(statement, 'P1319'))
      const latest = firstTime(qualifierValues(statement, 'P1326'))
      const base = {
        ...ownBase(statement),
        key,
        source: property === SIGNIFICANT_EVENT ? ('event' as const) : ('qualifier' as const),
        property,
      }
      let start: DateInfo | null = null
      let end: DateInfo | null = null
      let open: TimelineEvent['open'] = null
      let dateProperties: string[] = []
      if (point) {
        start = { at: point, earliest, latest, circa }
        dateProperties = ['P585']
      } else if (from || until) {
        start = from ? { ...noDate(), at: from, earliest, circa } : null
        end = until ? { ...noDate(), at: until, latest, circa } : null
        if (!from && earliest) start = { ...noDate(), earliest }
        if (!until && latest) end = { ...noDate(), latest }
        if (!start) open = 'start'
        if (!end) open = 'end'
        dateProperties = [from ? 'P580' : null, until ? 'P582' : null].filter(
          (p): p is string => p !== null,
        )
      } else if (earliest || latest) {
        start = { ...noDate(), earliest, latest }
        dateProperties = ['P1319', 'P1326'].filter(has)
      }
      if (!knows(start) && !knows(end)) {
        out.unknown.push({ key, property, value: base.value, target: base.target })
        return
      }
      out.events.push(buildEvent({ ...base, dateProperties, start, end, open }))
    })
  }
}

/** The events of a topic from its own statements (no request needed) and the dates it lacks. */
export function entityEvents(entity: Entity): TimelineData {
  const out: TimelineData = { events: [], unknown: [] }
  ownDates(entity, out)
  qualifiedDates(entity, out)
  sortEvents(out.events)
  return out
}

/**
 * One date statement of a related item, as the query service gives it: its value (null for
 * `somevalue`), its earliest/latest bounds (P1319/P1326) and whether it is `circa` (P1480).
 */
export interface RelatedDate {
  property: string
  time: WikiTime | null
  rank: Rank
  earliest?: WikiTime | null
  latest?: WikiTime | null
  circa?: boolean
}

/** A related item's dates, as the query service gives them. */
export interface RelatedItem {
  id: string
  relation: { property: string; direction: 'in' | 'out' }
  dates: RelatedDate[]
}

const dateInfo = (d: RelatedDate): DateInfo => ({
  at: d.time,
  earliest: d.earliest ?? null,
  latest: d.latest ?? null,
  circa: d.circa ?? false,
})

/**
 * A related item's best dates of each property (preferred, else normal), earliest first; dates
 * that say nothing (`somevalue` without bounds) are left out.
 */
function bestDates(item: RelatedItem): Map<string, DateInfo[]> {
  const byProperty = new Map<string, RelatedDate[]>()
  for (const d of item.dates) {
    if (d.rank === 'deprecated' || !knows(dateInfo(d))) continue
    const list = byProperty.get(d.property)
    if (list) list.push(d)
    else byProperty.set(d.property, [d])
  }
  const out = new Map<string, DateInfo[]>()
  for (const [property, all] of byProperty) {
    const preferred = all.filter((d) => d.rank === 'preferred')
    const dates = (preferred.length ? preferred : all).map(dateInfo)
    if (dates.length > 1) dates.sort((a, b) => spans(a).extent.start - spans(b).extent.start)
    out.set(property, dates)
  }
  return out
}

/**
 * One event per related item: its lifetime or existence as a period when it has both ends, else
 * its first dated moment (a publication, an inception), earliest value first.
 */
export function relatedEvent(item: RelatedItem): TimelineEvent | null {
  const base = {
    key: `related-${item.id}`,
    lane: 'related' as const,
    source: 'related' as const,
    value: null,
    target: item.id,
    relation: item.relation,
  }
  const best = bestDates(item)
  for (const [startProperty, endProperty] of datePairs) {
    const start = best.get(startProperty)?.[0]
    const end = best.get(endProperty)?.[0]
    if (start && end) {
      return buildEvent({
        ...base,
        property: startProperty,
        dateProperties: [startProperty, endProperty],
        start,
        end,
      })
    }
  }
  const order = [...pointProperties.slice(0, 2), ...datePairs.flat(), ...pointProperties.slice(2)]
  for (const property of order) {
    const date = best.get(property)?.[0]
    if (date) {
      return buildEvent({
        ...base,
        property,
        dateProperties: [property],
        start: date,
        end: null,
      })
    }
  }
  return null
}

/** Whether a related item needs an event of its own: not the topic, not one of its events. */
export function relatedFilter(own: TimelineData, topicId: string): (item: RelatedItem) => boolean {
  const shown = new Set(own.events.map((e) => e.target).filter((t): t is string => t !== null))
  shown.add(topicId)
  return (item) => !shown.has(item.id)
}

/** Related items' events, leaving out the topic and items its own events already show. */
export function relatedEvents(items: readonly RelatedItem[], own: TimelineData, topicId: string) {
  const keep = relatedFilter(own, topicId)
  return sortEvents(
    items.flatMap((item) => {
      const event = keep(item) ? relatedEvent(item) : null
      return event ? [event] : []
    }),
  )
}

/** The ids whose labels the timeline shows for the topic's own events. */
export function labelIds(data: TimelineData): string[] {
  const ids = new Set<string>()
  for (const event of data.events) {
    event.dateProperties.forEach((p) => ids.add(p))
    ids.add(event.property)
    if (event.target) ids.add(event.target)
    if (event.value?.type === 'quantity' && event.value.unit) ids.add(event.value.unit)
  }
  for (const unknown of data.unknown) {
    ids.add(unknown.property)
    if (unknown.target) ids.add(unknown.target)
  }
  return [...ids]
}
