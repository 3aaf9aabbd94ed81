// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileDate, isFileTarget, mediaEvents, type MediaFileDate } from './timelineMedia'

const t = (year: number, precision = 9, month = 0, day = 0) => ({
  year,
  month,
  day,
  precision,
  calendar: 'gregorian',
})

describe('fileDate', () => {
  it.each([
    ['a camera timestamp, as a day', '2019-07-14 12:31:05', t(2019, 11, 7, 14)],
    ['an ISO day', '2021-06-19', t(2021, 11, 6, 19)],
    ['an ISO month', '1940-02', t(1940, 10, 2)],
    ['a year alone, as a year', '1896', t(1896)],
    ['a decade', '1890s', t(1890, 8)],
    ['a year in words', 'photographed in summer 1935', t(1935)],
    ['an impossible day, as its year', '2021-02-30', t(2021, 10, 2)],
  ])('reads %s', (_, text, at) => {
    expect(fileDate(text)).toEqual({ at, earliest: null, latest: null, circa: false })
  })

  it.each(['circa 1890', 'c. 1890', 'ca. 1890', 'noin 1890', 'n. 1890', 'omkring 1890'])(
    'marks %s as circa',
    (text) => {
      expect(fileDate(text)).toEqual({ at: t(1890), earliest: null, latest: null, circa: true })
    },
  )

  it('reads two years as a range between them', () => {
    expect(fileDate('between 1939 and 1940')).toEqual({
      at: null,
      earliest: t(1939),
      latest: t(1940),
      circa: false,
    })
  })

  it.each([
    ['nothing', null],
    ['an empty text', '  '],
    ['no year', 'unknown date'],
    ['a year out of range', '0999'],
    ['three years', '1901, 1902 and 1903'],
  ])('gives no date for %s', (_, text) => {
    expect(fileDate(text)).toBeNull()
  })
})

const file = (n: number, dateText: string | null): MediaFileDate => ({
  title: `File:Photo ${n}.jpg`,
  name: `Photo ${n}`,
  dateText,
})

describe('mediaEvents', () => {
  it('makes one event per file, in the media lane, opening the file', () => {
    const [a, b] = mediaEvents([file(1, '2021-06-19'), file(2, '1896')])
    expect(b?.target).toBe('File:Photo 1.jpg')
    expect(b?.lane).toBe('media')
    expect(b?.source).toBe('media')
    // A year is drawn as the whole year.
    expect(a?.core).toEqual({ start: 1896, end: 1897 })
    expect(a?.media).toEqual([{ title: 'File:Photo 2.jpg', name: 'Photo 2' }])
  })

  it('groups the files of the same date into one event, leaving undated files out', () => {
    const events = mediaEvents([
      file(1, '2019-07-14 12:31:05'),
      file(2, '2019-07-14 15:00:00'),
      file(3, '2019-07-15'),
      file(4, null),
      file(1, '2019-07-14 12:31:05'),
    ])
    expect(events.map((e) => e.media?.length)).toEqual([2, 1])
    expect(events[0]?.target).toBe('File:Photo 1.jpg')
  })

  it('reads at most the limit of files', () => {
    const files = Array.from({ length: 20 }, (_, i) => file(i, `${1900 + i}`))
    expect(mediaEvents(files, 5)).toHaveLength(5)
  })

  it('draws a circa date as uncertain', () => {
    expect(mediaEvents([file(1, 'c. 1890')])[0]?.uncertain).toBe(true)
  })
})

describe('isFileTarget', () => {
  it('tells files from items', () => {
    expect(isFileTarget('File:A.jpg')).toBe(true)
    expect(isFileTarget('Q5')).toBe(false)
  })
})
