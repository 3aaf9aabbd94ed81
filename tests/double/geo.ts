import type { ApiContext } from './mediawiki.ts'
import { apiError, missingParam } from './mediawiki.ts'

/** A page with a primary coordinate, as GeoData indexes it. */
export interface GeoPoint {
  pageid: number
  ns: number
  title: string
  lat: number
  lon: number
}

/** GeoData's Earth radius in metres. */
const EARTH_RADIUS = 6371010

/** Great-circle distance in metres. */
export function distance(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)))
}

function parsePair(value: string | undefined): [number, number] | undefined {
  const parts = (value ?? '').split('|').map(Number)
  const [a, b] = parts
  if (parts.length !== 2 || a === undefined || b === undefined) return undefined
  return Number.isFinite(a) && Number.isFinite(b) ? [a, b] : undefined
}

function parseBox(
  text: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const [top, left, bottom, right, ...rest] = text.split('|').map(Number)
  if (top === undefined || left === undefined || bottom === undefined || right === undefined) {
    return undefined
  }
  if (rest.length > 0 || ![top, left, bottom, right].every(Number.isFinite)) return undefined
  return { top, left, bottom, right }
}

/**
 * Runs a GeoData search (`list=geosearch` with prefix `gs`, the generator with `ggs`) over
 * `points`; answers with the matches nearest first, or with the API error GeoData gives.
 */
export function geosearch(
  context: ApiContext,
  prefix: 'gs' | 'ggs',
  points: GeoPoint[],
  pageCenter: (title: string) => { lat: number; lon: number } | undefined,
): { matches: (GeoPoint & { dist: number })[] } | { error: Response } {
  const { params } = context
  const limit = params.limit(`${prefix}limit`, 10, 500)
  const namespaces = params.list(`${prefix}namespace`).map(Number)
  const candidates = points.filter((p) => namespaces.length === 0 || namespaces.includes(p.ns))
  const boxText = params.get(`${prefix}bbox`)
  if (boxText !== undefined) {
    const box = parseBox(boxText)
    if (box === undefined)
      return { error: apiError(context, 'invalid-bbox', 'Invalid bounding box.') }
    const inside = candidates.filter(
      (p) => p.lat <= box.top && p.lat >= box.bottom && p.lon >= box.left && p.lon <= box.right,
    )
    const centerLat = (box.top + box.bottom) / 2
    const centerLon = (box.left + box.right) / 2
    return { matches: nearest(inside, centerLat, centerLon, Infinity, limit) }
  }
  let center: { lat: number; lon: number } | undefined
  const coord = params.get(`${prefix}coord`)
  const page = params.get(`${prefix}page`)
  if (coord !== undefined) {
    const pair = parsePair(coord)
    if (pair === undefined) {
      return { error: apiError(context, 'invalid-coord', 'Invalid coordinate provided.') }
    }
    center = { lat: pair[0], lon: pair[1] }
  } else if (page !== undefined) {
    center = pageCenter(page)
    if (center === undefined) {
      return { error: apiError(context, 'nocoord', `Given page does not have coordinates.`) }
    }
  } else {
    return {
      error: apiError(
        context,
        'invalidparammix',
        `Exactly one of "${prefix}coord", "${prefix}page" or "${prefix}bbox" must be set.`,
      ),
    }
  }
  const radiusText = params.get(`${prefix}radius`)
  if (radiusText === undefined) return { error: missingParam(context, `${prefix}radius`) }
  const radius = Math.min(Math.max(Number.parseInt(radiusText, 10) || 10, 10), 10000)
  return { matches: nearest(candidates, center.lat, center.lon, radius, limit) }
}

function nearest(
  points: GeoPoint[],
  lat: number,
  lon: number,
  radius: number,
  limit: number,
): (GeoPoint & { dist: number })[] {
  return points
    .map((point) => ({ ...point, dist: distance(lat, lon, point.lat, point.lon) }))
    .filter((point) => point.dist <= radius)
    .sort((a, b) => a.dist - b.dist || a.pageid - b.pageid)
    .slice(0, limit)
    .map((point) => ({ ...point, dist: Math.round(point.dist * 10) / 10 }))
}
