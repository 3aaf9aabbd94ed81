/**
 * Visualizations hosted elsewhere (students' and researchers' work) that a topic page shows in a
 * sandboxed frame under its own charts: a typed registry, each entry with its address template,
 * the topics it applies to and its credit. docs/visualizations.md says how to add one. The
 * registry ships empty: an entry is added when a real visualization exists and its author agrees.
 */
import type { Entity } from './entity'
import { isRecord } from './guards.ts'

/** The placeholders an address template may hold; their values are URL-encoded. */
export const externalVizPlaceholders = ['qid', 'lang', 'uilang'] as const

export interface ExternalViz {
  /** A stable name, `[a-z0-9-]+`. */
  id: string
  /** The title by language; `en` is required. */
  title: Readonly<Record<string, string>>
  /** `https://example.org/viz?item={qid}&lang={lang}`: https only, placeholders outside the host. */
  url: string
  /** Which topics it is for: any of these classes (P31) or any of these properties present. */
  appliesTo: { classes?: readonly string[]; properties?: readonly string[] }
  credit: {
    author: string
    /** `CC BY 4.0`, `MIT`… */
    licence: string
    /** https link to the licence, when there is one. */
    licenceUrl?: string
    /** https link to the work's own page (its repository, its article). */
    link: string
  }
  /** Frame height in CSS pixels (default 480, at most 1200). */
  height?: number
}

/**
 * The registry. Empty on purpose: entries are real visualizations whose authors agreed to be
 * shown here (see docs/visualizations.md, "Visualizations made elsewhere").
 */
export const externalVisualizations: readonly ExternalViz[] = []

const isHttps = (text: string | undefined) => {
  if (!text) return false
  try {
    return new URL(text).protocol === 'https:'
  } catch {
    return false
  }
}

/** The origin an entry's frames come from; null when the template does not fix one. */
export function externalVizOrigin(viz: Pick<ExternalViz, 'url'>): string | null {
  // The scheme and host must be written out: a placeholder there could send the frame anywhere.
  const head = /^https:\/\/[^/?#{}]+(?=[/?#]|$)/i.exec(viz.url)?.[0]
  if (!head) return null
  try {
    return new URL(head).origin
  } catch {
    return null
  }
}

/** What is wrong with an entry, in words; empty when it can be shown. */
export function externalVizProblems(viz: ExternalViz): string[] {
  const problems: string[] = []
  if (!/^[a-z0-9-]+$/.test(viz.id)) problems.push(`id "${viz.id}" is not [a-z0-9-]+`)
  if (!viz.title.en?.trim()) problems.push('no English title')
  if (!externalVizOrigin(viz)) problems.push('the address is not https with a written-out host')
  const unknown = [...viz.url.matchAll(/\{([^}]*)\}/g)]
    .map((m) => m[1]!)
    .filter((name) => !(externalVizPlaceholders as readonly string[]).includes(name))
  if (unknown.length) problems.push(`unknown placeholders: ${unknown.join(', ')}`)
  const { classes = [], properties = [] } = viz.appliesTo
  if (!classes.length && !properties.length) problems.push('applies to no topic')
  if (classes.some((id) => !/^Q[1-9]\d*$/.test(id))) problems.push('a class is not an item id')
  if (properties.some((id) => !/^P[1-9]\d*$/.test(id))) problems.push('a property is not an id')
  if (!viz.credit.author.trim()) problems.push('no author')
  if (!viz.credit.licence.trim()) problems.push('no licence')
  if (!isHttps(viz.credit.link)) problems.push('the credit link is not https')
  if (viz.credit.licenceUrl !== undefined && !isHttps(viz.credit.licenceUrl)) {
    problems.push('the licence link is not https')
  }
  if (viz.height !== undefined && !(viz.height >= 120 && viz.height <= 1200)) {
    problems.push('height is not between 120 and 1200')
  }
  return problems
}

/** The frame's address for a topic: placeholders filled, each value URL-encoded. */
export function externalVizUrl(
  viz: Pick<ExternalViz, 'url'>,
  values: { qid: string; lang: string; uilang: string },
): string {
  return viz.url.replace(/\{(qid|lang|uilang)\}/g, (_, name: keyof typeof values) =>
    encodeURIComponent(values[name]),
  )
}

/** The entries that apply to an entity, in registry order; entries with problems never do. */
export function externalVizFor(
  entity: Pick<Entity, 'statements'>,
  registry: readonly ExternalViz[],
): ExternalViz[] {
  const classes = new Set(
    (entity.statements.P31 ?? []).flatMap((s) => (s.value.type === 'entity' ? [s.value.id] : [])),
  )
  return registry.filter((viz) => {
    if (externalVizProblems(viz).length) return false
    const { classes: wanted = [], properties = [] } = viz.appliesTo
    return (
      wanted.some((id) => classes.has(id)) ||
      properties.some((p) => (entity.statements[p]?.length ?? 0) > 0)
    )
  })
}

/** The origins every entry's frames come from (the CSP's `frame-src`). */
export function externalVizOrigins(registry: readonly ExternalViz[]): string[] {
  const origins = registry.flatMap((viz) => {
    const origin = externalVizProblems(viz).length ? null : externalVizOrigin(viz)
    return origin ? [origin] : []
  })
  return [...new Set(origins)]
}

/** Reads entries from JSON (a deployment's `config.json`); malformed ones are left out. */
export function parseExternalVizList(input: unknown): ExternalViz[] {
  if (!Array.isArray(input)) return []
  return input.flatMap((raw): ExternalViz[] => {
    if (!isRecord(raw) || !isRecord(raw.title) || !isRecord(raw.appliesTo)) return []
    const credit = raw.credit
    if (!isRecord(credit)) return []
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined
    const title = Object.fromEntries(
      Object.entries(raw.title).filter((e): e is [string, string] => typeof e[1] === 'string'),
    )
    const viz: ExternalViz = {
      id: typeof raw.id === 'string' ? raw.id : '',
      title,
      url: typeof raw.url === 'string' ? raw.url : '',
      appliesTo: {
        classes: strings(raw.appliesTo.classes),
        properties: strings(raw.appliesTo.properties),
      },
      credit: {
        author: typeof credit.author === 'string' ? credit.author : '',
        licence: typeof credit.licence === 'string' ? credit.licence : '',
        ...(typeof credit.licenceUrl === 'string' ? { licenceUrl: credit.licenceUrl } : {}),
        link: typeof credit.link === 'string' ? credit.link : '',
      },
      ...(typeof raw.height === 'number' ? { height: raw.height } : {}),
    }
    return externalVizProblems(viz).length ? [] : [viz]
  })
}
