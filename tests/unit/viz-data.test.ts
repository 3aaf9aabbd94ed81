// @vitest-environment node
// The visualizations' chart data: time bins with BCE years and no year 0, categories with an
// "other" bar, CSV that a spreadsheet cannot run, and the d3 geometry of both chart shapes.
import { describe, expect, it } from 'vitest'
import {
  binIndex,
  binLabel,
  binRange,
  categorySeries,
  chooseUnit,
  csvCell,
  fileSlug,
  timeSeries,
  toCsv,
} from '../../src/domain/vizData'
import {
  barsLayout,
  columnsLayout,
  formatCount,
  hitArea,
  tooltipPlacement,
} from '../../src/domain/vizLayout'

const fmt = { bce: (years: string) => `${years} BCE`, decade: (year: number) => `${year}s` }

describe('time bins', () => {
  it.each([
    [1865, 'year', 1865, 1865],
    [-1, 'year', -1, -1],
    [1865, 'decade', 1860, 1869],
    [5, 'decade', 1, 9],
    [-5, 'decade', -9, -1],
    [-455, 'decade', -459, -450],
    [-469, 'decade', -469, -460],
    [1865, 'century', 1800, 1899],
    [-455, 'century', -499, -400],
    [2024, 'millennium', 2000, 2999],
  ] as const)('%i in a %s bin runs from %i to %i', (year, unit, start, end) => {
    expect(binRange(binIndex(year, unit)!, unit)).toEqual({ start, end })
  })

  it('has no year 0: 1 BCE and 1 CE are neighbouring bins', () => {
    expect(binIndex(0, 'year')).toBeNull()
    expect(binIndex(1, 'year')! - binIndex(-1, 'year')!).toBe(1)
    expect(binIndex(1, 'decade')! - binIndex(-1, 'decade')!).toBe(1)
    expect(binIndex(1.5, 'decade')).toBeNull()
  })

  it.each([
    [1884, 1898, 'year'],
    [1884, 1899, 'decade'],
    [1500, 2024, 'decade'],
    [-1500, 2024, 'century'],
    [-10000, 2024, 'millennium'],
  ] as const)('draws %i–%i by %s', (min, max, unit) => {
    expect(chooseUnit(min, max)).toBe(unit)
  })

  it('counts works by decade, with the empty decades between them and three examples each', () => {
    const series = timeSeries([
      { id: 'Q1', year: 1884 },
      { id: 'Q2', year: 1885 },
      { id: 'Q3', year: 1891 },
      { id: 'Q4', year: 1893 },
      { id: 'Q5', year: 1896 },
      { id: 'Q6', year: 1897 },
      { id: 'Q7', year: 1899 },
      { id: 'Q8', year: 1921 },
      { id: 'Q9', year: null },
      { id: 'Q1', year: 1884 },
    ])
    expect(series.unit).toBe('decade')
    expect(series.bars.map((b) => [b.key, b.count])).toEqual([
      ['1880', 2],
      ['1890', 5],
      ['1900', 0],
      ['1910', 0],
      ['1920', 1],
    ])
    expect(series.bars[1]?.examples).toEqual(['Q3', 'Q4', 'Q5'])
    expect(series).toMatchObject({ total: 8, undated: 1, truncated: false })
  })

  it('bins BCE years and labels them', () => {
    const series = timeSeries([
      { id: 'Q1', year: -1500 },
      { id: 'Q2', year: -500 },
      { id: 'Q3', year: 79 },
    ])
    expect(series.unit).toBe('century')
    expect(series.bars).toHaveLength(17)
    expect(binLabel(series.bars[0]!, series.unit, fmt)).toBe('1599–1500 BCE')
    expect(binLabel(series.bars[15]!, series.unit, fmt)).toBe('99–1 BCE')
    expect(binLabel(series.bars[16]!, series.unit, fmt)).toBe('1–99')
    expect(series.bars.filter((b) => b.count).map((b) => b.key)).toEqual(['-1599', '-599', '1'])
  })

  it('names years and CE decades as people say them', () => {
    expect(binLabel({ key: '', start: -44, end: -44 }, 'year', fmt)).toBe('44 BCE')
    expect(binLabel({ key: '', start: 1860, end: 1869 }, 'decade', fmt)).toBe('1860s')
    expect(binLabel({ key: '', start: 1, end: 9 }, 'decade', fmt)).toBe('0s')
    expect(binLabel({ key: '', start: -9, end: -1 }, 'decade', fmt)).toBe('9–1 BCE')
    expect(binLabel({ key: 'x' }, 'year', fmt)).toBe('x')
  })

  it('has nothing to draw when nothing is dated, and says what was left out', () => {
    expect(
      timeSeries(
        [
          { id: 'Q1', year: null },
          { id: 'Q2', year: 0 },
        ],
        { truncated: true },
      ),
    ).toEqual({ kind: 'time', unit: 'year', bars: [], total: 0, undated: 2, truncated: true })
  })
})

describe('categories', () => {
  it('orders the largest first, ties by id, and sums the rest as other', () => {
    const counts = Array.from({ length: 15 }, (_, i) => ({
      key: `Q${i + 1}`,
      count: i < 3 ? 10 : 1,
    }))
    const series = categorySeries(counts)
    expect(series.bars.map((b) => b.key)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q6',
      'Q7',
      'Q8',
      'Q9',
      'Q10',
      'Q11',
      'Q12',
      'other',
    ])
    expect(series.bars.at(-1)?.count).toBe(3)
    expect(series.total).toBe(42)
  })

  it('keeps a thirteenth category rather than calling one bar "other"', () => {
    const counts = Array.from({ length: 13 }, (_, i) => ({ key: `Q${i + 1}`, count: 1 }))
    expect(categorySeries(counts).bars.map((b) => b.key)).not.toContain('other')
  })

  it('merges repeated keys and drops counts that are missing, negative or not numbers', () => {
    const series = categorySeries([
      { key: 'Q9259', count: 2, examples: ['Q1'] },
      { key: 'Q9259', count: 1, examples: ['Q2', 'Q1'] },
      { key: 'Q1', count: 0 },
      { key: 'Q2', count: -3 },
      { key: 'Q3', count: Number.NaN },
      { key: '', count: 4 },
    ])
    expect(series.bars).toEqual([{ key: 'Q9259', count: 3, examples: ['Q1', 'Q2'] }])
  })

  it('adds up huge counts exactly', () => {
    const series = categorySeries([
      { key: 'Q1', count: 2_000_000_000 },
      { key: 'Q2', count: 1 },
    ])
    expect(series.total).toBe(2_000_000_001)
  })
})

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1 555', "'+1 555"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['-500', '-500'],
    ['Ääkköset – ok', 'Ääkköset – ok'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('writes numbers as numbers and nothing for missing values', () => {
    expect([
      csvCell(-500),
      csvCell(1e6),
      csvCell(Number.NaN),
      csvCell(null),
      csvCell(undefined),
    ]).toEqual(['-500', '1000000', '', '', ''])
  })

  it('writes CRLF lines with a byte order mark unless asked not to', () => {
    const rows = [
      ['Decade', 'Works'],
      ['1880s', 2],
    ]
    expect(toCsv(rows)).toBe('\uFEFFDecade,Works\r\n1880s,2\r\n')
    expect(toCsv(rows, { bom: false })).toBe('Decade,Works\r\n1880s,2\r\n')
  })

  it('makes file names of titles', () => {
    expect(fileSlug('Akseli Gallen-Kallela: Works over time')).toBe(
      'Akseli-Gallen-Kallela-Works-over-time',
    )
    expect(fileSlug('كوفولا / تراث')).toBe('كوفولا-تراث')
    expect(fileSlug('???')).toBe('chart')
  })
})

describe('chart geometry', () => {
  it('draws columns from the baseline, the tallest to the top, a small count at least 1 px', () => {
    const g = columnsLayout([2, 0, 1_000_000, 1], { width: 600, height: 260 })
    expect(g.marks).toHaveLength(4)
    for (const mark of g.marks) expect(mark.y + mark.height).toBeCloseTo(g.plot.bottom)
    expect(g.marks[1]?.height).toBe(0)
    expect(g.marks[3]?.height).toBeGreaterThanOrEqual(1)
    expect(g.marks[2]?.y).toBeCloseTo(g.plot.top)
    expect(g.valueTicks.every((t) => Number.isInteger(t.value))).toBe(true)
    expect(g.valueTicks.at(-1)?.value).toBe(1_000_000)
    expect(g.marks[0]!.x).toBeLessThan(g.marks[1]!.x)
  })

  it('keeps a few columns narrow and centred instead of stretching them', () => {
    const g = columnsLayout([2, 5], { width: 800 })
    expect(g.marks.every((m) => m.width <= 96)).toBe(true)
    const middle = (g.plot.left + g.plot.right) / 2
    expect(g.marks[0]!.x + g.marks[1]!.x + g.marks[1]!.width).toBeCloseTo(2 * middle, 0)
  })

  it('labels only as many columns as fit', () => {
    const g = columnsLayout(new Array(60).fill(1), { width: 400 })
    expect(g.labelled.length).toBeLessThan(20)
    expect(g.labelled[0]).toBe(0)
  })

  it('has only whole-number ticks for small counts', () => {
    const g = columnsLayout([1, 1], { width: 400 })
    expect(g.valueTicks.map((t) => t.value)).toEqual([0, 1])
  })

  it('treats broken counts as zero', () => {
    const g = columnsLayout([Number.NaN, -1, Infinity], { width: 400 })
    expect(g.marks.map((m) => m.height)).toEqual([0, 0, 0])
  })

  it('mirrors bars in right-to-left layouts', () => {
    const ltr = barsLayout([4, 2], { width: 500 })
    const rtl = barsLayout([4, 2], { width: 500, rtl: true })
    expect(ltr.marks[0]!.x).toBe(ltr.plot.left)
    expect(rtl.marks[0]!.x + rtl.marks[0]!.width).toBeCloseTo(rtl.plot.right)
    expect(rtl.marks[1]!.width).toBeCloseTo(rtl.marks[0]!.width / 2)
    expect(rtl.valueTicks[0]!.at).toBeGreaterThan(rtl.valueTicks.at(-1)!.at)
  })

  it('reacts to the pointer over a whole column or row', () => {
    const columns = columnsLayout([1, 4], { width: 400 })
    expect(hitArea(columns, 0)).toMatchObject({
      y: columns.plot.top,
      height: columns.plot.bottom - columns.plot.top,
    })
    const bars = barsLayout([1, 4], { width: 400 })
    expect(hitArea(bars, 1)).toMatchObject({
      x: bars.plot.left,
      width: bars.plot.right - bars.plot.left,
    })
    expect(hitArea(bars, 9)).toEqual({ x: 0, y: 0, width: 0, height: 0 })
  })

  it('puts a tooltip beside a column, towards the middle, and under a bar', () => {
    const g = columnsLayout([1, 1, 1, 1], { width: 800 })
    expect(tooltipPlacement(g, 0)).toMatchObject({ anchor: 'start', top: g.plot.top })
    expect(tooltipPlacement(g, 0)!.left).toBeGreaterThan(g.marks[0]!.x + g.marks[0]!.width)
    expect(tooltipPlacement(g, 3)).toMatchObject({ anchor: 'end' })
    expect(tooltipPlacement(g, 3)!.left).toBeLessThan(g.marks[3]!.x)
    const bars = barsLayout([5, 1], { width: 600 })
    const under = tooltipPlacement(bars, 1)!
    expect(under.anchor).toBe('middle')
    expect(under.top).toBeGreaterThan(bars.marks[1]!.y + bars.marks[1]!.height)
    expect(under.left).toBeGreaterThanOrEqual(120)
    expect(tooltipPlacement(bars, 5)).toBeNull()
  })

  it('formats counts for axes compactly', () => {
    expect(formatCount(1234, 'en')).toBe('1,234')
    expect(formatCount(1234567, 'en', true)).toBe('1.2M')
    expect(formatCount(1234, 'fi')).toBe('1\u00a0234')
    expect(formatCount(12, 'not a locale!')).toBe('12')
  })
})
