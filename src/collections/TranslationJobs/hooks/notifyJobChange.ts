import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/lib/payload/documentId'
import { sendJobMail, type JobEvent } from '@/lib/translation/jobMail'
import type { TranslationJob } from '@/payload-types'

type Id = number | string

/** Who hears of a job sent to review: its reviewer, else whoever assigned it, else every editor. */
async function reviewers(job: TranslationJob, find: () => Promise<Id[]>): Promise<Id[]> {
  const named = relationId(job.reviewer) ?? relationId(job.createdBy)
  return named === null ? find() : [named]
}

/**
 * Mails each move of a job (docs/translation.md, "Translation jobs and review"): the assignee when
 * the job is assigned to them, returned (with the open comments) or accepted; the reviewer when it
 * is sent to review. sendJobMail logs a failed send; the saved move stands.
 */
export const notifyJobChange: CollectionAfterChangeHook<TranslationJob> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const { payload } = req
  const assignee = relationId(doc.assignee)
  const mail = (event: JobEvent, to: (Id | null)[]) =>
    sendJobMail(
      payload,
      doc,
      event,
      to.filter((id): id is Id => id !== null),
      req.user,
    )
  if (operation === 'create' || relationId(previousDoc?.assignee) !== assignee)
    await mail('assigned', [assignee])
  if (operation !== 'update' || previousDoc?.state === doc.state) return doc
  if (doc.state === 'inReview') {
    const editors = async () =>
      (
        await payload.find({
          collection: 'users',
          where: { roles: { in: ['editor'] } },
          pagination: false,
          depth: 0,
          select: {},
        })
      ).docs.map((u) => u.id)
    await mail('inReview', await reviewers(doc, editors))
  } else if (doc.state === 'inProgress' && previousDoc?.state !== 'assigned')
    await mail('returned', [assignee])
  else if (doc.state === 'done') await mail('accepted', [assignee])
  return doc
}
