/**
 * Trusted Types, the safety net behind the sanitizer. The Content-Security-Policy requires them for
 * every script sink (`innerHTML`, `DOMParser`, script text and URLs), so a string only reaches one
 * through a policy. Besides DOMPurify's and Vue's own (which only wrap their already safe output)
 * and `inert-html` (./inertHtml.ts, for documents that are read, never shown), the app has one,
 * `default`, which every other string assigned to a sink goes through (Vue's `v-html`, Leaflet's
 * controls and icons, Codex's icons): HTML that `sanitizeHtml` (src/domain/html.ts) produced passes
 * unchanged, any other HTML is sanitized by DOMPurify first, script text is refused, and script
 * URLs are accepted only from the app's own origin. DOMPurify comes with the code that handles HTML
 * (./purify.ts); until it has loaded, only Codex's icon markup passes (plain shapes,
 * src/domain/svgIcon.ts) and anything else is dropped. (A named policy for sanitized HTML would
 * need every `v-html` to carry TrustedHTML objects instead of strings; recognising `sanitizeHtml`'s
 * exact output gives the same guarantee without that.) A sanitizer miss (or code that writes
 * upstream text to `innerHTML` by mistake) is thus cleaned here, and anything that would run a
 * script is blocked and reported as a CSP violation.
 */
import { iconShapes } from '../domain/svgIcon'

/** The shape of the browser's `trustedTypes` (absent where Trusted Types are not supported). */
interface PolicyFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML?: (input: string) => string
      createScript?: (input: string) => string | null
      createScriptURL?: (input: string) => string | null
    },
  ): unknown
  defaultPolicy?: unknown
}

/** The latest outputs of `sanitizeHtml`, most recent last (bounded). */
const sanitized = new Set<string>()
const SANITIZED_LIMIT = 200

/** Notes HTML that `sanitizeHtml` produced, so the policies pass it unchanged; returns it. */
export function markSanitized(html: string): string {
  sanitized.delete(html)
  sanitized.add(html)
  if (sanitized.size > SANITIZED_LIMIT) sanitized.delete(sanitized.values().next().value as string)
  return html
}

let sanitize: ((html: string) => string) | null = null

/** Gives the default policy its HTML sanitizer (./purify.ts does, when it loads). */
export function setPolicySanitizer(sanitizer: (html: string) => string): void {
  sanitize = sanitizer
}

/** What the default policy makes of an HTML string. */
export function policyHtml(input: string): string {
  if (sanitized.has(input)) return input
  if (sanitize) return sanitize(input)
  if (iconShapes(input)) return input
  console.warn('Kooste: HTML written before the sanitizer loaded was dropped')
  return ''
}

/** A script URL the default policy accepts: only the app's own origin. */
export function policyScriptUrl(input: string, base: string): string | null {
  try {
    const url = new URL(input, base)
    return url.origin === new URL(base).origin ? input : null
  } catch {
    return null
  }
}

/** Creates the app's default policy; does nothing where Trusted Types are missing or already set up. */
export function installTrustedTypes(
  scope: { trustedTypes?: PolicyFactory; location?: { href: string } } = globalThis as never,
): void {
  const factory = scope.trustedTypes
  if (!factory || factory.defaultPolicy) return
  const base = scope.location?.href ?? 'http://localhost/'
  factory.createPolicy('default', {
    createHTML: policyHtml,
    createScript: () => null,
    createScriptURL: (input) => policyScriptUrl(input, base),
  })
}

installTrustedTypes()
