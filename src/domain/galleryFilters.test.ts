// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { GalleryFile, GallerySource, MediaType } from './gallery'
import {
  filterEntries,
  galleryFacets,
  galleryFiltersQuery,
  mergeGalleryQuery,
  noFilters,
  readFileParam,
  readGalleryFilters,
  readYearRange,
  writeYearRange,
  type GalleryEntry,
  type GalleryFilters,
} from './galleryFilters'

function entry(
  title: string,
  sources: GallerySource[],
  type: MediaType,
  year: number | null,
  depicts: string[] | null,
): GalleryEntry {
  const file = { title, mediaType: type, year } as GalleryFile
  return { file, sources, depicts }
}

const entries = [
  entry('File:A.jpg', ['statement', 'depicts', 'category'], 'image', 2019, ['Q1', 'Q2']),
  entry('File:B.jpg', ['depicts'], 'image', 1896, ['Q1']),
  entry('File:C.webm', ['category'], 'video', 2019, []),
  entry('File:D.pdf', ['category'], 'document', null, null),
  entry('File:E.jpg', ['depicts', 'category'], 'image', 1896, ['Q2', 'Q3']),
]
const titles = (list: GalleryEntry[]) => list.map((e) => e.file.title.slice(5, 6)).join('')
const f = (over: Partial<GalleryFilters>): GalleryFilters => ({ ...noFilters, ...over })

describe('reading and writing the URL', () => {
  it.each([
    [{}, noFilters],
    [
      { gsource: 'depicts', gtype: 'video', gyear: '1896', gdepicts: 'Q1,q2,Q1' },
      { source: 'depicts', type: 'video', yearFrom: 1896, yearTo: 1896, depicts: ['Q1', 'Q2'] },
    ],
    [{ gsource: 'elsewhere', gtype: 'hologram', gyear: '18x', gdepicts: 'P31,<b>,Q0' }, noFilters],
    [
      { gyear: ['2019', '2020'], gsource: ['category'] },
      f({ yearFrom: 2019, yearTo: 2019, source: 'category' }),
    ],
    [{ gyear: '99999' }, noFilters],
    [{ gyear: '1890-1910' }, f({ yearFrom: 1890, yearTo: 1910 })],
    [{ gyear: '1890-' }, f({ yearFrom: 1890 })],
    [{ gyear: '-1910' }, f({ yearTo: 1910 })],
  ])('reads %j', (query, filters) => {
    expect(readGalleryFilters(query)).toEqual(filters)
  })

  it('writes filters back, removing what is not set, and keeps other keys', () => {
    const values = galleryFiltersQuery(f({ type: 'image', depicts: ['Q1', 'Q2'] }))
    expect(values).toEqual({
      gsource: undefined,
      gtype: 'image',
      gyear: undefined,
      gdepicts: 'Q1,Q2',
    })
    expect(
      mergeGalleryQuery({ lang: 'fi', gsource: 'depicts', file: 'File:A.jpg' }, values),
    ).toEqual({ lang: 'fi', gtype: 'image', gdepicts: 'Q1,Q2', file: 'File:A.jpg' })
    expect(readGalleryFilters(mergeGalleryQuery({}, values))).toEqual(
      f({ type: 'image', depicts: ['Q1', 'Q2'] }),
    )
  })

  it.each([
    ['1896', 1896, 1896],
    ['1890-1910', 1890, 1910],
    [' 1890 - 1910 ', 1890, 1910],
    ['1910-1890', 1890, 1910],
    ['1890-', 1890, null],
    ['-1910', null, 1910],
    ['-', null, null],
    ['18901910', null, null],
    ['1890-19x0', null, null],
    ['0999-1910', null, null],
    ['1890-2500', null, null],
    ['1890--1910', null, null],
    ['', null, null],
  ])('reads the year range %j as %s–%s', (text, from, to) => {
    expect(readYearRange(text)).toEqual({ from, to })
  })

  it.each([
    [1896, 1896, '1896'],
    [1890, 1910, '1890-1910'],
    [1890, null, '1890-'],
    [null, 1910, '-1910'],
    [null, null, undefined],
  ])('writes the year range %s–%s as %j, which reads back the same', (from, to, text) => {
    expect(writeYearRange(from, to)).toBe(text)
    if (text) expect(readYearRange(text)).toEqual({ from, to })
  })

  it.each([
    [{ file: 'File:Verla_drying_loft.jpg' }, 'File:Verla drying loft.jpg'],
    [{ file: 'verla drying loft.jpg' }, 'File:Verla drying loft.jpg'],
    [{ file: 'Image:X.png' }, 'File:X.png'],
    [{ file: '' }, null],
    [{ file: 'File:' }, null],
    [{ file: 'File:<script>.jpg' }, null],
    [{ file: `File:${'x'.repeat(300)}.jpg` }, null],
    [{}, null],
  ])('reads the deep link %j', (query, title) => {
    expect(readFileParam(query)).toBe(title)
  })
})

describe('filterEntries', () => {
  it.each([
    [noFilters, 'ABCDE'],
    [f({ source: 'statement' }), 'A'],
    [f({ source: 'depicts' }), 'ABE'],
    [f({ source: 'category' }), 'ACDE'],
    [f({ type: 'image' }), 'ABE'],
    [f({ type: 'video' }), 'C'],
    [f({ type: 'audio' }), ''],
    [f({ yearFrom: 1896, yearTo: 1896 }), 'BE'],
    [f({ yearFrom: 1890, yearTo: 2020 }), 'ABCE'],
    [f({ yearFrom: 1900 }), 'AC'],
    [f({ yearTo: 1900 }), 'BE'],
    [f({ yearFrom: 1900, yearTo: 2000 }), ''],
    [f({ depicts: ['Q1'] }), 'AB'],
    [f({ depicts: ['Q1', 'Q2'] }), 'A'],
    [f({ source: 'category', yearFrom: 2019, yearTo: 2019 }), 'AC'],
    [f({ source: 'depicts', type: 'image', yearTo: 1896, depicts: ['Q3'] }), 'E'],
  ])('%j keeps %s', (filters, kept) => {
    expect(titles(filterEntries(entries, filters))).toBe(kept)
  })
})

describe('galleryFacets', () => {
  it('counts each facet over everything when nothing is filtered', () => {
    expect(galleryFacets(entries, noFilters)).toEqual({
      sources: [
        { value: 'statement', count: 1 },
        { value: 'depicts', count: 3 },
        { value: 'category', count: 4 },
      ],
      types: [
        { value: 'image', count: 3 },
        { value: 'video', count: 1 },
        { value: 'document', count: 1 },
      ],
      years: [
        { value: 2019, count: 2 },
        { value: 1896, count: 2 },
      ],
      undated: 1,
      depicts: [
        { value: 'Q1', count: 2 },
        { value: 'Q2', count: 2 },
        { value: 'Q3', count: 1 },
      ],
    })
  })

  it('counts a facet with the other filters applied, not its own', () => {
    const facets = galleryFacets(entries, f({ type: 'image', yearFrom: 1896, yearTo: 1896 }))
    expect(facets.types).toEqual([{ value: 'image', count: 2 }])
    expect(facets.years).toEqual([
      { value: 2019, count: 1 },
      { value: 1896, count: 2 },
    ])
    expect(facets.sources).toEqual([
      { value: 'depicts', count: 2 },
      { value: 'category', count: 1 },
    ])
    expect(facets.undated).toBe(0)
    expect(galleryFacets(entries, f({ yearFrom: 1900 })).undated).toBe(1)
  })

  it('keeps a selected depicted item among the facets even beyond the limit or at zero', () => {
    const facets = galleryFacets(entries, f({ depicts: ['Q3', 'Q9'] }), 1)
    expect(facets.depicts.map((d) => d.value)).toEqual(['Q1', 'Q3', 'Q9'])
    expect(facets.depicts[2]).toEqual({ value: 'Q9', count: 0 })
  })
})
