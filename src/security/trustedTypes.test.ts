import { describe, expect, it, vi } from 'vitest'
import { sanitizeHtml } from '../domain/html'
import './purify'
import { installTrustedTypes, markSanitized, policyHtml, policyScriptUrl } from './trustedTypes'

describe('the default policy', () => {
  it('passes the exact output of sanitizeHtml unchanged', () => {
    const clean = sanitizeHtml('<p>Verla <a href="https://example.org/">mill</a></p>')
    expect(clean).toContain('target="_blank"')
    expect(policyHtml(clean)).toBe(clean)
  })

  it('sanitizes any other HTML', () => {
    const html = policyHtml(
      '<img src="x" onerror="window.__kooste_xss(1)"><script>alert(1)</script>',
    )
    expect(html).not.toMatch(/onerror|script/i)
    expect(policyHtml('<a href="javascript:alert(1)">x</a>')).not.toContain('javascript:')
  })

  it('forgets old sanitized outputs (bounded)', () => {
    const first = markSanitized('<p>first <img src=x onerror=alert(1)></p>')
    for (let n = 0; n < 300; n++) markSanitized(`<p>${n}</p>`)
    expect(policyHtml(first)).not.toContain('onerror')
  })

  it('accepts script URLs from the app origin only', () => {
    const base = 'https://kooste.example/topic'
    expect(policyScriptUrl('/assets/a.js', base)).toBe('/assets/a.js')
    expect(policyScriptUrl('https://evil.example/a.js', base)).toBeNull()
    expect(policyScriptUrl('data:text/javascript,alert(1)', base)).toBeNull()
  })

  it('creates the default policy once, where Trusted Types exist', () => {
    const created: string[] = []
    const factory = {
      createPolicy: (name: string) => {
        created.push(name)
        return {}
      },
      defaultPolicy: undefined as unknown,
    }
    installTrustedTypes({ trustedTypes: factory, location: { href: 'https://kooste.example/' } })
    expect(created).toEqual(['default'])
    factory.defaultPolicy = {}
    installTrustedTypes({ trustedTypes: factory })
    expect(created).toEqual(['default'])
    installTrustedTypes({})
  })
})

describe('the default policy before DOMPurify has loaded', () => {
  it('passes Codex icon shapes and drops any other HTML', async () => {
    vi.resetModules()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const fresh = await import('./trustedTypes')
    expect(fresh.policyHtml('<path d="M0 0h2z"/>')).toBe('<path d="M0 0h2z"/>')
    expect(fresh.policyHtml('<img src=x onerror=alert(1)>')).toBe('')
    expect(fresh.policyHtml('<path d="M0 0" onload="alert(1)"/>')).toBe('')
    expect(fresh.policyHtml('<p>plain</p>')).toBe('')
    expect(warn).toHaveBeenCalledTimes(3)
    // Once the sanitizer has come, the same HTML is cleaned instead of dropped.
    fresh.setPolicySanitizer((html) => html.replace(/ onerror=[^>]+/, ''))
    expect(fresh.policyHtml('<img src=x onerror=alert(1)>')).toBe('<img src=x>')
    warn.mockRestore()
  })
})
