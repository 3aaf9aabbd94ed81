/** Where a host's URLs should point: `https://host` live, `http://127.0.0.1:5173/_double/host` mounted. */
export type PublicBase = (host: string) => string

const UPLOAD = /(?:https?:)?\/\/upload\.wikimedia\.org(?=\/)/g
const FILE_PATH = /(?:https?:)?\/\/commons\.wikimedia\.org(?=\/wiki\/Special:FilePath\/)/g
const TIMED_TEXT = /(?:https?:)?\/\/commons\.wikimedia\.org(?=\/w\/api\.php\?action=timedtext&)/g

/**
 * A text rewriter for the URLs a client fetches from (images, Special:FilePath, subtitles), so they reach
 * the mounted double; identity when the double is reached at the real hosts (no publicBase).
 */
export function urlRewriter(publicBase: PublicBase | undefined): (text: string) => string {
  if (publicBase === undefined) return (text) => text
  const upload = publicBase('upload.wikimedia.org')
  const commons = publicBase('commons.wikimedia.org')
  return (text) =>
    text.replace(UPLOAD, upload).replace(FILE_PATH, commons).replace(TIMED_TEXT, commons)
}
