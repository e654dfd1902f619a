'use client'

import {
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { adminLanguage } from '@/i18n/adminMessage'
import { insertIntoRichText, type SourceSegment } from '@/lib/translation/segments'

type Props = { path: string; field?: { type?: string } }
type Origin = {
  collection: string | null
  docId: string | null
  field: string | null
  title: string | null
  confirmedAt: string
}
type Match = { source: string; target: string; percent: number; origin: Origin }
type Answer = {
  type: string
  source?: unknown
  segments: (SourceSegment & { matches: Match[] })[]
}

const labels = {
  title: { az: 'Tərcümə yaddaşı', en: 'Translation memory', ru: 'Память переводов' },
  insert: { az: 'Daxil et', en: 'Insert', ru: 'Вставить' },
  file: { az: 'TMX faylı', en: 'TMX file', ru: 'Файл TMX' },
}

/**
 * Shown after each localized text, textarea and rich text field while editing en or ru: translation
 * memory's matches for the field's az segments (GET /api/translation-memory/matches), each with its
 * percentage and origin and a button that puts it into the field.
 *
 * The value is written through the form's own dispatch, not a second `useField` on the same path
 * (that would replace the field's validation with none). Lexical keeps its own editor state and
 * re-reads the form only when the field's `initialValue` changes (richtext-lexical 3.90,
 * field/Field.js remounts the editor then), so a rich-text insert sets both `value` and
 * `initialValue`; the form is marked modified so Save and autosave see the change.
 */
export function MemoryMatches({ path, field }: Props) {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const { setModified } = useForm()
  const current = useFormFields(([fields]) => fields[path]?.value)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const language = adminLanguage(useTranslation().i18n.language)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const active = Boolean(id && collectionSlug && (code === 'en' || code === 'ru'))

  useEffect(() => {
    if (!active) return
    let live = true
    const params = new URLSearchParams({
      collection: String(collectionSlug),
      id: String(id),
      field: path,
      locale: code,
      t: String(lastUpdateTime ?? 0),
    })
    fetch(`${config.routes.api}/translation-memory/matches?${params}`, { credentials: 'include' })
      .then((r) => (r.ok ? (r.json() as Promise<Answer>) : null))
      .then(
        (a) => live && setAnswer(a),
        () => live && setAnswer(null),
      )
    return () => {
      live = false
    }
  }, [active, code, collectionSlug, config.routes.api, id, lastUpdateTime, path])

  if (!active || !answer?.segments.length) return null
  const type = field?.type ?? answer.type

  const insert = (segment: SourceSegment, match: Match) => {
    if (type === 'richText') {
      const value = insertIntoRichText(answer.source, current, segment, match.target, code)
      dispatch({ type: 'UPDATE', path, value, initialValue: value })
    } else dispatch({ type: 'UPDATE', path, value: match.target })
    setModified(true)
  }

  const originText = ({ collection, docId, field: from, title, confirmedAt }: Origin) =>
    [
      collection && docId
        ? `${title ? `${title} — ` : ''}${collection}/${docId}`
        : labels.file[language],
      from,
      new Date(confirmedAt).toLocaleDateString(language),
    ]
      .filter(Boolean)
      .join(' · ')

  return (
    <aside
      className="memory-matches"
      data-memory-matches={path}
      style={{
        margin: '0.5rem 0 1rem',
        padding: '0.5rem 0.75rem',
        borderLeft: '3px solid var(--theme-elevation-250)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <div style={{ fontSize: '0.75rem', opacity: 0.75 }}>{labels.title[language]}</div>
      {answer.segments.map((segment) => (
        <div
          className="memory-matches__segment"
          key={`${segment.block}-${segment.sentence}-${segment.text}`}
        >
          <p lang="az" style={{ margin: '0.25rem 0', fontStyle: 'italic' }}>
            {segment.text}
          </p>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {segment.matches.map((match, i) => (
              <li
                className="memory-matches__match"
                key={i}
                style={{ display: 'flex', gap: '0.5rem', alignItems: 'baseline' }}
              >
                <strong className="memory-matches__percent">{match.percent}%</strong>
                <span style={{ flex: 1 }}>
                  <span lang={code}>{match.target}</span>
                  <br />
                  <small className="memory-matches__origin" style={{ opacity: 0.75 }}>
                    {originText(match.origin)}
                  </small>
                </span>
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => insert(segment, match)}
                >
                  {labels.insert[language]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  )
}
