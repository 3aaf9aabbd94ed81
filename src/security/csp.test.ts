import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../config'
import { contentSecurityPolicy, sourceOf } from './csp'

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((part) => {
      const [name = '', ...sources] = part.split(' ')
      return [name, sources] as const
    }),
  )

describe('sourceOf', () => {
  it.each([
    ['https://www.wikidata.org/w/api.php', 'https://www.wikidata.org'],
    ['https://{lang}.wikipedia.org/api/rest_v1', 'https://*.wikipedia.org'],
    ['https://{s}.tile.example/{z}/{x}/{y}.png', 'https://*.tile.example'],
    ['HTTPS://Query.Example:8443/sparql', 'https://query.example:8443'],
    ['/_double/www.wikidata.org/w/api.php', "'self'"],
  ])('%s → %s', (template, source) => expect(sourceOf(template)).toBe(source))
})

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy(defaultConfig))

  it('runs scripts from the app only, and requires Trusted Types for script sinks', () => {
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"])
    expect(policy.get('trusted-types')).toEqual(['default', 'inert-html', 'dompurify', 'vue'])
  })

  it('connects to the configured endpoints and nothing else', () => {
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'https://www.wikidata.org',
      'https://query.wikidata.org',
      'https://commons.wikimedia.org',
      'https://*.wikipedia.org',
      'https://*.wikisource.org',
      'https://upload.wikimedia.org',
    ])
  })

  it('takes images from the media host and the tile server', () => {
    expect(policy.get('img-src')).toEqual(
      expect.arrayContaining(['https://upload.wikimedia.org', 'https://tile.openstreetmap.org']),
    )
  })

  it('follows a deployment that points elsewhere, with its extra sources', () => {
    const other = directives(
      contentSecurityPolicy(
        {
          ...defaultConfig,
          queryService: 'https://qlever.example/api/wikidata',
          tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '' },
        },
        ['https://media.example'],
      ),
    )
    expect(other.get('connect-src')).toContain('https://qlever.example')
    expect(other.get('connect-src')).not.toContain('https://query.wikidata.org')
    expect(other.get('connect-src')).toContain('https://media.example')
    expect(other.get('img-src')).toContain('https://tiles.example')
    expect(other.get('media-src')).toContain('https://media.example')
  })
})
