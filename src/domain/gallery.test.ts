// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ShapeError } from './guards'
import { mapEntity, type Entity } from './entity'
import {
  categoryName,
  commonsCategory,
  depictsSearch,
  formatFileDate,
  mapGalleryPage,
  mapMediaInfo,
  mapSubcategories,
  mediaStatementFiles,
  mediaTypeOf,
  yearOf,
} from './gallery'

const meta = (value: unknown) => ({ value, source: 'commons-desc-page' })
const page = (title: string, info: Record<string, unknown> | null, extra = {}) => ({
  pageid: 10,
  ns: 6,
  title,
  ...(info ? { imagerepository: 'local', imageinfo: [info] } : {}),
  ...extra,
})
const info = (ext: Record<string, unknown> = {}, over: Record<string, unknown> = {}) => ({
  url: 'https://upload.wikimedia.org/wikipedia/commons/a/ab/X.jpg',
  descriptionurl: 'https://commons.wikimedia.org/wiki/File:X.jpg',
  mime: 'image/jpeg',
  width: 4000,
  height: 3000,
  thumburl: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/X.jpg/330px-X.jpg',
  thumbwidth: 330,
  thumbheight: 248,
  extmetadata: ext,
  ...over,
})

describe('mediaTypeOf', () => {
  it.each([
    ['image/jpeg', 'image'],
    ['image/svg+xml', 'image'],
    ['image/vnd.djvu', 'document'],
    ['application/pdf', 'document'],
    ['video/webm', 'video'],
    ['application/ogg', 'video'],
    ['audio/ogg', 'audio'],
    ['audio/mpeg', 'audio'],
    ['model/stl', 'other'],
    [null, 'other'],
  ] as const)('%s is %s', (mime, type) => expect(mediaTypeOf(mime)).toBe(type))
})

describe('yearOf', () => {
  it.each([
    ['2019-07-14 12:31:05', 2019],
    ['1896', 1896],
    ['circa 1890s', 1890],
    ['14.7.2019', 2019],
    ['between 1900 and 1910', 1900],
    ['', null],
    [null, null],
    ['0500', null],
    ['12345', null],
    ['unknown date', null],
  ] as const)('%s gives %s', (text, year) => expect(yearOf(text)).toBe(year))
})

describe('formatFileDate', () => {
  it.each([
    ['2019-07-14 12:31:05', 'en', 'July 14, 2019 at 12:31 PM'],
    ['2021-06-19', 'en', 'June 19, 2021'],
    ['2021-06-19', 'fi', '19. kesäkuuta 2021'],
    ['1896', 'en', '1896'],
    ['2021-13-45', 'en', '2021-13-45'],
    [null, 'en', null],
  ] as const)('%s in %s is %s', (text, locale, out) => {
    expect(formatFileDate(text, locale)).toBe(out)
  })
})

describe('mapGalleryPage', () => {
  it('maps files in rank order, with type, date, year, place and licence kind', () => {
    const body = {
      batchcomplete: true,
      continue: { gsroffset: 50, continue: 'gsroffset||' },
      query: {
        pages: [
          page(
            'File:B.jpg',
            info({
              DateTimeOriginal: meta('<time datetime="1896">1896</time>'),
              LicenseShortName: meta('Public domain'),
              GPSLatitude: meta('61.06'),
              GPSLongitude: meta('26.64'),
              ObjectName: meta('B'),
            }),
            { index: 2, pageid: 2 },
          ),
          page('File:A.webm', info({}, { mime: 'video/webm' }), { index: 1, pageid: 3 }),
          page('File:Gone.jpg', null, { index: 3, missing: true }),
        ],
      },
    }
    const out = mapGalleryPage(body)
    expect(out.files.map((f) => f.title)).toEqual(['File:A.webm', 'File:B.jpg'])
    expect(out.missing).toEqual(['File:Gone.jpg'])
    expect(out.continuation).toEqual({ gsroffset: '50', continue: 'gsroffset||' })
    const [video, picture] = out.files
    expect(video).toMatchObject({
      mediaType: 'video',
      name: 'A',
      year: null,
      licenceKind: 'unknown',
    })
    expect(picture).toMatchObject({
      pageid: 2,
      mediaType: 'image',
      dateText: '1896',
      year: 1896,
      location: { lat: 61.06, lon: 26.64 },
      licenceKind: 'public-domain',
      name: 'B',
    })
  })

  it('keeps a page without imageinfo that is not missing as pending (imageinfo continues)', () => {
    const out = mapGalleryPage({ query: { pages: [page('File:Later.jpg', null)] } })
    expect(out).toEqual({ files: [], missing: [], pending: ['File:Later.jpg'], continuation: null })
  })

  it('survives partial or odd extmetadata and impossible coordinates', () => {
    const out = mapGalleryPage({
      query: {
        pages: {
          '-1': page(
            'File:Odd.jpg',
            info({
              Artist: { value: 42 },
              GPSLatitude: meta('95'),
              GPSLongitude: meta('10'),
              DateTimeOriginal: { nothing: true },
              ImageDescription: 'not an object',
            }),
          ),
        },
      },
    })
    expect(out.files[0]).toMatchObject({ location: null, dateText: null, artistHtml: '42' })
  })

  it('answers an empty search with an empty page, and refuses what is not a query', () => {
    expect(mapGalleryPage({ batchcomplete: true })).toMatchObject({ files: [], continuation: null })
    expect(() => mapGalleryPage({ error: { code: 'x' } })).toThrow(ShapeError)
    expect(() => mapGalleryPage('nope')).toThrow(ShapeError)
  })
})

describe('mapSubcategories', () => {
  it('gives names without the prefix and the continuation', () => {
    const body = {
      continue: { cmcontinue: 'subcat|4142|1', continue: '-||' },
      query: {
        categorymembers: [
          { ns: 14, title: 'Category:Saunas in Finland' },
          { ns: 6, title: 'File:Stray.jpg' },
        ],
      },
    }
    expect(mapSubcategories(body)).toEqual({
      categories: ['Saunas in Finland'],
      continuation: { cmcontinue: 'subcat|4142|1', continue: '-||' },
    })
    expect(() => mapSubcategories({ query: {} })).toThrow(ShapeError)
  })
})

describe('mapMediaInfo', () => {
  it('reads depicts (not deprecated ones) and captions; missing entities depict nothing', () => {
    const statement = (id: string, rank = 'normal') => ({
      mainsnak: {
        snaktype: 'value',
        property: 'P180',
        datavalue: {
          value: { 'entity-type': 'item', 'numeric-id': 1, id },
          type: 'wikibase-entityid',
        },
      },
      type: 'statement',
      rank,
    })
    const body = {
      entities: {
        M1: {
          type: 'mediainfo',
          id: 'M1',
          labels: { fi: { language: 'fi', value: 'Savusauna' } },
          statements: {
            P180: [statement('Q57036'), statement('Q1', 'deprecated'), statement('Q57036')],
          },
        },
        M2: { id: 'M2', missing: '' },
      },
    }
    expect(mapMediaInfo(body)).toEqual({
      M1: { depicts: ['Q57036'], captions: { fi: 'Savusauna' } },
      M2: { depicts: [], captions: {} },
    })
  })
})

function entity(claims: Record<string, unknown[]>, sitelinks = {}): Entity {
  return mapEntity({ id: 'Q1', type: 'item', claims, sitelinks })
}
const snak = (property: string, datatype: string, value: unknown) => ({
  mainsnak: { snaktype: 'value', property, datatype, datavalue: { value, type: 'string' } },
  type: 'statement',
  rank: 'normal',
})

describe('the sources of an entity', () => {
  it('lists media statements with P18 first, each once', () => {
    const e = entity({
      P154: [snak('P154', 'commonsMedia', 'Logo.svg')],
      P18: [snak('P18', 'commonsMedia', 'Picture.jpg'), snak('P18', 'commonsMedia', 'Logo.svg')],
      P373: [snak('P373', 'string', 'Verla')],
    })
    expect(mediaStatementFiles(e)).toEqual(['Picture.jpg', 'Logo.svg'])
  })

  it.each([
    [{ P373: [snak('P373', 'string', 'Verla_groundwood')] }, {}, 'Verla groundwood'],
    [{}, { commonswiki: { site: 'commonswiki', title: 'Category:Kouvola' } }, 'Kouvola'],
    [{}, { commonswiki: { site: 'commonswiki', title: 'Kouvola' } }, null],
    [{}, {}, null],
  ])('finds the Commons category (%j, %j → %s)', (claims, sitelinks, name) => {
    expect(commonsCategory(entity(claims, sitelinks))).toBe(name)
  })

  it('normalises category names and builds the depicts search', () => {
    expect(categoryName('Category:sauna_culture  in Finland')).toBe('Sauna culture in Finland')
    expect(depictsSearch('Q217447')).toBe('haswbstatement:P180=Q217447|P921=Q217447|P1344=Q217447')
  })
})
