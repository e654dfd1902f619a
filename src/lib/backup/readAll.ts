import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

const PAGE = 100

type Doc = Record<string, unknown>

/**
 * Every document of a collection as stored, one page at a time: every locale, no population,
 * hidden fields (password hashes and salts) included, access off. `draft: false` reads the main
 * documents themselves; unpublished changes on top of them are in the versions, read separately.
 */
export async function* readDocuments(payload: Payload, collection: CollectionSlug): AsyncGenerator<Doc[]> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      draft: false,
      showHiddenFields: true,
      overrideAccess: true,
      limit: PAGE,
      page,
      sort: 'id',
    })
    yield result.docs as unknown as Doc[]
    if (!result.hasNextPage) return
  }
}

/** Every version of a collection, oldest first (restore recreates them in order, so `latest` comes out right). */
export async function* readVersions(payload: Payload, collection: CollectionSlug): AsyncGenerator<Doc[]> {
  for (let page = 1; ; page++) {
    const result = await payload.findVersions({
      collection,
      locale: 'all',
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true,
      limit: PAGE,
      page,
      sort: 'updatedAt',
    })
    yield result.docs as unknown as Doc[]
    if (!result.hasNextPage) return
  }
}

export async function* readGlobalVersions(payload: Payload, global: GlobalSlug): AsyncGenerator<Doc[]> {
  for (let page = 1; ; page++) {
    const result = await payload.findGlobalVersions({
      slug: global,
      locale: 'all',
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true,
      limit: PAGE,
      page,
      sort: 'updatedAt',
    })
    yield result.docs as unknown as Doc[]
    if (!result.hasNextPage) return
  }
}
