import { locales, type Locale } from '@/i18n/locales'

const intlTag = (locale: Locale) => locales.find((l) => l.code === locale)!.intl

/** A full date in the page's language, in Baku time (where the events and the acts took place). */
export const formatDate = (iso: string | null | undefined, locale: Locale, style: 'long' | 'medium' = 'long') =>
  iso ? new Intl.DateTimeFormat(intlTag(locale), { dateStyle: style, timeZone: 'Asia/Baku' }).format(new Date(iso)) : ''

export const formatNumber = (value: number, locale: Locale) => new Intl.NumberFormat(intlTag(locale)).format(value)

/** 2.4 MB, 2,4 MB, 2,4 МБ. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}

export { intlTag }
