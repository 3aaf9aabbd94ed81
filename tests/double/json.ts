/** A JSON value, as `JSON.parse` produces it. */
export type Json = null | boolean | number | string | Json[] | JsonObject

/** A JSON object. */
export interface JsonObject {
  [key: string]: Json
}

/** Parses JSON text; `JSON.parse` is typed `any`, but its result is always a `Json`. */
export function parseJson(text: string): Json {
  return JSON.parse(text) as Json
}

/** Whether a JSON value is an object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The string at `key`, or undefined. */
export function stringAt(object: JsonObject, key: string): string | undefined {
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}

/** The number at `key`, or undefined. */
export function numberAt(object: JsonObject, key: string): number | undefined {
  const value = object[key]
  return typeof value === 'number' ? value : undefined
}

/** The object at `key`, or undefined. */
export function objectAt(object: JsonObject, key: string): JsonObject | undefined {
  const value = object[key]
  return isObject(value) ? value : undefined
}

/** The array at `key`, or an empty array. */
export function arrayAt(object: JsonObject, key: string): Json[] {
  const value = object[key]
  return Array.isArray(value) ? value : []
}

/** Applies `transform` to every string in a JSON value, returning a new value. */
export function mapStrings(value: Json, transform: (text: string) => string): Json {
  if (typeof value === 'string') return transform(value)
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, transform))
  if (isObject(value)) {
    const out: JsonObject = {}
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, transform)
    return out
  }
  return value
}
