import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const monuments = contentReader('monuments', ['name', 'description'])

/** Memorials per page of the list (divisible by the grid's 2, 3 and 4 columns). */
export const MONUMENTS_PER_PAGE = 60

/** One page of the memorials, by slug. */
export const listMonuments = cache((locale: Locale, page = 1) =>
  monuments.find(locale, {
    page,
    limit: MONUMENTS_PER_PAGE,
    sort: 'slug',
    depth: 0,
    select: { name: true, slug: true, city: true, country: true },
  }),
)

/** Every memorial with what its marker needs: the map shows them all. */
export const listMonumentMarkers = cache((locale: Locale) =>
  monuments.find(locale, {
    pagination: false,
    sort: 'slug',
    depth: 0,
    select: { name: true, slug: true, coordinates: true },
  }),
)

export const getMonument = cache((locale: Locale, slug: string) =>
  monuments.bySlug(locale, slug, { depth: 1 }),
)
