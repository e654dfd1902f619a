import type { Payload } from 'payload'

import { readPublishedLocales } from '@/lib/content/publishedLocales'
import { localeCodes, type Locale } from '@/i18n/locales'
import { removeFromIndex, searchEntriesCollection, writeEntries } from '@/lib/search/indexDocument'
import {
  searchableCollections,
  visitorWhere,
  type SearchableCollection,
} from '@/lib/search/sources'
import { yieldToEventLoop } from '@/lib/jobs/yieldToEventLoop'

type Progress = { total: number; done: number; collection: SearchableCollection }
type Options = {
  onStart?: (total: number) => void
  onProgress?: (progress: Progress) => void
  pageSize?: number
}
type Doc = Record<string, unknown> & { id: number | string }

/**
 * Runs `write` in one transaction (where the adapter has them): on SQLite every transaction Payload
 * opens costs a connection of its own and a commit with an fsync, so a page of rows in one costs
 * one of each instead of a hundred (docs/benchmarks.md, archive). Search keeps answering between pages.
 */
async function inTransaction(
  payload: Payload,
  write: (req: { transactionID?: number | string }) => Promise<void>,
) {
  const transactionID = (await payload.db.beginTransaction?.()) ?? null
  if (transactionID === null) return write({})
  try {
    await write({ transactionID })
    await payload.db.commitTransaction(transactionID)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/** One page of published documents in every locale (as visitors read them: az where a translation is not published, fallback to az for an empty field), by id. */
async function readPage(
  payload: Payload,
  collection: SearchableCollection,
  page: number,
  limit: number,
) {
  const first = await payload.find({
    collection,
    where: visitorWhere(collection),
    locale: 'az',
    fallbackLocale: 'az',
    draft: false,
    depth: 0,
    limit,
    page,
    sort: 'id',
    overrideAccess: true,
  })
  const docs = first.docs as unknown as Doc[]
  const ids = docs.map((doc) => doc.id)
  const perLocale = new Map<Locale, Map<string, Doc>>([
    ['az' as Locale, new Map(docs.map((doc) => [String(doc.id), doc]))],
  ])
  for (const locale of localeCodes.filter((l) => l !== 'az')) {
    const { docs: translated } = ids.length
      ? await payload.find({
          collection,
          where: { and: [{ id: { in: ids } }, visitorWhere(collection)] },
          locale,
          fallbackLocale: 'az',
          draft: false,
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
        })
      : { docs: [] }
    perLocale.set(
      locale,
      new Map((translated as unknown as Doc[]).map((doc) => [String(doc.id), doc])),
    )
  }
  // Each locale's state read at once: a locale read with fallback reports az's.
  const published = await readPublishedLocales(payload, collection, ids, { overrideAccess: true })
  const entries = ids.map((id) => {
    const locales = published.get(String(id)) ?? []
    return {
      id,
      docs: locales.includes('az')
        ? localeCodes.flatMap((locale): [Locale, Doc][] => {
            // A translation not published: the row holds the az text, as the page shows.
            const doc = perLocale.get(locales.includes(locale) ? locale : 'az')?.get(String(id))
            return doc ? [[locale, doc]] : []
          })
        : [],
    }
  })
  return { entries, hasNextPage: first.hasNextPage }
}

/**
 * Rewrites the index from the published documents (npm run search:rebuild), then removes rows
 * whose document is gone. Documents are read a page at a time in each locale and their rows written
 * a page per transaction, so search keeps answering while it runs. Bulk imports write with
 * `context.skipSearchIndex` and call this once at the end.
 */
export async function rebuildSearchIndex(
  payload: Payload,
  { onStart, onProgress, pageSize = 100 }: Options = {},
) {
  let total = 0
  for (const collection of searchableCollections) {
    total += (
      await payload.count({ collection, where: visitorWhere(collection), overrideAccess: true })
    ).totalDocs
  }
  onStart?.(total)

  let done = 0
  const counts: Partial<Record<SearchableCollection, number>> = {}
  for (const collection of searchableCollections) {
    const seen = new Set<string>()
    for (let page = 1; ; page++) {
      const { entries, hasNextPage } = await readPage(payload, collection, page, pageSize)
      await inTransaction(payload, async (req) => {
        for (const { id, docs } of entries)
          await writeEntries({ collection, id }, docs, { payload, req })
      })
      for (const { id } of entries) {
        seen.add(String(id))
        onProgress?.({ total, done: ++done, collection })
      }
      if (!hasNextPage) break
      // Frees the page's native statements before the next (without it the rebuild holds them all).
      await yieldToEventLoop()
    }
    counts[collection] = seen.size

    const { docs: rows } = await payload.find({
      collection: searchEntriesCollection,
      where: { docCollection: { equals: collection } },
      select: { docId: true },
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
    })
    const stale = new Set(rows.map((row) => row.docId).filter((id) => !seen.has(id)))
    for (const id of stale) await removeFromIndex({ collection, id }, { payload })
  }
  return counts
}
