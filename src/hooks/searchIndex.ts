import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { indexDocument, removeFromIndex, removeIfUnpublished } from '@/lib/search/indexDocument'
import type { SearchableCollection } from '@/lib/search/sources'

type Doc = { id: number | string; _status?: string | null }

/**
 * Keeps the search index current (docs/search.md): a publish in any locale rewrites the rows of
 * every locale, an unpublish or a delete removes them. A draft saved over a published document
 * changes nothing visitors see, so indexDocument re-reads the published document instead of
 * trusting `doc`. Unlike revalidation this also runs in seeds and tests; only bulk rebuilds
 * (npm run search:rebuild) pass `context.skipSearchIndex`. `req` keeps the writes in the
 * operation's transaction.
 */
export function searchIndexHooks(collection: SearchableCollection) {
  const afterChange: CollectionAfterChangeHook<Doc> = async ({ doc, operation, context, req }) => {
    if (context.skipSearchIndex) return doc
    const target = { collection, id: doc.id }
    if (doc._status === 'published') await indexDocument(target, { payload: req.payload, req })
    // A new draft has no rows; an autosave over a published document keeps them (one read).
    else if (operation === 'update')
      await removeIfUnpublished(target, { payload: req.payload, req })
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, context, req }) => {
    if (!context.skipSearchIndex)
      await removeFromIndex({ collection, id: doc.id }, { payload: req.payload, req })
    return doc
  }

  return { afterChange, afterDelete }
}
