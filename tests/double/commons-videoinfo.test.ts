// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { createDouble, type Double } from './index.ts'
import { getJson, listAt, send } from './test-support.ts'

let double: Double
beforeAll(async () => {
  double = await createDouble({ dataset: 'demo-world' })
})

const API = 'https://commons.wikimedia.org/w/api.php?action=query&format=json&formatversion=2'
const VIDEO = 'File:Throwing_l%C3%B6yly_on_sauna_stones.webm'
const SOUND = 'File:Luohti_sung_at_a_lakeside,_sound_recording.oga'

async function videoinfo(title: string, viprop = 'derivatives|timedtext') {
  const body = await getJson(double, `${API}&prop=videoinfo&viprop=${viprop}&titles=${title}`)
  return listAt(body, 'query', 'pages', 0, 'videoinfo')[0] as Record<string, unknown>
}

describe('prop=videoinfo (TimedMediaHandler)', () => {
  it('lists a video’s original first, then transcodes no larger than the file', async () => {
    const info = await videoinfo(VIDEO)
    const derivatives = info.derivatives as Record<string, unknown>[]
    expect(derivatives[0]).toMatchObject({ type: 'video/webm', width: 1920, height: 1080 })
    expect(derivatives[0]).not.toHaveProperty('transcodekey')
    expect(derivatives.slice(1).map((d) => d.transcodekey)).toEqual([
      '240p.vp9.webm',
      '360p.vp9.webm',
      '480p.vp9.webm',
      '720p.vp9.webm',
      '1080p.vp9.webm',
      '240p.mp4',
      '360p.mp4',
      '480p.mp4',
      '720p.mp4',
      '1080p.mp4',
    ])
    expect(derivatives[4]).toMatchObject({
      src: 'https://upload.wikimedia.org/wikipedia/commons/transcoded/9/96/Throwing_l%C3%B6yly_on_sauna_stones.webm/Throwing_l%C3%B6yly_on_sauna_stones.webm.720p.vp9.webm',
      type: 'video/webm; codecs="vp9, opus"',
      width: 1280,
      height: 720,
    })
  })

  it('gives sound its transcodes in other codecs than its own, and a picture nothing', async () => {
    const sound = (await videoinfo(SOUND)).derivatives as Record<string, unknown>[]
    expect(sound.map((d) => d.transcodekey ?? 'original')).toEqual(['original', 'opus', 'mp3'])
    expect(sound[2]).toMatchObject({ type: 'audio/mpeg', width: 0, height: 0 })
    expect(await videoinfo('File:Verla_drying_loft.jpg')).toEqual({
      derivatives: [],
      timedtext: [],
    })
  })

  it('lists TimedText tracks per language and format, and serves them as WebVTT and SubRip', async () => {
    const tracks = (await videoinfo(VIDEO, 'timedtext')).timedtext as Record<string, string>[]
    expect(tracks.map((t) => `${t.srclang} ${t.type}`)).toEqual([
      'en text/x-srt',
      'en text/vtt',
      'fi text/x-srt',
      'fi text/vtt',
    ])
    expect(tracks[3]?.label).toBe('suomi (fi)')
    const vtt = await send(double, tracks[1]!.src!)
    expect(vtt.headers.get('content-type')).toBe('text/vtt; charset=utf-8')
    expect(vtt.headers.get('access-control-allow-origin')).toBe('*')
    expect(await vtt.text()).toBe(
      'WEBVTT\n\n00:00.000 --> 00:04.000\n[Water hisses on the hot stones]\n',
    )
    expect(await (await send(double, tracks[2]!.src!)).text()).toBe(
      '1\n00:00:00,000 --> 00:00:04,000\n[Vesi sihisee kuumilla kiuaskivillä]\n',
    )
    const missing = await send(
      double,
      'https://commons.wikimedia.org/w/api.php?action=timedtext&title=File:Nothing.webm&lang=en&trackformat=vtt',
    )
    expect(missing.status).toBe(404)
  })

  it('points subtitle URLs at the mounted double, as it does images', async () => {
    const body = await (
      await double.handle(new Request(`${API}&prop=videoinfo&viprop=timedtext&titles=${VIDEO}`), {
        publicBase: (host) => `http://127.0.0.1:9/_double/${host}`,
      })
    ).text()
    expect(body).toContain(
      '"src":"http://127.0.0.1:9/_double/commons.wikimedia.org/w/api.php?action=timedtext&',
    )
  })
})
