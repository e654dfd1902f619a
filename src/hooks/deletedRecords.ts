import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { ContentSlug } from '@/lib/content/collections'
import { DELETED_RECORDS } from '@/lib/oai/repository'
import { visitorWhere } from '@/lib/search/sources'

type Doc = { id: number | string; _status?: string | null }
type Target = { collection: ContentSlug; id: number | string }

const matching = ({ collection, id }: Target): Where => ({
  and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }],
})

async function forget(target: Target, req: PayloadRequest) {
  await req.payload.delete({
    collection: DELETED_RECORDS,
    where: matching(target),
    overrideAccess: true,
    req,
  })
}

/** Marks a document deleted as of now (once: a second mark moves the date). */
async function remember(target: Target, req: PayloadRequest) {
  await forget(target, req)
  await req.payload.create({
    collection: DELETED_RECORDS,
    data: {
      docCollection: target.collection,
      docId: String(target.id),
      deletedAt: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
}

/**
 * Whether visitors read the published document now (people: as their privacy allows), by the
 * search index's rule, inside the operation's transaction.
 */
async function visible({ collection, id }: Target, req: PayloadRequest) {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, visitorWhere(collection)] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Keeps `deleted-records` true to what visitors could read (docs/api.md, "OAI-PMH"): a document
 * that was published and is not readable after a save (unpublished, or a person now hidden) or a
 * delete is remembered as deleted; one readable again is forgotten. Drafts saved over a draft, as
 * autosave does every few seconds, cost nothing.
 */
export function deletedRecordHooks(collection: ContentSlug) {
  const afterChange: CollectionAfterChangeHook<Doc> = async ({
    doc,
    previousDoc,
    operation,
    req,
  }) => {
    const target = { collection, id: doc.id }
    const wasPublished = operation === 'update' && previousDoc?._status === 'published'
    if (doc._status !== 'published' && !wasPublished) return doc
    if (await visible(target, req)) await forget(target, req)
    else if (wasPublished) await remember(target, req)
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, req }) => {
    if (doc._status === 'published') await remember({ collection, id: doc.id }, req)
    return doc
  }

  return { afterChange, afterDelete }
}
