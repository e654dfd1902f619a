export type Figure = { key: string; label: string; value: number }

export type YearTotal = { year: number; added: number; total: number }

const numberFormats = new Map<string, Intl.NumberFormat>()
/** Intl.NumberFormat for the locale, made once. */
export function formatNumber(value: number, intlLocale: string): string {
  let format = numberFormats.get(intlLocale)
  if (!format) numberFormats.set(intlLocale, (format = new Intl.NumberFormat(intlLocale)))
  return format.format(value)
}

/** A year as the locale writes it, without grouping ("1992", never "1 992"). */
export const formatYear = (year: number, intlLocale: string): string =>
  new Intl.NumberFormat(intlLocale, { useGrouping: false }).format(year)

/** The figures as table rows, numbers formatted for the locale: the chart's text equivalent. */
export const figuresTable = (figures: Figure[], intlLocale: string) =>
  figures.map((f) => ({ key: f.key, label: f.label, value: formatNumber(f.value, intlLocale) }))

/**
 * Recognitions per year and the running total, with every year from the first to the last so a
 * year without a recognition still shows the total standing still. Missing or invalid dates are skipped.
 */
export function cumulativeByYear(dates: Array<string | null | undefined>): YearTotal[] {
  const years = dates.flatMap((d) => {
    const time = d ? Date.parse(d) : NaN
    return Number.isNaN(time) ? [] : [new Date(time).getUTCFullYear()]
  })
  if (years.length === 0) return []
  const counts = new Map<number, number>()
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1)
  const [first, last] = [Math.min(...years), Math.max(...years)]
  const rows: YearTotal[] = []
  let total = 0
  for (let year = first; year <= last; year++) {
    const added = counts.get(year) ?? 0
    total += added
    rows.push({ year, added, total })
  }
  return rows
}

/** The cumulative series as table rows, formatted for the locale. */
export const recognitionsTable = (dates: Array<string | null | undefined>, intlLocale: string) =>
  cumulativeByYear(dates).map((r) => ({
    year: formatYear(r.year, intlLocale),
    added: formatNumber(r.added, intlLocale),
    total: formatNumber(r.total, intlLocale),
  }))
