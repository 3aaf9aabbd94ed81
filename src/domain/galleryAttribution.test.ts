/**
 * Attribution, licence and TASL mapping, over table cases and over every real Commons response in
 * ../shared/fixtures/real/commons/ (read from there, never copied).
 */
import { describe, expect, it } from 'vitest'
import {
  filesIn,
  fixturesExist,
  loadFixture,
  reportWhenSkipped,
} from '../../tests/conformance/fixtures'
import { isRecord, rec } from './guards'
import { mapGalleryPage, mapMediaInfo } from './gallery'
import {
  authorOf,
  classifyLicence,
  formatTasl,
  taslParts,
  type LicenceKind,
  type MessageFn,
} from './galleryAttribution'

const english: Record<string, string> = {
  'kooste-gallery-tasl': '“$1” by $2, $3, $4',
  'kooste-gallery-tasl-licence': '$1 ($2)',
  'kooste-gallery-tasl-no-author': 'an unknown author',
  'kooste-gallery-tasl-no-licence': 'licence unknown',
}
const msg: MessageFn = (key, ...params) =>
  (english[key] ?? key).replace(/\$(\d)/g, (_, n: string) => params[Number(n) - 1] ?? '')

describe('classifyLicence', () => {
  it.each<[string | null, string | null, string | null, LicenceKind]>([
    ['CC BY-SA 4.0', 'Creative Commons Attribution-Share Alike 4.0', 'True', 'free'],
    ['CC BY 2.0', null, 'True', 'free'],
    ['CC BY-SA 3.0 de', null, null, 'free'],
    ['GFDL', null, null, 'free'],
    ['Copyrighted free use', null, null, 'free'],
    ['FAL', null, null, 'free'],
    ['Public domain', 'Public domain', 'False', 'public-domain'],
    ['CC0', 'Creative Commons Zero, Public Domain Dedication', 'False', 'public-domain'],
    ['PD-US', null, null, 'public-domain'],
    ['CC BY-NC 2.0', null, 'True', 'non-free'],
    ['CC BY-NC-SA 4.0', null, 'True', 'non-free'],
    ['CC BY-ND 4.0', null, 'True', 'non-free'],
    ['Fair use', null, 'True', 'non-free'],
    ['Non-free logo', null, null, 'non-free'],
    ['All rights reserved', null, 'True', 'non-free'],
    [null, null, null, 'unknown'],
    ['', null, null, 'unknown'],
    ['Some local licence', null, 'True', 'unknown'],
    ['Some local licence', null, 'False', 'public-domain'],
  ])('%s (terms %s, copyrighted %s) is %s', (name, usageTerms, copyrighted, kind) => {
    expect(classifyLicence({ name, usageTerms, copyrighted })).toBe(kind)
  })
})

describe('authorOf', () => {
  it.each<[string | null, { text: string; href: string | null } | null]>([
    [null, null],
    ['', null],
    ['   ', null],
    [
      '<a href="//commons.wikimedia.org/wiki/User:Fg2" title="User:Fg2">Fg2</a>',
      { text: 'Fg2', href: 'https://commons.wikimedia.org/wiki/User:Fg2' },
    ],
    [
      '<a href="//commons.wikimedia.org/wiki/User:Demo">Demo</a><script>alert(1)</script>',
      { text: 'Demo', href: 'https://commons.wikimedia.org/wiki/User:Demo' },
    ],
    [
      '<a href="javascript:alert(1)">Evil</a> and friends',
      { text: 'Evil and friends', href: null },
    ],
    [
      '<img src=x onerror=alert(1)>Unknown photographer',
      { text: 'Unknown photographer', href: null },
    ],
    [
      'Albert Edelfelt <span>(1854–1905)</span>',
      { text: 'Albert Edelfelt (1854–1905)', href: null },
    ],
  ])('%s', (html, expected) => {
    expect(authorOf(html)).toEqual(expected)
  })
})

const file = (over: Partial<Parameters<typeof taslParts>[0]>): Parameters<typeof taslParts>[0] => ({
  name: 'Verla board mill',
  artistHtml: '<a href="https://example.org/me">Me</a>',
  pageUrl: 'https://commons.wikimedia.org/wiki/File:Verla_board_mill.jpg',
  url: 'https://upload.wikimedia.org/x.jpg',
  license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0' },
  licenceKind: 'free',
  ...over,
})

describe('formatTasl', () => {
  it.each([
    [
      file({}),
      '“Verla board mill” by Me, https://commons.wikimedia.org/wiki/File:Verla_board_mill.jpg, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0)',
    ],
    [
      file({ artistHtml: null, license: { name: 'Public domain', url: null } }),
      '“Verla board mill” by an unknown author, https://commons.wikimedia.org/wiki/File:Verla_board_mill.jpg, Public domain',
    ],
    [
      file({ pageUrl: null, license: { name: null, url: null }, licenceKind: 'unknown' }),
      '“Verla board mill” by Me, https://upload.wikimedia.org/x.jpg, licence unknown',
    ],
  ])('gives title, author, source and licence', (input, expected) => {
    expect(formatTasl(taslParts(input), msg)).toBe(expected)
  })

  it('writes the source address readably', () => {
    const parts = taslParts(
      file({ pageUrl: 'https://commons.wikimedia.org/wiki/File:L%C3%B6yly_%22hot%22.webm' }),
    )
    expect(parts.source).toBe('https://commons.wikimedia.org/wiki/File:Löyly_"hot".webm')
    expect(taslParts(file({ pageUrl: 'https://x.org/%E0%A4%A' })).source).toBe(
      'https://x.org/%E0%A4%A',
    )
  })

  it('shortens an author credit that runs for pages', () => {
    const long = `<ul>${'<li>A contributor with a long name</li>'.repeat(30)}</ul>`
    const author = taslParts(file({ artistHtml: long })).author ?? ''
    expect(author.length).toBeLessThanOrEqual(300)
    expect(author.endsWith('…')).toBe(true)
  })
})

// --- Every real Commons response --------------------------------------------------------------

reportWhenSkipped()

function entityBody(body: unknown): unknown {
  if (isRecord(body) && rec(body, 'entities')) return body
  const id = isRecord(body) && typeof body.id === 'string' ? body.id : 'M0'
  return { entities: { [id]: body } }
}

describe.skipIf(!fixturesExist)('every real Commons response', () => {
  const files = filesIn('commons')

  it('finds the responses', () => {
    expect(files.length).toBeGreaterThanOrEqual(8)
  })

  describe.each(files)('%s', (name) => {
    const { body } = loadFixture(name)
    const isImageInfo = isRecord(body) && rec(body, 'query') !== undefined

    it.runIf(isImageInfo)('maps each file to a licence kind, an author and a TASL line', () => {
      const page = mapGalleryPage(body, 'en')
      expect(page.files.length).toBeGreaterThan(0)
      for (const f of page.files) {
        expect(['public-domain', 'free', 'non-free', 'unknown']).toContain(f.licenceKind)
        if (f.license.name === null) expect(f.licenceKind).toBe('unknown')
        const author = authorOf(f.artistHtml)
        if (author) {
          expect(author.text).not.toMatch(/[<>]/)
          if (author.href) expect(author.href).toMatch(/^https?:\/\//)
        }
        const line = formatTasl(taslParts(f), msg)
        expect(line).toContain(`“${f.name}”`)
        expect(line).toContain(decodeURI(f.pageUrl ?? f.url ?? ''))
        expect(line).not.toMatch(/<|>|\$\d|undefined|null/)
        if (f.license.name) expect(line).toContain(f.license.name)
        else expect(line).toContain('licence unknown')
      }
    })

    it.runIf(!isImageInfo)('reads what a MediaInfo entity depicts, and its captions', () => {
      const info = mapMediaInfo(entityBody(body))
      const [entry] = Object.values(info)
      expect(entry).toBeDefined()
      for (const id of entry?.depicts ?? []) expect(id).toMatch(/^Q[1-9]\d*$/)
    })
  })

  it('gives the known values of the known files', () => {
    const read = (fixture: string) => mapGalleryPage(loadFixture(fixture).body, 'en').files[0]!
    const kinkaku = read('commons/android_gallery_item_image_extmetadata.json')
    expect(kinkaku.licenceKind).toBe('public-domain')
    expect(authorOf(kinkaku.artistHtml)).toEqual({
      text: 'Fg2',
      href: 'https://commons.wikimedia.org/wiki/User:Fg2',
    })
    expect(formatTasl(taslParts(kinkaku), msg)).toBe(
      '“Kinkaku3402CBcropped” by Fg2, https://commons.wikimedia.org/wiki/File:Kinkaku3402CBcropped.jpg, Public domain',
    )
    const adams = read('commons/wptools_imageinfo_extmetadata_Douglas_adams_portrait_cropped.json')
    expect(adams.licenceKind).toBe('free')
    expect(taslParts(adams)).toMatchObject({
      title: 'Douglas adams portrait cropped',
      source: 'https://commons.wikimedia.org/wiki/File:Douglas_adams_portrait_cropped.jpg',
      licence: { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0' },
    })
    expect(taslParts(adams).author).toMatch(/michael hughes from berlin, germany/)
    const dogs = read('commons/wikipedia-ios_DogLeadImageInfo_extmetadata_multilang.json')
    expect(dogs.licenceKind).toBe('free')
    expect(authorOf(dogs.artistHtml)?.text).toContain('Ed Garcia from United States')
    const buddha = read('commons/dahlia-wikidata_imageinfo_Gandhara_Buddha.json')
    expect(buddha.licenceKind).toBe('unknown')
    expect(formatTasl(taslParts(buddha), msg)).toBe(
      '“Gandhara Buddha (tnm)” by an unknown author, https://commons.wikimedia.org/wiki/File:Gandhara_Buddha_(tnm).jpeg, licence unknown',
    )
    const haeckel = mapMediaInfo(
      entityBody(loadFixture('commons/wikibase-sdk_M566797_mediainfo.ts').body),
    )
    expect(haeckel.M566797?.depicts).toContain('Q17199752')
    expect(haeckel.M566797?.captions.en).toMatch(/^Muscinae/)
  })
})
