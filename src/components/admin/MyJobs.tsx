import type { CollectionSlug, ServerProps } from 'payload'

import { adminLanguage } from '@/i18n/adminMessage'
import { relationId } from '@/lib/payload/documentId'
import {
  jobsCollection,
  jobStateLabels,
  openJobStates,
  type JobState,
} from '@/lib/translation/jobs'
import type { TranslationJob } from '@/payload-types'

const text = {
  title: { az: 'Mənim tərcümə işlərim', en: 'My translation jobs', ru: 'Мои задания на перевод' },
  none: { az: 'Açıq iş yoxdur.', en: 'No open jobs.', ru: 'Открытых заданий нет.' },
  documents: { az: 'Sənədlər', en: 'Documents', ru: 'Документы' },
  locale: { az: 'Dil', en: 'Locale', ru: 'Язык' },
  due: { az: 'Son tarix', en: 'Due by', ru: 'Срок' },
  stage: { az: 'Vəziyyət', en: 'Job stage', ru: 'Этап' },
  overdue: { az: 'gecikib', en: 'overdue', ru: 'просрочено' },
  open: { az: 'İşi aç', en: 'Open the job', ru: 'Открыть задание' },
  start: { az: 'Başla', en: 'Start', ru: 'Начать' },
  send: { az: 'Yoxlamaya göndər', en: 'Send to review', ru: 'Отправить на проверку' },
  returned: {
    az: 'Qaytarılıb: həll olunmamış rəylər',
    en: 'Returned: unresolved comments',
    ru: 'Возвращено: нерешённые комментарии',
  },
}

type Doc = Record<string, unknown> & { id: number | string }

/**
 * On the dashboard (admin.components.beforeDashboard): the signed-in user's open jobs (and those
 * awaiting their review), each with
 * its documents opening in the job's locale, the due date (red when past), the stage, and the
 * button for the next step. The buttons are plain forms posting to the move endpoint, which sends
 * the browser back here with a message or the refusal.
 */
export async function MyJobs({ payload, user, i18n, searchParams }: ServerProps) {
  if (!payload || !user) return null
  const lang = adminLanguage(i18n?.language)
  const admin = payload.config.routes.admin
  const api = payload.config.routes.api
  const { docs: jobs } = await payload.find({
    collection: jobsCollection,
    // Jobs to translate, and jobs waiting for this user's review.
    where: {
      or: [
        { and: [{ assignee: { equals: user.id } }, { state: { in: openJobStates } }] },
        { and: [{ reviewer: { equals: user.id } }, { state: { equals: 'inReview' } }] },
      ],
    },
    sort: 'dueDate',
    depth: 1,
    limit: 50,
    overrideAccess: false,
    user,
  })
  const message = searchParams?.jobsMessage
  const error = searchParams?.jobsError
  const today = new Date().toISOString().slice(0, 10)
  const titleOf = (slug: string, value: unknown) => {
    const field = payload.collections[slug as CollectionSlug]?.config.admin.useAsTitle ?? 'id'
    const doc = value && typeof value === 'object' ? (value as Doc) : null
    return String(doc?.[field] ?? relationId(value))
  }

  return (
    <section className="my-jobs" style={{ marginBottom: '2rem' }}>
      <h2>{text.title[lang]}</h2>
      {typeof message === 'string' && message && (
        <p className="my-jobs__message" role="status">
          {message}
        </p>
      )}
      {typeof error === 'string' && error && (
        <p className="my-jobs__error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {jobs.length === 0 ? (
        <p className="my-jobs__none">{text.none[lang]}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{text.documents[lang]}</th>
              <th style={{ textAlign: 'left' }}>{text.locale[lang]}</th>
              <th style={{ textAlign: 'left' }}>{text.due[lang]}</th>
              <th style={{ textAlign: 'left' }}>{text.stage[lang]}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(jobs as TranslationJob[]).map((job) => {
              const due = job.dueDate?.slice(0, 10)
              const overdue = Boolean(due && due < today)
              const state = job.state as JobState
              const next: JobState | null =
                state === 'assigned' ? 'inProgress' : state === 'inProgress' ? 'inReview' : null
              const open = (job.reviewComments ?? []).filter((c) => !c.resolved).length
              return (
                <tr
                  key={job.id}
                  className="my-jobs__job"
                  data-job={job.id}
                  data-state={state}
                  style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
                >
                  <td>
                    <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                      {(job.documents ?? []).map(({ relationTo, value }) => (
                        <li key={`${relationTo}-${relationId(value)}`}>
                          <a
                            className="my-jobs__document"
                            href={`${admin}/collections/${relationTo}/${relationId(value)}?locale=${job.targetLocale}`}
                            lang="az"
                          >
                            {titleOf(relationTo, value)}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{job.targetLocale.toUpperCase()}</td>
                  <td
                    className={overdue ? 'my-jobs__due my-jobs__due--overdue' : 'my-jobs__due'}
                    style={
                      overdue ? { color: 'var(--theme-error-500)', fontWeight: 600 } : undefined
                    }
                  >
                    {due ?? '—'}
                    {overdue && ` (${text.overdue[lang]})`}
                  </td>
                  <td className="my-jobs__state">
                    {jobStateLabels[state][lang]}
                    {state === 'inProgress' && open > 0 && (
                      <div style={{ fontSize: '0.85rem' }}>
                        {text.returned[lang]}: {open}
                      </div>
                    )}
                  </td>
                  <td>
                    <a href={`${admin}/collections/${jobsCollection}/${job.id}`}>
                      {text.open[lang]}
                    </a>
                    {next && (
                      <form
                        method="post"
                        action={`${api}/${jobsCollection}/${job.id}/move`}
                        style={{ display: 'inline', marginLeft: '1rem' }}
                      >
                        <input type="hidden" name="state" value={next} />
                        <input type="hidden" name="back" value={admin} />
                        <button type="submit" className="btn btn--style-secondary btn--size-small">
                          {next === 'inProgress' ? text.start[lang] : text.send[lang]}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
