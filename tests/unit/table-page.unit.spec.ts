import { describe, expect, it } from 'vitest'

import { pageNumber } from '@/lib/routing/pageNumber'
import { tablePage } from '@/lib/page/tablePage'

const rows = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}` }))
const idOf = (row: { id: string }) => row.id

describe('one page of a long table', () => {
  it('cuts the rows in pages of the given size, the last one shorter', () => {
    const last = tablePage(rows, idOf, { size: 100, page: '3' })
    expect(last).toMatchObject({ page: 3, totalPages: 3 })
    expect(last.rows.map(idOf)).toEqual(rows.slice(200).map(idOf))
    expect(tablePage(rows, idOf, { size: 100 }).rows.map(idOf)).toEqual(
      rows.slice(0, 100).map(idOf),
    )
  })

  it('opens the page holding the row a link points to, whatever page was asked for', () => {
    const page = tablePage(rows, idOf, { size: 100, page: '1', show: 'r150' })
    expect(page.page).toBe(2)
    expect(page.rows.map(idOf)).toContain('r150')
    expect(page.pageOf('r99')).toBe(1)
    expect(page.pageOf('r100')).toBe(2)
    expect(page.pageOf('nope')).toBeUndefined()
  })

  it('gives the first page for a page outside the table or not a number, and for an unknown row', () => {
    for (const page of ['0', '4', '-1', '1.5', 'x', ''])
      expect(tablePage(rows, idOf, { size: 100, page }).page).toBe(1)
    expect(tablePage(rows, idOf, { size: 100, show: 'unknown' }).page).toBe(1)
  })

  it('has one page, empty, for an empty table', () => {
    expect(tablePage([], idOf, { size: 100 })).toMatchObject({ page: 1, totalPages: 1, rows: [] })
  })
})

describe('a page number from a path or a query string', () => {
  it('is a positive integer as written, nothing else', () => {
    expect(pageNumber('1')).toBe(1)
    expect(pageNumber('27')).toBe(27)
    expect(pageNumber('99999')).toBe(99999)
    // What Number() would have turned into an offset: a fraction, hex, an exponent, a sign, padding.
    for (const value of [
      '2.5',
      '0x10',
      '1e3',
      '-1',
      '+2',
      '02',
      ' 2',
      '0',
      '',
      '100000',
      'x',
      undefined,
    ])
      expect(pageNumber(value)).toBeNull()
  })
})
