// @vitest-environment node
// The Commons client's gallery calls against a scripted HTTP client: batching, continuation and
// the imageinfo rounds MediaWiki adds when an answer grows too large.
import { describe, expect, it } from 'vitest'
import { createCommonsGalleryApi } from '../../src/api/commonsGallery'
import type { Http, HttpRequest } from '../../src/api/http'

function scripted(answer: (params: Record<string, string>) => unknown) {
  const calls: Record<string, string>[] = []
  const http: Http = {
    json: async (request: HttpRequest) => {
      calls.push(request.params ?? {})
      return answer(request.params ?? {})
    },
    text: async () => '',
  }
  return { api: createCommonsGalleryApi(http, 'https://commons.example/w/api.php'), calls }
}

const info = (title: string) => ({
  url: `https://upload.example/${title}`,
  descriptionurl: `https://commons.example/wiki/${title}`,
  mime: 'image/jpeg',
  width: 100,
  height: 100,
  extmetadata: {},
})
const withInfo = (title: string, index: number) => ({
  pageid: index,
  ns: 6,
  title,
  index,
  imageinfo: [info(title)],
})
const options = { width: 330, lang: 'en' }

describe('the gallery calls of the Commons client', () => {
  it('asks for files by title in batches of 50 and gives them back in the order asked', async () => {
    const { api, calls } = scripted((params) => ({
      query: {
        pages: (params.titles ?? '')
          .split('|')
          .map((title, i) =>
            title.endsWith('7.jpg') ? { ns: 6, title, missing: true } : withInfo(title, i),
          ),
      },
    }))
    const names = Array.from({ length: 120 }, (_, i) => `Picture ${i}.jpg`)
    const page = await api.getGalleryFiles(names, options)
    expect(calls.map((c) => c.titles?.split('|').length)).toEqual([50, 50, 20])
    expect(page.files[0]?.title).toBe('File:Picture 0.jpg')
    expect(page.files).toHaveLength(108)
    expect(page.missing).toContain('File:Picture 117.jpg')
  })

  it('passes the continuation back whole and ends when the API does', async () => {
    const { api, calls } = scripted((params) =>
      params.gcmcontinue
        ? { batchcomplete: true, query: { pages: [withInfo('File:B.jpg', 1)] } }
        : {
            continue: { gcmcontinue: 'file|42|7', continue: 'gcmcontinue||' },
            query: { pages: [withInfo('File:A.jpg', 1)] },
          },
    )
    const first = await api.getCategoryFiles('Mills', options)
    expect(calls[0]).toMatchObject({
      generator: 'categorymembers',
      gcmtitle: 'Category:Mills',
      gcmtype: 'file',
      gcmlimit: '50',
      prop: 'imageinfo',
      iiurlwidth: '330',
    })
    expect(first.continuation).toEqual({ gcmcontinue: 'file|42|7', continue: 'gcmcontinue||' })
    const second = await api.getCategoryFiles('Mills', {
      ...options,
      continuation: first.continuation,
    })
    expect(calls[1]).toMatchObject({ gcmcontinue: 'file|42|7', continue: 'gcmcontinue||' })
    expect(second.files.map((f) => f.title)).toEqual(['File:B.jpg'])
    expect(second.continuation).toBeNull()
  })

  it('finishes the imageinfo of a page that the API cut short before moving on', async () => {
    const { api, calls } = scripted((params) => {
      if (params.iicontinue)
        return {
          continue: { gsroffset: '2', continue: 'gsroffset||' },
          query: {
            pages: [{ pageid: 1, ns: 6, title: 'File:A.jpg', index: 1 }, withInfo('File:B.jpg', 2)],
          },
        }
      return {
        continue: { iicontinue: 'B.jpg|20200101', continue: '||' },
        query: {
          pages: [withInfo('File:A.jpg', 1), { pageid: 2, ns: 6, title: 'File:B.jpg', index: 2 }],
        },
      }
    })
    const page = await api.searchGalleryFiles('haswbstatement:P180=Q1', options)
    expect(calls).toHaveLength(2)
    expect(calls[1]).toMatchObject({ iicontinue: 'B.jpg|20200101', continue: '||' })
    expect(page.files.map((f) => f.title)).toEqual(['File:A.jpg', 'File:B.jpg'])
    expect(page.continuation).toEqual({ gsroffset: '2', continue: 'gsroffset||' })
  })

  it("asks for a viewer's file with its transcodes in the same request as its imageinfo", async () => {
    const { api, calls } = scripted(() => ({
      query: {
        pages: [
          {
            ...withInfo('File:Film.webm', 1),
            videoinfo: [
              {
                derivatives: [
                  {
                    src: 'https://upload.example/t/Film.webm.360p.vp9.webm',
                    type: 'video/webm; codecs="vp9, opus"',
                    transcodekey: '360p.vp9.webm',
                    width: 640,
                    height: 360,
                  },
                ],
                timedtext: [],
              },
            ],
          },
        ],
      },
    }))
    const plain = await api.getGalleryFiles(['Film.webm'], options)
    expect(calls[0]).toMatchObject({ prop: 'imageinfo' })
    expect(calls[0]).not.toHaveProperty('viprop')
    expect(plain.files[0]?.media?.sources).toHaveLength(1)
    const page = await api.getGalleryFiles(['Film.webm'], { ...options, renditions: true })
    expect(calls).toHaveLength(2)
    expect(calls[1]).toMatchObject({
      titles: 'File:Film.webm',
      prop: 'imageinfo|videoinfo',
      viprop: 'derivatives|timedtext',
      iiprop: 'url|size|mime|extmetadata',
    })
    expect(page.files[0]?.media?.sources[0]?.transcodeKey).toBe('360p.vp9.webm')
  })

  it('asks for structured data in batches of 50 MediaInfo ids', async () => {
    const { api, calls } = scripted((params) => ({
      entities: Object.fromEntries(
        (params.ids ?? '').split('|').map((id) => [id, { id, missing: '' }]),
      ),
    }))
    const info = await api.getMediaInfo(
      Array.from({ length: 60 }, (_, i) => i + 1),
      {},
    )
    expect(calls.map((c) => [c.action, c.ids?.split('|').length])).toEqual([
      ['wbgetentities', 50],
      ['wbgetentities', 10],
    ])
    expect(Object.keys(info)).toHaveLength(60)
  })

  it('turns a body of the wrong shape into a malformed error', async () => {
    const { api } = scripted(() => ({ unexpected: true }))
    await expect(api.getSubcategories('Mills', {})).rejects.toMatchObject({
      name: 'ApiError',
      upstream: 'commons',
      code: 'malformed',
    })
  })
})
