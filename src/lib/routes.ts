import type { Locale } from '@/i18n/locales'

/** Sections of the public site (design.md): a page slug may not shadow one of them. */
export const reservedPageSlugs = [
  'articles',
  'monuments',
  'resolutions',
  'recognitions',
  'timeline',
  'search',
  'feed.xml',
  'admin',
  'api',
] as const

export const localePath = (locale: Locale, ...segments: (string | null | undefined)[]) =>
  ['', locale, ...segments.filter((s): s is string => Boolean(s))].join('/')

/** Collections with a page per document, and the section that lists them. */
export const sections = {
  articles: 'articles',
  monuments: 'monuments',
  resolutions: 'resolutions',
} as const

/** The document's own page and the pages that list it: its section, and home. */
export const sectionPaths = (section: string, slug: string | null | undefined) => (locale: Locale) => [
  localePath(locale),
  localePath(locale, section),
  localePath(locale, section, slug),
]
