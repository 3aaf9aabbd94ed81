/**
 * DOMPurify, for the code that handles upstream HTML. Importing it also hands the sanitizer to the
 * Trusted Types default policy (./trustedTypes.ts), so only views that show or parse HTML load it:
 * an embedded timeline or chart never does. Code that writes HTML to a sink imports this module
 * (directly or through src/domain/html.ts) before it writes.
 */
import DOMPurify from 'dompurify'
import { setPolicySanitizer } from './trustedTypes'

setPolicySanitizer((html) =>
  DOMPurify.sanitize(html, { ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'form'] }),
)

export default DOMPurify
