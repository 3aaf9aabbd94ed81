/**
 * What a video or a sound plays: Commons' transcodes (TimedMediaHandler's `prop=videoinfo` with
 * `viprop=derivatives|timedtext`) chosen for the screen, the original only as a last resort, and
 * the subtitles (TimedText) a `<track>` can read. Plain functions over upstream JSON.
 */
import { arr, isRecord, num, str } from './guards'

/** One playable rendition: the original (no `transcodeKey`) or a transcode. */
export interface MediaSource {
  src: string
  /** MIME type with codecs, as a `<source type>` takes it. */
  type: string
  /** TimedMediaHandler's key (`720p.vp9.webm`, `mp3`), null for the original. */
  transcodeKey: string | null
  /** 0 for sound. */
  width: number
  height: number
}

/** A subtitle track in WebVTT (the only format `<track>` reads). */
export interface MediaTrack {
  src: string
  srclang: string
  label: string
  kind: 'subtitles' | 'captions'
}

export interface MediaRenditions {
  sources: MediaSource[]
  tracks: MediaTrack[]
}

function mapSource(raw: unknown): MediaSource | null {
  if (!isRecord(raw)) return null
  const src = str(raw, 'src')
  const type = str(raw, 'type')
  if (!src || !type || !/^https?:\/\//.test(src)) return null
  return {
    src,
    type,
    transcodeKey: str(raw, 'transcodekey') ?? null,
    width: Math.max(0, num(raw, 'width') ?? 0),
    height: Math.max(0, num(raw, 'height') ?? 0),
  }
}

function mapTrack(raw: unknown): MediaTrack | null {
  if (!isRecord(raw)) return null
  const src = str(raw, 'src')
  const srclang = str(raw, 'srclang')
  if (!src || !srclang || !/^https?:\/\//.test(src) || str(raw, 'type') !== 'text/vtt') return null
  return {
    src,
    srclang,
    label: str(raw, 'label') ?? srclang,
    kind: str(raw, 'kind') === 'captions' ? 'captions' : 'subtitles',
  }
}

/**
 * The renditions in a page's `videoinfo` (null when the page has none: the request did not ask,
 * or the file is not audio or video). Malformed entries are skipped.
 */
export function mapVideoInfo(page: unknown): MediaRenditions | null {
  if (!isRecord(page) || !Array.isArray(page.videoinfo)) return null
  const info = arr(page, 'videoinfo')[0]
  if (!isRecord(info)) return null
  const sources = arr(info, 'derivatives').flatMap((raw) => mapSource(raw) ?? [])
  const tracks = arr(info, 'timedtext').flatMap((raw) => mapTrack(raw) ?? [])
  return { sources, tracks }
}

/**
 * Families in the order they are offered: the browser plays the first it can. VP9 WebM is the
 * smallest for its quality; H.264 MP4 covers browsers without WebM; VP8 WebM older ones; HLS
 * (Safari); for sound Opus, Vorbis, then MP3.
 */
const families: { test: (s: MediaSource) => boolean }[] = [
  { test: (s) => /^video\/webm/.test(s.type) && /vp9/.test(s.type) },
  { test: (s) => /^video\/mp4/.test(s.type) && /avc1/.test(s.type) },
  { test: (s) => /^video\/webm/.test(s.type) },
  { test: (s) => s.type === 'application/vnd.apple.mpegurl' },
  { test: (s) => /^audio\/(ogg|webm)/.test(s.type) && /opus/.test(s.type) },
  { test: (s) => /^audio\/ogg/.test(s.type) },
  { test: (s) => s.type === 'audio/mpeg' },
  { test: (s) => /^audio\/mp4/.test(s.type) },
]

/**
 * The transcodes to offer for a screen of `box` device pixels, best first, then the original:
 * per family the smallest rendition that fills the box (or the largest there is when none does),
 * so a phone never downloads 1080p and a wide screen does not get 240p.
 */
export function pickSources(
  renditions: MediaRenditions | null | undefined,
  box: { width: number; height: number },
): MediaSource[] {
  const all = renditions?.sources ?? []
  const transcodes = all.filter((s) => s.transcodeKey !== null && s.transcodeKey !== 'm3u8')
  const hls = all.filter((s) => s.transcodeKey === 'm3u8')
  const original = all.filter((s) => s.transcodeKey === null)
  // A rendition fills the box when showing it there scales it up by at most about a tenth.
  const fits = (s: MediaSource) =>
    s.width === 0 || s.height === 0 || Math.min(box.width / s.width, box.height / s.height) <= 1.12
  // Each rendition belongs to the first family it matches.
  const familyOf = (s: MediaSource) => families.findIndex((family) => family.test(s))
  const picked: MediaSource[] = []
  for (const [index] of families.entries()) {
    const members = [...transcodes, ...hls]
      .filter((s) => familyOf(s) === index)
      .sort((a, b) => a.height - b.height || a.width - b.width)
    if (!members.length) continue
    // Sound has no size: the first of the family. Video: the smallest that fills the box, else
    // the largest one there is.
    picked.push(members.find(fits) ?? members[members.length - 1]!)
  }
  return [...picked, ...original]
}

/** The subtitle track to show by default: the first in the reader's language chain, if any. */
export function defaultTrack(
  tracks: readonly MediaTrack[],
  chain: readonly string[],
): MediaTrack | null {
  for (const lang of chain) {
    const found = tracks.find((t) => t.srclang.toLowerCase() === lang.toLowerCase())
    if (found) return found
  }
  return null
}
