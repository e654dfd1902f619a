'use client'

import { RichText } from '@payloadcms/richtext-lexical/react'
import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { diffWords } from 'diff'
import { useEffect, useState } from 'react'

import { isEmpty } from '@/lib/content/isEmpty'
import { formPathToLeafPath, valueAtLeafPath } from '@/lib/translation/leafPath'
import { valueText } from '@/lib/translation/valueText'
import { adminLanguage } from '@/i18n/adminMessage'

type Props = { path: string; field?: { type?: string } }
type AzDoc = Record<string, unknown> & {
  translationSources?: {
    fields?: Record<
      string,
      { az?: string } & Record<string, { hash?: string; text?: string } | string | undefined>
    >
  }
}

// One request per document (and save) for all the fields of the form.
const requests = new Map<string, Promise<AzDoc | null>>()
function loadAzDoc(url: string): Promise<AzDoc | null> {
  if (!requests.has(url)) {
    requests.set(
      url,
      fetch(url, { credentials: 'include' }).then(
        (r) => (r.ok ? (r.json() as Promise<AzDoc>) : null),
        () => null,
      ),
    )
  }
  return requests.get(url)!
}

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
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const [doc, setDoc] = useState<AzDoc | null>(null)
  // The admin's language, not the locale being edited: a Russian-speaking translator of en reads Russian.
  const language = adminLanguage(useTranslation().i18n.language)
  const active = Boolean(id && collectionSlug && code && code !== 'az')

  useEffect(() => {
    if (!active) return
    let live = true
    const url = `${config.routes.api}/${collectionSlug}/${id}?locale=az&fallback-locale=none&draft=true&depth=0&t=${lastUpdateTime ?? 0}`
    void loadAzDoc(url).then((d) => live && setDoc(d))
    return () => {
      live = false
    }
  }, [active, collectionSlug, config.routes.api, id, lastUpdateTime])

  if (!active || !doc) return null
  const leafPath = formPathToLeafPath(doc, path)
  const value = valueAtLeafPath(doc, leafPath)
  if (isEmpty(value)) return null
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
