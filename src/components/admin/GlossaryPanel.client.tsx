'use client'

import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useAzSource } from '@/components/admin/useAzSource'
import type { Trilingual } from '@/i18n/adminMessage'
import { adminLanguage } from '@/i18n/adminMessage'
import { isTranslationLocale } from '@/i18n/locales'
import {
  checkTranslation,
  entriesInSource,
  glossaryCollection,
  requiredRendering,
  sourceTerm,
  type GlossaryEntry,
  type GlossaryIssue,
} from '@/lib/translation/glossary'
import { valueText } from '@/lib/translation/valueText'

type Props = { path: string; field?: { type?: string } }

// The whole glossary, once per page for every field of every form.
let glossary: Promise<GlossaryEntry[]> | undefined
function loadGlossary(api: string): Promise<GlossaryEntry[]> {
  glossary ??= fetch(
    `${api}/${glossaryCollection}?pagination=false&locale=all&depth=0&sort=createdAt`,
    {
      credentials: 'include',
    },
  ).then(
    async (r) => (r.ok ? ((await r.json()) as { docs: GlossaryEntry[] }).docs : []),
    () => [],
  )
  return glossary
}

const labels = {
  title: { az: 'Lüğət', en: 'Glossary', ru: 'Глоссарий' },
  doNotTranslate: { az: 'tərcümə edilmir', en: 'do not translate', ru: 'не переводить' },
  noRendering: {
    az: 'bu dil üçün yazılış verilməyib',
    en: 'no rendering given for this language',
    ru: 'написание для этого языка не задано',
  },
}

const issueText = (issue: GlossaryIssue): Trilingual => {
  const az = sourceTerm(issue.entry) ?? ''
  return issue.kind === 'forbidden'
    ? {
        az: `Qadağan yazılış «${issue.variant}» (${az}).`,
        en: `Forbidden variant “${issue.variant}” (${az}).`,
        ru: `Запрещённый вариант «${issue.variant}» (${az}).`,
      }
    : {
        az: `«${az}» mənbədə var, tərcümədə «${issue.expected}» yoxdur.`,
        en: `The source has “${az}”; the translation lacks “${issue.expected}”.`,
        ru: `В источнике есть «${az}», в переводе нет «${issue.expected}».`,
      }
}

/**
 * Shown after each localized text, textarea and rich text field while editing en or ru: the
 * glossary terms its az source contains with the rendering this locale requires (and the notes for
 * translators), and a warning, live as the translator types, when the value uses a forbidden
 * variant or lacks a required rendering. It warns; saving is never blocked. Matching rules:
 * src/lib/translation/glossary.ts.
 */
export function GlossaryPanel({ path, field }: Props) {
  const { code, doc, value: source } = useAzSource(path)
  const { config } = useConfig()
  const current = useFormFields(([fields]) => fields[path]?.value)
  // The admin's language, not the locale being edited (as the az source panel).
  const language = adminLanguage(useTranslation().i18n.language)
  const [entries, setEntries] = useState<GlossaryEntry[]>([])
  const locale = isTranslationLocale(code) ? code : undefined

  useEffect(() => {
    if (!locale) return
    let live = true
    void loadGlossary(config.routes.api).then((e) => live && setEntries(e))
    return () => {
      live = false
    }
  }, [config.routes.api, locale])

  if (!locale || !doc || !entries.length) return null
  const type = field?.type ?? 'text'
  const azText = valueText(type, source)
  const found = entriesInSource(entries, azText)
  const issues = checkTranslation(entries, azText, valueText(type, current), locale)

  return (
    <>
      {found.length > 0 && (
        <aside
          className="glossary-panel"
          data-glossary-panel={path}
          aria-label={labels.title[language]}
          style={{
            margin: '0.5rem 0',
            padding: '0.5rem 0.75rem',
            borderLeft: '3px solid var(--theme-elevation-250)',
            background: 'var(--theme-elevation-50)',
          }}
        >
          <div className="glossary-panel__label" style={{ fontSize: '0.75rem', opacity: 0.75 }}>
            {labels.title[language]}
          </div>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {found.map((entry) => {
              const rendering = requiredRendering(entry, locale)
              return (
                <li className="glossary-panel__entry" key={entry.id} data-glossary-entry={entry.id}>
                  <span lang="az">{sourceTerm(entry)}</span>
                  {' → '}
                  {rendering ? (
                    <strong className="glossary-panel__rendering" lang={rendering.locale}>
                      {rendering.text}
                    </strong>
                  ) : (
                    <em>{labels.noRendering[language]}</em>
                  )}
                  {entry.doNotTranslate && (
                    <small className="glossary-panel__keep">
                      {' '}
                      ({labels.doNotTranslate[language]})
                    </small>
                  )}
                  {entry.notes?.trim() && (
                    <div
                      className="glossary-panel__notes"
                      style={{ fontSize: '0.8rem', opacity: 0.8 }}
                    >
                      {entry.notes}
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
        </aside>
      )}
      {/* Always present while editing a translation, so that screen readers announce what appears in it. */}
      <div
        className="glossary-warning"
        data-glossary-warning={path}
        role="status"
        aria-live="polite"
        style={
          issues.length
            ? {
                margin: '0.5rem 0',
                padding: '0.5rem 0.75rem',
                borderLeft: '3px solid var(--theme-warning-500)',
                background: 'var(--theme-warning-50)',
              }
            : undefined
        }
      >
        {issues.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: '1rem' }}>
            {issues.map((issue, i) => (
              <li key={i} className={`glossary-warning__${issue.kind}`}>
                {issueText(issue)[language]}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  )
}
