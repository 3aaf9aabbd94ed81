import { dbKey, wfUrlencode } from './titles.ts'

/** A wiki that sitelinks point to. */
export interface Site {
  /** `fi.wikipedia.org` */
  host: string
  /** Content language code (`fi`, `zh-min-nan`), empty for multilingual wikis. */
  language: string
}

const SPECIAL_SITES: Record<string, Site> = {
  commonswiki: { host: 'commons.wikimedia.org', language: '' },
  specieswiki: { host: 'species.wikimedia.org', language: '' },
  metawiki: { host: 'meta.wikimedia.org', language: '' },
  wikidatawiki: { host: 'www.wikidata.org', language: '' },
  mediawikiwiki: { host: 'www.mediawiki.org', language: '' },
  sourceswiki: { host: 'wikisource.org', language: '' },
  wikimaniawiki: { host: 'wikimania.wikimedia.org', language: '' },
}

const FAMILIES = [
  'wikisource',
  'wikiquote',
  'wikivoyage',
  'wikibooks',
  'wikinews',
  'wikiversity',
  'wiktionary',
]

/** The wiki behind a Wikibase site id (`fiwiki`, `fiwikisource`, `commonswiki`...). */
export function siteOf(siteId: string): Site | undefined {
  const special = SPECIAL_SITES[siteId]
  if (special !== undefined) return special
  for (const family of [...FAMILIES, 'wiki']) {
    if (!siteId.endsWith(family) || siteId.length === family.length) continue
    const subdomain = siteId.slice(0, -family.length).replace(/_/g, '-')
    const language = subdomain === 'be-x-old' ? 'be-tarask' : subdomain
    const project = family === 'wiki' ? 'wikipedia' : family
    return { host: `${subdomain}.${project}.org`, language }
  }
  return undefined
}

/** The article URL of a sitelink, as Wikibase writes it (`https://fi.wikipedia.org/wiki/X_y`). */
export function sitelinkUrl(siteId: string, title: string): string | undefined {
  const site = siteOf(siteId)
  return site && `https://${site.host}/wiki/${wfUrlencode(dbKey(title))}`
}
