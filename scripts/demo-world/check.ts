/**
 * Checks the generated demo world as data (it reads demo-world/, not the TypeScript sources).
 * Run: `cd /work/main && export PATH=$PWD/node_modules/.bin:$PATH && jiti scripts/demo-world/check.ts`
 * Exits 1 and lists every problem when something is wrong.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expandSeries } from '../../tests/double/commons-series.ts'
import type { Json } from '../../tests/double/json.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo-world')
/** Test-only entities allowed to carry HTML-looking terms (see SOURCES.md). */
const HOSTILE = new Set(['Q999999001'])
const ENTITY_URI = 'http://www.wikidata.org/entity/'

type Obj = Record<string, unknown>
const problems: string[] = []
const fail = (msg: string): void => {
  problems.push(msg)
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
}

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    fail(`${relative(ROOT, path)}: invalid JSON (${String(e)})`)
    return undefined
  }
  if (`${JSON.stringify(value, null, 2)}\n` !== text) {
    fail(`${relative(ROOT, path)}: not 2-space JSON with a trailing newline`)
  }
  return value
}

// ---------------------------------------------------------------------------------------------
// Entities

const entities = new Map<string, Obj>()
const redirects = new Map<string, string>()

for (const path of walk(join(ROOT, 'entities'))) {
  const fileId = basename(path, '.json')
  const doc = readJson(path)
  if (!isObj(doc) || !isObj(doc.entities)) {
    fail(`entities/${fileId}.json: no "entities" object`)
    continue
  }
  const keys = Object.keys(doc.entities)
  if (keys.length !== 1) fail(`entities/${fileId}.json: holds ${keys.length} entities`)
  const id = keys[0]!
  const e = doc.entities[id]
  if (!isObj(e) || e.id !== id) {
    fail(`entities/${fileId}.json: entity body id does not match its key ${id}`)
    continue
  }
  if (id === fileId) entities.set(id, e)
  else redirects.set(fileId, id)
}

for (const [from, to] of redirects) {
  if (!entities.has(to)) fail(`redirect ${from} -> ${to}: target has no file of its own`)
}

/** Datatypes that each datavalue type may carry. */
const VALUE_TYPES: Record<string, string> = {
  'wikibase-item': 'wikibase-entityid',
  'wikibase-property': 'wikibase-entityid',
  string: 'string',
  'external-id': 'string',
  url: 'string',
  commonsMedia: 'string',
  monolingualtext: 'monolingualtext',
  time: 'time',
  quantity: 'quantity',
  'globe-coordinate': 'globecoordinate',
  'geo-shape': 'string',
}

const referenced = new Map<string, string>() // id -> first place it is referenced
/** Properties whose values are instances (places, people, works): those need a P31 of their own. */
const INSTANCE_VALUED = new Set([
  'P17',
  'P19',
  'P20',
  'P27',
  'P30',
  'P36',
  'P47',
  'P50',
  'P131',
  'P144',
  'P150',
  'P170',
  'P195',
  'P276',
  'P361',
  'P655',
  'P710',
  'P800',
  'P1376',
])
const needsP31 = new Map<string, string>()
const p18Values: { entity: string; file: string }[] = []
const statementIds = new Set<string>()

function refer(id: string, where: string): void {
  if (!referenced.has(id)) referenced.set(id, where)
}

function checkSnak(snak: unknown, where: string): void {
  if (!isObj(snak)) return fail(`${where}: snak is not an object`)
  const p = snak.property
  if (typeof p !== 'string') return fail(`${where}: snak without property`)
  const prop = entities.get(p)
  if (!prop) fail(`${where}: property ${p} has no entity file`)
  else if (prop.type !== 'property') fail(`${where}: ${p} is not a property entity`)
  else if (prop.datatype !== snak.datatype) {
    fail(
      `${where}: ${p} snak datatype ${String(snak.datatype)} but property says ${String(prop.datatype)}`,
    )
  }
  if (typeof snak.hash !== 'string' || !/^[0-9a-f]{40}$/.test(snak.hash))
    fail(`${where}: ${p} snak hash`)
  if (snak.snaktype !== 'value') {
    if (!['somevalue', 'novalue'].includes(String(snak.snaktype))) fail(`${where}: bad snaktype`)
    if ('datavalue' in snak) fail(`${where}: ${String(snak.snaktype)} snak with a datavalue`)
    return
  }
  const dv = snak.datavalue
  if (!isObj(dv)) return fail(`${where}: ${p} value snak without datavalue`)
  const expected = VALUE_TYPES[String(snak.datatype)]
  if (dv.type !== expected)
    fail(`${where}: ${p} datavalue type ${String(dv.type)}, expected ${expected}`)
  const v = dv.value
  switch (dv.type) {
    case 'wikibase-entityid':
      if (isObj(v) && typeof v.id === 'string') {
        if (v['numeric-id'] !== Number(v.id.slice(1))) fail(`${where}: ${p} numeric-id mismatch`)
        refer(v.id, where)
        if (INSTANCE_VALUED.has(p) && !needsP31.has(v.id)) needsP31.set(v.id, where)
      } else fail(`${where}: ${p} bad entity value`)
      break
    case 'quantity':
      if (!isObj(v) || typeof v.amount !== 'string' || !/^[+-]\d+(\.\d+)?$/.test(v.amount)) {
        fail(`${where}: ${p} bad quantity amount`)
      } else if (v.unit !== '1') {
        const unit = String(v.unit)
        if (!unit.startsWith(ENTITY_URI)) fail(`${where}: ${p} bad unit ${unit}`)
        else refer(unit.slice(ENTITY_URI.length), where)
      }
      break
    case 'time': {
      const ok =
        isObj(v) &&
        typeof v.time === 'string' &&
        /^[+-]\d{4,}-\d{2}-\d{2}T00:00:00Z$/.test(v.time) &&
        typeof v.precision === 'number' &&
        v.timezone === 0 &&
        [`${ENTITY_URI}Q1985727`, `${ENTITY_URI}Q1985786`].includes(String(v.calendarmodel))
      if (!ok) fail(`${where}: ${p} bad time value`)
      else refer(String(v.calendarmodel).slice(ENTITY_URI.length), where)
      break
    }
    case 'globecoordinate':
      if (
        !isObj(v) ||
        typeof v.latitude !== 'number' ||
        typeof v.longitude !== 'number' ||
        typeof v.globe !== 'string' ||
        !v.globe.startsWith(ENTITY_URI)
      ) {
        fail(`${where}: ${p} bad coordinate`)
      } else refer(v.globe.slice(ENTITY_URI.length), where)
      break
    case 'monolingualtext':
      if (!isObj(v) || typeof v.text !== 'string' || typeof v.language !== 'string')
        fail(`${where}: ${p} bad text`)
      break
    case 'string':
      if (typeof v !== 'string') fail(`${where}: ${p} bad string`)
      break
  }
}

function checkSnakMap(map: unknown, order: unknown, where: string): void {
  if (!isObj(map)) return fail(`${where}: snaks is not an object`)
  if (!Array.isArray(order) || order.join() !== Object.keys(map).join())
    fail(`${where}: order does not match snaks`)
  for (const [p, snaks] of Object.entries(map)) {
    if (!Array.isArray(snaks)) {
      fail(`${where}: ${p} snaks not a list`)
      continue
    }
    for (const s of snaks) {
      if (isObj(s) && s.property !== p) fail(`${where}: snak under ${p} says ${String(s.property)}`)
      checkSnak(s, where)
    }
  }
}

const HTMLISH = /[<>]/

for (const [id, e] of entities) {
  const where = `entities/${id}.json`
  for (const key of ['labels', 'descriptions']) {
    const terms = e[key]
    if (!isObj(terms)) {
      fail(`${where}: no ${key}`)
      continue
    }
    for (const [lang, t] of Object.entries(terms)) {
      if (!isObj(t) || t.language !== lang || typeof t.value !== 'string')
        fail(`${where}: bad ${key}.${lang}`)
      else if (HTMLISH.test(t.value) && !HOSTILE.has(id))
        fail(`${where}: HTML-looking ${key}.${lang}`)
    }
  }
  if (!isObj(e.labels) || Object.keys(e.labels).length === 0) fail(`${where}: no label at all`)
  if (isObj(e.aliases)) {
    for (const [lang, list] of Object.entries(e.aliases)) {
      for (const a of Array.isArray(list) ? list : []) {
        if (isObj(a) && typeof a.value === 'string' && HTMLISH.test(a.value) && !HOSTILE.has(id)) {
          fail(`${where}: HTML-looking alias (${lang})`)
        }
      }
    }
  }
  if (e.type === 'property') {
    if (typeof e.datatype !== 'string' || !(e.datatype in VALUE_TYPES))
      fail(`${where}: bad datatype`)
    if ('sitelinks' in e) fail(`${where}: a property with sitelinks`)
    if (e.datatype === 'external-id') {
      const fmt = isObj(e.claims) ? e.claims.P1630 : undefined
      if (!Array.isArray(fmt) || fmt.length === 0)
        fail(`${where}: external id without a formatter URL (P1630)`)
    }
  } else if (e.type !== 'item') fail(`${where}: unknown type ${String(e.type)}`)

  if (!isObj(e.claims)) {
    fail(`${where}: no claims object`)
    continue
  }
  for (const [p, claims] of Object.entries(e.claims)) {
    if (!Array.isArray(claims)) {
      fail(`${where}: ${p} claims not a list`)
      continue
    }
    for (const c of claims) {
      if (!isObj(c)) continue
      const cw = `${where} ${p}`
      if (!isObj(c.mainsnak) || c.mainsnak.property !== p) fail(`${cw}: mainsnak property mismatch`)
      checkSnak(c.mainsnak, cw)
      if (c.type !== 'statement') fail(`${cw}: type is not "statement"`)
      if (!['preferred', 'normal', 'deprecated'].includes(String(c.rank))) fail(`${cw}: bad rank`)
      const sid = String(c.id)
      if (!sid.startsWith(`${id}$`)) fail(`${cw}: statement id ${sid} not prefixed with ${id}$`)
      if (statementIds.has(sid)) fail(`${cw}: duplicate statement id ${sid}`)
      statementIds.add(sid)
      if ('qualifiers' in c) checkSnakMap(c.qualifiers, c['qualifiers-order'], `${cw} qualifiers`)
      if ('references' in c) {
        if (!Array.isArray(c.references)) fail(`${cw}: references not a list`)
        else
          for (const r of c.references)
            if (isObj(r)) checkSnakMap(r.snaks, r['snaks-order'], `${cw} reference`)
      }
      if (p === 'P18' && isObj(c.mainsnak) && isObj(c.mainsnak.datavalue)) {
        p18Values.push({ entity: id, file: String(c.mainsnak.datavalue.value) })
      }
    }
  }
  if (e.type === 'item' && isObj(e.sitelinks)) {
    for (const [site, sl] of Object.entries(e.sitelinks)) {
      if (
        !isObj(sl) ||
        sl.site !== site ||
        typeof sl.title !== 'string' ||
        typeof sl.url !== 'string'
      ) {
        fail(`${where}: bad sitelink ${site}`)
      }
    }
  }
}

// Every referenced entity needs a file with labels and descriptions; places, people and works
// referenced as values need a P31 too (classes, units and calendars need not have one).
for (const [id, where] of referenced) {
  const e = entities.get(id)
  if (!e) fail(`${where}: refers to ${id}, which has no entity file`)
  else if (
    e.type === 'item' &&
    (!isObj(e.descriptions) || Object.keys(e.descriptions).length === 0)
  ) {
    fail(`entities/${id}.json: referenced (${where}) but has no description`)
  }
}
for (const [id, where] of needsP31) {
  const e = entities.get(id)
  if (e && !(isObj(e.claims) && Array.isArray(e.claims.P31)))
    fail(`entities/${id}.json: referenced (${where}) but has no P31`)
}

// ---------------------------------------------------------------------------------------------
// Commons

const commonsTitles = new Set<string>()
const categories = readJson(join(ROOT, 'commons', 'categories.json'))
if (!isObj(categories)) fail('commons/categories.json: not an object')
const categoryNames = new Set(isObj(categories) ? Object.keys(categories) : [])
if (isObj(categories)) {
  for (const [name, c] of Object.entries(categories)) {
    if (name.startsWith('Category:')) fail(`categories.json: "${name}" has the prefix`)
    if (!isObj(c) || !Array.isArray(c.parents)) {
      fail(`categories.json: ${name} has no parents list`)
      continue
    }
    for (const parent of c.parents) {
      if (!categoryNames.has(String(parent)))
        fail(`categories.json: ${name} -> unknown parent ${String(parent)}`)
    }
  }
}

const LICENSE_FIELDS = [
  'LicenseShortName',
  'License',
  'UsageTerms',
  'AttributionRequired',
  'Copyrighted',
]
// Single records, then the records that each compact series expands to (as the double does).
const commonsRecords: { where: string; record: unknown }[] = walk(
  join(ROOT, 'commons', 'files'),
).map((path) => ({ where: relative(ROOT, path), record: readJson(path) }))
for (const path of walk(join(ROOT, 'commons', 'series'))) {
  const records = expandSeries(readJson(path) as Json)
  if (records.length === 0) fail(`${relative(ROOT, path)}: expands to no file`)
  records.forEach((record, i) =>
    commonsRecords.push({ where: `${relative(ROOT, path)} #${i + 1}`, record }),
  )
}

for (const { where, record: f } of commonsRecords) {
  if (!isObj(f)) continue
  const title = String(f.title)
  if (!title.startsWith('File:')) fail(`${where}: title without File: prefix`)
  if (commonsTitles.has(title)) fail(`${where}: duplicate title ${title}`)
  commonsTitles.add(title)
  for (const key of [
    'mime',
    'width',
    'height',
    'size',
    'timestamp',
    'user',
    'extmetadata',
    'categories',
    'statements',
  ]) {
    if (!(key in f)) fail(`${where}: missing ${key}`)
  }
  if (isObj(f.extmetadata)) {
    for (const key of ['ImageDescription', 'Artist', 'Credit', ...LICENSE_FIELDS]) {
      if (!(key in f.extmetadata)) fail(`${where}: extmetadata lacks ${key}`)
    }
    const license = f.extmetadata.License
    if (license !== 'pd' && !('LicenseUrl' in f.extmetadata))
      fail(`${where}: licence without LicenseUrl`)
    if (license === 'pd' && 'LicenseUrl' in f.extmetadata)
      fail(`${where}: public domain with a LicenseUrl`)
  }
  for (const c of Array.isArray(f.categories) ? f.categories : []) {
    if (!categoryNames.has(String(c)))
      fail(`${where}: category ${String(c)} is not in categories.json`)
  }
  if (isObj(f.statements)) {
    for (const [p, ids] of Object.entries(f.statements)) {
      if (!entities.has(p)) fail(`${where}: statement property ${p} has no entity file`)
      for (const id of Array.isArray(ids) ? ids : []) {
        if (!entities.has(String(id)))
          fail(`${where}: ${p} refers to ${String(id)}, which has no entity file`)
      }
    }
  }
}

for (const { entity, file } of p18Values) {
  if (!commonsTitles.has(`File:${file}`))
    fail(`entities/${entity}.json: P18 "${file}" is not in commons/files`)
}

const campaigns = readJson(join(ROOT, 'commons', 'campaigns.json'))
if (!Array.isArray(campaigns)) fail('commons/campaigns.json: not a list')
else {
  for (const c of campaigns) {
    if (
      !isObj(c) ||
      typeof c.name !== 'string' ||
      typeof c.enabled !== 'boolean' ||
      !isObj(c.config)
    ) {
      fail('commons/campaigns.json: entry without name/enabled/config')
    } else if (c.config.enabled !== c.enabled)
      fail(`campaigns.json: ${c.name} enabled flags disagree`)
  }
}

// ---------------------------------------------------------------------------------------------
// Wikipedia and Wikisource: every page belongs to an entity's sitelink

function sitelinkOwner(site: string, title: string): string | undefined {
  for (const [id, e] of entities) {
    const sl = isObj(e.sitelinks) ? e.sitelinks[site] : undefined
    if (isObj(sl) && sl.title === title) return id
  }
  return undefined
}

const fileTitle = (path: string, ext: string): string =>
  decodeURIComponent(basename(path, ext)).replace(/_/g, ' ')

for (const path of walk(join(ROOT, 'wikipedia'))) {
  const where = relative(ROOT, path)
  const lang = basename(dirname(path))
  if (basename(path) === 'redirects.json') {
    // Redirect pages: each target must be an article some entity links to.
    const redirects = readJson(path)
    for (const [from, to] of Object.entries(isObj(redirects) ? redirects : {})) {
      if (typeof to !== 'string' || !sitelinkOwner(`${lang}wiki`, to))
        fail(`${where}: ${from} redirects to ${String(to)}, which no entity links to`)
    }
    continue
  }
  if (path.endsWith('.json')) {
    const s = readJson(path)
    if (!isObj(s)) continue
    const title = fileTitle(path, '.json')
    const owner = sitelinkOwner(`${lang}wiki`, title)
    if (!owner) fail(`${where}: no entity has the sitelink ${lang}wiki:${title}`)
    else if (s.wikibase_item !== owner)
      fail(`${where}: wikibase_item ${String(s.wikibase_item)} but ${owner} links here`)
    if (s.lang !== lang) fail(`${where}: lang ${String(s.lang)}`)
    if (!isObj(s.titles) || s.titles.normalized !== title)
      fail(`${where}: titles.normalized is not "${title}"`)
    for (const key of ['originalimage', 'thumbnail']) {
      const img = s[key]
      if (img === undefined) continue
      if (
        !isObj(img) ||
        typeof img.source !== 'string' ||
        !img.source.startsWith('https://upload.wikimedia.org/')
      ) {
        fail(`${where}: bad ${key}`)
      }
    }
    if (isObj(s.originalimage)) {
      const name = decodeURIComponent(
        String(s.originalimage.source).split('/').pop() ?? '',
      ).replace(/_/g, ' ')
      if (!commonsTitles.has(`File:${name}`))
        fail(`${where}: originalimage ${name} is not in commons/files`)
    }
  } else if (path.endsWith('.html')) {
    const title = fileTitle(path, '.html')
    if (!sitelinkOwner(`${lang}wiki`, title))
      fail(`${where}: no entity has the sitelink ${lang}wiki:${title}`)
    const html = readFileSync(path, 'utf8')
    if (!html.startsWith('<!DOCTYPE html>') || !html.includes('data-mw-section-id="0"'))
      fail(`${where}: not Parsoid-like HTML`)
  } else fail(`${where}: unexpected file`)
}

for (const path of walk(join(ROOT, 'wikisource'))) {
  const where = relative(ROOT, path)
  const lang = basename(dirname(path))
  const title = fileTitle(path, '.html')
  if (!sitelinkOwner(`${lang}wikisource`, title))
    fail(`${where}: no entity has the sitelink ${lang}wikisource:${title}`)
  const html = readFileSync(path, 'utf8')
  if (!html.includes('mw-parser-output')) fail(`${where}: not parse.text HTML`)
}

// ---------------------------------------------------------------------------------------------

const summary =
  `${entities.size} entities (${[...entities.values()].filter((e) => e.type === 'property').length} properties), ` +
  `${redirects.size} redirect(s), ${commonsTitles.size} Commons files, ${categoryNames.size} categories, ` +
  `${walk(join(ROOT, 'wikipedia')).length} Wikipedia files, ${walk(join(ROOT, 'wikisource')).length} Wikisource pages`
if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'))
  console.error(`demo-world check: ${problems.length} problem(s); ${summary}`)
  process.exit(1)
}
console.log(`demo-world check: ok; ${summary}`)
