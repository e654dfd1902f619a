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
