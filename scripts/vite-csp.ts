import type { Plugin } from 'vite'
import pkg from '../package.json' with { type: 'json' }

/**
 * Writes the Content-Security-Policy (src/security/csp.ts) into the built index.html as the first
 * thing in its head, from the endpoints of src/config.ts's defaults. A deployment whose
 * `config.json` points at other hosts builds with them in `KOOSTE_CSP_SOURCES` (space-separated
 * origins); `KOOSTE_CSP=off` leaves the tag out (docs/deploy.md, docs/security.md). Only in builds:
 * the dev server injects inline styles and its own client.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'kooste-csp',
    apply: 'build',
    async transformIndexHtml(html) {
      if (process.env.KOOSTE_CSP === 'off') return html
      // config.ts names the version in its User-Agent default, a build-time constant in the app.
      Object.assign(globalThis, { __KOOSTE_VERSION__: pkg.version })
      const { defaultConfig } = await import('../src/config.ts')
      const { contentSecurityPolicy } = await import('../src/security/csp.ts')
      const extra = (process.env.KOOSTE_CSP_SOURCES ?? '').split(/\s+/).filter(Boolean)
      const policy = contentSecurityPolicy(defaultConfig, extra).replace(/&/g, '&amp;')
      const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
      // Right after the charset (which must come first), before any script or preload.
      const charset = /<meta charset="[^"]*"\s*\/?>/i
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the CSP tag')
      return html.replace(charset, (meta) => `${meta}\n    ${tag}`)
    },
  }
}
