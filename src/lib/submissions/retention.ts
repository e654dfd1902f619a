import type { Payload, Where } from 'payload'

import { relationId } from '@/lib/payload/documentId'
import { limitCount } from '@/lib/security/rateLimit'

type Env = Partial<Record<string, string>>

/** How long submissions are kept (docs/privacy.md); env overrides the days. */
export const retentionDays = (env: Env = process.env) => ({
  /** A submission nobody confirmed: the address may not even be the sender's. */
  unconfirmed: limitCount(env.SUBMISSIONS_UNCONFIRMED_DAYS, 7),
  /** Rejected and withdrawn ones, from the day they were closed. */
  closed: limitCount(env.SUBMISSIONS_CLOSED_DAYS, 90),
  /** The address of an accepted one whose sender agreed to be contacted, from acceptance. */
  contact: limitCount(env.SUBMISSIONS_CONTACT_DAYS, 90),
})

export type RetentionResult = { deleted: number; erased: number }

const DAY = 24 * 60 * 60 * 1000

/**
 * Deletes what is no longer needed, with its files: unconfirmed submissions after 7 days, rejected
 * and withdrawn ones 90 days after they were closed. Accepted ones stay (they are the source of what
 * was published) but lose the sender's address: at once when the sender did not want to be
 * contacted, 90 days after acceptance when they did. Nothing else is touched.
 */
export async function applyRetention(
  payload: Payload,
  { env = process.env, now = Date.now() }: { env?: Env; now?: number } = {},
): Promise<RetentionResult> {
  const days = retentionDays(env)
  const before = (count: number) => new Date(now - count * DAY).toISOString()
  const expired: Where = {
    or: [
      {
        and: [
          { status: { equals: 'new' } },
          { createdAt: { less_than: before(days.unconfirmed) } },
        ],
      },
      {
        and: [
          { status: { in: ['rejected', 'withdrawn'] } },
          { closedAt: { less_than: before(days.closed) } },
        ],
      },
    ],
  }
  let deleted = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'submissions',
      where: expired,
      limit: 100,
      depth: 0,
      select: { files: true },
    })
    if (!docs.length) break
    for (const doc of docs) {
      await payload.delete({
        collection: 'submissions',
        id: doc.id,
        context: { disableRevalidate: true },
      })
      for (const file of doc.files ?? []) {
        const id = relationId(file)
        if (id !== null)
          await payload
            .delete({ collection: 'submission-files', id, context: { disableRevalidate: true } })
            .catch(() => {})
      }
      deleted++
    }
  }

  const { docs: addressed } = await payload.find({
    collection: 'submissions',
    where: {
      and: [
        { status: { equals: 'accepted' } },
        { 'sender.email': { exists: true } },
        {
          or: [
            { 'consent.contact': { not_equals: true } },
            { closedAt: { less_than: before(days.contact) } },
          ],
        },
      ],
    },
    pagination: false,
    depth: 0,
    select: { sender: true },
  })
  let erased = 0
  for (const doc of addressed) {
    if (!doc.sender?.email) continue
    await payload.update({
      collection: 'submissions',
      id: doc.id,
      data: { sender: { ...doc.sender, email: null } },
      context: { disableRevalidate: true },
    })
    erased++
  }
  return { deleted, erased }
}
