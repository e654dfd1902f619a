import { fromMessages } from '@/i18n/adminLabels'
import type { Trilingual } from '@/i18n/adminMessage'
import { fateKinds } from '@/lib/people/fates'

/** What the public can send (docs/submissions.md). */
export const submissionKinds = ['testimony', 'name', 'correction'] as const
export type SubmissionKind = (typeof submissionKinds)[number]

/**
 * The moderation states. `new` waits for the sender to confirm their address and is no one's
 * work yet; `confirmed` is the queue's entry; `withdrawn` is the sender's alone.
 */
export const submissionStatuses = [
  'new',
  'confirmed',
  'inReview',
  'needsInfo',
  'accepted',
  'rejected',
  'withdrawn',
] as const
export type SubmissionStatus = (typeof submissionStatuses)[number]

/** Context flag of the sender's own actions (confirm, withdraw), which no editor may take for them. */
export const SENDER_ACTION = 'submissionSenderAction'

/** States that are finished: the sender's link can no longer withdraw, retention counts from here. */
export const closedStatuses: readonly SubmissionStatus[] = ['accepted', 'rejected', 'withdrawn']

/** The sender's relation to the person or the events, shown beside a consented attribution. */
export const senderRelations = ['relative', 'witness', 'friend', 'researcher', 'other'] as const
export type SenderRelation = (typeof senderRelations)[number]

/** The languages a sender can say they write in (the text is kept as written). */
export const writingLanguages = ['az', 'en', 'ru', 'other'] as const

/** How a published testimony names its sender, as they consented. */
export const attributions = ['name', 'relation'] as const

/** The collections a correction can be about: every public page with a "Suggest a correction" link. */
export const correctable = [
  'people',
  'monuments',
  'resolutions',
  'recognitions',
  'timeline-events',
] as const
export type CorrectableSlug = (typeof correctable)[number]

export const submissionFates = fateKinds

/** Limits of what one submission may carry; larger input is refused with 413 and nothing is kept. */
export const submissionLimits = {
  /** Characters of the testimony, or of what is wrong in a correction. */
  text: 20_000,
  /** Characters of the short fields (names, the source). */
  short: 200,
  source: 2_000,
  /** Links in all the text: more look like spam. */
  links: 3,
  files: 5,
  fileBytes: 10 * 1024 * 1024,
} as const

/** Files a sender may attach: photographs and scans, judged by their bytes. */
export const submissionFileTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf']

export const statusLabels: Record<SubmissionStatus, Trilingual> = {
  new: { az: 'Yeni (təsdiqlənməyib)', en: 'New (not confirmed)', ru: 'Новая (не подтверждена)' },
  confirmed: { az: 'Təsdiqlənib', en: 'Confirmed', ru: 'Подтверждена' },
  inReview: { az: 'Baxılır', en: 'In review', ru: 'На рассмотрении' },
  needsInfo: { az: 'Məlumat lazımdır', en: 'Needs information', ru: 'Нужны сведения' },
  accepted: { az: 'Qəbul edilib', en: 'Accepted', ru: 'Принята' },
  rejected: { az: 'Rədd edilib', en: 'Rejected', ru: 'Отклонена' },
  withdrawn: { az: 'Geri götürülüb', en: 'Withdrawn', ru: 'Отозвана' },
}

export const kindLabels: Record<SubmissionKind, Trilingual> = {
  testimony: { az: 'Xatirə, şahidlik', en: 'Testimony or memory', ru: 'Свидетельство, память' },
  name: { az: 'Çatışmayan ad', en: 'Missing name', ru: 'Недостающее имя' },
  correction: { az: 'Düzəliş', en: 'Correction', ru: 'Исправление' },
}

/** How the admin names a sender's relation: in the site's words (`remember.relations`). */
export const relationLabels = fromMessages('remember.relations') as Record<
  SenderRelation,
  Trilingual
>

/** The languages a sender writes in, in the site's words (`remember.languages`), in the admin too. */
export const languageLabels = fromMessages('remember.languages') as Record<
  (typeof writingLanguages)[number],
  Trilingual
>
