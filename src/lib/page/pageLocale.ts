import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { isLocale, type Locale } from '@/i18n/locales'
import { getSite, pickText } from '@/lib/queries/globals'

/** The `[locale]` segment of a page, checked (anything else is a 404) and handed to next-intl. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/** The site's name in the locale, for titles, Open Graph and citations. */
export async function siteName(locale: Locale): Promise<string> {
  const [site, t] = await Promise.all([
    getSite(locale),
    getTranslations({ locale, namespace: 'site' }),
  ])
  return pickText(site.raw.name, site.source.name, locale)?.value ?? t('name')
}
