import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

type Id = number | string

const idOf = (value: unknown): Id | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

/**
 * Whether some person links the file as their photo without showing it to visitors: in a published
 * record or in a draft (a draft links it before it is published).
 */
async function linkedUndisclosed(req: PayloadRequest, media: Id): Promise<boolean> {
  const published = await req.payload.count({
    collection: 'people',
    where: { and: [{ photo: { equals: media } }, { disclosure: { not_equals: 'personal' } }] },
    overrideAccess: true,
    req,
  })
  if (published.totalDocs > 0) return true
  const drafts = await req.payload.countVersions({
    collection: 'people',
    where: {
      and: [
        { latest: { equals: true } },
        { 'version.photo': { equals: media } },
        { 'version.disclosure': { not_equals: 'personal' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return drafts.totalDocs > 0
}

async function update(req: PayloadRequest, ids: (Id | null)[]) {
  for (const id of new Set(ids.filter((i): i is Id => i !== null))) {
    const withheld = await linkedUndisclosed(req, id)
    const media = await req.payload.findByID({
      collection: 'media',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { withheld: true },
      req,
    })
    if (media && Boolean(media.withheld) !== withheld)
      await req.payload.update({
        collection: 'media',
        id,
        data: { withheld },
        depth: 0,
        overrideAccess: true,
        req,
      })
  }
}

/**
 * A person's photo is a file in `media`, which visitors otherwise read (and download) freely: it is
 * withheld while any record that links it does not show it, and released when none does.
 */
export const withholdPhotos: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await update(req, [idOf(previousDoc?.photo), idOf(doc.photo)])
  return doc
}

export const releaseDeletedPhoto: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await update(req, [idOf(doc.photo)])
  return doc
}
