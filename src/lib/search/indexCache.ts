import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { searchEntriesCollection } from '@/lib/search/indexDocument'
import type { SearchableCollection } from '@/lib/search/sources'

/** What a search needs of every row to match, rank and count facets. */
export type IndexRow = {
  id: number | string
  docCollection: SearchableCollection
  docId: string
  year?: number | null
  date?: string | null
  titleTerms?: string | null
  bodyTerms?: string | null
  updatedAt: string
}

/**
 * One locale's rows in memory: the rows (without their body terms) and an inverted index from each
 * stored token to the rows that hold it, with the tokens sorted for prefix lookups.
 */
type LocaleIndex = {
  count: number
  latest: string
  rows: IndexRow[]
  alive: boolean[]
  dead: number
  byKey: Map<string, number>
  postings: Map<string, number[]>
  sorted: string[] | null
}

/** Per Payload instance (tests run several in one process), per locale. */
const caches = new WeakMap<Payload, Map<Locale, LocaleIndex>>()

const select = { docCollection: true, docId: true, year: true, date: true, titleTerms: true, bodyTerms: true, updatedAt: true } as const
const keyOf = (row: IndexRow) => `${row.docCollection}/${row.docId}`

async function readRows(payload: Payload, locale: Locale, since?: string): Promise<IndexRow[]> {
  const { docs } = await payload.find({
    collection: searchEntriesCollection,
    where: { and: [{ locale: { equals: locale } }, ...(since ? [{ updatedAt: { greater_than_equal: since } }] : [])] },
    select,
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: false,
  })
  return docs as unknown as IndexRow[]
}

async function readIds(payload: Payload, locale: Locale): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: searchEntriesCollection,
    where: { locale: { equals: locale } },
    select: { docId: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: false,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

function dropMissing(index: LocaleIndex, ids: Set<string>) {
  index.rows.forEach((row, at) => {
    if (index.alive[at] && !ids.has(String(row.id))) {
      index.alive[at] = false
      index.dead++
    }
  })
}

/** The state of the index in the database: rows of the locale and the newest write; two index-only queries. */
async function stamp(payload: Payload, locale: Locale) {
  const [{ totalDocs }, { docs }] = await Promise.all([
    payload.count({ collection: searchEntriesCollection, where: { locale: { equals: locale } }, overrideAccess: false }),
    // Newest row of any locale: without a `where` the database walks the updatedAt index, one row.
    payload.find({ collection: searchEntriesCollection, sort: '-updatedAt', limit: 1, pagination: false, depth: 0, select: { updatedAt: true }, overrideAccess: false }),
  ])
  return { count: totalDocs, latest: docs[0]?.updatedAt ?? '' }
}

function add(index: LocaleIndex, row: IndexRow) {
  const previous = index.byKey.get(keyOf(row))
  if (previous !== undefined && index.alive[previous]) {
    if (index.rows[previous].id === row.id) return
    index.alive[previous] = false
    index.dead++
  }
  const at = index.rows.length
  const tokens = new Set(`${row.titleTerms ?? ''} ${row.bodyTerms ?? ''}`.split(' '))
  tokens.delete('')
  for (const token of tokens) {
    const list = index.postings.get(token)
    if (list) list.push(at)
    else {
      index.postings.set(token, [at])
      index.sorted = null
    }
  }
  // Body terms live on in the postings only; the title terms are kept for ranking.
  index.rows.push({ ...row, bodyTerms: undefined })
  index.alive.push(true)
  index.byKey.set(keyOf(row), at)
}

const emptyIndex = (count: number, latest: string): LocaleIndex => ({ count, latest, rows: [], alive: [], dead: 0, byKey: new Map(), postings: new Map(), sorted: null })

/**
 * This instance's index of one locale, brought up to date with the database first. The database
 * stays the one source of truth, so every instance answers alike: each search reads its stamp (row
 * count of the locale, newest `updatedAt`); rows written since are fetched and replace the rows of
 * the same document (a re-index deletes and re-creates them); rows removed (unpublish, delete) are
 * found from the list of ids; the locale is reloaded whole only when that does not add up or a
 * quarter of the rows are stale. docs/search.md has the figures that led here.
 */
async function currentIndex(payload: Payload, locale: Locale): Promise<LocaleIndex> {
  let perLocale = caches.get(payload)
  if (!perLocale) caches.set(payload, (perLocale = new Map()))
  const now = await stamp(payload, locale)
  const cached = perLocale.get(locale)
  if (cached && cached.count === now.count && cached.latest === now.latest) return cached

  if (cached && cached.dead < cached.rows.length / 4) {
    for (const row of await readRows(payload, locale, cached.latest)) add(cached, row)
    // Rows removed (unpublish, delete): the ids still there are enough to drop the others.
    if (cached.rows.length - cached.dead !== now.count) dropMissing(cached, await readIds(payload, locale))
    if (cached.rows.length - cached.dead === now.count) {
      cached.count = now.count
      cached.latest = now.latest
      return cached
    }
  }
  const index = emptyIndex(now.count, now.latest)
  for (const row of await readRows(payload, locale)) add(index, row)
  index.count = index.rows.length
  perLocale.set(locale, index)
  return index
}

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

/** Rows of the locale with, for each term, a title or body token that starts with it. */
export async function matchRows(payload: Payload, locale: Locale, terms: string[]): Promise<IndexRow[]> {
  const index = await currentIndex(payload, locale)
  index.sorted ??= [...index.postings.keys()].sort()
  const sorted = index.sorted
  const sets = terms.map((term) => {
    const rows = new Set<number>()
    for (let i = lowerBound(sorted, term); i < sorted.length && sorted[i].startsWith(term); i++) {
      for (const at of index.postings.get(sorted[i])!) rows.add(at)
    }
    return rows
  })
  sets.sort((a, b) => a.size - b.size)
  const [smallest, ...rest] = sets
  const matches: IndexRow[] = []
  for (const at of smallest ?? []) {
    if (index.alive[at] && rest.every((set) => set.has(at))) matches.push(index.rows[at])
  }
  return matches
}
