/**
 * What the conformance suite holds every mapper to: a body is accepted (a value comes back) or
 * rejected with a ShapeError; any other exception is a crash and fails the test as it is thrown.
 */
import { expect } from 'vitest'
import { bestStatements, mapEntity, mapEntityResponse, type Entity } from '../../src/domain/entity'
import { groupFacts, referencedIds } from '../../src/domain/facts'
import { ShapeError } from '../../src/domain/guards'
import { sanitizeHtml, type LinkContext } from '../../src/domain/html'
import { htmlToText } from '../../src/domain/htmlText'
import { mapImageInfoResponse, mapMediaFile, type MediaFile } from '../../src/domain/commons'
import { mapPageImages, mapSearchResponse } from '../../src/domain/search'
import { mapFormatterUrls, mapSparqlResults } from '../../src/domain/sparql'
import { mapDataValue, mapSnak, mapStatement, type WikiValue } from '../../src/domain/values'
import { mapSummary } from '../../src/domain/wikipedia'
import {
  formatWikiTime,
  parseWikiTime,
  type Messages,
  type WikiTime,
} from '../../src/domain/wikiTime'
import en from '../../i18n/en.json'

const english: Record<string, unknown> = en

/** The English messages with `$1`, `$2`… filled in, as banana-i18n does for these plain texts. */
export const msg: Messages = (key, ...params) => {
  const text = english[key]
  if (typeof text !== 'string') return key
  return text.replace(/\$(\d)/g, (_, n: string) => String(params[Number(n) - 1]))
}

export type Outcome<T> =
  { status: 'accepted'; value: T } | { status: 'rejected'; error: ShapeError }

/** Runs a mapper: its value, or the ShapeError it threw. Anything else is rethrown. */
export function attempt<T>(run: () => T): Outcome<T> {
  try {
    return { status: 'accepted', value: run() }
  } catch (error) {
    if (error instanceof ShapeError) return { status: 'rejected', error }
    throw error
  }
}

/** The value of an accepted outcome; fails the test with the ShapeError's message otherwise. */
export function accepted<T>(outcome: Outcome<T>): T {
  if (outcome.status === 'rejected') {
    expect.fail(`expected the body to be accepted, got ShapeError: ${outcome.error.message}`)
  }
  return outcome.value
}

/** Asserts a ShapeError (not a crash, not an acceptance). */
export function expectRejected(outcome: Outcome<unknown>): void {
  expect(outcome.status, 'expected a ShapeError').toBe('rejected')
}

/** A link context like the app's, for sanitizing upstream HTML. */
export const linkContext: LinkContext = {
  lang: 'en',
  route: (lang, title) => `/wiki/${lang}/${encodeURIComponent(title.replace(/ /g, '_'))}`,
  articleUrl: (lang, title) => `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title)}`,
}

/** Parses sanitized HTML back into a DOM to look at it. */
export function parseHtml(html: string): HTMLElement {
  const holder = document.createElement('div')
  holder.innerHTML = html
  return holder
}

/**
 * Sanitizes upstream HTML and checks what must hold for any input: nothing that runs, no unsafe
 * link, external links opened without opener or referrer. Returns the sanitized DOM.
 */
export function sanitizeAndCheck(html: string): HTMLElement {
  const out = parseHtml(sanitizeHtml(html, linkContext))
  expect(
    out.querySelector('script, style, iframe, object, embed, svg, math, form, link, meta'),
  ).toBeNull()
  for (const element of out.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute, `<${element.localName} ${attribute}>`).not.toMatch(/^on/i)
    }
  }
  for (const a of out.querySelectorAll('a')) {
    const href = a.getAttribute('href')
    if (href === null) continue
    expect(href).toMatch(/^(https?:\/\/|\/|#)/i)
    if (/^(https?:)?\/\//i.test(href)) expect(a.getAttribute('rel')).toBe('noopener noreferrer')
  }
  for (const img of out.querySelectorAll('img')) {
    expect(img.getAttribute('src') ?? '').toMatch(/^(https?:\/\/|\/)/i)
  }
  return out
}

/** Formats a time in English and checks the text is whole. */
export function formatChecked(time: WikiTime): string {
  const text = formatWikiTime(time, 'en', msg)
  expect(text.trim()).not.toBe('')
  expect(text).not.toMatch(/NaN|undefined|null|Invalid|\$\d/)
  return text
}

function valueTimes(value: WikiValue): WikiTime[] {
  return value.type === 'time' ? [value.time] : []
}

/**
 * Runs everything downstream of an entity: fact groups, referenced ids, best statements of each
 * property, and the formatting of every time it holds. Returns the number of times formatted.
 */
export function exerciseEntity(entity: Entity): number {
  const groups = groupFacts(entity)
  const grouped = groups.flatMap((g) => g.properties.map((p) => p.property))
  expect(new Set(grouped).size).toBe(grouped.length)
  const refs = referencedIds(entity)
  for (const id of [...refs.items, ...refs.properties]) expect(id).toMatch(/^[QPLM][1-9]\d*$/)
  let times = 0
  for (const [property, statements] of Object.entries(entity.statements)) {
    expect(Array.isArray(bestStatements(entity, property))).toBe(true)
    for (const statement of statements) {
      expect(statement.property).toBe(property)
      const all = [statement.value, ...statement.qualifiers.flatMap((q) => q.values)]
      for (const time of all.flatMap(valueTimes)) {
        formatChecked(time)
        times++
      }
    }
  }
  return times
}

/** Runs what follows a Commons file: its HTML fields sanitized, its description read. */
export function exerciseMediaFile(file: MediaFile): void {
  for (const html of [file.artistHtml, file.creditHtml, ...Object.values(file.description)]) {
    if (html !== null) sanitizeAndCheck(html)
  }
  expect(typeof file.license.free).toBe('boolean')
}

/** Entities in a body: a `wbgetentities`/`Special:EntityData` body, or one bare entity object. */
export function mapAnyEntities(body: unknown): Outcome<Entity[]> {
  const response = attempt(() => mapEntityResponse(body))
  if (response.status === 'accepted') {
    return { status: 'accepted', value: Object.values(response.value.entities) }
  }
  const single = attempt(() => mapEntity(body))
  return single.status === 'accepted' ? { status: 'accepted', value: [single.value] } : response
}

/** A mapper as the cross-check runs it over any body. */
export interface AnyMapper {
  name: string
  /** Maps the body; returns whatever came out, throws ShapeError to reject. */
  run(body: unknown): unknown
}

/**
 * Every mapper of src/domain, each with what follows it in the app, so that a body that gets in
 * also goes through the code that uses the mapped value.
 */
export const everyMapper: readonly AnyMapper[] = [
  {
    name: 'mapEntityResponse',
    run: (body) => {
      const response = mapEntityResponse(body)
      Object.values(response.entities).forEach(exerciseEntity)
      return response
    },
  },
  {
    name: 'mapEntity',
    run: (body) => {
      const entity = mapEntity(body)
      exerciseEntity(entity)
      return entity
    },
  },
  { name: 'mapStatement', run: (body) => mapStatement(body) },
  { name: 'mapSnak', run: (body) => mapSnak(body) },
  { name: 'mapDataValue', run: (body) => mapDataValue('', body) },
  {
    name: 'parseWikiTime',
    run: (body) => {
      const time = parseWikiTime(body)
      if (time) formatChecked(time)
      return time
    },
  },
  { name: 'mapSearchResponse', run: (body) => mapSearchResponse(body, 'en') },
  { name: 'mapPageImages', run: (body) => mapPageImages(body) },
  { name: 'mapSparqlResults', run: (body) => mapFormatterUrls(mapSparqlResults(body)) },
  {
    name: 'mapImageInfoResponse',
    run: (body) => {
      const response = mapImageInfoResponse(body, 'en')
      Object.values(response.files).forEach(exerciseMediaFile)
      return response
    },
  },
  {
    name: 'mapMediaFile',
    run: (body) => {
      const file = mapMediaFile(body, 'en')
      if (file) exerciseMediaFile(file)
      return file
    },
  },
  {
    name: 'mapSummary',
    run: (body) => {
      const summary = mapSummary(body, 'en')
      sanitizeAndCheck(summary.extractHtml)
      sanitizeAndCheck(summary.displayTitleHtml)
      return summary
    },
  },
  {
    name: 'sanitizeHtml',
    run: (body) => (typeof body === 'string' ? sanitizeAndCheck(body) : null),
  },
  { name: 'htmlToText', run: (body) => (typeof body === 'string' ? htmlToText(body) : null) },
]
