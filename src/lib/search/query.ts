import type { Payload } from 'payload'

import type { DatePrecision } from '@/lib/format/preciseDate'
import type { IndexedRow } from '@/lib/search/indexCache'
import { rankMatches } from '@/lib/search/ranking'
import { searchEntriesCollection } from '@/lib/search/indexDocument'
import { queryTerms } from '@/lib/search/normalize'
import { MAX_SEARCH_LIMIT, type SearchParams } from '@/lib/search/params'
import { snippetHtml } from '@/lib/search/snippet'
import type { SearchableCollection } from '@/lib/search/sources'

export type SearchResult = {
  collection: SearchableCollection
  id: string
  slug: string | null
  title: string
  date: string | null
  /** How much of `date` is known; null for rows indexed before it was recorded (read as a day). */
  datePrecision: DatePrecision | null
  year: number | null
  /** HTML-escaped text with the matching words in `<mark>`: safe to render as HTML. */
  snippetHtml: string
  /** A hit inside the document's original file: the page it is on, and the file. */
  page: number | null
  fileUrl: string | null
}

export type SearchResponse = {
  results: SearchResult[]
  total: number
  page: number
  totalPages: number
  facets: { types: Partial<Record<SearchableCollection, number>>; years: Record<string, number> }
}

type PageRow = IndexedRow & {
  datePrecision?: DatePrecision | null
  slug?: string | null
  title?: string | null
  snippetText?: string | null
  page?: number | null
  fileUrl?: string | null
}

const emptyResponse = (page: number): SearchResponse => ({
  results: [],
  total: 0,
  page,
  totalPages: 0,
  facets: { types: {}, years: {} },
})

/**
 * Searches the index (docs/search.md): the rows of the locale whose title or body holds a word
 * starting with each query term, ranked (title matches first, then newest), counted and filtered by
 * the instance's in-memory index (indexCache.ts); then one query by id reads the page's rows
 * (title, slug, snippet text).
 * Facets count the matches before the type and year filters, so a reader sees what the other
 * choices would give.
 */
export async function runSearch(payload: Payload, params: SearchParams): Promise<SearchResponse> {
  const { locale, type, year } = params
  const page = params.page ?? 1
  const limit = Math.min(params.limit ?? 10, MAX_SEARCH_LIMIT)
  const terms = queryTerms(params.q, locale)
  if (!terms.length) return emptyResponse(page)

  // The instance's in-memory index, checked against the database first (indexCache.ts).
  const {
    total,
    page: pageRows,
    facets,
  } = await rankMatches(payload, locale, terms, { type, year, offset: (page - 1) * limit, limit })
  const rows = pageRows.length
    ? ((
        await payload.find({
          collection: searchEntriesCollection,
          where: { id: { in: pageRows.map((r) => r.id) } },
          select: {
            docCollection: true,
            docId: true,
            slug: true,
            title: true,
            date: true,
            datePrecision: true,
            year: true,
            snippetText: true,
            page: true,
            fileUrl: true,
          },
          depth: 0,
          pagination: false,
          limit: 0,
          overrideAccess: false,
        })
      ).docs as unknown as PageRow[])
    : []
  const byId = new Map(rows.map((r) => [String(r.id), r]))

  return {
    results: pageRows.flatMap((candidate) => {
      const row = byId.get(String(candidate.id))
      if (!row) return []
      return [
        {
          collection: row.docCollection,
          id: row.docId,
          slug: row.slug ?? null,
          title: row.title ?? '',
          date: row.date ?? null,
          datePrecision: row.datePrecision ?? null,
          year: row.year ?? null,
          snippetHtml: snippetHtml(row.snippetText ?? '', terms, locale),
          page: row.page ?? null,
          fileUrl: row.fileUrl ?? null,
        },
      ]
    }),
    total,
    page,
    totalPages: Math.ceil(total / limit),
    facets,
  }
}
