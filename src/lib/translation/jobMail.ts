import type { CollectionSlug, Payload } from 'payload'

import { adminLanguage, type Trilingual } from '@/i18n/adminMessage'
import { relationId } from '@/lib/payload/documentId'
import { siteUrl } from '@/lib/routing/siteUrl'
import { jobsCollection } from '@/lib/translation/jobs'
import type { TranslationJob, User } from '@/payload-types'

export type JobEvent = 'assigned' | 'inReview' | 'returned' | 'accepted'

type Language = keyof Trilingual

const subjects: Record<JobEvent, Record<Language, (locale: string) => string>> = {
  assigned: {
    az: (l) => `Yeni tərcümə işi (${l})`,
    en: (l) => `New translation job (${l})`,
    ru: (l) => `Новое задание на перевод (${l})`,
  },
  inReview: {
    az: (l) => `Tərcümə yoxlamaya göndərilib (${l})`,
    en: (l) => `Translation sent to review (${l})`,
    ru: (l) => `Перевод отправлен на проверку (${l})`,
  },
  returned: {
    az: (l) => `Tərcümə rəylərlə qaytarılıb (${l})`,
    en: (l) => `Translation returned with comments (${l})`,
    ru: (l) => `Перевод возвращён с комментариями (${l})`,
  },
  accepted: {
    az: (l) => `Tərcümə qəbul edilib (${l})`,
    en: (l) => `Translation accepted (${l})`,
    ru: (l) => `Перевод принят (${l})`,
  },
}

const words: Record<string, Trilingual> = {
  job: { az: 'İş', en: 'Job', ru: 'Задание' },
  documents: { az: 'Sənədlər', en: 'Documents', ru: 'Документы' },
  due: { az: 'Son tarix', en: 'Due', ru: 'Срок' },
  comments: { az: 'Rəylər', en: 'Comments', ru: 'Комментарии' },
  from: { az: 'Kimdən', en: 'From', ru: 'От' },
}

/** The job's documents as "Title — link (opens it in the job's locale)". */
async function documentLines(payload: Payload, job: TranslationJob, origin: string) {
  const admin = `${origin}${payload.config.routes.admin}`
  return Promise.all(
    (job.documents ?? []).map(async ({ relationTo, value }) => {
      const id = relationId(value) ?? ''
      const slug = relationTo as CollectionSlug
      const titleField = payload.collections[slug]?.config.admin.useAsTitle ?? 'id'
      const doc = await payload
        .findByID({ collection: slug, id, depth: 0, locale: 'az', draft: true })
        .catch(() => null)
      const title = String((doc as Record<string, unknown> | null)?.[titleField] ?? id)
      return `- ${title}: ${admin}/collections/${slug}/${id}?locale=${job.targetLocale}`
    }),
  )
}

/**
 * Tells `recipients` of a job's move by mail, each in the admin language stored on their account
 * (en without one): plain text with links to the job and to each document in the job's locale.
 * A failed send is logged, never thrown: the move is saved either way.
 */
export async function sendJobMail(
  payload: Payload,
  job: TranslationJob,
  event: JobEvent,
  recipients: (number | string)[],
  actor?: { name?: string | null; email?: string | null } | null,
): Promise<void> {
  const ids = [...new Set(recipients.filter((id) => id !== undefined && id !== null))]
  if (!ids.length) return
  try {
    const { docs: users } = await payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
    })
    const origin = siteUrl()
    const jobLink = `${origin}${payload.config.routes.admin}/collections/${jobsCollection}/${job.id}`
    const documents = await documentLines(payload, job, origin)
    const comments = (job.reviewComments ?? []).filter((c) => !c.resolved)
    for (const user of users as User[]) {
      const language: Language = user.language ? adminLanguage(user.language) : 'en'
      const w = (key: string) => words[key][language]
      const lines = [
        `${w('job')}: ${jobLink}`,
        ...(actor ? [`${w('from')}: ${actor.name ?? actor.email ?? ''}`] : []),
        ...(job.dueDate ? [`${w('due')}: ${job.dueDate.slice(0, 10)}`] : []),
        '',
        `${w('documents')}:`,
        ...documents,
      ]
      if (event === 'returned' && comments.length)
        lines.push(
          '',
          `${w('comments')}:`,
          ...comments.map((c) => {
            const doc = c.document
              ? `${c.document.relationTo}/${relationId(c.document.value)} `
              : ''
            return `- ${doc}${c.field}: ${c.comment}`
          }),
        )
      await payload
        .sendEmail({
          to: user.email,
          subject: subjects[event][language](job.targetLocale),
          text: lines.join('\n'),
        })
        .catch((error: unknown) =>
          payload.logger.error({ err: error, msg: `Mailing a translation job (${event}) failed` }),
        )
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: `Mailing a translation job (${event}) failed` })
  }
}
