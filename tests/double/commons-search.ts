import { categoryWithDescendants } from './commons-categories.ts'
import type { CommonsFile, Dataset } from './dataset.ts'
import { missingParam, type ApiContext } from './mediawiki.ts'
import type { ModuleResult, PageRef } from './query.ts'
import { normalizeTitle } from './titles.ts'

/** One condition of a CirrusSearch query string. */
type Condition =
  | { kind: 'statement'; alternatives: { property: string; value: string | undefined }[] }
  | { kind: 'category'; names: Set<string> }
  | { kind: 'phrase'; text: string }
  | { kind: 'word'; text: string }

interface Term {
  negated: boolean
  condition: Condition
}

function fold(text: string): string {
  return text
    .toLocaleLowerCase('und')
    .replace(/[_\s]+/g, ' ')
    .trim()
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value
}

function categories(dataset: Dataset, value: string, deep: boolean): Set<string> {
  const names = unquote(value)
    .split('|')
    .map((name) => normalizeTitle(name.replace(/^Category:/i, '')))
  if (!deep) return new Set(names)
  return new Set(names.flatMap((name) => [...categoryWithDescendants(dataset, name)]))
}

/**
 * Parses the parts of CirrusSearch syntax that Commons galleries use: `haswbstatement:`
 * (with `|` alternatives), `incategory:`, `deepcat:`, quoted phrases, words, and `-` negation.
 */
export function parseSearch(dataset: Dataset, query: string): Term[] {
  const terms: Term[] = []
  const pattern = /(-?)([a-z]+):("[^"]*"|\S+)|(-?)"([^"]*)"|(-?)(\S+)/gi
  for (const match of query.matchAll(pattern)) {
    const [, keywordNot, keyword, value, phraseNot, phrase, wordNot, word] = match
    if (keyword !== undefined && value !== undefined) {
      const negated = keywordNot === '-'
      const name = keyword.toLowerCase()
      if (name === 'haswbstatement') {
        const alternatives = unquote(value)
          .split('|')
          .map((part) => {
            const [property = '', statementValue] = part.split('=')
            return { property: property.toUpperCase(), value: statementValue }
          })
        terms.push({ negated, condition: { kind: 'statement', alternatives } })
        continue
      }
      if (name === 'incategory' || name === 'deepcat' || name === 'deepcategory') {
        const names = categories(dataset, value, name !== 'incategory')
        terms.push({ negated, condition: { kind: 'category', names } })
        continue
      }
      for (const text of words(`${keyword} ${unquote(value)}`)) {
        terms.push({ negated, condition: { kind: 'word', text } })
      }
    } else if (phrase !== undefined) {
      terms.push({ negated: phraseNot === '-', condition: { kind: 'phrase', text: fold(phrase) } })
    } else if (word !== undefined) {
      for (const text of words(word)) {
        terms.push({ negated: wordNot === '-', condition: { kind: 'word', text } })
      }
    }
  }
  return terms
}

function stripHtml(html: string): string {
  return html.replace(/<[^>]*>/g, ' ')
}

const searchTexts = new WeakMap<CommonsFile, { title: string; rest: string }>()

/** The text CirrusSearch indexes for a file: title, captions, description, categories. */
function searchText(file: CommonsFile): { title: string; rest: string } {
  let text = searchTexts.get(file)
  if (text === undefined) {
    text = indexText(file)
    searchTexts.set(file, text)
  }
  return text
}

function indexText(file: CommonsFile): { title: string; rest: string } {
  const description = file.extmetadata.get('ImageDescription')
  const descriptions =
    description instanceof Map ? [...description.values()] : description ? [description] : []
  return {
    title: fold(file.title.replace(/^File:/, '').replace(/\.[^.]+$/, '')),
    rest: fold(
      [...file.captions.values(), ...descriptions.map(stripHtml), ...file.categories].join(' '),
    ),
  }
}

function matches(file: CommonsFile, condition: Condition, text: { title: string; rest: string }) {
  switch (condition.kind) {
    case 'statement':
      return condition.alternatives.some(({ property, value }) => {
        const values = file.statements.get(property) ?? []
        return value === undefined ? values.length > 0 : values.includes(value.toUpperCase())
      })
    case 'category':
      return file.categories.some((category) => condition.names.has(category))
    case 'phrase':
      return text.title.includes(condition.text) || text.rest.includes(condition.text)
    case 'word':
      return words(text.title).includes(condition.text) || words(text.rest).includes(condition.text)
  }
}

/** Files matching a search, best first (title hits outrank the rest, then title order). */
export function searchFiles(dataset: Dataset, query: string): CommonsFile[] {
  const terms = parseSearch(dataset, query)
  const scored: { file: CommonsFile; score: number }[] = []
  for (const file of dataset.files.values()) {
    const text = searchText(file)
    if (!terms.every(({ negated, condition }) => matches(file, condition, text) !== negated)) {
      continue
    }
    const inTitle = { title: text.title, rest: '' }
    const score = terms.filter(
      ({ negated, condition }) =>
        !negated &&
        (condition.kind === 'word' || condition.kind === 'phrase') &&
        matches(file, condition, inTitle),
    ).length
    scored.push({ file, score })
  }
  return scored
    .sort((a, b) => b.score - a.score || a.file.title.localeCompare(b.file.title))
    .map(({ file }) => file)
}

/** `generator=search` (prefix `gsr`) and `list=search` (`sr`) over the dataset's files. */
export function search(
  context: ApiContext,
  dataset: Dataset,
  prefix: 'sr' | 'gsr',
): (ModuleResult<(PageRef & { file: CommonsFile })[]> & { total: number }) | Response {
  const { params } = context
  const query = params.get(`${prefix}search`)
  if (query === undefined || query.trim() === '') return missingParam(context, `${prefix}search`)
  const namespaces = params.list(`${prefix}namespace`)
  const found =
    namespaces.length === 0 || namespaces.includes('6') ? searchFiles(dataset, query) : []
  const limit = params.limit(`${prefix}limit`, 10, 500)
  const offset = params.offset(`${prefix}offset`)
  const items = found.slice(offset, offset + limit).map((file, position) => ({
    pageid: file.pageid,
    ns: 6,
    title: file.title,
    index: offset + position + 1,
    file,
  }))
  const result = { items, total: found.length }
  return offset + limit < found.length
    ? { ...result, continue: { [`${prefix}offset`]: offset + limit } }
    : result
}
