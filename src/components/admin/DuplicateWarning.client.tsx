'use client'

import {
  useConfig,
  useDocumentInfo,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { adminLanguage } from '@/i18n/adminMessage'

type Duplicate = {
  id: number | string
  fullName: string | null
  birthYear: number | null
  adminUrl: string
}
type Answer = { match: 'nameAndYear' | 'nameOnly'; duplicates: Duplicate[] }

/** Long enough that typing a name asks once, when the editor pauses. */
const DEBOUNCE_MS = 500

const text = {
  nameAndYear: {
    az: 'Ola bilsin ki, təkrardır (eyni ad və doğum ili):',
    en: 'Possible duplicate (same name and birth year):',
    ru: 'Возможный дубликат (то же имя и год рождения):',
  },
  nameOnly: {
    az: 'Eyni adlı qeyd var (doğum ili yazılmayıb):',
    en: 'Possible duplicate (same name; no birth year given):',
    ru: 'Возможный дубликат (то же имя; год рождения не указан):',
  },
}

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * In the person's edit view, under the name: other records, drafts too, that the duplicate rule
 * (src/lib/people/duplicates.ts) finds for the az family name, given name and birth year being
 * typed, each a link, so the editor can look before saving a second record of one person. The rule
 * reads the az name, so it asks only while az is being edited.
 */
export function DuplicateWarning() {
  const { id } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const language = adminLanguage(useTranslation().i18n.language)
  const familyName = str(useFormFields(([fields]) => fields.familyName?.value))
  const givenName = str(useFormFields(([fields]) => fields.givenName?.value))
  const born = str(useFormFields(([fields]) => fields.born?.value))
  const active = code === 'az' && Boolean(familyName)
  const query = new URLSearchParams({
    familyName,
    givenName,
    born,
    id: id ? String(id) : '',
  }).toString()
  // The answer is kept with the query it answers: a stale one (the name changed since) is not shown.
  const [answered, setAnswered] = useState<{ query: string; answer: Answer | null } | null>(null)

  useEffect(() => {
    if (!active) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`${config.serverURL}${config.routes.api}/people/duplicates?${query}`, {
        credentials: 'include',
        headers: { 'Accept-Language': language },
        signal: controller.signal,
      })
        .then((r) => (r.ok ? (r.json() as Promise<Answer>) : null))
        .then(
          (answer) => setAnswered({ query, answer }),
          () => undefined,
        )
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [active, config.routes.api, config.serverURL, language, query])

  const answer = active && answered?.query === query ? answered.answer : null
  if (!answer?.duplicates.length) return null
  return (
    <div
      className="duplicate-warning"
      role="status"
      style={{
        margin: '0 0 1.5rem',
        padding: '0.5rem 0.75rem',
        borderLeft: '3px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-50)',
      }}
    >
      {text[answer.match][language]}{' '}
      {answer.duplicates.map((d, i) => (
        <span key={d.id}>
          {i > 0 && ', '}
          <a href={d.adminUrl} target="_blank" rel="noopener" lang="az">
            {d.fullName ?? `#${d.id}`}
            {d.birthYear !== null && ` (${d.birthYear})`}
          </a>
        </span>
      ))}
    </div>
  )
}
