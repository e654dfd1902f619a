import { getPayloadClient } from '@/lib/payload/client'

export const citableCollections = ['articles', 'monuments', 'resolutions', 'recognitions', 'pages'] as const
export type CitableCollection = (typeof citableCollections)[number]

export const isCitable = (value: string): value is CitableCollection => (citableCollections as readonly string[]).includes(value)

/** The current slug of a published document, looked up by id for permanent links; null when there is none. */
export async function findPublishedById(collection: CitableCollection, id: string): Promise<{ id: number | string; slug?: string | null } | null> {
  const payload = await getPayloadClient()
  const found = await payload
    .find({
      collection,
      where: { id: { equals: id } },
      draft: false,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })
    // An id the database cannot hold (text for an integer key) is simply not there.
    .catch(() => ({ docs: [] }))
  return (found.docs[0] as { id: number | string; slug?: string | null } | undefined) ?? null
}
