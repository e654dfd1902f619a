import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { searchEntriesCollection } from '@/lib/search/indexDocument'
import { searchableCollections, type SearchableCollection } from '@/lib/search/sources'

/** What a search needs of every row to match, rank and count facets, as read from the database. */
export type IndexRow = {
  id: number | string
  docCollection: SearchableCollection
  docId: string
  /** A page of the document's original file (a resolution's PDF); none for the document itself. */
  page?: number | null
  year?: number | null
  date?: string | null
  titleTerms?: string | null
  bodyTerms?: string | null
  updatedAt: string
}

/** A row as kept in memory: its term strings live on in the postings only. */
export type IndexedRow = Pick<
  IndexRow,
  'id' | 'docCollection' | 'docId' | 'page' | 'year' | 'date' | 'updatedAt'
>

/**
 * One locale's rows in memory: the rows, compact per-row arrays for ranking and facets, and two
 * inverted indexes (every token, title tokens) from each stored token to the rows that hold it,
 * with the tokens sorted for prefix lookups. `order` lists the live rows newest first, so a search
 * ranks by walking it instead of sorting its matches. The sorted tokens and `order` are built by
 * ranking.ts when a search needs them; a change of rows here sets them to null.
 */
export type LocaleIndex = {
  count: number
  latest: string
  rows: IndexedRow[]
  alive: boolean[]
  dead: number
  /** Per row: position of its collection in `searchableCollections`, year (0: none), date in ms. */
  type: number[]
  year: number[]
  time: number[]
  byKey: Map<string, number>
  postings: Map<string, number[]>
  titlePostings: Map<string, number[]>
  sorted: string[] | null
  titleSorted: string[] | null
  order: Int32Array | null
}

/** Per Payload instance (tests run several in one process), per locale. */
const caches = new WeakMap<Payload, Map<Locale, LocaleIndex>>()

const select = {
  docCollection: true,
  docId: true,
  page: true,
  year: true,
  date: true,
  titleTerms: true,
  bodyTerms: true,
  updatedAt: true,
} as const
/** A document's row, or the row of one page of its original file. */
const keyOf = (row: IndexRow) => `${row.docCollection}/${row.docId}/${row.page ?? ''}`

async function readRows(payload: Payload, locale: Locale, since?: string): Promise<IndexRow[]> {
  const { docs } = await payload.find({
    collection: searchEntriesCollection,
    where: {
      and: [
        { locale: { equals: locale } },
        ...(since ? [{ updatedAt: { greater_than_equal: since } }] : []),
      ],
    },
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
      index.order = null
    }
  })
}

/** The state of the index in the database: rows of the locale and the newest write; two index-only queries. */
async function stamp(payload: Payload, locale: Locale) {
  const [{ totalDocs }, { docs }] = await Promise.all([
    payload.count({
      collection: searchEntriesCollection,
      where: { locale: { equals: locale } },
      overrideAccess: false,
    }),
    // Newest row of any locale: without a `where` the database walks the updatedAt index, one row.
    payload.find({
      collection: searchEntriesCollection,
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: false,
    }),
  ])
  return { count: totalDocs, latest: docs[0]?.updatedAt ?? '' }
}

const post = (postings: Map<string, number[]>, tokens: Iterable<string>, at: number): boolean => {
  let added = false
  for (const token of tokens) {
    if (!token) continue
    const list = postings.get(token)
    if (list) list.push(at)
    else {
      postings.set(token, [at])
      added = true
    }
  }
  return added
}

function add(index: LocaleIndex, row: IndexRow) {
  const previous = index.byKey.get(keyOf(row))
  if (previous !== undefined && index.alive[previous]) {
    // The row already held. SQLite hands a deleted row's id to the next insert, so a re-indexed
    // document's new rows can carry the old ids: only the write time tells them apart.
    if (index.rows[previous].id === row.id && index.rows[previous].updatedAt === row.updatedAt)
      return
    index.alive[previous] = false
    index.dead++
  }
  const at = index.rows.length
  const titleTokens = new Set((row.titleTerms ?? '').split(' '))
  const tokens = new Set(titleTokens)
  for (const token of (row.bodyTerms ?? '').split(' ')) tokens.add(token)
  if (post(index.postings, tokens, at)) index.sorted = null
  if (post(index.titlePostings, titleTokens, at)) index.titleSorted = null
  index.rows.push({
    id: row.id,
    docCollection: row.docCollection,
    docId: row.docId,
    page: row.page,
    year: row.year,
    date: row.date,
    updatedAt: row.updatedAt,
  })
  index.alive.push(true)
  index.type.push(searchableCollections.indexOf(row.docCollection))
  index.year.push(row.year ?? 0)
  // ISO dates: their order is their time's; no date ranks after every date.
  index.time.push(row.date ? Date.parse(row.date) : -Infinity)
  index.byKey.set(keyOf(row), at)
  index.order = null
}

const emptyIndex = (count: number, latest: string): LocaleIndex => ({
  count,
  latest,
  rows: [],
  alive: [],
  dead: 0,
  type: [],
  year: [],
  time: [],
  byKey: new Map(),
  postings: new Map(),
  titlePostings: new Map(),
  sorted: null,
  titleSorted: null,
  order: null,
})

/**
 * This instance's index of one locale, brought up to date with the database first. The database
 * stays the one source of truth, so every instance answers alike: each search reads its stamp (row
 * count of the locale, newest `updatedAt`); rows written since are fetched and replace the rows of
 * the same document (a re-index deletes and re-creates them); rows removed (unpublish, delete) are
 * found from the list of ids; the locale is reloaded whole only when that does not add up or a
 * quarter of the rows are stale. docs/search.md has the figures that led here.
 */
export async function currentIndex(payload: Payload, locale: Locale): Promise<LocaleIndex> {
  let perLocale = caches.get(payload)
  if (!perLocale) caches.set(payload, (perLocale = new Map()))
  const now = await stamp(payload, locale)
  const cached = perLocale.get(locale)
  if (cached && cached.count === now.count && cached.latest === now.latest) return cached

  if (cached && cached.dead < cached.rows.length / 4) {
    for (const row of await readRows(payload, locale, cached.latest)) add(cached, row)
    // Rows removed (unpublish, delete): the ids still there are enough to drop the others.
    if (cached.rows.length - cached.dead !== now.count)
      dropMissing(cached, await readIds(payload, locale))
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
