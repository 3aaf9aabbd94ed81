/**
 * Writes the demo world (demo-world/) from the typed description in this folder.
 * Run: `cd /work/main && export PATH=$PWD/node_modules/.bin:$PATH && jiti scripts/demo-world/build.ts`
 * Deterministic: the same sources always give byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CAMPAIGNS, CATEGORIES, FILES, SERIES, extmetadata, type CommonsFile } from './commons.ts'
import { entityJson, guid, sha1, uploadUrl, type DatatypeOf } from './model.ts'
import { PROPERTIES } from './properties.ts'
import {
  ARTICLES,
  SUMMARIES,
  WIKIPEDIA_REDIRECTS,
  WIKISOURCE,
  type Article,
  type Summary,
} from './texts.ts'
import { ITEMS, REDIRECTS } from './world.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo-world')
/** Generated folders; README.md and SOURCES.md beside them are hand-written and kept. */
const GENERATED = ['entities', 'commons', 'wikipedia', 'wikisource']

const RTL = new Set(['ar', 'he', 'fa', 'ur'])
const TALK: Record<string, string> = {
  en: 'Talk',
  fi: 'Keskustelu',
  sv: 'Diskussion',
  de: 'Diskussion',
  fr: 'Discussion',
  se: 'Ságastallan',
  ar: 'نقاش',
}

const written: string[] = []

function write(rel: string, content: string): void {
  const path = join(ROOT, rel)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
  written.push(rel)
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/**
 * A page title as a file name: underscores for spaces, '/' as %2F (see README.md), and ':' as
 * %3A so that the files can be checked out on Windows too (the double decodes any escape).
 */
const titleFile = (title: string): string =>
  title.replace(/ /g, '_').replace(/\//g, '%2F').replace(/:/g, '%3A')

/** A page title in a URL path, encoded as MediaWiki does. */
const titlePath = (title: string): string =>
  encodeURIComponent(title.replace(/ /g, '_'))
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%28/g, '(')
    .replace(/%29/g, ')')
    .replace(/%27/g, "'")

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// ---------------------------------------------------------------------------------------------

function buildEntities(): void {
  const datatypes = new Map(PROPERTIES.map((p) => [p.id, p.datatype]))
  const datatypeOf: DatatypeOf = (p) => {
    const d = datatypes.get(p)
    if (!d) throw new Error(`property ${p} is used but not defined in properties.ts`)
    return d
  }
  const byId = new Map<string, ReturnType<typeof entityJson>>()
  for (const e of [...ITEMS, ...PROPERTIES]) {
    if (byId.has(e.id)) throw new Error(`duplicate entity ${e.id}`)
    const body = entityJson(e, datatypeOf)
    byId.set(e.id, body)
    write(`entities/${e.id}.json`, json({ entities: { [e.id]: body } }))
  }
  for (const [from, to] of Object.entries(REDIRECTS)) {
    const target = byId.get(to)
    if (!target) throw new Error(`redirect ${from} -> ${to}: no such entity`)
    write(`entities/${from}.json`, json({ entities: { [to]: target } }))
  }
}

// ---------------------------------------------------------------------------------------------

function commonsRecord(f: CommonsFile): unknown {
  const record: Record<string, unknown> = {
    title: `File:${f.name}`,
    mime: f.mime,
    width: f.width,
    height: f.height,
    size: f.size,
    timestamp: f.timestamp,
    user: f.user,
    extmetadata: extmetadata(f),
    categories: f.categories,
    statements: { P180: f.depicts },
  }
  if (f.coordinates) record.coordinates = f.coordinates
  if (f.captions) record.captions = f.captions
  return record
}

function buildCommons(): void {
  const seen = new Set<string>()
  for (const f of FILES) {
    const file = `${f.name.replace(/ /g, '_').replace(/[^\p{L}\p{N}._,()'-]/gu, '_')}.json`
    if (seen.has(file)) throw new Error(`two Commons files map to ${file}`)
    seen.add(file)
    write(`commons/files/${file}`, json(commonsRecord(f)))
    if (f.subtitles) {
      const tracks = Object.fromEntries(
        Object.entries(f.subtitles).map(([lang, cues]) => [lang, `WEBVTT\n\n${cues}\n`]),
      )
      write(`commons/timedtext/${file}`, json({ title: `File:${f.name}`, tracks }))
    }
  }
  // Large synthetic sets stay one compact record each (the double expands them).
  for (const series of SERIES) {
    const { file, ...rest } = series
    write(`commons/series/${file}`, json(rest))
  }
  const categories: Record<string, { parents: string[] }> = {}
  for (const name of Object.keys(CATEGORIES).sort())
    categories[name] = { parents: CATEGORIES[name]! }
  write('commons/categories.json', json(categories))
  write('commons/campaigns.json', json(CAMPAIGNS))
}

// ---------------------------------------------------------------------------------------------

const fileByName = new Map(FILES.map((f) => [f.name, f]))

function revisionOf(s: { lang: string; title: string }): {
  revision: number
  pageid: number
  tid: string
} {
  const h = parseInt(sha1(`${s.lang}:${s.title}`).slice(0, 8), 16)
  return {
    revision: 1200000000 + (h % 90000000),
    pageid: 10000 + (h % 5000000),
    tid: guid(`tid:${s.lang}:${s.title}`).toLowerCase(),
  }
}

function image(name: string, width?: number): { source: string; width: number; height: number } {
  const f = fileByName.get(name)
  if (!f) throw new Error(`summary image ${name} is not a demo Commons file`)
  if (!width || width >= f.width)
    return { source: uploadUrl(name), width: f.width, height: f.height }
  return { source: uploadUrl(name, width), width, height: Math.round((f.height * width) / f.width) }
}

function summaryJson(s: Summary): unknown {
  const { revision, pageid, tid } = revisionOf(s)
  const underscored = s.title.replace(/ /g, '_')
  const display = `<span class="mw-page-title-main">${escapeHtml(s.title)}</span>`
  const host = `https://${s.lang}.wikipedia.org`
  const mobile = `https://${s.lang}.m.wikipedia.org`
  const path = titlePath(s.title)
  const talk = `${TALK[s.lang] ?? 'Talk'}:${path}`
  const entity = ITEMS.find((i) => i.id === s.qid)
  const centralDescription = entity?.descriptions?.[s.lang]
  const out: Record<string, unknown> = {
    type: 'standard',
    title: underscored,
    displaytitle: display,
    namespace: { id: 0, text: '' },
    wikibase_item: s.qid,
    titles: { canonical: underscored, normalized: s.title, display },
    pageid,
  }
  if (s.image) {
    out.thumbnail = image(s.image, 320)
    out.originalimage = image(s.image)
  }
  Object.assign(out, {
    lang: s.lang,
    dir: RTL.has(s.lang) ? 'rtl' : 'ltr',
    revision: String(revision),
    tid,
    timestamp: '2026-10-01T08:00:00Z',
    // As on the wikis: the Wikidata description when there is one, else the page's own.
    description: centralDescription ?? s.description,
    description_source: centralDescription !== undefined ? 'central' : 'local',
  })
  if (s.coordinates) out.coordinates = s.coordinates
  out.content_urls = {
    desktop: {
      page: `${host}/wiki/${path}`,
      revisions: `${host}/wiki/${path}?action=history`,
      edit: `${host}/wiki/${path}?action=edit`,
      talk: `${host}/wiki/${talk}`,
    },
    mobile: {
      page: `${mobile}/wiki/${path}`,
      revisions: `${mobile}/wiki/Special:History/${path}`,
      edit: `${mobile}/wiki/${path}?action=edit`,
      talk: `${mobile}/wiki/${talk}`,
    },
  }
  out.extract = s.extract.join('\n')
  out.extract_html = s.extract
    .map((p, i) => {
      const html = escapeHtml(p)
      const bold = escapeHtml(s.bold)
      return `<p>${i === 0 ? html.replace(bold, `<b>${bold}</b>`) : html}</p>`
    })
    .join('\n')
  return out
}

function articleHtml(a: Article): string {
  const { revision, pageid } = revisionOf(a)
  const dir = RTL.has(a.lang) ? 'rtl' : 'ltr'
  const host = `${a.lang}.wikipedia.org`
  const underscored = a.title.replace(/ /g, '_')
  const sections = a.sections.map((s, i) => {
    const heading = s.heading
      ? `<h2 id="${escapeHtml(s.id ?? s.heading)}">${escapeHtml(s.heading)}</h2>\n`
      : ''
    return `<section data-mw-section-id="${i}" id="mw${sha1(`${a.title}${i}`).slice(0, 2)}">${heading}${s.html}\n</section>`
  })
  return [
    '<!DOCTYPE html>',
    `<html prefix="dc: http://purl.org/dc/terms/ mw: http://mediawiki.org/rdf/" about="https://${host}/wiki/Special:Redirect/revision/${revision}">`,
    `<head prefix="mwr: https://${host}/wiki/Special:Redirect/"><meta charset="utf-8"/><meta property="mw:pageId" content="${pageid}"/><meta property="mw:pageNamespace" content="0"/><link rel="dc:replaces" resource="mwr:revision/${revision - 1}"/><meta property="mw:revisionSHA1" content="${sha1(a.title + revision)}"/><meta property="dc:modified" content="2026-10-01T08:00:00.000Z"/><meta property="mw:htmlVersion" content="2.8.0"/><meta property="mw:html:version" content="2.8.0"/><link rel="dc:isVersionOf" href="//${host}/wiki/${titlePath(a.title)}"/><base href="//${host}/wiki/"/><title>${escapeHtml(underscored.replace(/_/g, ' '))}</title><link rel="stylesheet" href="/w/load.php?lang=${a.lang}&amp;modules=mediawiki.skinning.content.parsoid%7Cmediawiki.skinning.interface%7Csite.styles&amp;only=styles&amp;skin=vector"/><meta http-equiv="content-language" content="${a.lang}"/><meta http-equiv="vary" content="Accept"/></head>`,
    `<body id="mwAA" lang="${a.lang}" class="mw-content-${dir} sitedir-${dir} ${dir} mw-body-content parsoid-body mediawiki mw-parser-output" dir="${dir}" data-mw-parsoid-version="0.21.0" data-mw-html-version="2.8.0">`,
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function buildWikipedia(): void {
  for (const s of SUMMARIES)
    write(`wikipedia/${s.lang}/${titleFile(s.title)}.json`, json(summaryJson(s)))
  for (const a of ARTICLES) write(`wikipedia/${a.lang}/${titleFile(a.title)}.html`, articleHtml(a))
  for (const [lang, redirects] of Object.entries(WIKIPEDIA_REDIRECTS))
    write(`wikipedia/${lang}/redirects.json`, json(redirects))
  for (const w of WIKISOURCE)
    write(`wikisource/${w.lang}/${titleFile(w.title)}.html`, `${w.html}\n`)
}

// ---------------------------------------------------------------------------------------------

for (const dir of GENERATED) rmSync(join(ROOT, dir), { recursive: true, force: true })
buildEntities()
buildCommons()
buildWikipedia()
const count = (prefix: string): number => written.filter((w) => w.startsWith(prefix)).length
console.log(
  `demo-world: ${count('entities/')} entity files, ${count('commons/files/')} Commons files ` +
    `(+ ${SERIES.reduce((sum, s) => sum + s.count, 0)} in ${SERIES.length} series), ` +
    `${count('wikipedia/')} Wikipedia files, ${count('wikisource/')} Wikisource pages`,
)
