import type { Payload, PayloadRequest } from 'payload'

import { statusOf, type FateClaim, type FateKind } from '@/lib/people/fates'

/**
 * For the migration that stored the disputed kinds of fate beside each person's status: each
 * published record's disputed kinds, read again from its claims (statusOf, as a save does). Each
 * adapter's migration writes them as stored data, so the record keeps its date and gains no
 * version (a partial write through the adapter would drop the record's arrays). Drafts gain
 * theirs on their next save.
 */
export async function disputedFates(
  payload: Payload,
  req: Partial<PayloadRequest>,
): Promise<{ id: number | string; disputed: FateKind[] }[]> {
  const { docs } = await payload.find({
    collection: 'people',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { fates: true },
    req,
  })
  return docs.flatMap((doc) => {
    const { disputed } = statusOf(doc.fates as FateClaim[] | undefined)
    return disputed.length ? [{ id: doc.id, disputed }] : []
  })
}
