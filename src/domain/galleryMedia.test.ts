// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { defaultTrack, mapVideoInfo, pickSources, type MediaSource } from './galleryMedia'

const up = 'https://upload.wikimedia.org/wikipedia/commons'
const vp9 = 'video/webm; codecs="vp9, opus"'
const mp4 = 'video/mp4; codecs="avc1.42E01E, mp4a.40.2"'
const derivative = (key: string, type: string, width: number, height: number) => ({
  src: `${up}/transcoded/a/ab/Film.webm/Film.webm.${key}`,
  type,
  transcodekey: key,
  width,
  height,
})
const page = {
  title: 'File:Film.webm',
  videoinfo: [
    {
      derivatives: [
        { src: `${up}/a/ab/Film.webm`, type: 'video/webm', width: 1920, height: 1080 },
        derivative('240p.vp9.webm', vp9, 426, 240),
        derivative('480p.vp9.webm', vp9, 854, 480),
        derivative('720p.vp9.webm', vp9, 1280, 720),
        derivative('1080p.vp9.webm', vp9, 1920, 1080),
        derivative('360p.mp4', mp4, 640, 360),
        derivative('720p.mp4', mp4, 1280, 720),
        { src: 'javascript:alert(1)', type: vp9, transcodekey: 'bad' },
        { type: vp9 },
      ],
      timedtext: [
        {
          src: 'https://commons.wikimedia.org/w/api.php?action=timedtext&title=File%3AFilm.webm&lang=fi&trackformat=vtt&origin=%2A',
          kind: 'subtitles',
          type: 'text/vtt',
          srclang: 'fi',
          label: 'suomi (fi)',
        },
        {
          src: 'https://commons.wikimedia.org/w/api.php?action=timedtext&title=File%3AFilm.webm&lang=fi&trackformat=srt&origin=%2A',
          kind: 'subtitles',
          type: 'text/x-srt',
          srclang: 'fi',
          label: 'suomi (fi)',
        },
      ],
    },
  ],
}

const keys = (sources: MediaSource[]) => sources.map((s) => s.transcodeKey)

describe('mapVideoInfo', () => {
  it('reads the original, the transcodes and the WebVTT subtitles; skips what is malformed', () => {
    const media = mapVideoInfo(page)!
    expect(media.sources).toHaveLength(7)
    expect(media.sources[0]).toMatchObject({ transcodeKey: null, width: 1920, height: 1080 })
    expect(media.tracks).toEqual([
      expect.objectContaining({ srclang: 'fi', kind: 'subtitles', label: 'suomi (fi)' }),
    ])
    expect(media.tracks[0]?.src).toContain('trackformat=vtt')
  })

  it('gives null without videoinfo and empty lists for a picture', () => {
    expect(mapVideoInfo({ title: 'File:A.jpg', imageinfo: [{}] })).toBeNull()
    expect(mapVideoInfo({ videoinfo: [{ derivatives: [], timedtext: [] }] })).toEqual({
      sources: [],
      tracks: [],
    })
    expect(mapVideoInfo('nonsense')).toBeNull()
  })
})

describe('pickSources', () => {
  const media = mapVideoInfo(page)

  it.each([
    [
      'a phone held upright (390×844 at 3×)',
      { width: 1170, height: 2532 },
      ['720p.vp9.webm', '720p.mp4'],
    ],
    ['a laptop (1280×720 at 1×)', { width: 1280, height: 720 }, ['720p.vp9.webm', '720p.mp4']],
    ['a small window', { width: 500, height: 300 }, ['480p.vp9.webm', '360p.mp4']],
    ['a 4K screen', { width: 3840, height: 2160 }, ['1080p.vp9.webm', '720p.mp4']],
  ])('on %s: one transcode per family fitted to the screen, the original last', (_, box, want) => {
    expect(keys(pickSources(media, box))).toEqual([...want, null])
  })

  it('offers sound as Opus, Vorbis, then MP3, the original last', () => {
    const sound = mapVideoInfo({
      videoinfo: [
        {
          derivatives: [
            { src: `${up}/b/bc/Song.flac`, type: 'audio/flac', width: 0, height: 0 },
            { src: `${up}/t/Song.mp3`, type: 'audio/mpeg', transcodekey: 'mp3' },
            { src: `${up}/t/Song.ogg`, type: 'audio/ogg; codecs="vorbis"', transcodekey: 'ogg' },
            { src: `${up}/t/Song.opus`, type: 'audio/ogg; codecs="opus"', transcodekey: 'opus' },
          ],
        },
      ],
    })
    expect(keys(pickSources(sound, { width: 800, height: 600 }))).toEqual([
      'opus',
      'ogg',
      'mp3',
      null,
    ])
  })

  it('has nothing to offer without renditions', () => {
    expect(pickSources(null, { width: 1, height: 1 })).toEqual([])
  })
})

describe('defaultTrack', () => {
  it('shows the subtitles of the first language of the chain that has some', () => {
    const tracks = mapVideoInfo(page)!.tracks
    expect(defaultTrack(tracks, ['sv', 'fi', 'en'])?.srclang).toBe('fi')
    expect(defaultTrack(tracks, ['en'])).toBeNull()
  })
})
