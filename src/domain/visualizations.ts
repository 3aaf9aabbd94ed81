/**
 * The visualizations, as data: one typed list read by one mechanism (the query in vizQuery.ts,
 * the section in components/viz/). Each entry names its chart, its messages, whether it can apply
 * to a topic (from the entity where that is cheap; otherwise it rides in the query and shows only
 * when it found something), where its data comes from (a branch of the one query, or the
 * gallery's Commons files) and the pure function that turns what was found into the chart's
 * data. Adding one is an entry here, its messages in i18n/ and a case in the tests
 * (docs/visualizations.md).
 */
import { bestStatements, type Entity } from './entity'
import { isItemId } from './ids'
import type { LangText } from './languages'
import {
  binLabel,
  categorySeries,
  timeSeries,
  type TimePoint,
  type TimeUnit,
  type VizData,
  type VizDatum,
} from './vizData'
import type { VizBranch, VizRows } from './vizQuery'

export const vizIds = [
  'works-over-time',
  'works-by-type',
  'people-by-birth',
  'parts-by-type',
  'heritage-designations',
  'collection-over-time',
  'media-by-year',
] as const
export type VizId = (typeof vizIds)[number]

/** What a bar opens: a topic page, or the gallery of this topic filtered to years. */
export type VizLink =
  { kind: 'topic'; id: string } | { kind: 'gallery-years'; from: number; to: number }

/** The gallery's `gyear` value for a range of years (`1896`, `1890-1899`). */
export function galleryYears(link: Extract<VizLink, { kind: 'gallery-years' }>): string {
  return link.from === link.to ? String(link.from) : `${link.from}-${link.to}`
}

/** What a chart counts: names the counts (`{{PLURAL:$1|work|works}}`) and the table's column. */
export const vizUnits = ['works', 'people', 'items', 'files'] as const
export type VizUnit = (typeof vizUnits)[number]

/** Message keys of a unit: a count of it (`$2 works`, $1 the number for PLURAL) and its name. */
export const unitMessages: Record<VizUnit, { count: string; name: string }> = {
  works: { count: 'kooste-viz-count-works', name: 'kooste-viz-unit-works' },
  people: { count: 'kooste-viz-count-people', name: 'kooste-viz-unit-people' },
  items: { count: 'kooste-viz-count-items', name: 'kooste-viz-unit-items' },
  files: { count: 'kooste-viz-count-files', name: 'kooste-viz-unit-files' },
}

/** Message keys of the credit line under a chart. */
export const creditMessages: Record<'wikidata' | 'commons', string> = {
  wikidata: 'kooste-viz-credit-wikidata',
  commons: 'kooste-viz-credit-commons',
}

interface VizBase {
  id: VizId
  /** Message keys: the chart's title and its one-sentence description. */
  title: string
  description: string
  /** Message key of the category axis; null on time charts (their unit names it). */
  axis: string | null
  unit: VizUnit
  chart: 'columns' | 'bars'
  /** Where the data is from, for the credit line. */
  credit: 'wikidata' | 'commons'
  /** False when the chart cannot apply to this topic; true means "ask" (it may still be empty). */
  applies: (entity: Entity) => boolean
  /** What a bar opens, or null. */
  link: (datum: VizDatum, data: VizData) => VizLink | null
}

/** A chart drawn from a branch of the visualizations query. */
export interface QueryViz extends VizBase {
  source: 'query'
  branch: (topic: string) => VizBranch
  data: (rows: VizRows) => VizData
}

/** A chart drawn from the topic's Commons files (the gallery's own requests). */
export interface MediaViz extends VizBase {
  source: 'media'
  data: (files: readonly TimePoint[], truncated: boolean) => VizData
}

export type VizDefinition = QueryViz | MediaViz

/** Item ids of an entity's best statements of a property. */
function itemValues(entity: Entity, property: string): string[] {
  return bestStatements(entity, property).flatMap((s) =>
    s.value.type === 'entity' && isItemId(s.value.id) ? [s.value.id] : [],
  )
}
const has = (entity: Entity, property: string) => bestStatements(entity, property).length > 0

// Classes whose instances make works, besides people: ensembles, groups, publishers, studios.
const creatorClasses = [
  'Q5', // human
  'Q16334295', // group of humans
  'Q215380', // musical group
  'Q2088357', // musical ensemble
  'Q2085381', // publisher
  'Q1320047', // book publisher
  'Q1762059', // film production company
  'Q43229', // organization
]
/** People, groups and makers: anything with an occupation or notable works counts too. */
export function isCreator(entity: Entity): boolean {
  if (entity.kind !== 'item') return false
  return (
    itemValues(entity, 'P31').some((c) => creatorClasses.includes(c)) ||
    has(entity, 'P106') ||
    has(entity, 'P800')
  )
}

/** Somewhere: a place with coordinates, subdivisions, a capital or a population. */
export function isPlace(entity: Entity): boolean {
  return entity.kind === 'item' && ['P625', 'P150', 'P36', 'P1082'].some((p) => has(entity, p))
}

/** Properties whose subject is a work and whose value is who made it. */
export const workMakerProperties = [
  'P50', // author
  'P170', // creator
  'P86', // composer
  'P57', // director
  'P84', // architect
  'P58', // screenwriter
  'P162', // producer
  'P175', // performer
  'P676', // lyricist
  'P87', // librettist
  'P655', // translator
] as const

/** A work's dates, earliest first counted: publication and inception (creation). */
const workDates = ['P577', 'P571'] as const

const worksPattern = (topic: string) =>
  `VALUES ?maker { ${workMakerProperties.map((p) => `wdt:${p}`).join(' ')} }
            ?item ?maker ${topic} .`

/** Family, relatives, students and teachers: read both ways. */
const peopleBothWays = ['P22', 'P25', 'P26', 'P40', 'P3373', 'P1038', 'P802', 'P1066'] as const

/**
 * People linked to a topic, both ways: family and teachers (P22 father, P25 mother, P26 spouse,
 * P40 child, P3373 sibling, P1038 relative, P802 student, P1066 student of), members and
 * participants (P710 participant, P1344 participant in, P463 member of, P527 has part, P607
 * conflict), people of an organisation (P108 employer, P69 educated at, P54 team) and of a place
 * (P19 born, P20 died, P551 residence), and a work's makers (workMakerProperties). Only humans
 * (P31 Q5) count; their date is the date of birth.
 */
export const peopleIn = [
  ...peopleBothWays,
  'P1344',
  'P463',
  'P607',
  'P108',
  'P69',
  'P54',
  'P19',
  'P20',
  'P551',
] as const
export const peopleOut = [...peopleBothWays, 'P710', 'P527', ...workMakerProperties] as const

const values = (properties: readonly string[]) => properties.map((p) => `wdt:${p}`).join(' ')

const toTopic = (id: string | undefined): VizLink | null =>
  id && isItemId(id) ? { kind: 'topic', id } : null

/** A bar of one thing opens it; a category bar opens the category. */
const oneExample = (datum: VizDatum) =>
  datum.count === 1 && datum.examples.length === 1 ? toTopic(datum.examples[0]) : null
const categoryLink = (datum: VizDatum) => (datum.key === 'other' ? null : toTopic(datum.key))

const timeData = (rows: VizRows): VizData =>
  rows.kind === 'time'
    ? timeSeries(rows.points, { truncated: rows.truncated })
    : timeSeries([], { truncated: rows.truncated })
const categoryData = (rows: VizRows): VizData =>
  rows.kind === 'category'
    ? categorySeries(rows.counts, { truncated: rows.truncated })
    : categorySeries([], { truncated: rows.truncated })

/** Every visualization, in the chooser's order. */
export const visualizations: readonly VizDefinition[] = [
  {
    id: 'works-over-time',
    title: 'kooste-viz-works-over-time',
    description: 'kooste-viz-works-over-time-desc',
    axis: null,
    unit: 'works',
    chart: 'columns',
    credit: 'wikidata',
    source: 'query',
    applies: isCreator,
    branch: (topic) => ({
      id: 'works-over-time',
      kind: 'time',
      pattern: worksPattern(topic),
      dates: workDates,
    }),
    data: timeData,
    link: oneExample,
  },
  {
    id: 'works-by-type',
    title: 'kooste-viz-works-by-type',
    description: 'kooste-viz-works-by-type-desc',
    axis: 'kooste-viz-axis-type',
    unit: 'works',
    chart: 'bars',
    credit: 'wikidata',
    source: 'query',
    applies: isCreator,
    branch: (topic) => ({
      id: 'works-by-type',
      kind: 'category',
      pattern: `${worksPattern(topic)}
            ?item wdt:P31 ?key .`,
    }),
    data: categoryData,
    link: categoryLink,
  },
  {
    id: 'people-by-birth',
    title: 'kooste-viz-people-by-birth',
    description: 'kooste-viz-people-by-birth-desc',
    axis: null,
    unit: 'people',
    chart: 'columns',
    credit: 'wikidata',
    source: 'query',
    applies: (entity) => entity.kind === 'item',
    branch: (topic) => ({
      id: 'people-by-birth',
      kind: 'time',
      pattern: `{
              VALUES ?in { ${values(peopleIn)} }
              ?item ?in ${topic} .
            } UNION {
              VALUES ?out { ${values(peopleOut)} }
              ${topic} ?out ?item .
            }
            ?item wdt:P31 wd:Q5 .`,
      dates: ['P569'],
    }),
    data: timeData,
    link: oneExample,
  },
  {
    id: 'parts-by-type',
    title: 'kooste-viz-parts-by-type',
    description: 'kooste-viz-parts-by-type-desc',
    axis: 'kooste-viz-axis-type',
    unit: 'items',
    chart: 'bars',
    credit: 'wikidata',
    source: 'query',
    applies: (entity) => entity.kind === 'item',
    branch: (topic) => ({
      id: 'parts-by-type',
      kind: 'category',
      pattern: `{ ${topic} wdt:P527 ?item . }
            UNION { ?item wdt:P361 ${topic} . }
            UNION { ${topic} wdt:P150 ?item . }
            UNION { ?item wdt:P131 ${topic} . }
            ?item wdt:P31 ?key .`,
    }),
    data: categoryData,
    link: categoryLink,
  },
  {
    id: 'heritage-designations',
    title: 'kooste-viz-heritage-designations',
    description: 'kooste-viz-heritage-designations-desc',
    axis: 'kooste-viz-axis-designation',
    unit: 'items',
    chart: 'bars',
    credit: 'wikidata',
    source: 'query',
    applies: isPlace,
    branch: (topic) => ({
      id: 'heritage-designations',
      kind: 'category',
      // The place first: it bounds the items, where P1435 alone holds millions.
      pattern: `{ ?item wdt:P131+ ${topic} . } UNION { ?item wdt:P17 ${topic} . }
            ?item wdt:P1435 ?key .`,
    }),
    data: categoryData,
    link: categoryLink,
  },
  {
    id: 'collection-over-time',
    title: 'kooste-viz-collection-over-time',
    description: 'kooste-viz-collection-over-time-desc',
    axis: null,
    unit: 'items',
    chart: 'columns',
    credit: 'wikidata',
    source: 'query',
    // Museums, archives and libraries are too many classes to list: any item may hold a
    // collection (P195), and the index lookup costs the query little.
    applies: (entity) => entity.kind === 'item',
    branch: (topic) => ({
      id: 'collection-over-time',
      kind: 'time',
      pattern: `?item wdt:P195 ${topic} .`,
      dates: workDates,
    }),
    data: timeData,
    link: oneExample,
  },
  {
    id: 'media-by-year',
    title: 'kooste-viz-media-by-year',
    description: 'kooste-viz-media-by-year-desc',
    axis: null,
    unit: 'files',
    chart: 'columns',
    credit: 'commons',
    source: 'media',
    // The gallery's rule for items: the depicts search may find files for any item.
    applies: (entity) => entity.kind === 'item',
    data: (files, truncated) => timeSeries(files, { truncated }),
    // The gallery filters by a range of years from 1000 to 2100 (galleryFilters.ts).
    link: (datum) =>
      datum.count > 0 &&
      datum.start !== undefined &&
      datum.end !== undefined &&
      datum.start >= 1000 &&
      datum.end <= 2100
        ? { kind: 'gallery-years', from: datum.start, to: datum.end }
        : null,
  },
]

/** The visualizations that may apply to an entity, in order. */
export function visualizationsFor(entity: Entity): VizDefinition[] {
  return visualizations.filter((viz) => viz.applies(entity))
}

/** A visualization by id (for `?viz=`), or null when there is none such. */
export function findVisualization(id: unknown): VizDefinition | null {
  return typeof id === 'string' ? (visualizations.find((v) => v.id === id) ?? null) : null
}

/** The query parameters the section keeps its state in (and embeds carry). */
export const VIZ_PARAM = 'viz'
export const VIZ_VIEW_PARAM = 'vizview'

/** A bar as people read it: its name (in its language), count, examples and what it opens. */
export interface VizRow {
  key: string
  label: string
  /** Language of the label when it is a Wikidata label; null for years and UI words. */
  lang: string | null
  count: number
  start: number | null
  end: number | null
  examples: { id: string; label: string; lang: string | null }[]
  link: VizLink | null
}

/** What naming rows needs: labels of items, and the UI's words for BCE, decades and "other". */
export interface RowContext {
  labels: Readonly<Record<string, LangText>>
  bce: (years: string) => string
  decade: (year: number) => string
  other: string
}

const fileName = (title: string) => title.replace(/^File:/, '')

function nameOf(id: string, context: RowContext, files: boolean) {
  if (files) return { label: fileName(id), lang: null }
  const label = context.labels[id]
  return label ? { label: label.value, lang: label.lang } : { label: id, lang: null }
}

/** The rows of a chart (the same for the bars, the table and the CSV). */
export function vizRows(viz: VizDefinition, data: VizData, context: RowContext): VizRow[] {
  const files = viz.source === 'media'
  return data.bars.map((bar) => {
    const name =
      data.kind === 'time'
        ? { label: binLabel(bar, data.unit, context), lang: null }
        : bar.key === 'other'
          ? { label: context.other, lang: null }
          : nameOf(bar.key, context, false)
    return {
      key: bar.key,
      ...name,
      count: bar.count,
      start: bar.start ?? null,
      end: bar.end ?? null,
      examples: bar.examples.map((id) => ({ id, ...nameOf(id, context, files) })),
      link: viz.link(bar, data),
    }
  })
}

const timeAxisMessages: Record<TimeUnit, string> = {
  year: 'kooste-viz-axis-year',
  decade: 'kooste-viz-axis-decade',
  century: 'kooste-viz-axis-century',
  millennium: 'kooste-viz-axis-millennium',
}

/** The message key naming a chart's category axis: its time unit, or the entry's axis. */
export function axisKey(viz: VizDefinition, data: VizData): string {
  if (data.kind === 'time') return timeAxisMessages[data.unit]
  return viz.axis ?? 'kooste-viz-axis-type'
}

/**
 * The chart as a table of text for CSV: a header (the axis, the count, then first and last year
 * for time charts or the Wikidata id for categories) and one line per bar.
 */
export function vizTable(
  data: VizData,
  rows: readonly VizRow[],
  headers: { axis: string; count: string; start: string; end: string; id: string },
): (string | number)[][] {
  if (data.kind === 'time')
    return [
      [headers.axis, headers.count, headers.start, headers.end],
      ...rows.map((row) => [row.label, row.count, row.start ?? '', row.end ?? '']),
    ]
  return [
    [headers.axis, headers.count, headers.id],
    ...rows.map((row) => [row.label, row.count, row.key === 'other' ? '' : row.key]),
  ]
}
