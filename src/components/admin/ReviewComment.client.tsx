'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useAzSource } from '@/components/admin/useAzSource'
import { adminLanguage } from '@/i18n/adminMessage'
import { isTranslationLocale } from '@/i18n/locales'
import { jobsCollection, openJobStates } from '@/lib/translation/jobs'
import type { TranslationJob } from '@/payload-types'

type Props = { path: string }
type Comment = NonNullable<TranslationJob['reviewComments']>[number] & { jobId: number | string }

// The open jobs in a locale, once per page for every field of the form.
const requests = new Map<string, Promise<TranslationJob[]>>()
function loadJobs(url: string): Promise<TranslationJob[]> {
  if (!requests.has(url))
    requests.set(
      url,
      fetch(url, { credentials: 'include' }).then(
        async (r) => (r.ok ? ((await r.json()) as { docs: TranslationJob[] }).docs : []),
        () => [],
      ),
    )
  return requests.get(url)!
}

const text = {
  title: { az: 'Yoxlayanın rəyi', en: 'Reviewer’s comment', ru: 'Комментарий рецензента' },
  answer: {
    az: 'Cavabınız (istəyə görə)',
    en: 'Your answer (optional)',
    ru: 'Ваш ответ (необязательно)',
  },
  resolve: { az: 'Həll olunub', en: 'Mark resolved', ru: 'Отметить как решённое' },
  reply: { az: 'Cavab göndər', en: 'Send answer', ru: 'Отправить ответ' },
  failed: { az: 'Saxlanılmadı', en: 'Not saved', ru: 'Не сохранено' },
}

/**
 * Beside a field of a document being translated (after the AzSource panel): the unresolved
 * comments a reviewer wrote on this field in an open job for this locale, each with a button to
 * mark it resolved and a box to answer it. Renders nothing when there is none.
 */
export function ReviewComment({ path }: Props) {
  const { id, collectionSlug } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const { leafPath } = useAzSource(path)
  const lang = adminLanguage(useTranslation().i18n.language)
  const [comments, setComments] = useState<Comment[]>([])
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const api = config.routes.api
  const active = Boolean(id && collectionSlug && isTranslationLocale(code))

  useEffect(() => {
    if (!active) return
    let live = true
    const query = new URLSearchParams({
      'where[targetLocale][equals]': code,
      'where[state][in]': openJobStates.join(','),
      depth: '0',
      limit: '100',
    })
    void loadJobs(`${api}/${jobsCollection}?${query}`).then((jobs) => {
      if (!live) return
      setComments(
        jobs.flatMap((job) =>
          (job.reviewComments ?? [])
            .filter(
              (c) =>
                !c.resolved &&
                c.document?.relationTo === collectionSlug &&
                String(c.document?.value) === String(id) &&
                (c.field === leafPath || c.field === path),
            )
            .map((c) => ({ ...c, jobId: job.id })),
        ),
      )
    })
    return () => {
      live = false
    }
  }, [active, api, code, collectionSlug, id, leafPath, path])

  if (!comments.length) return null

  const send = async (comment: Comment, resolved: boolean) => {
    const answer = answers[comment.id ?? ''] ?? ''
    const response = await fetch(
      `${api}/${jobsCollection}/${comment.jobId}/comments/${comment.id}`,
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...(resolved ? { resolved: true } : {}),
          ...(answer ? { answer } : {}),
        }),
      },
    ).catch(() => null)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as {
        errors?: { message?: string }[]
      } | null
      setError(body?.errors?.[0]?.message ?? text.failed[lang])
      return
    }
    setError(null)
    setComments((list) =>
      list.map((c) => (c.id === comment.id ? { ...c, resolved, answer: answer || c.answer } : c)),
    )
  }

  return (
    <>
      {comments.map((comment) => (
        <aside
          key={comment.id}
          className="review-comment"
          data-review-comment={comment.id}
          data-resolved={String(Boolean(comment.resolved))}
          style={{
            margin: '0.5rem 0 1rem',
            padding: '0.5rem 0.75rem',
            borderLeft: '3px solid var(--theme-warning-500)',
            background: 'var(--theme-warning-50)',
          }}
        >
          <div style={{ fontSize: '0.75rem', opacity: 0.75 }}>{text.title[lang]}</div>
          <p
            className="review-comment__text"
            style={{ whiteSpace: 'pre-wrap', margin: '0.25rem 0' }}
          >
            {comment.comment}
          </p>
          {comment.resolved ? null : (
            <>
              <label style={{ display: 'block', fontSize: '0.75rem' }}>
                {text.answer[lang]}
                <textarea
                  className="review-comment__answer"
                  rows={2}
                  style={{ display: 'block', width: '100%' }}
                  defaultValue={comment.answer ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value
                    setAnswers((a) => ({ ...a, [comment.id ?? '']: value }))
                  }}
                />
              </label>
              <button
                type="button"
                className="review-comment__resolve"
                onClick={() => void send(comment, true)}
              >
                {text.resolve[lang]}
              </button>{' '}
              <button
                type="button"
                className="review-comment__reply"
                onClick={() => void send(comment, false)}
              >
                {text.reply[lang]}
              </button>
            </>
          )}
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.25rem 0 0' }}>
              {error}
            </p>
          )}
        </aside>
      ))}
    </>
  )
}
