import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { currentIndex, type IndexedRow, type LocaleIndex } from '@/lib/search/indexCache'
import { searchableCollections, type SearchableCollection } from '@/lib/search/sources'

/** First position in a sorted list whose value is >= `value`. */
const lowerBound = (list: string[], value: string) => {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Marks in `mask` (bit `bit`) every row holding a token that starts with `term`; false when none does. */
function markPrefix(
  sorted: string[],
  postings: Map<string, number[]>,
  term: string,
  mask: Uint8Array,
  bit: number,
): boolean {
  let found = false
  for (let i = lowerBound(sorted, term); i < sorted.length && sorted[i].startsWith(term); i++) {
    for (const at of postings.get(sorted[i])!) mask[at] |= bit
    found = true
  }
  return found
}

/** Live rows, newest first, then in the order of `searchableCollections`, then oldest written first. */
function rankOrder(index: LocaleIndex): Int32Array {
  const live: number[] = []
  for (let at = 0; at < index.rows.length; at++) if (index.alive[at]) live.push(at)
  const { time, type } = index
  live.sort((a, b) => time[b] - time[a] || type[a] - type[b] || a - b)
  return Int32Array.from(live)
}

/** Bits set in each byte value: how many terms a row's title matches. */
const bitCount = Uint8Array.from({ length: 256 }, (_, n) => n.toString(2).replace(/0/g, '').length)

export type RankedMatches = {
  total: number
  /** The rows of the asked page, best first. */
  page: IndexedRow[]
  facets: { types: Partial<Record<SearchableCollection, number>>; years: Record<string, number> }
}

type RankOptions = { type?: SearchableCollection; year?: number; offset: number; limit: number }

/**
 * The rows of the locale that hold, for each term (at most 8), a title or body token starting with
 * it; ranked by the number of terms found in the title (title matches first), then newest first
 * (docs/search.md). Facets count every match, before the type and year filters. Costs one pass over
 * the postings of the terms and one over the locale's rows in rank order: no sort, no objects per
 * match, whatever the number of matches.
 */
export async function rankMatches(
  payload: Payload,
  locale: Locale,
  terms: string[],
  { type, year, offset, limit }: RankOptions,
): Promise<RankedMatches> {
  const index = await currentIndex(payload, locale)
  index.sorted ??= [...index.postings.keys()].sort()
  index.titleSorted ??= [...index.titlePostings.keys()].sort()
  index.order ??= rankOrder(index)
  const { sorted, titleSorted } = index
  const terms8 = terms.slice(0, 8)
  const all = (1 << terms8.length) - 1
  const anywhere = new Uint8Array(index.rows.length)
  const inTitle = new Uint8Array(index.rows.length)
  for (let i = 0; i < terms8.length; i++) {
    // A term no token starts with: nothing matches every term.
    if (!markPrefix(sorted, index.postings, terms8[i], anywhere, 1 << i))
      return { total: 0, page: [], facets: { types: {}, years: {} } }
    markPrefix(titleSorted, index.titlePostings, terms8[i], inTitle, 1 << i)
  }

  const typeCounts = new Array<number>(searchableCollections.length).fill(0)
  const years = new Map<number, number>()
  const wantedType = type ? searchableCollections.indexOf(type) : -1
  // Rows of each rank (terms found in the title), each list already newest first.
  const ranks: number[][] = Array.from({ length: terms8.length + 1 }, () => [])
  const order = index.order
  for (let k = 0; k < order.length; k++) {
    const at = order[k]
    if (anywhere[at] !== all || all === 0) continue
    typeCounts[index.type[at]]++
    const rowYear = index.year[at]
    if (rowYear) years.set(rowYear, (years.get(rowYear) ?? 0) + 1)
    if ((wantedType !== -1 && index.type[at] !== wantedType) || (year && rowYear !== year)) continue
    ranks[bitCount[inTitle[at] & all]].push(at)
  }

  let total = 0
  for (const list of ranks) total += list.length
  const page: IndexedRow[] = []
  let skip = offset
  for (let rank = ranks.length - 1; rank >= 0 && page.length < limit; rank--) {
    const list = ranks[rank]
    if (skip >= list.length) {
      skip -= list.length
      continue
    }
    for (let k = skip; k < list.length && page.length < limit; k++) page.push(index.rows[list[k]])
    skip = 0
  }

  const types: RankedMatches['facets']['types'] = {}
  searchableCollections.forEach((collection, i) => {
    if (typeCounts[i]) types[collection] = typeCounts[i]
  })
  return { total, page, facets: { types, years: Object.fromEntries(years) } }
}
