import { getPayloadClient } from '@/lib/payload'

const collections = ['articles', 'monuments', 'resolutions', 'pages'] as const

/** Slug and last change of every published document that has a page of its own; one query per collection. */
export async function listPublishedPages() {
  const payload = await getPayloadClient()
  const results = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: false,
        overrideAccess: false,
        depth: 0,
        pagination: false,
        select: { slug: true, updatedAt: true },
        sort: 'slug',
      })
      return docs.map((doc) => ({ collection, slug: doc.slug ?? '', updatedAt: doc.updatedAt }))
    }),
  )
  return results.flat().filter((doc) => doc.slug)
}
