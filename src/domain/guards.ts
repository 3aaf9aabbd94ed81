/** Small checks for upstream JSON, which arrives as `unknown` and is never trusted. */

export type JsonRecord = Record<string, unknown>

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The string at `key`, or undefined. */
export function str(record: JsonRecord, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' ? value : undefined
}

/** The finite number at `key` (numeric strings accepted), or undefined. */
export function num(record: JsonRecord, key: string): number | undefined {
  const value = record[key]
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}

/** The object at `key`, or undefined. */
export function rec(record: JsonRecord, key: string): JsonRecord | undefined {
  const value = record[key]
  return isRecord(value) ? value : undefined
}

/** The array at `key`, or an empty array. */
export function arr(record: JsonRecord, key: string): unknown[] {
  const value = record[key]
  return Array.isArray(value) ? value : []
}

/** An upstream body that does not have the shape the mapper needs. */
export class ShapeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ShapeError'
  }
}
