import { pageNumber } from '@/lib/routing/pageNumber'

export type TablePage<T> = {
  page: number
  totalPages: number
  rows: T[]
  /** The page a row is on, by its id; undefined for an id that is not in the table. */
  pageOf: (id: string) => number | undefined
}

/**
 * One page of a long table. `show` (the id of a row a link points to) wins over `page`, so a link to
 * one row always opens the page that holds it; a page number outside the table gives the first page.
 */
export function tablePage<T>(
  rows: T[],
  idOf: (row: T) => string,
  { size, page, show }: { size: number; page?: string; show?: string },
): TablePage<T> {
  const totalPages = Math.max(1, Math.ceil(rows.length / size))
  const pages = new Map(rows.map((row, index) => [idOf(row), Math.floor(index / size) + 1]))
  const requested = pageNumber(page)
  const current =
    (show !== undefined ? pages.get(show) : undefined) ??
    (requested !== null && requested <= totalPages ? requested : 1)
  return {
    page: current,
    totalPages,
    rows: rows.slice((current - 1) * size, current * size),
    pageOf: (id) => pages.get(id),
  }
}
