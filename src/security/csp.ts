/**
 * The Content-Security-Policy of the built app, derived from the configured endpoints
 * (src/config.ts defaults; scripts/vite-csp.ts writes it into index.html as a meta tag). Scripts
 * only from the app's own origin; connections only to the endpoints; images and media from the
 * app, the media host and the tile server; and Trusted Types for every script sink, so a string
 * that slips past the sanitizer still cannot become markup or script without a policy
 * (src/security/trustedTypes.ts). docs/security.md explains each line.
 */
import type { KoosteConfig } from '../config'
import { externalVisualizations, externalVizOrigins } from '../domain/externalViz.ts'

/** The endpoints a policy is derived from. */
export type CspEndpoints = Pick<
  KoosteConfig,
  'wikidataApi' | 'queryService' | 'commonsApi' | 'wikipediaRest' | 'wikisourceApi' | 'tiles'
>

/** Where Commons serves the files themselves (the API hands out URLs on this host). */
export const MEDIA_HOSTS = ['https://upload.wikimedia.org']

/**
 * The Trusted Types policies that may exist: the app's default one, its parser's for inert
 * documents (src/security/inertHtml.ts), DOMPurify's and Vue's.
 */
export const TRUSTED_TYPES_POLICIES = ['default', 'inert-html', 'dompurify', 'vue']

/**
 * The source expression for a URL template: its origin, with a leading `{lang}.`/`{s}.` host
 * label as a `*.` wildcard; `'self'` for a relative URL (an endpoint on the app's own origin).
 */
export function sourceOf(template: string): string {
  const match = /^(https?):\/\/((?:\{\w+\}\.)?)([^/{}?#]+)/i.exec(template)
  if (!match) return "'self'"
  const [, scheme, wildcard, host] = match
  return `${scheme?.toLowerCase()}://${wildcard ? '*.' : ''}${host?.toLowerCase()}`
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/**
 * The policy for the given endpoints; `extra` sources (a deployment's other hosts) are allowed
 * for connections, images and media too.
 */
export function contentSecurityPolicy(endpoints: CspEndpoints, extra: string[] = []): string {
  const apis = [
    endpoints.wikidataApi,
    endpoints.queryService,
    endpoints.commonsApi,
    endpoints.wikipediaRest,
    endpoints.wikisourceApi,
  ].map(sourceOf)
  const tiles = sourceOf(endpoints.tiles.url)
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Vue and Leaflet position things with inline styles; upstream HTML never keeps a style
    // attribute (the sanitizer's allow-list has none).
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', unique(["'self'", 'data:', 'blob:', ...MEDIA_HOSTS, ...apis, tiles, ...extra])],
    ['media-src', unique(["'self'", 'blob:', ...MEDIA_HOSTS, ...extra])],
    ['connect-src', unique(["'self'", ...apis, ...MEDIA_HOSTS, ...extra])],
    ['font-src', ["'self'", 'data:']],
    // Visualizations made elsewhere (src/domain/externalViz.ts), and a deployment's own in `extra`.
    ['frame-src', unique(["'self'", ...externalVizOrigins(externalVisualizations), ...extra])],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', TRUSTED_TYPES_POLICIES],
  ]
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}
