import type { Payload } from 'payload'

import { notifyModerators } from '@/lib/submissions/mail'
import { SENDER_ACTION } from '@/lib/submissions/model'
import { relationId } from '@/lib/payload/documentId'
import { hashLinkToken, isLinkToken } from '@/lib/submissions/tokens'
import type { Submission } from '@/payload-types'

export type SenderOutcome = 'confirmed' | 'withdrawn' | 'closed' | 'invalid'

async function byToken(payload: Payload, token: unknown): Promise<Submission | null> {
  if (!isLinkToken(token)) return null
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { tokenHash: { equals: hashLinkToken(token) } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

/**
 * The sender's link confirms their address: the submission enters the queue and the editors are
 * told. Opening it again changes nothing.
 */
export async function confirmSubmission(
  payload: Payload,
  token: unknown,
  origin: string,
): Promise<SenderOutcome> {
  const submission = await byToken(payload, token)
  if (!submission) return 'invalid'
  if (submission.status === 'withdrawn') return 'closed'
  if (submission.status !== 'new') return 'confirmed'
  const confirmed = await payload.update({
    collection: 'submissions',
    id: submission.id,
    data: { status: 'confirmed', confirmedAt: new Date().toISOString() },
    context: { [SENDER_ACTION]: true, disableRevalidate: true },
  })
  try {
    await notifyModerators(payload, confirmed, origin)
  } catch (error) {
    // The submission is in the queue either way; the editors see it there.
    payload.logger.error({ err: error, msg: 'Telling the editors of a submission failed' })
  }
  return 'confirmed'
}

/**
 * The same link withdraws the submission at any time before it is rejected: the sender's consent
 * is theirs to take back. A testimony already published from it goes back to a draft; a name
 * accepted into the registry stays, as a fact of the archive that editors answer for.
 */
export async function withdrawSubmission(payload: Payload, token: unknown): Promise<SenderOutcome> {
  const submission = await byToken(payload, token)
  if (!submission) return 'invalid'
  if (submission.status === 'withdrawn') return 'withdrawn'
  if (submission.status === 'rejected') return 'closed'
  const testimony =
    submission.outcome?.relationTo === 'testimonies' ? relationId(submission.outcome.value) : null
  if (testimony !== null)
    await payload.update({
      collection: 'testimonies',
      id: testimony,
      data: { _status: 'draft' },
    })
  await payload.update({
    collection: 'submissions',
    id: submission.id,
    data: { status: 'withdrawn' },
    context: { [SENDER_ACTION]: true, disableRevalidate: true },
  })
  return 'withdrawn'
}
