import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const monuments = contentReader('monuments', ['name', 'description'])

export const listMonuments = cache((locale: Locale) =>
  monuments.find(locale, {
    limit: 500,
    sort: 'slug',
    depth: 1,
    select: { name: true, slug: true, city: true, country: true, coordinates: true, unveiledAt: true, gallery: true },
  }),
)

export const getMonument = cache((locale: Locale, slug: string) => monuments.bySlug(locale, slug, { depth: 1 }))
