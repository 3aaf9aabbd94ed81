/**
 * Wikimedia Commons: `prop=imageinfo` bodies (formatversion 1 and 2, with and without extmetadata)
 * through mapImageInfoResponse / mapMediaFile, their HTML fields through sanitizeHtml, and the
 * MediaInfo entities (JSON and TypeScript data) through the entity mappers.
 */
import { describe, expect, it } from 'vitest'
import { fileDescription, mapImageInfoResponse, type MediaFile } from '../../src/domain/commons'
import { bestStatements } from '../../src/domain/entity'
import { arr, isRecord, rec, str, type JsonRecord } from '../../src/domain/guards'
import { htmlToText } from '../../src/domain/htmlText'
import {
  accepted,
  attempt,
  exerciseMediaFile,
  mapAnyEntities,
  parseHtml,
  sanitizeAndCheck,
} from './contract'
import { filesIn, fixturesExist, loadFixture, readJson, reportWhenSkipped } from './fixtures'

reportWhenSkipped()

const isImageInfoBody = (body: unknown) => isRecord(body) && rec(body, 'query') !== undefined

/** The raw pages of an imageinfo body, whether a list (formatversion 2) or keyed by page id. */
function rawPages(body: unknown): JsonRecord[] {
  const query = isRecord(body) ? rec(body, 'query') : undefined
  const pages = query?.pages
  const list = Array.isArray(pages) ? pages : isRecord(pages) ? Object.values(pages) : []
  return list.filter(isRecord)
}

function fileOf(file: string, title: string): MediaFile {
  const response = accepted(attempt(() => mapImageInfoResponse(readJson(file), 'en')))
  const mapped = response.files[title]
  expect(mapped, `${title} in ${file}`).toBeDefined()
  return mapped!
}

describe.skipIf(!fixturesExist)('Commons bodies', () => {
  describe.each(filesIn('commons'))('%s', (file) => {
    const { body } = loadFixture(file)

    it('is accepted as imageinfo or as a MediaInfo entity, or rejected with a ShapeError', () => {
      const imageinfo = attempt(() => mapImageInfoResponse(body, 'en'))
      const entities = mapAnyEntities(body)
      if (isImageInfoBody(body)) expect(imageinfo.status).toBe('accepted')
      else expect(entities.status).toBe('accepted')
      if (imageinfo.status === 'accepted')
        Object.values(imageinfo.value.files).forEach(exerciseMediaFile)
    })

    if (!isImageInfoBody(body)) return
    it('maps every page with the values it holds', () => {
      const response = accepted(attempt(() => mapImageInfoResponse(body, 'en')))
      for (const page of rawPages(body)) {
        const title = str(page, 'title') ?? ''
        const info = arr(page, 'imageinfo')[0]
        if (!isRecord(info)) {
          expect(response.missing).toContain(title)
          continue
        }
        const mapped = response.files[title]
        expect(mapped, title).toBeDefined()
        expect(mapped).toMatchObject({
          title,
          url: str(info, 'url') ?? null,
          pageUrl: str(info, 'descriptionurl') ?? null,
          width: info.width ?? null,
          height: info.height ?? null,
          mime: str(info, 'mime') ?? null,
        })
        const ext = rec(info, 'extmetadata') ?? {}
        const field = (key: string) => {
          const value = rec(ext, key)?.value
          return typeof value === 'string' && value.trim() ? value : null
        }
        expect(mapped?.license).toMatchObject({
          name: field('LicenseShortName'),
          url: field('LicenseUrl'),
        })
        expect(mapped?.artistHtml).toBe(field('Artist'))
        expect(mapped?.creditHtml).toBe(field('Credit'))
        if (str(info, 'thumburl')) {
          expect(mapped?.thumbnail).toMatchObject({
            url: info.thumburl,
            width: info.thumbwidth,
            height: info.thumbheight,
          })
        }
      }
    })
  })
})

describe.skipIf(!fixturesExist)('known values', () => {
  const dog = 'commons/wikipedia-ios_DogLeadImageInfo_extmetadata_multilang.json'
  const portrait = 'commons/wptools_imageinfo_extmetadata_Douglas_adams_portrait_cropped.json'
  const kinkaku = 'commons/android_gallery_item_image_extmetadata.json'

  it('reads a multilingual ImageDescription language by language', () => {
    const file = fileOf(dog, 'File:Collage of Nine Dogs.jpg')
    expect(file.description).toEqual({
      en: 'Montage of nine dogs',
      es: 'Montaje de nueve perros',
      pl: 'Montaż dziewięciu psów',
      de: 'Montage von neun Hunden',
      eo: 'Montaĝo de naŭ hundoj',
    })
    expect(fileDescription(file, ['fi', 'de', 'en'])).toEqual({
      value: 'Montage von neun Hunden',
      lang: 'de',
    })
    expect(file.license).toEqual({
      name: 'CC BY-SA 3.0',
      url: 'https://creativecommons.org/licenses/by-sa/3.0',
      free: true,
    })
    expect(file.thumbnail).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/d/d9/Collage_of_Nine_Dogs.jpg/500px-Collage_of_Nine_Dogs.jpg',
      width: 500,
      height: 439,
      srcset:
        'https://upload.wikimedia.org/wikipedia/commons/thumb/d/d9/Collage_of_Nine_Dogs.jpg/500px-Collage_of_Nine_Dogs.jpg 1x, ' +
        'https://upload.wikimedia.org/wikipedia/commons/thumb/d/d9/Collage_of_Nine_Dogs.jpg/1280px-Collage_of_Nine_Dogs.jpg 2x',
    })
    // A file of the shared repository seen through another wiki is "missing" locally but known.
    expect(mapImageInfoResponse(readJson(dog)).missing).toEqual([])
  })

  it('keeps the credits of a derivative work readable and its links safe', () => {
    const artist = sanitizeAndCheck(fileOf(dog, 'File:Collage of Nine Dogs.jpg').artistHtml ?? '')
    expect(artist.querySelectorAll('li')).toHaveLength(11)
    expect(artist.textContent).toContain('Ed Garcia from United States')
    expect(artist.textContent).toContain('Flickr user boxercab')
    const flickr = [...artist.querySelectorAll('a')].find((a) => a.textContent === 'Ed Garcia')
    expect(flickr?.getAttribute('href')).toBe('https://www.flickr.com/people/65609660@N00')
    expect(flickr?.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('reads the licence and attribution of the Douglas Adams portrait', () => {
    const file = fileOf(portrait, 'File:Douglas adams portrait cropped.jpg')
    expect(file.license).toEqual({
      name: 'CC BY-SA 2.0',
      url: 'https://creativecommons.org/licenses/by-sa/2.0',
      free: true,
    })
    expect(file.attributionRequired).toBe(true)
    expect(file.restrictions).toEqual([])
    expect(file).toMatchObject({
      width: 333,
      height: 386,
      url: 'https://upload.wikimedia.org/wikipedia/commons/c/c0/Douglas_adams_portrait_cropped.jpg',
      // DateTimeOriginal is empty, so the upload time stands in.
      date: '2010-04-16 22:54:28',
    })
    const artist = sanitizeAndCheck(file.artistHtml ?? '')
    expect(htmlToText(file.artistHtml ?? '')).toContain('michael hughes from berlin, germany')
    expect(
      artist.querySelector('a[href="https://www.flickr.com/people/79664273@N00"]'),
    ).not.toBeNull()
    const description = sanitizeAndCheck(file.description.en ?? '')
    expect(description.textContent).toBe(
      'douglas adams inspired "Hitch hikers guide to the galaxy" H2G2 www.hughes-photography.eu',
    )
    expect(sanitizeAndCheck(file.creditHtml ?? '').textContent?.trim()).toBe(
      'Douglas_adams_portrait.jpg',
    )
  })

  it('reads a public-domain file that needs no attribution', () => {
    const file = fileOf(kinkaku, 'File:Kinkaku3402CBcropped.jpg')
    expect(file.license).toEqual({ name: 'Public domain', url: null, free: true })
    expect(file.attributionRequired).toBe(false)
    expect(file.mime).toBe('image/jpeg')
    expect(file.thumbnail).toMatchObject({ width: 1280, height: 897, srcset: null })
    const credit = parseHtml(file.creditHtml ?? '')
    expect(credit.textContent).toBe('Own work')
    expect(sanitizeAndCheck(file.artistHtml ?? '').querySelector('a')?.textContent).toBe('Fg2')
    expect(htmlToText(file.description.en ?? '')).toMatch(
      /^The building in this photograph is the Kinkaku/,
    )
  })

  it('reads files without extmetadata as files of unknown licence', () => {
    const buddha = fileOf(
      'commons/dahlia-wikidata_imageinfo_Gandhara_Buddha.json',
      'File:Gandhara Buddha (tnm).jpeg',
    )
    expect(buddha).toMatchObject({
      width: 1746,
      height: 2894,
      mime: 'image/jpeg',
      artistHtml: null,
      description: {},
    })
    expect(buddha.license).toEqual({ name: null, url: null, free: false })
    const kbs = fileOf(
      'commons/dahlia-wikidata_imageinfo_KBS_Producers.json',
      'File:KBS "The Producers" press conference, 11 May 2015 10.jpg',
    )
    expect(kbs.url).toBe(
      'https://upload.wikimedia.org/wikipedia/commons/6/60/KBS_%22The_Producers%22_press_conference%2C_11_May_2015_10.jpg',
    )
  })

  it('reads MediaInfo entities and their structured data', () => {
    const [m86365084] = accepted(
      mapAnyEntities(readJson('commons/wdmt_wbgetentities_M86365084_mediainfo.json')),
    )
    expect(m86365084).toMatchObject({ id: 'M86365084', kind: 'mediainfo', labels: {} })
    expect(bestStatements(m86365084!, 'P275')[0]?.value).toEqual({
      type: 'entity',
      id: 'Q20007257',
    })
    expect(m86365084!.statements.P625?.[0]?.value).toMatchObject({
      type: 'coordinate',
      lat: 50.88987614095103,
      lon: 3.454003290658397,
      globe: 'Q2',
    })
    expect(m86365084!.statements.P2151?.[0]?.value).toEqual({
      type: 'quantity',
      amount: 20.7,
      unit: 'Q174789',
    })
    expect(m86365084!.statements.P6790?.[0]?.value).toEqual({
      type: 'quantity',
      amount: 5.3,
      unit: null,
    })
    expect(m86365084!.statements.P7482?.[0]?.qualifiers.map((q) => q.property).sort()).toEqual([
      'P137',
      'P973',
    ])
  })

  it('reads MediaInfo entities written as TypeScript data', () => {
    const [haeckel] = accepted(
      mapAnyEntities(loadFixture('commons/wikibase-sdk_M566797_mediainfo.ts').body),
    )
    expect(haeckel?.kind).toBe('mediainfo')
    expect(haeckel?.labels.en).toMatch(/^Muscinae, by German Biologist, Ernst Haeckel/)
    expect(haeckel?.statements.P180?.length).toBeGreaterThan(5)
    expect(haeckel?.statements.P180?.every((s) => s.value.type === 'entity')).toBe(true)
    const [abudhabi] = accepted(
      mapAnyEntities(loadFixture('commons/wikibase-sdk_M56656949_mediainfo.ts').body),
    )
    expect(abudhabi?.statements.P1259?.[0]?.value).toMatchObject({
      type: 'coordinate',
      lat: 24.469651,
      lon: 54.380093,
    })
  })
})
