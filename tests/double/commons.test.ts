// @vitest-environment node
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDouble, type Double } from './index.ts'
import type { Json } from './json.ts'
import { api, at, getJson, keysAt, listAt, testDouble } from './test-support.ts'

let double: Double
beforeAll(async () => {
  double = await testDouble()
})

const query = (params: Record<string, string>) =>
  getJson(double, api('commons.wikimedia.org', { action: 'query', ...params }))

/** Generated pages in the generator's rank (the API lists them in page id order). */
function ranked(body: Json): Json[] {
  return listAt(body, 'query', 'pages')
    .toSorted((a, b) => Number(at(a, 'index')) - Number(at(b, 'index')))
    .map((page) => at(page, 'title') ?? null)
}

function titles(body: Json, list = 'pages'): Json[] {
  return listAt(body, 'query', list).map((page) => at(page, 'title') ?? null)
}

const CATHEDRAL = 'File:Helsinki Cathedral.jpg'

describe('prop=imageinfo', () => {
  it('gives url, size, mime and a thumbnail in the upload.wikimedia.org layout', async () => {
    const body = await query({
      titles: 'File:Helsinki_Cathedral.jpg',
      prop: 'imageinfo',
      iiprop: 'url|size|mime|timestamp|user',
      iiurlwidth: '330',
    })
    expect(at(body, 'query', 'normalized')).toEqual([
      { fromencoded: false, from: 'File:Helsinki_Cathedral.jpg', to: CATHEDRAL },
    ])
    const hash = createHash('md5').update('Helsinki_Cathedral.jpg').digest('hex')
    const path = `${hash[0]}/${hash.slice(0, 2)}/Helsinki_Cathedral.jpg`
    expect(at(body, 'query', 'pages', 0)).toEqual({
      pageid: expect.any(Number),
      ns: 6,
      title: CATHEDRAL,
      imagerepository: 'local',
      imageinfo: [
        {
          timestamp: '2019-06-01T10:00:00Z',
          user: 'Example photographer',
          size: 2500000,
          width: 4000,
          height: 3000,
          thumburl: `https://upload.wikimedia.org/wikipedia/commons/thumb/${path}/330px-Helsinki_Cathedral.jpg`,
          thumbwidth: 330,
          thumbheight: 248,
          responsiveUrls: {
            '1.5': `https://upload.wikimedia.org/wikipedia/commons/thumb/${path}/495px-Helsinki_Cathedral.jpg`,
            '2': `https://upload.wikimedia.org/wikipedia/commons/thumb/${path}/660px-Helsinki_Cathedral.jpg`,
          },
          url: `https://upload.wikimedia.org/wikipedia/commons/${path}`,
          descriptionurl: 'https://commons.wikimedia.org/wiki/File:Helsinki_Cathedral.jpg',
          descriptionshorturl: expect.stringMatching(
            /^https:\/\/commons\.wikimedia\.org\/w\/index\.php\?curid=\d+$/,
          ),
          mime: 'image/jpeg',
        },
      ],
    })
  })

  it('names thumbnails of SVG and TIFF files as MediaWiki does, and never upscales bitmaps', async () => {
    const body = await query({
      titles:
        'File:Map of Finland.svg|File:Verla mill 1900.tif|File:Senate Square (Helsinki) 2018.jpg',
      prop: 'imageinfo',
      iiprop: 'url',
      iiurlwidth: '5000',
    })
    expect(at(body, 'query', 'pages', 0, 'imageinfo', 0, 'thumburl')).toMatch(
      /\/thumb\/.+\/Map_of_Finland\.svg\/5000px-Map_of_Finland\.svg\.png$/,
    )
    expect(at(body, 'query', 'pages', 1, 'imageinfo', 0, 'thumbwidth')).toBe(2000)
    const tiff = await query({
      titles: 'File:Verla mill 1900.tif',
      prop: 'imageinfo',
      iiprop: 'url',
      iiurlwidth: '300',
    })
    expect(at(tiff, 'query', 'pages', 0, 'imageinfo', 0, 'thumburl')).toMatch(
      /\/Verla_mill_1900\.tif\/lossy-page1-300px-Verla_mill_1900\.tif\.jpg$/,
    )
    expect(at(body, 'query', 'pages', 2, 'imageinfo', 0, 'url')).toMatch(
      /\/Senate_Square_%28Helsinki%29_2018\.jpg$/,
    )
  })

  it('fits thumbnails into iiurlheight', async () => {
    const body = await query({
      titles: CATHEDRAL,
      prop: 'imageinfo',
      iiprop: 'url',
      iiurlwidth: '400',
      iiurlheight: '150',
    })
    expect(at(body, 'query', 'pages', 0, 'imageinfo', 0)).toMatchObject({
      thumbwidth: 200,
      thumbheight: 150,
    })
  })

  it('writes extmetadata as CommonsMetadata does, with filter and language', async () => {
    const body = await query({
      titles: CATHEDRAL,
      prop: 'imageinfo',
      iiprop: 'extmetadata',
      iiextmetadatafilter: 'ImageDescription|LicenseShortName|Artist|DateTime|Categories',
      iiextmetadatalanguage: 'fi',
    })
    expect(at(body, 'query', 'pages', 0, 'imageinfo', 0, 'extmetadata')).toEqual({
      DateTime: { value: '2019-06-01 10:00:00', source: 'mediawiki-metadata', hidden: '' },
      Categories: {
        value: 'Helsinki Cathedral|Uploaded via Campaign:wlm-fi',
        source: 'commons-categories',
        hidden: '',
      },
      ImageDescription: {
        value: 'Helsingin tuomiokirkko Senaatintorilta',
        source: 'commons-desc-page',
      },
      Artist: {
        value:
          '<a href="//commons.wikimedia.org/wiki/User:Example" title="User:Example">Example photographer</a>',
        source: 'commons-desc-page',
      },
      LicenseShortName: { value: 'CC BY-SA 4.0', source: 'commons-desc-page', hidden: '' },
    })
  })

  it('gives every language with iiextmetadatamultilang, and falls back for a single one', async () => {
    const multi = await query({
      titles: CATHEDRAL,
      prop: 'imageinfo',
      iiprop: 'extmetadata',
      iiextmetadatafilter: 'ImageDescription',
      iiextmetadatamultilang: '1',
    })
    expect(
      at(multi, 'query', 'pages', 0, 'imageinfo', 0, 'extmetadata', 'ImageDescription', 'value'),
    ).toEqual({
      en: 'Helsinki Cathedral seen from <a href="//commons.wikimedia.org/wiki/Senate_Square">Senate Square</a>',
      fi: 'Helsingin tuomiokirkko Senaatintorilta',
      _type: 'lang',
    })
    const fallback = await query({
      titles: CATHEDRAL,
      prop: 'imageinfo',
      iiprop: 'extmetadata',
      iiextmetadatafilter: 'ImageDescription',
      iiextmetadatalanguage: 'smn',
    })
    expect(
      at(fallback, 'query', 'pages', 0, 'imageinfo', 0, 'extmetadata', 'ImageDescription', 'value'),
    ).toBe('Helsingin tuomiokirkko Senaatintorilta')
  })

  it('reports a missing file with an empty image repository, in both format versions', async () => {
    const v2 = await query({ titles: 'File:Nowhere.jpg', prop: 'imageinfo' })
    expect(at(v2, 'query', 'pages')).toEqual([
      { ns: 6, title: 'File:Nowhere.jpg', missing: true, imagerepository: '' },
    ])
    const v1 = await query({
      titles: 'File:Nowhere.jpg|' + CATHEDRAL,
      prop: 'imageinfo',
      formatversion: '1',
    })
    expect(at(v1, 'query', 'pages', '-1')).toEqual({
      ns: 6,
      title: 'File:Nowhere.jpg',
      missing: '',
      imagerepository: '',
    })
    expect(at(v1, 'batchcomplete')).toBe('')
    expect(keysAt(v1, 'query', 'pages')).toHaveLength(2)
  })

  it('defaults iiprop to timestamp|user, and refuses more than 50 titles', async () => {
    const body = await query({ titles: CATHEDRAL, prop: 'imageinfo' })
    expect(at(body, 'query', 'pages', 0, 'imageinfo', 0)).toEqual({
      timestamp: '2019-06-01T10:00:00Z',
      user: 'Example photographer',
    })
    const many = Array.from({ length: 51 }, (_, i) => `File:F${i}.jpg`).join('|')
    expect(at(await query({ titles: many, prop: 'imageinfo' }), 'error', 'code')).toBe(
      'toomanyvalues',
    )
  })
})

describe('generator=search', () => {
  const search = (gsrsearch: string, extra: Record<string, string> = {}) =>
    query({ generator: 'search', gsrsearch, gsrnamespace: '6', ...extra })

  it('finds files by depicted item with haswbstatement, alternatives with |', async () => {
    expect(titles(await search('haswbstatement:P180=Q1757')).sort()).toEqual([
      CATHEDRAL,
      'File:Senate Square (Helsinki) 2018.jpg',
    ])
    expect(titles(await search('haswbstatement:P180=Q33|P180=Q217447')).sort()).toEqual([
      'File:Map of Finland.svg',
      'File:Verla mill 1900.tif',
    ])
    expect(titles(await search('haswbstatement:P180=Q1757 -haswbstatement:P180=Q900002'))).toEqual([
      'File:Senate Square (Helsinki) 2018.jpg',
    ])
  })

  it('filters by category with incategory (quoted or with underscores) and deepcat', async () => {
    expect(titles(await search('incategory:"Helsinki Cathedral"'))).toEqual([CATHEDRAL])
    expect(titles(await search('incategory:Senate_Square,_Helsinki'))).toEqual([
      'File:Senate Square (Helsinki) 2018.jpg',
    ])
    expect(titles(await search('deepcat:Helsinki')).sort()).toEqual([
      CATHEDRAL,
      'File:Senate Square (Helsinki) 2018.jpg',
    ])
  })

  it('matches words of titles, captions and descriptions', async () => {
    expect(titles(await search('verlan tehdas'))).toEqual(['File:Verla mill 1900.tif'])
    expect(ranked(await search('"senate square"'))).toEqual([
      'File:Senate Square (Helsinki) 2018.jpg',
      CATHEDRAL,
    ])
    expect(titles(await search('nothing-like-this'))).toEqual([])
  })

  it('continues with gsroffset and ranks with index, pages in page id order', async () => {
    const first = await search('haswbstatement:P180', { gsrlimit: '2' })
    expect(at(first, 'continue')).toEqual({ gsroffset: 2, continue: 'gsroffset||' })
    const indexes = listAt(first, 'query', 'pages').map((page) => at(page, 'index'))
    expect([...indexes].sort()).toEqual([1, 2])
    const ids = listAt(first, 'query', 'pages').map((page) => Number(at(page, 'pageid')))
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    const rest = await search('haswbstatement:P180', { gsrlimit: '2', gsroffset: '2' })
    expect(at(rest, 'continue')).toBeUndefined()
    expect(titles(rest)).toHaveLength(2)
    expect(titles(rest)).not.toContain(titles(first)[0])
  })

  it('combines with prop=imageinfo', async () => {
    const body = await search('incategory:"Maps of Finland"', { prop: 'imageinfo', iiprop: 'mime' })
    expect(at(body, 'query', 'pages', 0, 'imageinfo')).toEqual([{ mime: 'image/svg+xml' }])
  })

  it('answers list=search with searchinfo', async () => {
    const body = await query({
      list: 'search',
      srsearch: 'haswbstatement:P180=Q33',
      srnamespace: '6',
    })
    expect(at(body, 'query', 'searchinfo')).toEqual({ totalhits: 1 })
    expect(at(body, 'query', 'search', 0, 'title')).toBe('File:Map of Finland.svg')
  })
})

describe('list=categorymembers', () => {
  it('lists subcategories before files, continuing with cmcontinue', async () => {
    const first = await query({
      list: 'categorymembers',
      cmtitle: 'Category:Helsinki',
      cmlimit: '2',
    })
    expect(titles(first, 'categorymembers')).toEqual([
      'Category:Churches in Helsinki',
      'Category:Helsinki Cathedral',
    ])
    expect(at(first, 'query', 'categorymembers', 0)).toEqual({
      pageid: expect.any(Number),
      ns: 14,
      title: 'Category:Churches in Helsinki',
    })
    const cmcontinue = at(first, 'continue', 'cmcontinue')
    expect(at(first, 'continue', 'continue')).toBe('-||')
    expect(typeof cmcontinue).toBe('string')
    const rest = await query({
      list: 'categorymembers',
      cmtitle: 'Category:Helsinki',
      cmlimit: '2',
      cmcontinue: String(cmcontinue),
    })
    expect(titles(rest, 'categorymembers')).toEqual(['Category:Senate Square, Helsinki'])
  })

  it('filters by cmtype and survives category loops', async () => {
    const files = await query({
      list: 'categorymembers',
      cmtitle: 'Category:Helsinki Cathedral',
      cmtype: 'file',
    })
    expect(titles(files, 'categorymembers')).toEqual([CATHEDRAL])
    const loop = await query({
      list: 'categorymembers',
      cmtitle: 'Category:Helsinki Cathedral',
      cmtype: 'subcat',
    })
    expect(titles(loop, 'categorymembers')).toEqual(['Category:Helsinki'])
    expect(
      titles(await query({ generator: 'search', gsrsearch: 'deepcat:"Helsinki Cathedral"' })),
    ).toHaveLength(2)
  })

  it('works as a generator with imageinfo', async () => {
    const body = await query({
      generator: 'categorymembers',
      gcmtitle: 'Category:Senate Square, Helsinki',
      gcmtype: 'file',
      prop: 'imageinfo',
      iiprop: 'size',
    })
    expect(at(body, 'query', 'pages', 0, 'imageinfo', 0, 'width')).toBe(3000)
  })

  it('rejects a title outside the category namespace', async () => {
    const body = await query({ list: 'categorymembers', cmtitle: 'Helsinki' })
    expect(at(body, 'error', 'code')).toBe('invalidcategory')
  })
})

describe('geosearch', () => {
  it('finds files near a point, as a list and as a generator with coordinates', async () => {
    const list = await query({
      list: 'geosearch',
      gscoord: '60.17|24.952',
      gsradius: '500',
      gsnamespace: '6',
    })
    expect(titles(list, 'geosearch')).toEqual([CATHEDRAL, 'File:Senate Square (Helsinki) 2018.jpg'])
    const generated = await query({
      generator: 'geosearch',
      ggscoord: '61.08|26.57',
      ggsradius: '1000',
      prop: 'coordinates|imageinfo',
      iiprop: 'size',
    })
    expect(at(generated, 'query', 'pages', 0)).toMatchObject({
      title: 'File:Verla mill 1900.tif',
      coordinates: [{ lat: 61.0833, lon: 26.5667, primary: true, globe: 'earth' }],
      imageinfo: [{ width: 2000 }],
    })
  })
})

describe('list=allcampaigns', () => {
  it('answers in the shape of UploadWizard, keyed by campaign id', async () => {
    const body = await query({ list: 'allcampaigns' })
    expect(at(body, 'query', 'allcampaigns', '1')).toEqual({
      '*': expect.any(String),
      name: 'wlm-fi',
      trackingCategory: 'Uploaded_via_Campaign:wlm-fi',
      totalUploads: 2,
    })
    const config = JSON.parse(String(at(body, 'query', 'allcampaigns', '1', '*')))
    expect(config).toMatchObject({ title: 'Wiki Loves Monuments in Finland', enabled: true })
    const enabled = await query({ list: 'allcampaigns', uwcenabledonly: '1' })
    expect(keysAt(enabled, 'query', 'allcampaigns')).toEqual(['1'])
    const limited = await query({ list: 'allcampaigns', uwclimit: '1' })
    expect(at(limited, 'continue')).toEqual({ uwccontinue: '2', continue: '-||' })
    const next = await query({ list: 'allcampaigns', uwccontinue: '2' })
    expect(keysAt(next, 'query', 'allcampaigns')).toEqual(['2'])
  })
})

describe('action=wbgetentities (MediaInfo)', () => {
  it('gives a file its M entity: captions as labels, depicts as statements', async () => {
    const info = await query({ titles: CATHEDRAL })
    const pageid = Number(at(info, 'query', 'pages', 0, 'pageid'))
    const body = await getJson(
      double,
      api('commons.wikimedia.org', { action: 'wbgetentities', ids: `M${pageid}|M1` }),
    )
    const entity = at(body, 'entities', `M${pageid}`)
    expect(entity).toMatchObject({
      pageid,
      ns: 6,
      title: CATHEDRAL,
      type: 'mediainfo',
      id: `M${pageid}`,
      labels: { en: { language: 'en', value: 'Helsinki Cathedral in summer' } },
    })
    const depicts = listAt(entity, 'statements', 'P180').map((s) =>
      at(s, 'mainsnak', 'datavalue', 'value', 'id'),
    )
    expect(depicts).toEqual(['Q900002', 'Q1757'])
    expect(at(body, 'entities', 'M1')).toEqual({ id: 'M1', missing: '' })
    expect(at(body, 'success')).toBe(1)
  })

  it('refuses ids that are not MediaInfo ids, and more than 50', async () => {
    const wrong = await getJson(
      double,
      api('commons.wikimedia.org', { action: 'wbgetentities', ids: 'Q42' }),
    )
    expect(at(wrong, 'error', 'code')).toBe('no-such-entity')
    const ids = Array.from({ length: 51 }, (_, i) => `M${i + 1}`).join('|')
    const many = await getJson(
      double,
      api('commons.wikimedia.org', { action: 'wbgetentities', ids }),
    )
    expect(at(many, 'error', 'code')).toBe('toomanyvalues')
  })
})

describe('commons/series (compact records)', () => {
  it('expands a series into numbered files that imageinfo, categories and search know', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kooste-series-'))
    mkdirSync(path.join(dir, 'entities'))
    mkdirSync(path.join(dir, 'commons', 'series'), { recursive: true })
    writeFileSync(
      path.join(dir, 'commons', 'series', 'mill.json'),
      JSON.stringify({
        count: 12,
        title: 'File:Mill photograph {n}.jpg',
        record: {
          mime: 'image/jpeg',
          width: 1600,
          height: 1200,
          extmetadata: { ObjectName: 'Mill photograph {n}', LicenseShortName: 'CC0' },
          categories: ['Mill photographs'],
          statements: {},
        },
        cycle: {
          'extmetadata.DateTimeOriginal': ['1901', '1902', '1903'],
          'statements.P180': [['Q1'], []],
          extmetadata: [{ Artist: 'A' }, { Artist: 'B', LicenseShortName: 'CC BY 4.0' }],
        },
      }),
    )
    const series = await createDouble({ dataset: dir })
    const get = (params: Record<string, string>) =>
      getJson(series, api('commons.wikimedia.org', { action: 'query', ...params }))
    const first = await get({
      generator: 'categorymembers',
      gcmtitle: 'Category:Mill photographs',
      gcmlimit: '5',
      prop: 'imageinfo',
      iiprop: 'extmetadata',
    })
    expect(titles(first).sort()).toEqual([
      'File:Mill photograph 01.jpg',
      'File:Mill photograph 02.jpg',
      'File:Mill photograph 03.jpg',
      'File:Mill photograph 04.jpg',
      'File:Mill photograph 05.jpg',
    ])
    expect(at(first, 'continue', 'gcmcontinue')).toEqual(expect.any(String))
    const second = listAt(first, 'query', 'pages').find(
      (page) => at(page, 'title') === 'File:Mill photograph 02.jpg',
    )
    expect(at(second, 'imageinfo', 0, 'extmetadata')).toMatchObject({
      ObjectName: { value: 'Mill photograph 02' },
      DateTimeOriginal: { value: '1902' },
      Artist: { value: 'B' },
      LicenseShortName: { value: 'CC BY 4.0' },
    })
    const depicting = await get({ generator: 'search', gsrsearch: 'haswbstatement:P180=Q1' })
    expect(titles(depicting)).toHaveLength(6)
    rmSync(dir, { recursive: true, force: true })
  })
})
