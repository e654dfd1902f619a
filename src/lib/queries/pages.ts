import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

/** One published page by slug; `generateMetadata` and the page share this call through `cache`. */
export const getPageBySlug = cache(async (locale: Locale, slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    locale,
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

/** Titles and slugs of published pages for lists and navigation. */
export const listPages = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    locale,
    draft: false,
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'title',
    select: { title: true, slug: true },
    overrideAccess: false,
  })
  return docs
})
