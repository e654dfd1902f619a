import { locales, type Locale } from '@/i18n/locales'

const intlTag = (locale: Locale) => locales.find((l) => l.code === locale)!.intl

// Intl formatters are costly to build and every list formats dozens of dates: one per locale and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/** A full date in the page's language, in Baku time (where the events and the acts took place). */
export function formatDate(
  iso: string | null | undefined,
  locale: Locale,
  style: 'long' | 'medium' = 'long',
): string {
  if (!iso) return ''
  const key = `${locale}|${style}`
  let format = dateFormats.get(key)
  if (!format)
    dateFormats.set(
      key,
      (format = new Intl.DateTimeFormat(intlTag(locale), {
        dateStyle: style,
        timeZone: 'Asia/Baku',
      })),
    )
  return format.format(new Date(iso))
}

/**
 * A number as the language writes it, by its Intl tag ('az-Latn-AZ'): "1.275", "1,275", "1 275" with
 * a no-break space, so a number never breaks across lines. Charts take the tag, not a site locale.
 */
export function formatNumberIn(value: number, intl: string): string {
  let format = numberFormats.get(intl)
  if (!format) numberFormats.set(intl, (format = new Intl.NumberFormat(intl)))
  return format.format(value)
}

export const formatNumber = (value: number, locale: Locale): string =>
  formatNumberIn(value, intlTag(locale))

/** 2.4 MB, 2,4 MB, 2,4 МБ. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value)
}

export { intlTag }
