import type { Locale } from '@/i18n/locales'
import { intlTag } from '@/lib/format/intl'

/**
 * A date and how much of it is known: "1994" is stored as 1994-01-01 with precision `year`, and
 * shown as "1994", never as "1 January 1994".
 */
export const datePrecisions = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof datePrecisions)[number]
export const isDatePrecision = (value: unknown): value is DatePrecision =>
  (datePrecisions as readonly unknown[]).includes(value)

/** "1994" → 1994-01-01 (year), "2012-01" → 2012-01-01 (month), "2014-02-13" → day. */
export function parsePreciseDate(value: string): { date: string; precision: DatePrecision } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim())
  if (!match) return null
  const [, y, m, d] = match
  const precision: DatePrecision = d ? 'day' : m ? 'month' : 'year'
  return { date: `${y}-${m ?? '01'}-${d ?? '01'}T12:00:00.000Z`, precision }
}

/** The same, refusing what is no calendar date (2026-02-30, 1992-13): for text typed outside a date picker. */
export function parseCalendarDate(
  value: string,
): { date: string; precision: DatePrecision } | null {
  const parsed = parsePreciseDate(value)
  if (!parsed) return null
  const date = new Date(parsed.date)
  return !Number.isNaN(date.getTime()) && date.toISOString() === parsed.date ? parsed : null
}

const options: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
}

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * The date at the precision it is known: "1994", "January 2012" / "yanvar 2012" / "январь 2012 г.",
 * "13 February 2014". UTC, because the stored value is a calendar date, not an instant. An empty
 * date (optional fields) gives an empty string; a missing precision is a day.
 */
export function formatPreciseDate(
  iso: string | null | undefined,
  precision: DatePrecision | null | undefined,
  locale: Locale,
): string {
  if (!iso) return ''
  const key = `${locale}|${precision ?? 'day'}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), {
      ...options[precision ?? 'day'],
      timeZone: 'UTC',
    })
    formats.set(key, format)
  }
  return format.format(new Date(iso))
}

/** The value for a <time dateTime> attribute at the same precision: "1994", "2012-01", "2014-02-13". */
export function preciseDateAttr(iso: string, precision: DatePrecision | null | undefined): string {
  const p = precision ?? 'day'
  return new Date(iso).toISOString().slice(0, p === 'year' ? 4 : p === 'month' ? 7 : 10)
}
