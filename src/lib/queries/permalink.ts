import type { Payload } from 'payload'

import { contentCollections, isOneOf, type ContentSlug } from '@/lib/content/collections'
import { isDocumentId } from '@/lib/payload/documentId'

/** Content with a page of its own, reached by id through its slug (a timeline event has none). */
export const citableCollections = contentCollections.filter(
  (slug): slug is Exclude<ContentSlug, 'timeline-events'> => slug !== 'timeline-events',
)
export type CitableCollection = (typeof citableCollections)[number]

export const isCitable = (value: string): value is CitableCollection =>
  isOneOf(citableCollections, value)

/**
 * The current slug of a published document, looked up by id for permanent links; null when there
 * is none, also for an id no document of this database could have. A failing database is an error.
 */
export async function findPublishedById(
  payload: Payload,
  collection: CitableCollection,
  id: string,
): Promise<{ id: number | string; slug?: string | null } | null> {
  if (!isDocumentId(payload, collection, id)) return null
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    draft: false,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
  })
  return found.docs[0] ?? null
}
