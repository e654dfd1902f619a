'use client'

import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { adminLanguage } from '@/i18n/adminMessage'
import { localeCodes, translationLocales, type Locale } from '@/i18n/locales'
import { leafPathLabel } from '@/lib/translation/fieldLabels'
import {
  isTranslationOffered,
  localeSummary,
  publishedLocales,
  statusColours,
  statusLabels,
  type TranslationStatus,
} from '@/lib/translation/status'

const words = {
  title: { az: 'Tərcümə', en: 'Translation', ru: 'Перевод' },
  empty: { az: 'Boş', en: 'Empty', ru: 'Пусто' },
  old: { az: 'Köhnəlib', en: 'Outdated', ru: 'Устарело' },
  published: { az: 'Saytda dərc olunub', en: 'Published on the site', ru: 'Опубликовано на сайте' },
  none: { az: 'heç bir dildə', en: 'in no language', ru: 'ни на одном языке' },
  gate: {
    az: 'Ziyarətçilərə təklif edilmir: vacib sahələr boşdur, sayt az mətni göstərir.',
    en: 'Not offered to visitors: required fields are empty, the site shows the az text.',
    ru: 'Не показывается посетителям: обязательные поля пусты, сайт показывает текст az.',
  },
}
/**
 * The locales visitors read the saved document in, read again after each save: each locale is
 * published on its own. Null for a document not saved yet or a collection without drafts.
 */
function usePublishedLocales(): Locale[] | null {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const drafts = Boolean(collectionSlug && getEntityConfig({ collectionSlug })?.versions?.drafts)
  const [published, setPublished] = useState<Locale[] | null>(null)
  useEffect(() => {
    if (!id || !collectionSlug || !drafts) return
    const query = 'locale=all&depth=0&select[_status]=true&select[translation]=true'
    let current = true
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?${query}`, {
      credentials: 'include',
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc) => current && setPublished(doc ? publishedLocales(doc) : null))
      .catch(() => current && setPublished(null))
    return () => {
      current = false
    }
  }, [id, collectionSlug, drafts, lastUpdateTime, config.serverURL, config.routes.api])
  return published
}

/**
 * The edit screen's translation badge: the locales published on the site, each locale's status,
 * the fields that need work (by their labels), and the publish gate. It speaks the admin's
 * language, whichever locale is being edited; a document with no az content yet has no status.
 */
export function TranslationBadge() {
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const { collectionSlug } = useDocumentInfo()
  const published = usePublishedLocales()
  const { getEntityConfig } = useConfig()
  const fields = (collectionSlug && getEntityConfig({ collectionSlug })?.fields) || []
  const names = (paths: string[]) =>
    paths.map((path) => leafPathLabel(fields, path, i18n)).join(', ')
  const values = useFormFields(([fields]) => ({
    translationEn: fields.translationEn?.value as TranslationStatus | undefined,
    translationRu: fields.translationRu?.value as TranslationStatus | undefined,
    translation: fields.translation?.value,
  }))
  if (!values.translationEn && !values.translationRu && !published) return null
  return (
    <div className="translation-badge" style={{ marginBottom: '1.5rem' }}>
      {published && (
        <div
          className="translation-badge__published"
          data-published={published.join(' ')}
          style={{ marginBottom: '0.5rem' }}
        >
          {words.published[lang]}:{' '}
          {published.length
            ? localeCodes
                .filter((l) => published.includes(l))
                .map((l) => l.toUpperCase())
                .join(', ')
            : words.none[lang]}
        </div>
      )}
      <div style={{ fontWeight: 600, marginBottom: '0.25rem' }}>{words.title[lang]}</div>
      {translationLocales.map((locale) => {
        const status = locale === 'en' ? values.translationEn : values.translationRu
        if (!status) return null
        const summary = localeSummary(values, locale)
        return (
          <div
            key={locale}
            className="translation-badge__locale"
            data-locale={locale}
            data-status={status}
            style={{ marginBottom: '0.5rem' }}
          >
            <span
              style={{
                display: 'inline-block',
                padding: '0 0.5rem',
                borderRadius: 9,
                color: '#fff',
                background: statusColours[status],
              }}
            >
              {locale.toUpperCase()}: {statusLabels[status][lang]}
            </span>
            {summary?.missing.length ? (
              <div style={{ fontSize: '0.8rem' }}>
                {words.empty[lang]}: {names(summary.missing)}
              </div>
            ) : null}
            {summary?.outdated.length ? (
              <div style={{ fontSize: '0.8rem' }}>
                {words.old[lang]}: {names(summary.outdated)}
              </div>
            ) : null}
            {!isTranslationOffered(values, locale) && (
              <div className="translation-badge__gate" style={{ fontSize: '0.8rem' }}>
                {words.gate[lang]}
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}
