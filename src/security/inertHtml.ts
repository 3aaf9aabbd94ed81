/**
 * Reading upstream HTML without showing it. A document made by DOMParser is inert: nothing in it
 * runs or loads, and it never joins the page. Under Trusted Types DOMParser is still a sink, so the
 * strings it parses go through the `inert-html` policy, which only this module holds and which
 * serves only this parser; HTML that is shown goes through DOMPurify (src/domain/html.ts).
 */

interface InertPolicy {
  createHTML(input: string): unknown
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): InertPolicy
}

let policy: InertPolicy | null | undefined

function inertPolicy(): InertPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes
    policy = factory?.createPolicy('inert-html', { createHTML: (input) => input }) ?? null
  }
  return policy
}

/** An inert document of the given HTML, for reading its text and structure. */
export function parseInert(html: string): Document {
  const trusted = inertPolicy()?.createHTML(html) ?? html
  return new DOMParser().parseFromString(trusted as string, 'text/html')
}
