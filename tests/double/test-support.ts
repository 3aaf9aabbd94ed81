import path from 'node:path'
import { createDouble, repoRoot, type Double } from './index.ts'
import { isObject, parseJson, type Json } from './json.ts'

/** The double's own small dataset. */
export const TESTDATA = path.resolve(repoRoot, 'tests/double/testdata')

/** The real Wikimedia responses shared beside the repository (present in CI). */
export const REAL_FIXTURES = path.resolve(repoRoot, '../shared/fixtures/real')

/** A double over the test dataset. */
export function testDouble(
  options: { publicBase?: (host: string) => string } = {},
): Promise<Double> {
  return createDouble({ dataset: TESTDATA, ...options })
}

/** Sends a GET (or the given init) through the double. */
export function send(double: Double, url: string, init?: RequestInit): Promise<Response> {
  return double.handle(new Request(url, init))
}

/** Sends a request and parses the JSON body. */
export async function getJson(double: Double, url: string, init?: RequestInit): Promise<Json> {
  const response = await send(double, url, init)
  return parseJson(await response.text())
}

/** The value at a path of object keys and array indexes, or undefined. */
export function at(value: Json | undefined, ...path: (string | number)[]): Json | undefined {
  let current = value
  for (const key of path) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined
    else current = isObject(current) ? current[key] : undefined
  }
  return current
}

/** The array at a path, or an empty one. */
export function listAt(value: Json | undefined, ...path: (string | number)[]): Json[] {
  const target = at(value, ...path)
  return Array.isArray(target) ? target : []
}

/** The keys of the object at a path. */
export function keysAt(value: Json | undefined, ...path: (string | number)[]): string[] {
  const target = at(value, ...path)
  return isObject(target) ? Object.keys(target) : []
}

/** Builds an Action API URL: `api('www.wikidata.org', { action: 'wbgetentities', ... })`. */
export function api(host: string, params: Record<string, string>): string {
  const query = new URLSearchParams({ format: 'json', formatversion: '2', ...params })
  return `https://${host}/w/api.php?${query}`
}
