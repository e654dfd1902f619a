import { defaultLocale, isTranslationLocale, type TranslationLocale } from '@/i18n/locales'

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
