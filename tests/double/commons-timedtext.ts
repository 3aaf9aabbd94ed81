import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from './dataset.ts'
import { OPEN_CORS, textResponse } from './http.ts'
import type { JsonObject } from './json.ts'
import { dbKey, normalizeTitle } from './titles.ts'

/**
 * TimedText: a file's subtitles, from `commons/timedtext/*.json` (`{ title, tracks: { lang: vtt } }`),
 * listed as TimedMediaHandler's `viprop=timedtext` lists them (one entry per language and format,
 * SubRip then WebVTT) and served by `action=timedtext` as ApiTimedText serves them.
 */

const byDataset = new WeakMap<Dataset, Map<string, Map<string, string>>>()

/** Subtitles by file title and language; read once per dataset (the prop modules are sync). */
function subtitles(dataset: Dataset): Map<string, Map<string, string>> {
  let found = byDataset.get(dataset)
  if (found) return found
  found = new Map()
  const dir = path.join(dataset.dir, 'commons', 'timedtext')
  let names: string[] = []
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'))
  } catch {
    // No subtitles in this dataset.
  }
  for (const name of names.sort()) {
    const record = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as {
      title?: unknown
      tracks?: Record<string, unknown>
    }
    if (typeof record.title !== 'string' || typeof record.tracks !== 'object') continue
    const tracks = new Map<string, string>()
    for (const [lang, text] of Object.entries(record.tracks ?? {})) {
      if (typeof text === 'string') tracks.set(lang, text)
    }
    found.set(normalizeTitle(record.title), tracks)
  }
  byDataset.set(dataset, found)
  return found
}

const FORMATS = [
  ['srt', 'text/x-srt'],
  ['vtt', 'text/vtt'],
] as const

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang
  } catch {
    return lang
  }
}

/** The `timedtext` list of a file for `prop=videoinfo`. */
export function timedTextTracks(dataset: Dataset, title: string): JsonObject[] {
  const tracks = subtitles(dataset).get(title)
  if (!tracks) return []
  return [...tracks.keys()].flatMap((lang) =>
    FORMATS.map(([format, type]) => ({
      src: `https://commons.wikimedia.org/w/api.php?${new URLSearchParams({
        action: 'timedtext',
        title: dbKey(title),
        lang,
        trackformat: format,
        origin: '*',
      })}`,
      kind: 'subtitles',
      type,
      srclang: lang,
      dir: 'ltr',
      label: `${languageName(lang)} (${lang})`,
    })),
  )
}

/** WebVTT to SubRip, for the cues this double writes (no styling, no regions). */
function toSrt(vtt: string): string {
  const cues = vtt
    .replace(/^WEBVTT[^\n]*\n+/, '')
    .trim()
    .split(/\n{2,}/)
  return cues
    .map((cue, i) => {
      const lines = cue.split('\n')
      const time = (lines[0] ?? '').replace(
        /(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})/g,
        (_, h: string | undefined, m: string, s: string, ms: string) =>
          `${(h ?? '0').padStart(2, '0')}:${m}:${s},${ms}`,
      )
      return [String(i + 1), time, ...lines.slice(1)].join('\n')
    })
    .join('\n\n')
    .concat('\n')
}

/** `action=timedtext&title=File:…&lang=…&trackformat=vtt|srt`. */
export function handleTimedText(url: URL, dataset: Dataset): Response {
  const params = url.searchParams
  const cors = params.get('origin') === '*' ? OPEN_CORS : {}
  const title = normalizeTitle(params.get('title') ?? '')
  const text = subtitles(dataset)
    .get(title)
    ?.get(params.get('lang') ?? '')
  if (text === undefined) {
    return textResponse('The requested timed text does not exist.', 404, cors)
  }
  const srt = params.get('trackformat') === 'srt'
  return new Response(srt ? toSrt(text) : text, {
    headers: {
      'content-type': srt ? 'text/srt; charset=utf-8' : 'text/vtt; charset=utf-8',
      ...cors,
    },
  })
}
