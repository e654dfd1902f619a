import type { Payload } from 'payload'

import { indexDocument, removeFromIndex, searchEntriesCollection } from '@/lib/search/indexDocument'
import { searchableCollections, type SearchableCollection } from '@/lib/search/sources'

type Progress = { total: number; done: number; collection: SearchableCollection }
type Options = { onStart?: (total: number) => void; onProgress?: (progress: Progress) => void; pageSize?: number }

/**
 * Rewrites the index from the published documents (npm run search:rebuild), then removes rows
 * whose document is gone. Documents are re-indexed one by one, so search keeps answering while it
 * runs. Bulk imports write with `context.skipSearchIndex` and call this once at the end.
 */
export async function rebuildSearchIndex(payload: Payload, { onStart, onProgress, pageSize = 100 }: Options = {}) {
  const published = { _status: { equals: 'published' } } as const
  let total = 0
  for (const collection of searchableCollections) {
    total += (await payload.count({ collection, where: published, overrideAccess: true })).totalDocs
  }
  onStart?.(total)

  let done = 0
  const counts: Partial<Record<SearchableCollection, number>> = {}
  for (const collection of searchableCollections) {
    const seen = new Set<string>()
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        where: published,
        select: {},
        depth: 0,
        limit: pageSize,
        page,
        sort: 'id',
        draft: false,
        overrideAccess: true,
      })
      for (const doc of docs) {
        await indexDocument({ collection, id: doc.id }, { payload })
        seen.add(String(doc.id))
        onProgress?.({ total, done: ++done, collection })
      }
      if (!hasNextPage) break
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
