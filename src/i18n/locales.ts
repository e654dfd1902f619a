/**
 * The one list of locales. Payload's `localization`, the `[locale]` routing, the proxy's
 * Accept-Language negotiation, hreflang and the sitemap all read it.
 */
export const locales = [
  { code: 'az', label: 'Azərbaycanca', intl: 'az-Latn-AZ' },
  { code: 'en', label: 'English', intl: 'en-GB' },
  { code: 'ru', label: 'Русский', intl: 'ru-RU' },
] as const

export type Locale = (typeof locales)[number]['code']

export const localeCodes = locales.map((l) => l.code) as Locale[]

/** Azerbaijani is the source language: editors write it first and every other locale falls back to it. */
export const defaultLocale = 'az' satisfies Locale

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (localeCodes as string[]).includes(value)

/** The locales translated from the source language: every locale but az (en, ru). */
export type TranslationLocale = Exclude<Locale, typeof defaultLocale>
export const translationLocales = localeCodes.filter(
  (code): code is TranslationLocale => code !== defaultLocale,
)

export const isTranslationLocale = (value: unknown): value is TranslationLocale =>
  (translationLocales as unknown[]).includes(value)
