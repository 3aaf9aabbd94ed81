import { createHash } from 'node:crypto'

const NAMESPACES: Record<string, string> = {
  file: 'File',
  image: 'File',
  category: 'Category',
  property: 'Property',
}

function upperFirst(text: string): string {
  const first = text.codePointAt(0)
  if (first === undefined) return text
  const char = String.fromCodePoint(first)
  return char.toUpperCase() + text.slice(char.length)
}

/**
 * Normalizes a page title as MediaWiki does on first-letter-case wikis: underscores to spaces,
 * collapsed whitespace, canonical namespace names, first letter uppercase.
 */
export function normalizeTitle(title: string): string {
  const spaced = title.replace(/[_\s]+/g, ' ').trim()
  const colon = spaced.indexOf(':')
  if (colon > 0) {
    const namespace = NAMESPACES[spaced.slice(0, colon).trim().toLowerCase()]
    if (namespace !== undefined) {
      return `${namespace}:${upperFirst(spaced.slice(colon + 1).trim())}`
    }
  }
  return upperFirst(spaced)
}

/** A title in URL form: spaces as underscores. */
export function dbKey(title: string): string {
  return title.replace(/ /g, '_')
}

/** Percent-encodes like MediaWiki's wfUrlencode, which leaves `;@$!*(),/~:` readable. */
export function wfUrlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/'/g, '%27')
    .replace(/%(3B|40|24|21|2A|28|29|2C|2F|7E|3A)/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    )
}

/** PHP's rawurlencode (RFC 3986): also escapes `!'()*`, which encodeURIComponent leaves. */
export function rawurlencode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/** Hex MD5 of a string (MediaWiki's hashed upload directories, value-node hashes). */
export function md5(text: string): string {
  return createHash('md5').update(text).digest('hex')
}

/** A stable page id for a page that the dataset does not number (between 1e6 and 1e8). */
export function syntheticPageId(title: string): number {
  return 1_000_000 + (parseInt(md5(title).slice(0, 8), 16) % 99_000_000)
}

/** Decodes percent-escapes, leaving malformed ones as they are. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
