import type { CommonsFile, Dataset } from './dataset.ts'
import type { JsonObject } from './json.ts'
import type { ApiContext } from './mediawiki.ts'
import type { PageOut } from './query.ts'
import { dbKey, rawurlencode } from './titles.ts'
import { originalUrl } from './upload.ts'
import { timedTextTracks } from './commons-timedtext.ts'

/**
 * TimedMediaHandler's `prop=videoinfo` (ApiQueryVideoInfo): imageinfo's fields plus, with
 * `viprop=derivatives`, the original and the transcodes that are ready (WebVideoTranscode's
 * getSources: the original first, each transcode with its key, type, size scaled into the preset
 * box; the HLS playlist last), and with `viprop=timedtext` the subtitle tracks (commons-timedtext.ts).
 * A file that is neither video nor sound gets empty lists, as on Commons.
 */

interface Preset {
  key: string
  type: string
  /** `WxH` box; absent for sound. */
  maxSize?: [number, number]
}

// A subset of TimedMediaHandler's presets: VP9 WebM and H.264 MP4 in the usual sizes.
const VP9 = 'video/webm; codecs="vp9, opus"'
const VIDEO_PRESETS: Preset[] = [
  { key: '240p.vp9.webm', type: VP9, maxSize: [426, 240] },
  { key: '360p.vp9.webm', type: VP9, maxSize: [640, 360] },
  { key: '480p.vp9.webm', type: VP9, maxSize: [854, 480] },
  { key: '720p.vp9.webm', type: VP9, maxSize: [1280, 720] },
  { key: '1080p.vp9.webm', type: VP9, maxSize: [1920, 1080] },
  { key: '240p.mp4', type: 'video/mp4; codecs="avc1.42E015, mp4a.40.2"', maxSize: [426, 240] },
  { key: '360p.mp4', type: 'video/mp4; codecs="avc1.42E01E, mp4a.40.2"', maxSize: [640, 360] },
  { key: '480p.mp4', type: 'video/mp4; codecs="avc1.42E01E, mp4a.40.2"', maxSize: [854, 480] },
  { key: '720p.mp4', type: 'video/mp4; codecs="avc1.42E028, mp4a.40.2"', maxSize: [1280, 720] },
  { key: '1080p.mp4', type: 'video/mp4; codecs="avc1.640029, mp4a.40.2"', maxSize: [1920, 1080] },
]
const AUDIO_PRESETS: (Preset & { codec: string })[] = [
  { key: 'ogg', type: 'audio/ogg; codecs="vorbis"', codec: 'vorbis' },
  { key: 'opus', type: 'audio/ogg; codecs="opus"', codec: 'opus' },
  { key: 'mp3', type: 'audio/mpeg', codec: 'mp3' },
]

/** The source's own audio codec, from its MIME type (Ogg sound is Vorbis in the demo world). */
function audioCodec(mime: string): string {
  if (mime === 'audio/mpeg') return 'mp3'
  if (mime.includes('opus')) return 'opus'
  return mime.startsWith('audio/ogg') ? 'vorbis' : mime
}

/** getMaxSizeTransform: the source's size scaled into the box, never up, even numbers. */
function fitted(file: CommonsFile, [maxWidth, maxHeight]: [number, number]): [number, number] {
  let width = file.width
  let height = file.height
  const aspect = width / height
  if (aspect <= maxWidth / maxHeight) {
    if (height > maxHeight) [height, width] = [maxHeight, Math.floor(maxHeight * aspect)]
  } else if (width > maxWidth) [width, height] = [maxWidth, Math.floor(maxWidth / aspect)]
  return [width + (width % 2), height + (height % 2)]
}

function transcodedUrl(name: string, key: string): string {
  const base = originalUrl(name).replace('/wikipedia/commons/', '/wikipedia/commons/transcoded/')
  return `${base}/${rawurlencode(dbKey(name))}.${key}`
}

function derivatives(file: CommonsFile): JsonObject[] {
  const name = file.title.replace(/^File:/, '')
  const isVideo = file.mime.startsWith('video/') || file.mime === 'application/ogg'
  const isAudio = file.mime.startsWith('audio/')
  if (!isVideo && !isAudio) return []
  const out: JsonObject[] = [
    { src: originalUrl(name), type: file.mime, width: file.width, height: file.height },
  ]
  if (isAudio) {
    const own = audioCodec(file.mime)
    for (const preset of AUDIO_PRESETS) {
      if (preset.codec === own) continue
      out.push({
        src: transcodedUrl(name, preset.key),
        type: preset.type,
        transcodekey: preset.key,
        width: 0,
        height: 0,
      })
    }
    return out
  }
  // A preset larger than the file is made only as the smallest of its codec (isTranscodeEnabled).
  const codecs = new Set<string>()
  for (const preset of VIDEO_PRESETS) {
    const [maxWidth, maxHeight] = preset.maxSize!
    const larger = maxHeight > file.height && maxWidth > file.width
    if (larger && codecs.has(preset.type.slice(0, 10))) continue
    codecs.add(preset.type.slice(0, 10))
    const [width, height] = fitted(file, preset.maxSize!)
    out.push({
      src: transcodedUrl(name, preset.key),
      type: preset.type,
      transcodekey: preset.key,
      width,
      height,
      framerate: 25,
    })
  }
  return out
}

/** `prop=videoinfo` for the page set; only `derivatives`, `timedtext`, `mime`, `size`, `url`. */
export function videoinfo(context: ApiContext, dataset: Dataset, pages: PageOut[]): void {
  const props = new Set(context.params.list('viprop'))
  for (const page of pages) {
    if (page.ref.ns !== 6) continue
    const file = dataset.files.get(page.ref.title)
    if (file === undefined) continue
    const entry: JsonObject = {}
    if (props.has('size'))
      Object.assign(entry, { size: file.size, width: file.width, height: file.height })
    if (props.has('url')) entry.url = originalUrl(file.title.replace(/^File:/, ''))
    if (props.has('mime')) entry.mime = file.mime
    if (props.has('derivatives')) entry.derivatives = derivatives(file)
    if (props.has('timedtext')) {
      const media = file.mime.startsWith('video/') || file.mime.startsWith('audio/')
      entry.timedtext = media ? timedTextTracks(dataset, file.title) : []
    }
    page.body.videoinfo = [entry]
  }
}
