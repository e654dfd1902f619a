import type { Payload, PayloadRequest } from 'payload'

import { fateKinds, statusOf, type FateClaim, type FateKind } from '@/lib/people/fates'

export type StoredStatus = {
  id: number | string
  disputed: FateKind[]
  /** One flag per kind of fate: in the status or not. */
  status: Record<FateKind, boolean>
}

/**
 * For the migration that stored the disputed kinds and a flag per kind beside each person's status:
 * each record's status read again from its claims (statusOf, as a save does). Each adapter's
 * migration writes it as stored data, so the record keeps its date and gains no version (a partial
 * write through the adapter would drop the record's arrays). Drafts gain theirs on their next save.
 */
export async function storedStatus(
  payload: Payload,
  req: Partial<PayloadRequest>,
): Promise<StoredStatus[]> {
  const { docs } = await payload.find({
    collection: 'people',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { fates: true },
    req,
  })
  return docs.map((doc) => {
    const { sequence, disputed } = statusOf(doc.fates as FateClaim[] | undefined)
    const status = Object.fromEntries(fateKinds.map((kind) => [kind, sequence.includes(kind)]))
    return { id: doc.id, disputed, status: status as Record<FateKind, boolean> }
  })
}
