'use client'

import { RichText } from '@payloadcms/richtext-lexical/react'
import { useTranslation } from '@payloadcms/ui'
import { diffWords } from 'diff'

import { useAzSource } from '@/components/admin/useAzSource'
import { isEmpty } from '@/lib/content/isEmpty'
import { valueText } from '@/lib/translation/valueText'
import { adminLanguage } from '@/i18n/adminMessage'

type Props = { path: string; field?: { type?: string } }

const labels = {
  source: { az: 'Mənbə (az)', en: 'Source (az)', ru: 'Источник (az)' },
  changed: {
    az: 'Tərcümədən sonra az mətndə dəyişənlər:',
    en: 'Changed in az since this translation was saved:',
    ru: 'Изменено в az после сохранения перевода:',
  },
}

/**
 * Shown after each localized field while editing en or ru: the az source value, read-only (rich text
 * rendered), and for an outdated field a word diff between the az text the translation was made
 * from and the az text now. Renders nothing in az.
 */
export function AzSource({ path, field }: Props) {
  const { code, doc, leafPath, value } = useAzSource(path)
  // The admin's language, not the locale being edited: a Russian-speaking translator of en reads Russian.
  const language = adminLanguage(useTranslation().i18n.language)

  if (!doc || isEmpty(value)) return null
  const type = field?.type ?? 'text'
  const sources = doc.translationSources?.fields?.[leafPath]
  const snapshot = sources?.[code] as { hash?: string; text?: string } | undefined
  const outdated = Boolean(snapshot?.hash && sources?.az && snapshot.hash !== sources.az)

  return (
    <aside
      className="az-source"
      data-az-source={leafPath}
      style={{
        margin: '0.5rem 0 1rem',
        padding: '0.5rem 0.75rem',
        borderLeft: '3px solid var(--theme-elevation-250)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <div className="az-source__label" style={{ fontSize: '0.75rem', opacity: 0.75 }}>
        {labels.source[language]}
      </div>
      <div className="az-source__text" lang="az">
        {type === 'richText' ? (
          <RichText data={value as Parameters<typeof RichText>[0]['data']} disableContainer />
        ) : (
          <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{String(value)}</p>
        )}
      </div>
      {outdated && snapshot?.text !== undefined && (
        <div className="az-source__diff" data-az-diff="" lang="az" style={{ marginTop: '0.5rem' }}>
          <div style={{ fontSize: '0.75rem', opacity: 0.75 }}>{labels.changed[language]}</div>
          <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {diffWords(snapshot.text, valueText(type, value)).map((part, i) =>
              part.added ? (
                <ins key={i} style={{ background: 'var(--theme-success-100)' }}>
                  {part.value}
                </ins>
              ) : part.removed ? (
                <del key={i} style={{ background: 'var(--theme-error-100)' }}>
                  {part.value}
                </del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </p>
        </div>
      )}
    </aside>
  )
}
