import type { DatePrecision } from '@/fields/preciseDateFields'

/** Events in date order, in one group per year (UTC, as dates are stored). */
export function groupEventsByYear<T extends { date: string }>(events: T[]): Array<{ year: number; events: T[] }> {
  const sorted = events
    .map((event) => ({ event, time: Date.parse(event.date) }))
    .filter(({ time }) => !Number.isNaN(time))
    .sort((a, b) => a.time - b.time)
  const groups: Array<{ year: number; events: T[] }> = []
  for (const { event, time } of sorted) {
    const year = new Date(time).getUTCFullYear()
    const last = groups.at(-1)
    if (last?.year === year) last.events.push(event)
    else groups.push({ year, events: [event] })
  }
  return groups
}

const options: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
}

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * The date at the precision it is known: "1994", "January 2012" / "yanvar 2012" / "январь 2012 г.",
 * "13 February 2014". UTC, because the stored value is a calendar date, not an instant.
 */
export function formatPreciseDate(dateIso: string, precision: DatePrecision, intlLocale: string): string {
  const key = `${intlLocale}|${precision}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlLocale, { ...options[precision], timeZone: 'UTC' })))
  return format.format(new Date(dateIso))
}

/** The value for a <time dateTime> attribute at the same precision: "1994", "2012-01", "2014-02-13". */
export function preciseDateTime(dateIso: string, precision: DatePrecision): string {
  const iso = new Date(dateIso).toISOString()
  return iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10)
}
