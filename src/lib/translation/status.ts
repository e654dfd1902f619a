import type { Where } from 'payload'

import {
  defaultLocale,
  isTranslationLocale,
  localeCodes,
  type Locale,
  type TranslationLocale,
} from '@/i18n/locales'

/** How far a locale's translation of a document is: see docs/translation.md. */
export const translationStatuses = ['complete', 'missing', 'outdated'] as const
export type TranslationStatus = (typeof translationStatuses)[number]

/** The statuses as the admin names them, in its three languages (badge, list filter, overview). */
export const statusLabels: Record<TranslationStatus, Record<'az' | 'en' | 'ru', string>> = {
  complete: { az: 'Tamam', en: 'Complete', ru: 'Готово' },
  missing: { az: 'Çatışmır', en: 'Missing', ru: 'Не хватает' },
  outdated: { az: 'Köhnəlib', en: 'Outdated', ru: 'Устарело' },
}

/** The status colours of the admin's theme, the same in the badge and the overview. */
export const statusColours: Record<TranslationStatus, string> = {
  complete: 'var(--theme-success-500)',
  missing: 'var(--theme-error-500)',
  outdated: 'var(--theme-warning-500)',
}

/** Field paths of one locale that need work; `requiredMissing` is the publish gate. */
export type LocaleTranslationSummary = {
  missing: string[]
  outdated: string[]
  requiredMissing: string[]
}
export type TranslationSummary = Partial<Record<TranslationLocale, LocaleTranslationSummary>>

/** The stored status fields of a content document (all non-localized, readable by visitors). */
export type TranslatedDoc = {
  translation?: unknown
  translationEn?: TranslationStatus | null
  translationRu?: TranslationStatus | null
}

/** Document field holding a locale's status: `translationEn`, `translationRu`. */
export const statusFieldName = (locale: TranslationLocale) =>
  `translation${locale[0].toUpperCase()}${locale.slice(1)}` as `translation${Capitalize<TranslationLocale>}`

export function localeSummary(
  doc: TranslatedDoc | null | undefined,
  locale: TranslationLocale,
): LocaleTranslationSummary | undefined {
  const summary = doc?.translation
  if (!summary || typeof summary !== 'object') return undefined
  const entry = (summary as TranslationSummary)[locale]
  return entry && Array.isArray(entry.requiredMissing) ? entry : undefined
}

/**
 * The publish gate: may the site offer `locale` as a translation of this document? az always;
 * en and ru unless a required localized field (required in az) is empty in that locale, in which
 * case the site shows the az text and says so. A document saved before statuses existed is offered.
 */
export function isTranslationOffered(
  doc: TranslatedDoc | null | undefined,
  locale: string,
): boolean {
  if (locale === defaultLocale || !isTranslationLocale(locale)) return true
  const summary = localeSummary(doc, locale)
  if (summary) return summary.requiredMissing.length === 0
  return true
}

/**
 * A document's published state: one value where every locale shares it (collections without
 * per-locale publishing, or a read in one locale), or one per locale (a read with `locale: 'all'`).
 * Collections without drafts have none: what they hold is public. A read must select `_status`.
 */
export type PublishState = { _status?: unknown }

function statusIn(doc: PublishState, locale: Locale): unknown {
  if (!('_status' in doc)) return 'published'
  const status = doc._status
  return status && typeof status === 'object' ? (status as Record<string, unknown>)[locale] : status
}

/**
 * May visitors read `locale` of this document? Each locale is published on its own
 * (docs/translation.md, "Publishing per locale"), and a published translation is still held back
 * by the publish gate. `doc` is read in that locale or with `locale: 'all'`.
 */
export function isLocalePublished(doc: TranslatedDoc & PublishState, locale: Locale): boolean {
  return statusIn(doc, locale) === 'published' && isTranslationOffered(doc, locale)
}

/** The locales of a document read with `locale: 'all'` that visitors may read. */
export const publishedLocales = (doc: TranslatedDoc & PublishState): Locale[] =>
  localeCodes.filter((locale) => isLocalePublished(doc, locale))

/**
 * Where each locale is published on its own, a document exists for visitors once its az source is
 * published, in every locale they read it in: a translation not yet published shows the az text and
 * says so (`isLocalePublished`). Without the locale in the path the condition would read the
 * status of the locale asked for. `prefix` reaches the document through a relationship ('person.').
 */
export const sourcePublishedAt = (prefix = ''): Where => ({
  [`${prefix}_status.${defaultLocale}`]: { equals: 'published' },
})
export const sourcePublished = sourcePublishedAt()
