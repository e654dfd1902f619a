import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const pages = contentReader('pages', ['title'])

/** One published page by slug; `generateMetadata` and the page share this call through `cache`. */
export const getPageBySlug = cache((locale: Locale, slug: string) =>
  pages.bySlug(locale, slug, { depth: 1 }),
)

/** Titles and slugs of published pages for lists and navigation. */
export const listPages = cache((locale: Locale) =>
  pages.find(locale, { limit: 100, sort: 'slug', select: { title: true, slug: true } }),
)
