/**
 * The order in which the gallery asks Commons for files: a queue of cursors (media statements,
 * the depicts search, the files of a category, the subcategories of a category), each continued by
 * the API's continuation. The first wave runs every cursor at once (one request wave after the
 * item); "load more" runs the next page of files. The walk of subcategories is bounded in depth and
 * in number of categories, and never visits a category twice, so loops end.
 */
import type { Entity } from './entity'
import { categoryName, commonsCategory, depictsSearch, mediaStatementFiles } from './gallery'

export type Continuation = Record<string, string>

export type GalleryCursor =
  | { kind: 'statements'; titles: string[] }
  | { kind: 'depicts'; search: string; continuation: Continuation | null }
  | { kind: 'files'; category: string; depth: number; continuation: Continuation | null }
  | { kind: 'subcats'; category: string; depth: number; continuation: Continuation | null }

export interface GalleryPlanLimits {
  /** Deepest level of subcategories walked (0: the topic's category only). */
  maxDepth: number
  /** Most categories walked in all, the topic's own included. */
  maxCategories: number
}

export const defaultPlanLimits: GalleryPlanLimits = { maxDepth: 2, maxCategories: 30 }

export interface GalleryPlan {
  queue: GalleryCursor[]
  /** Categories queued or walked (names as Commons writes them). */
  seen: Set<string>
  /** Subcategories left out by the limits. */
  skipped: number
  started: boolean
  limits: GalleryPlanLimits
}

/** The cursors for an entity: statements, then the depicts search, then its category. */
export function startPlan(entity: Entity, limits = defaultPlanLimits): GalleryPlan {
  const queue: GalleryCursor[] = []
  const titles = mediaStatementFiles(entity)
  if (titles.length) queue.push({ kind: 'statements', titles })
  if (entity.kind === 'item') {
    queue.push({ kind: 'depicts', search: depictsSearch(entity.id), continuation: null })
  }
  const category = commonsCategory(entity)
  const seen = new Set<string>()
  if (category) {
    seen.add(category)
    queue.push({ kind: 'files', category, depth: 0, continuation: null })
    if (limits.maxDepth > 0) queue.push({ kind: 'subcats', category, depth: 0, continuation: null })
  }
  return { queue, seen, skipped: 0, started: false, limits }
}

const givesFiles = (cursor: GalleryCursor) => cursor.kind !== 'subcats'

/**
 * Takes the cursors to run now: the whole queue the first time (one wave), afterwards the
 * subcategory listings at the front and the first cursor that gives files.
 */
export function takeNext(plan: GalleryPlan): GalleryCursor[] {
  if (!plan.started) {
    plan.started = true
    return plan.queue.splice(0)
  }
  const firstFiles = plan.queue.findIndex(givesFiles)
  return plan.queue.splice(0, firstFiles < 0 ? plan.queue.length : firstFiles + 1)
}

/** True when nothing is left to ask for. */
export function planDone(plan: GalleryPlan): boolean {
  return plan.queue.length === 0
}

/** Puts cursors that failed back at the front, to be tried again first. */
export function requeue(plan: GalleryPlan, cursors: readonly GalleryCursor[]): void {
  plan.queue.unshift(...cursors)
}

export interface CursorResult {
  cursor: GalleryCursor
  continuation: Continuation | null
  subcategories?: readonly string[]
}

/**
 * Records what a wave of cursors gave, in cursor order: continuations go to the front of the
 * queue (a stream finishes before the next starts), new subcategories within the limits to the
 * back.
 */
export function advance(plan: GalleryPlan, results: readonly CursorResult[]): void {
  const front: GalleryCursor[] = []
  for (const { cursor, continuation, subcategories } of results) {
    let continued = Boolean(continuation) && cursor.kind !== 'statements'
    if (cursor.kind === 'subcats') {
      const depth = cursor.depth + 1
      for (const raw of subcategories ?? []) {
        const name = categoryName(raw)
        if (!name || plan.seen.has(name)) continue
        if (plan.seen.size >= plan.limits.maxCategories) {
          plan.skipped++
          continue
        }
        plan.seen.add(name)
        plan.queue.push({ kind: 'files', category: name, depth, continuation: null })
        if (depth < plan.limits.maxDepth)
          plan.queue.push({ kind: 'subcats', category: name, depth, continuation: null })
      }
      // A long list of subcategories is not continued past the limit.
      if (continued && plan.seen.size >= plan.limits.maxCategories) {
        continued = false
        plan.skipped++
      }
    }
    if (continued && continuation && cursor.kind !== 'statements')
      front.push({ ...cursor, continuation })
  }
  plan.queue.unshift(...front)
}
