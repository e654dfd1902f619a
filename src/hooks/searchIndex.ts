import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { indexDocument, removeFromIndex, removeIfUnpublished } from '@/lib/search/indexDocument'
import type { SearchableCollection } from '@/lib/search/sources'
import { sourcePublished } from '@/lib/translation/status'

type Doc = { id: number | string; _status?: string | null }

/**
 * Keeps the search index current (docs/search.md): a publish in any locale rewrites the rows of
 * every locale (each as visitors read it), an unpublish or a delete removes them. A draft saved over a published document
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

/**
 * The published documents of a collection whose `field` points at `id`: their rows hold something
 * of the document pointed at (a tag's name, the pages of a file).
 */
async function publishedPointingAt(
  collection: SearchableCollection,
  field: string,
  id: number | string,
  req: PayloadRequest,
) {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ [field]: { in: [id] } }, sourcePublished] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

const reindex = async (
  collection: SearchableCollection,
  ids: (number | string)[],
  req: PayloadRequest,
) => {
  for (const id of ids) await indexDocument({ collection, id }, { payload: req.payload, req })
}

/** The published articles filed under a tag. */
const taggedArticles = (id: number | string, req: PayloadRequest) =>
  publishedPointingAt('articles', 'tags', id, req)

const reindexArticles = (ids: (number | string)[], req: PayloadRequest) =>
  reindex('articles', ids, req)

/**
 * A resolution's rows hold the pages of its original (indexDocument): a new reading of the file or
 * an editor's correction rewrites the rows of every published resolution that shows it.
 */
export const reindexShowingFile = async (mediaId: number | string, req: PayloadRequest) =>
  reindex(
    'resolutions',
    await publishedPointingAt('resolutions', 'originalFile', mediaId, req),
    req,
  )

/**
 * From a tag's beforeDelete to its afterDelete, by request: Payload hands the two hooks different
 * `context` objects (a value set in one is gone in the other).
 */
const articlesOfDeletedTag = new WeakMap<PayloadRequest, (number | string)[]>()

/**
 * An article's rows hold the names of its tags (indexDocument): renaming or deleting a tag
 * rewrites the rows of every published article filed under it. The articles are found before a
 * delete, while their links to the tag still exist.
 */
export const tagSearchHooks = {
  afterChange: (async ({ doc, operation, context, req }) => {
    // A new tag is on no article yet: nothing to rewrite, and no query (the seed makes them first).
    if (operation === 'update' && !context.skipSearchIndex)
      await reindexArticles(await taggedArticles(doc.id, req), req)
    return doc
  }) satisfies CollectionAfterChangeHook<Doc>,
  beforeDelete: (async ({ id, context, req }) => {
    if (!context.skipSearchIndex) articlesOfDeletedTag.set(req, await taggedArticles(id, req))
  }) satisfies CollectionBeforeDeleteHook,
  afterDelete: (async ({ doc, req }) => {
    await reindexArticles(articlesOfDeletedTag.get(req) ?? [], req)
    articlesOfDeletedTag.delete(req)
    return doc
  }) satisfies CollectionAfterDeleteHook<Doc>,
}
