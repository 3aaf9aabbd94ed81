/**
 * A hostile dataset for the double: the demo world's entities plus a hub item, 98 parts, a work on
 * Wikisource and 221 Commons files, every string field that reaches a page carrying a slice of the
 * XSS corpus (hostile-corpus.ts). Written to a directory (the double reads datasets from disk) in
 * about a second; tests/e2e/hostile.spec.ts serves it with the built app. Ids are the TEST block
 * Q999999100–Q999999199 (scripts/demo-world/ids.ts); nothing of it is committed data.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  coord,
  entityJson,
  item,
  str,
  time,
  type Claim,
  type DatatypeOf,
  type ItemDef,
} from '../../scripts/demo-world/model.ts'
import { repoRoot } from './index.ts'
import { chunks, hostileCorpus, titlePayloads } from './hostile-corpus.ts'

export const HUB = 'Q999999100'
export const WORK = 'Q999999199'
/** The parts: Q999999101–Q999999198. */
export const PARTS = Array.from({ length: 98 }, (_, i) => `Q${999999101 + i}`)
export const HUB_ARTICLE = 'Hostile hub'
export const WORK_PAGE = 'Hostile text'
export const FILE_CATEGORY = 'Hostile files'
/** Every part's label starts with this, so a search finds them all. */
export const PART_PREFIX = 'Hostile'

/** Which payloads went into which field: the spec reports these counts. */
export type Coverage = Record<string, number>

export interface HostileWorld {
  dir: string
  corpus: string[]
  files: string[]
  coverage: Coverage
}

const VERLA = { lat: 61.0619, lon: 26.64 }

function entityFile(def: ItemDef, datatypeOf: DatatypeOf): string {
  return JSON.stringify({ entities: { [def.id]: entityJson(def, datatypeOf) } }, null, 1)
}

function html(payloads: string[]): string {
  return payloads.map((p, i) => `<p id="h${i}">${p}</p>`).join('\n')
}

/** Writes the hostile world into `dir` (created), with the demo world's entities beside it. */
export async function writeHostileWorld(dir: string): Promise<HostileWorld> {
  const corpus = hostileCorpus()
  const demo = path.join(repoRoot, 'demo-world')
  await mkdir(dir, { recursive: true })
  await cp(path.join(demo, 'entities'), path.join(dir, 'entities'), { recursive: true })
  const write = async (rel: string, content: string) => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
    await writeFile(path.join(dir, rel), content)
  }
  const datatypes: Record<string, string> = {
    P31: 'wikibase-item',
    P361: 'wikibase-item',
    P527: 'wikibase-item',
    P921: 'wikibase-item',
    P625: 'globe-coordinate',
    P571: 'time',
    P18: 'commonsMedia',
    P373: 'string',
    P1476: 'monolingualtext',
  }
  const datatypeOf: DatatypeOf = (p) => {
    const type = datatypes[p]
    if (!type) throw new Error(`no datatype for ${p}`)
    return type as ReturnType<DatatypeOf>
  }
  const coverage: Coverage = {}
  const count = (field: string, n: number) => (coverage[field] = (coverage[field] ?? 0) + n)

  // Commons files: a title from each payload that can be a page title, metadata from the rest.
  const titles = titlePayloads(corpus)
  const files = titles.map((t, i) => `File:${t} ${i}.jpg`)
  count('file names', titles.length)
  const metaFields = ['Artist', 'Credit', 'ImageDescription', 'LicenseShortName', 'ObjectName']
  const meta = Object.fromEntries(metaFields.map((f) => [f, chunks(corpus, files.length)]))
  for (const field of metaFields) count(`Commons ${field}`, corpus.length)
  await Promise.all(
    files.map((title, i) => {
      const field = (name: string) => (meta[name]?.[i] ?? []).join(' ')
      return write(
        `commons/files/hostile-${i}.json`,
        JSON.stringify({
          title,
          mime: 'image/jpeg',
          width: 640,
          height: 480,
          size: 40000,
          timestamp: '2026-10-01T12:00:00Z',
          user: 'Hostile uploader',
          extmetadata: {
            ObjectName: field('ObjectName'),
            ImageDescription: { en: field('ImageDescription') },
            DateTimeOriginal: '2020-06-01',
            Artist: field('Artist'),
            Credit: field('Credit'),
            LicenseShortName: field('LicenseShortName'),
            LicenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0',
            License: 'cc-by-sa-4.0',
            UsageTerms: 'Creative Commons Attribution-Share Alike 4.0',
            AttributionRequired: 'true',
            Copyrighted: 'True',
          },
          categories: [FILE_CATEGORY],
          statements: { P180: [HUB] },
        }),
      )
    }),
  )

  // The parts: label, description and aliases each carry a slice of the corpus.
  const labelSlices = chunks(corpus, PARTS.length)
  const descriptionSlices = chunks([...corpus].reverse(), PARTS.length)
  const aliasSlices = chunks(corpus, PARTS.length)
  count('labels', corpus.length)
  count('descriptions', corpus.length)
  count('aliases', corpus.length)
  const parts: ItemDef[] = PARTS.map((id, i) => ({
    kind: 'item',
    id,
    labels: { en: `${PART_PREFIX} ${i + 1} ${(labelSlices[i] ?? []).join(' ')}` },
    descriptions: { en: (descriptionSlices[i] ?? []).join(' ') },
    aliases: { en: aliasSlices[i] ?? [] },
    claims: [
      { p: 'P31', v: item('Q83405') },
      { p: 'P361', v: item(HUB) },
      { p: 'P625', v: coord(VERLA.lat + (i % 10) * 0.002, VERLA.lon + Math.floor(i / 10) * 0.002) },
      { p: 'P571', v: time(String(1850 + i)) },
    ],
  }))
  const hub: ItemDef = {
    kind: 'item',
    id: HUB,
    labels: { en: `${PART_PREFIX} hub ${corpus.slice(0, 5).join(' ')}` },
    descriptions: { en: corpus.slice(5, 15).join(' ') },
    // The topic header shows every alias: the whole corpus in one page.
    aliases: { en: corpus },
    claims: [
      { p: 'P31', v: item('Q83405') },
      { p: 'P625', v: coord(VERLA.lat, VERLA.lon) },
      { p: 'P571', v: time('1872') },
      { p: 'P373', v: str(FILE_CATEGORY) },
      { p: 'P18', v: str((files[0] ?? '').replace(/^File:/, '')) },
      ...PARTS.map((id): Claim => ({ p: 'P527', v: item(id) })),
    ],
    sitelinks: { enwiki: HUB_ARTICLE },
  }
  const work: ItemDef = {
    kind: 'item',
    id: WORK,
    labels: { en: `${PART_PREFIX} text ${corpus.slice(15, 20).join(' ')}`, fi: WORK_PAGE },
    descriptions: { en: corpus.slice(20, 30).join(' ') },
    claims: [
      { p: 'P31', v: item('Q7725634') },
      { p: 'P921', v: item(HUB) },
    ],
    sitelinks: { fiwikisource: WORK_PAGE },
  }
  await Promise.all(
    [hub, work, ...parts].map((def) =>
      write(`entities/${def.id}.json`, entityFile(def, datatypeOf)),
    ),
  )

  // Wikipedia: the summary's texts and the whole article; Wikisource: the work's page.
  const summary = {
    type: 'standard',
    title: HUB_ARTICLE.replace(/ /g, '_'),
    displaytitle: corpus.slice(30, 40).join(' '),
    namespace: { id: 0, text: '' },
    wikibase_item: HUB,
    titles: { canonical: 'Hostile_hub', normalized: HUB_ARTICLE, display: corpus[40] ?? '' },
    pageid: 999999100,
    lang: 'en',
    dir: 'ltr',
    revision: '1',
    tid: '00000000-0000-0000-0000-000000000000',
    timestamp: '2026-10-01T08:00:00Z',
    description: corpus.slice(41, 51).join(' '),
    description_source: 'local',
    content_urls: {
      desktop: { page: 'https://en.wikipedia.org/wiki/Hostile_hub' },
      mobile: { page: 'https://en.m.wikipedia.org/wiki/Hostile_hub' },
    },
    extract: corpus.join('\n'),
    extract_html: html(corpus),
  }
  await write(`wikipedia/en/Hostile_hub.json`, JSON.stringify(summary))
  await write(
    `wikipedia/en/Hostile_hub.html`,
    `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Hostile hub</title></head><body>${html(corpus)}</body></html>`,
  )
  await write(
    `wikisource/fi/Hostile_text.html`,
    `<div class="mw-parser-output">${html(corpus)}</div>`,
  )
  count('Wikipedia HTML', corpus.length)
  count('Wikipedia summary', corpus.length)
  count('Wikisource HTML', corpus.length)
  return { dir, corpus, files, coverage }
}
