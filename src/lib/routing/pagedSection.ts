import type { Locale } from '@/i18n/locales'
import { localePath } from '@/lib/routing/routes'

/** The lists paged by path (/timeline, /timeline/page/2): every page is then a page Next caches. */
export type PagedSection = 'articles' | 'monuments' | 'timeline'

/** Page 1 is the section itself (its only address); the others are under `/page/N`. */
export const sectionPagePath = (locale: Locale, section: PagedSection, page: number) =>
  page === 1 ? localePath(locale, section) : localePath(locale, section, 'page', String(page))
