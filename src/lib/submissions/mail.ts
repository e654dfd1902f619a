import type { Payload } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { kindLabels, statusLabels } from '@/lib/submissions/model'
import type { Submission } from '@/payload-types'

/** `{name}` → the value; the mails are plain text, so nothing is escaped. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

/** The sender's links: one confirms the submission, the other withdraws it, both pages with a button. */
export const senderLinks = (origin: string, locale: Locale, token: string) => ({
  confirmUrl: `${origin}/${locale}/remember/confirm?token=${token}`,
  withdrawUrl: `${origin}/${locale}/remember/withdraw?token=${token}`,
})

export async function sendConfirmationMail(
  payload: Payload,
  {
    to,
    name,
    locale,
    origin,
    token,
  }: {
    to: string
    name: string
    locale: Locale
    origin: string
    token: string
  },
): Promise<void> {
  const { mail } = getMessages(locale).remember
  await payload.sendEmail({
    to,
    subject: mail.confirmSubject,
    text: fill(mail.confirmBody, { name, ...senderLinks(origin, locale, token) }),
  })
}

/** The sender learns why their submission was not published, in the language they used the site in. */
export async function sendRejectionMail(payload: Payload, submission: Submission): Promise<void> {
  const to = submission.sender?.email
  if (!to) return
  const locale = isLocale(submission.sender?.locale) ? submission.sender.locale : 'az'
  const { mail } = getMessages(locale).remember
  await payload.sendEmail({
    to,
    subject: mail.rejectedSubject,
    text: fill(mail.rejectedBody, {
      name: submission.sender?.name ?? '',
      reason: submission.statusReason ?? '',
    }),
  })
}

/**
 * Editors and admins hear of each confirmed submission, with the link to it in the queue; the
 * mail says it in all three languages (an account has no language of its own).
 */
export async function notifyModerators(
  payload: Payload,
  submission: Submission,
  origin: string,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['editor', 'admin'] } },
    pagination: false,
    depth: 0,
    select: { email: true },
  })
  const link = `${origin}${payload.config.routes.admin}/collections/submissions/${submission.id}`
  const kind = kindLabels[submission.kind]
  const status = statusLabels.confirmed
  for (const user of docs) {
    await payload.sendEmail({
      to: user.email,
      subject: `${kind.az} · ${kind.en} · ${kind.ru}: ${submission.title ?? ''}`.slice(0, 150),
      text: [
        `${kind.az} · ${status.az}\n${link}`,
        `${kind.en} · ${status.en}\n${link}`,
        `${kind.ru} · ${status.ru}\n${link}`,
      ].join('\n\n'),
    })
  }
}
