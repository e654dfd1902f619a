import type { Trilingual } from '@/i18n/adminMessage'

/** The slug of the translation jobs collection (docs/translation.md, "Translation jobs and review"). */
export const jobsCollection = 'translation-jobs'

/** Where a job is: the translator works, sends it to review, the reviewer accepts or returns it. */
export const jobStates = ['assigned', 'inProgress', 'inReview', 'done'] as const
export type JobState = (typeof jobStates)[number]

/** Not Payload's "Draft"/"Published" words: a job's state is a different thing than a document's. */
export const jobStateLabels: Record<JobState, Trilingual> = {
  assigned: { az: 'Tapşırılıb', en: 'Assigned', ru: 'Назначено' },
  inProgress: { az: 'Üzərində işlənir', en: 'Being translated', ru: 'В работе' },
  inReview: { az: 'Yoxlamada', en: 'Awaiting review', ru: 'На проверке' },
  done: { az: 'Qəbul edilib', en: 'Accepted', ru: 'Принято' },
}

export type JobComment = {
  id?: string | null
  resolved?: boolean | null
  answer?: string | null
}

/** Who may make a move: the job's assignee (or an editor for them), or an editor as reviewer. */
type Mover = 'assignee' | 'reviewer'

const moves: Partial<Record<JobState, Partial<Record<JobState, Mover>>>> = {
  assigned: { inProgress: 'assignee' },
  inProgress: { inReview: 'assignee' },
  // Accept, or return with comments; an accepted job is reopened the way one is returned.
  inReview: { done: 'reviewer', inProgress: 'reviewer' },
  done: { inProgress: 'reviewer' },
}

const isAnswered = (c: JobComment) => Boolean(c.resolved) || Boolean(c.answer?.trim())

export type Refusal = { status: 400 | 403; message: Trilingual }

/**
 * Whether a job may go from `from` to `to`, by someone who is (or is not) its assignee and an
 * editor, with `comments` as the write leaves them. Null when it may; otherwise the 4xx and why.
 */
export function checkMove(
  from: JobState,
  to: JobState,
  who: { isAssignee: boolean; isEditor: boolean },
  comments: JobComment[],
): Refusal | null {
  if (from === to) return null
  const mover = moves[from]?.[to]
  if (!mover)
    return {
      status: 400,
      message: {
        az: `İş "${jobStateLabels[from].az}" vəziyyətindən "${jobStateLabels[to].az}" vəziyyətinə keçə bilməz.`,
        en: `A job cannot go from "${jobStateLabels[from].en}" to "${jobStateLabels[to].en}".`,
        ru: `Задание не может перейти из состояния «${jobStateLabels[from].ru}» в «${jobStateLabels[to].ru}».`,
      },
    }
  if (mover === 'assignee' ? !(who.isAssignee || who.isEditor) : !who.isEditor)
    return {
      status: 403,
      message:
        mover === 'assignee'
          ? {
              az: 'Bu addımı yalnız işin icraçısı və ya redaktor ata bilər.',
              en: 'Only the person the job is assigned to, or an editor, can take this step.',
              ru: 'Этот шаг может сделать только исполнитель задания или редактор.',
            }
          : {
              az: 'İşi yalnız redaktor qəbul edə və ya geri qaytara bilər.',
              en: 'Only an editor can accept a job or return it.',
              ru: 'Принять или вернуть задание может только редактор.',
            },
    }
  if (to === 'inReview' && !comments.every(isAnswered))
    return {
      status: 400,
      message: {
        az: 'Yoxlamaya göndərməzdən əvvəl hər rəyi həll olunmuş kimi qeyd edin və ya cavablandırın.',
        en: 'Mark every reviewer comment resolved, or answer it, before sending the job to review.',
        ru: 'Перед отправкой на проверку отметьте каждый комментарий как решённый или ответьте на него.',
      },
    }
  if (to === 'inProgress' && from !== 'assigned' && !comments.some((c) => !c.resolved))
    return {
      status: 400,
      message: {
        az: 'İşi geri qaytarmaq üçün ən azı bir həll olunmamış rəy yazın (sahə və şərh).',
        en: 'To return the job, write at least one unresolved comment (field and comment).',
        ru: 'Чтобы вернуть задание, напишите хотя бы один нерешённый комментарий (поле и текст).',
      },
    }
  return null
}

/** Jobs a translator still has work on, or the reviewer has: every state but done. */
export const openJobStates: JobState[] = jobStates.filter((s) => s !== 'done')
