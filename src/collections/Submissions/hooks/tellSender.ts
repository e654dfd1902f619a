import type { CollectionAfterChangeHook } from 'payload'

import { sendRejectionMail } from '@/lib/submissions/mail'
import type { Submission } from '@/payload-types'

/** A sender whose submission is rejected is told the editors' reason, by mail. */
export const tellSender: CollectionAfterChangeHook<Submission> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'rejected' || previousDoc?.status === 'rejected') return doc
  try {
    await sendRejectionMail(req.payload, doc)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Telling a sender of a rejection failed' })
  }
  return doc
}
