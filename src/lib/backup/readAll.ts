import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

const PAGE = 100

type Doc = Record<string, unknown>

/** What every read of a backup shares: every locale, no population, hidden fields (hashes, salts), access off. */
const asStored = {
  locale: 'all',
  depth: 0,
  showHiddenFields: true,
  overrideAccess: true,
  limit: PAGE,
} as const

/** Pages of one Local API listing, read until the last. */
async function* pages(
  read: (page: number) => Promise<{ docs: unknown[]; hasNextPage: boolean }>,
): AsyncGenerator<Doc[]> {
  for (let page = 1; ; page++) {
    const result = await read(page)
    yield result.docs as Doc[]
    if (!result.hasNextPage) return
  }
}

/**
 * Every document of a collection as stored. `draft: false` reads the main documents themselves;
 * unpublished changes on top of them are in the versions, read separately.
 */
export const readDocuments = (payload: Payload, collection: CollectionSlug) =>
  pages((page) => payload.find({ ...asStored, collection, draft: false, page, sort: 'id' }))

/** Every version of a collection, oldest first (restore recreates them in order, so `latest` comes out right). */
export const readVersions = (payload: Payload, collection: CollectionSlug) =>
  pages((page) => payload.findVersions({ ...asStored, collection, page, sort: 'updatedAt' }))

export const readGlobalVersions = (payload: Payload, global: GlobalSlug) =>
  pages((page) =>
    payload.findGlobalVersions({ ...asStored, slug: global, page, sort: 'updatedAt' }),
  )
