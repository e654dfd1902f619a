import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { adminMessage } from '@/i18n/adminMessage'
import { closedStatuses, SENDER_ACTION, type SubmissionStatus } from '@/lib/submissions/model'
import type { Submission } from '@/payload-types'

const senderOnly: readonly SubmissionStatus[] = ['new', 'confirmed', 'withdrawn']

/**
 * Every change of status is recorded: who, when, why. Rejecting needs a reason (the sender is
 * told it); only the sender confirms or withdraws; a withdrawn submission stays withdrawn.
 */
export const recordStatusChange: CollectionBeforeChangeHook<Submission> = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const now = new Date().toISOString()
  if (operation === 'create') {
    const status = data.status ?? 'new'
    data.history = [{ status, at: now }]
    return data
  }
  const before = originalDoc?.status
  const after = data.status ?? before
  if (!after || after === before) return data
  const field = (message: Parameters<typeof adminMessage>[1]) =>
    new ValidationError({
      collection: 'submissions',
      errors: [{ path: 'status', message: adminMessage(req, message) }],
      req,
    })
  const bySender = Boolean(context[SENDER_ACTION])
  if (!bySender && (senderOnly.includes(after) || before === 'withdrawn' || before === 'new'))
    throw field({
      az: 'Bu vəziyyəti yalnız göndərən öz keçidi ilə dəyişə bilər.',
      en: 'Only the sender, through their link, can make or leave this status.',
      ru: 'Этот статус меняет только отправитель по своей ссылке.',
    })
  const reason = (data.statusReason ?? '').trim()
  if (after === 'rejected' && !reason)
    throw field({
      az: 'Rədd etməyin səbəbini yazın: göndərənə bildirilir.',
      en: 'Write the reason for rejecting: the sender is told it.',
      ru: 'Укажите причину отклонения: её сообщат отправителю.',
    })
  data.history = [
    ...(originalDoc?.history ?? []),
    { status: after, at: now, by: req.user?.id ?? null, reason: reason || null },
  ]
  data.closedAt = closedStatuses.includes(after) ? now : null
  return data
}
