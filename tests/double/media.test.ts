// @vitest-environment node
import { inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Double } from './index.ts'
import { placeholderSvg } from './images.ts'
import { send, testDouble } from './test-support.ts'

let double: Double
beforeAll(async () => {
  double = await testDouble()
})

const UPLOAD = 'https://upload.wikimedia.org/wikipedia/commons'

describe('upload.wikimedia.org', () => {
  it('serves a placeholder SVG at the thumbnail width, with the aspect of the file', async () => {
    const response = await send(
      double,
      `${UPLOAD}/thumb/b/b7/Helsinki_Cathedral.jpg/330px-Helsinki_Cathedral.jpg`,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const svg = await response.text()
    expect(svg).toContain('width="330" height="248"')
    expect(svg).toContain('>Helsinki Cathedral.jpg</text>')
  })

  it('serves originals at their size, and unknown files at a default aspect', async () => {
    const original = await (await send(double, `${UPLOAD}/e/e5/Map_of_Finland.svg`)).text()
    expect(original).toContain('width="800" height="1200"')
    const unknown = await (
      await send(double, `${UPLOAD}/thumb/a/ab/Unknown.jpg/120px-Unknown.jpg`)
    ).text()
    expect(unknown).toContain('width="120" height="80"')
  })

  it('escapes the file name', () => {
    const svg = placeholderSvg('<script>&"quote".jpg', 100, 50)
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&#60;script&#62;&#38;&#34;quote&#34;.jpg')
  })

  it('derives the colour from the name', () => {
    const hue = (svg: string) => /hsl\((\d+)/.exec(svg)?.[1]
    expect(hue(placeholderSvg('A.jpg', 10, 10))).toBe(hue(placeholderSvg('A.jpg', 20, 20)))
    expect(hue(placeholderSvg('A.jpg', 10, 10))).not.toBe(hue(placeholderSvg('B.jpg', 10, 10)))
  })

  it('404s paths that are no file', async () => {
    expect((await send(double, 'https://upload.wikimedia.org/robots.txt')).status).toBe(404)
  })
})

describe('Special:FilePath', () => {
  it('redirects to the thumbnail of the requested width', async () => {
    const response = await send(
      double,
      'https://commons.wikimedia.org/wiki/Special:FilePath/Helsinki%20Cathedral.jpg?width=200',
      { redirect: 'manual' },
    )
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(
      `${UPLOAD}/thumb/b/b7/Helsinki_Cathedral.jpg/200px-Helsinki_Cathedral.jpg`,
    )
  })

  it('redirects to the mount when a public base is given', async () => {
    const mounted = await testDouble({ publicBase: (host) => `http://127.0.0.1:1/_double/${host}` })
    const response = await mounted.handle(
      new Request('https://commons.wikimedia.org/wiki/Special:FilePath/Map_of_Finland.svg'),
    )
    expect(response.headers.get('location')).toBe(
      'http://127.0.0.1:1/_double/upload.wikimedia.org/wikipedia/commons/e/e5/Map_of_Finland.svg',
    )
  })
})

describe('media URLs behind the mount', () => {
  it('points imageinfo thumbnails and originals at the mount', async () => {
    const mounted = await testDouble({ publicBase: (host) => `http://127.0.0.1:1/_double/${host}` })
    const response = await mounted.handle(
      new Request(
        'https://commons.wikimedia.org/w/api.php?action=query&prop=imageinfo&titles=File:Map_of_Finland.svg&iiprop=url&iiurlwidth=120&format=json&formatversion=2',
      ),
    )
    const body = await response.text()
    expect(body).toContain('http://127.0.0.1:1/_double/upload.wikimedia.org/')
    expect(body).not.toContain('https://upload.wikimedia.org')
  })
})

describe('tile.openstreetmap.org', () => {
  it('serves a valid 256×256 PNG', async () => {
    const response = await send(double, 'https://tile.openstreetmap.org/12/2330/1185.png')
    expect(response.headers.get('content-type')).toBe('image/png')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
    expect(bytes.readUInt32BE(16)).toBe(256)
    expect(bytes.readUInt32BE(20)).toBe(256)
    const idat = bytes.indexOf('IDAT')
    const length = bytes.readUInt32BE(idat - 4)
    const pixels = inflateSync(bytes.subarray(idat + 4, idat + 4 + length))
    expect(pixels.length).toBe(256 * 257)
    expect(pixels.includes(2)).toBe(true)
  })

  it('refuses tiles outside the zoom level', async () => {
    expect((await send(double, 'https://tile.openstreetmap.org/2/4/0.png')).status).toBe(404)
    expect((await send(double, 'https://tile.openstreetmap.org/2/1/1.jpg')).status).toBe(404)
  })
})
