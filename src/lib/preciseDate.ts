import type { DatePrecision } from '@/fields/preciseDateFields'
import type { Locale } from '@/i18n/locales'
import { intlTag } from '@/lib/format'
import { formatPreciseDate as formatAt, preciseDateTime } from '@/lib/timeline'

/** `formatPreciseDate` for a page's locale, tolerant of the empty dates optional fields hold. */
export const formatPreciseDate = (iso: string | null | undefined, precision: DatePrecision | null | undefined, locale: Locale) =>
  iso ? formatAt(iso, precision ?? 'day', intlTag(locale)) : ''

/** The <time dateTime> value at the same precision ("1994", "2012-01"). */
export const preciseDateAttr = (iso: string, precision: DatePrecision | null | undefined) => preciseDateTime(iso, precision ?? 'day')
