import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { relationId } from '@/lib/payload/documentId'

type Id = number | string

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
  const before = relationId(previousDoc?.photo)
  const after = relationId(doc.photo)
  // Only a new photo or a change of what the record shows can change a file's state; autosave
  // saves the same draft every few seconds while an editor types.
  if (before === after && previousDoc?.disclosure === doc.disclosure) return doc
  await update(req, [before, after])
  return doc
}

export const releaseDeletedPhoto: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await update(req, [relationId(doc.photo)])
  return doc
}
