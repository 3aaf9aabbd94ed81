/**
 * The real Wikimedia responses of the conformance suite: where they are, which files there are,
 * and how to read each kind. They live outside the project (`../shared/fixtures/real/`, see its
 * PROVENANCE.md) and are never copied in; when the folder is missing the suite says so and skips.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { it } from 'vitest'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/real')
export const fixturesExist = existsSync(fixturesDir) && statSync(fixturesDir).isDirectory()
export const skipMessage = `conformance fixtures not found at ${fixturesDir}, suite skipped`

/** Files that describe the folder rather than hold a response. */
const notResponses = new Set(['PROVENANCE.md', 'README.md'])

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return walk(full)
      return entry.isFile() && !notResponses.has(entry.name) ? [full] : []
    })
    .sort()
}

/** Every response file, as a path relative to the folder (`entities/x.json`); [] without it. */
export function allFiles(): string[] {
  if (!fixturesExist) return []
  return walk(fixturesDir).map((full) => path.relative(fixturesDir, full).split(path.sep).join('/'))
}

/** The response files of one subfolder (`entities`, `commons`…), relative to the fixtures folder. */
export function filesIn(folder: string, extension?: string): string[] {
  return allFiles().filter(
    (file) => file.startsWith(`${folder}/`) && (!extension || file.endsWith(extension)),
  )
}

/** The subfolders, each with its files. */
export function filesByFolder(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const file of allFiles()) {
    const folder = file.includes('/') ? (file.split('/')[0] ?? '') : ''
    ;(out[folder] ??= []).push(file)
  }
  return out
}

/** The file's text. */
export function readText(file: string): string {
  return readFileSync(path.join(fixturesDir, file), 'utf8')
}

/** The file parsed as JSON. */
export function readJson(file: string): unknown {
  return JSON.parse(readText(file))
}

function literalValue(node: ts.Expression): unknown {
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node)
  ) {
    return literalValue(node.expression)
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isNumericLiteral(node)) return Number(node.text)
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    return -Number(literalValue(node.operand))
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false
  if (node.kind === ts.SyntaxKind.NullKeyword) return null
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(literalValue)
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {}
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) throw new Error(`not data: ${property.getText()}`)
      const name = property.name
      const key =
        ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)
          ? name.text
          : null
      if (key === null) throw new Error(`computed key: ${name.getText()}`)
      out[key] = literalValue(property.initializer)
    }
    return out
  }
  throw new Error(`not a literal: ${node.getText().slice(0, 60)}`)
}

/**
 * The object literal a TypeScript data module exports (`export const M1: MediaInfo = {…}` or
 * `export default {…}`), read with the TypeScript parser: nothing in the file is run, and anything
 * that is not plain data (a call, a variable, a spread) throws.
 */
export function readTsLiteral(file: string): unknown {
  const source = ts.createSourceFile(file, readText(file), ts.ScriptTarget.Latest, true)
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) return literalValue(statement.expression)
    if (ts.isVariableStatement(statement)) {
      const initializer = statement.declarationList.declarations[0]?.initializer
      if (initializer) return literalValue(initializer)
    }
  }
  throw new Error(`${file} exports no object literal`)
}

export type Loaded =
  | { kind: 'json'; body: unknown }
  | { kind: 'ts-literal'; body: unknown }
  | { kind: 'text'; body: string }

/** The file as a mapper would meet it: JSON and TypeScript data parsed, anything else as text. */
export function loadFixture(file: string): Loaded {
  if (file.endsWith('.json')) return { kind: 'json', body: readJson(file) }
  if (file.endsWith('.ts')) return { kind: 'ts-literal', body: readTsLiteral(file) }
  return { kind: 'text', body: readText(file) }
}

/** One Wikibase time value found in a body, with where it was. */
export interface FoundTime {
  path: string
  value: unknown
}

/** Every `{type: 'time', value}` datavalue anywhere in a body (main snaks, qualifiers, references). */
export function findTimeValues(body: unknown, at = '$'): FoundTime[] {
  if (Array.isArray(body)) return body.flatMap((item, i) => findTimeValues(item, `${at}[${i}]`))
  if (typeof body !== 'object' || body === null) return []
  const record = body as Record<string, unknown>
  const own: FoundTime[] =
    record.type === 'time' && typeof record.value === 'object' && record.value !== null
      ? [{ path: at, value: record.value }]
      : []
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, value]) => findTimeValues(value, `${at}.${key}`)),
  ]
}

/**
 * Registers the test that says the suite was skipped, naming the folder it looked for. Call it at
 * the top level of each conformance test file; it registers nothing when the folder exists.
 */
export function reportWhenSkipped(): void {
  if (fixturesExist) return
  console.warn(skipMessage)
  it.skip(skipMessage, () => {})
}
