import type { Locale } from '@/i18n/locales'

type Citation = {
  title: string
  siteName: string
  url: string
  date?: string | null
  locale: Locale
  key: string
  formattedDate?: string
}

const bibtexLanguage: Record<Locale, string> = { az: 'azerbaijani', en: 'english', ru: 'russian' }

// BibTeX needs its special characters escaped; braces keep capitalisation of names.
const bib = (value: string) => value.replace(/([\\{}])/g, '\\$1').replace(/([&%$#_])/g, '\\$1')

/** The citation line in the page's language: Site. “Title”. Date. URL */
export function plainCitation({ title, siteName, url, formattedDate, locale }: Citation): string {
  const quoted = locale === 'ru' ? `«${title}»` : `“${title}”`
  return [siteName, quoted, formattedDate, url].filter(Boolean).join('. ')
}

export function bibtexCitation({ title, siteName, url, date, locale, key }: Citation): string {
  const fields = [
    ['title', `{${bib(title)}}`],
    ['author', `{{${bib(siteName)}}}`],
    date ? ['year', `{${new Date(date).getUTCFullYear()}}`] : null,
    ['howpublished', `{\\url{${url}}}`],
    ['url', `{${url}}`],
    ['language', `{${bibtexLanguage[locale]}}`],
  ].filter((f): f is string[] => Boolean(f))
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`
}
