import type { Locale } from '@/i18n/locales'

/** Sections of the public site (docs/architecture.md, "Routes"): a page slug may not shadow one of them. */
export const reservedPageSlugs = [
  'articles',
  'monuments',
  'resolutions',
  'recognitions',
  'timeline',
  'people',
  'search',
  'remember',
  'feed.xml',
  'id',
  'admin',
  'api',
] as const

export const localePath = (locale: Locale, ...segments: (string | null | undefined)[]) =>
  ['', locale, ...segments.filter((s): s is string => Boolean(s))].join('/')

/** Collections with a page per document, and the section that lists them. */
/** A path with the parameters that have a value, in the order given; no `?` when none has one. */
export function withQuery(
  path: string,
  params: Record<string, string | number | null | undefined>,
): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value))
  return query.size ? `${path}?${query}` : path
}

export const sections = {
  articles: 'articles',
  monuments: 'monuments',
  resolutions: 'resolutions',
  people: 'people',
} as const

/** Where a document is shown on the public site. */
export function docPath(
  collection: string,
  doc: { id?: number | string; slug?: string | null },
  locale: Locale,
): string {
  switch (collection) {
    case 'articles':
    case 'monuments':
    case 'resolutions':
    case 'people':
      return localePath(locale, collection, doc.slug)
    case 'pages':
      return localePath(locale, doc.slug)
    case 'recognitions':
      // A row of the recognitions table, which is paged: `show` opens the page that holds it.
      return `${localePath(locale, 'recognitions')}?show=${doc.id}#recognition-${doc.id}`
    case 'timeline-events':
      // The chronology is paged, and an event moves to a later page as earlier ones are added:
      // its permanent link finds the page that holds it now.
      return permalinkPath(collection, doc.id ?? '', locale)
    default:
      return localePath(locale)
  }
}

/** The permanent address of a document: by id, so it survives a slug change (a redirect to the slug). */
export const permalinkPath = (collection: string, id: number | string, locale: Locale) =>
  localePath(locale, 'id', collection, String(id))
