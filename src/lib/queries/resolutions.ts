import { cache } from 'react'
import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const resolutions = contentReader('resolutions', ['title', 'body', 'summary'])

export type ResolutionFilter = {
  year?: number
  kind?: string
  jurisdiction?: string
  page?: number
}

const yearRange = (year: number): Where => ({
  and: [
    { adoptedAt: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
    { adoptedAt: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
  ],
})

/** The document archive, filtered by year, kind and jurisdiction. */
export const listResolutions = cache(
  (locale: Locale, year?: number, kind?: string, jurisdiction?: string, page = 1) => {
    const where: Where[] = []
    if (year) where.push(yearRange(year))
    if (kind) where.push({ kind: { equals: kind } })
    if (jurisdiction) where.push({ jurisdiction: { equals: jurisdiction } })
    return resolutions.find(locale, {
      where: where.length ? { and: where } : undefined,
      sort: '-adoptedAt',
      page,
      limit: 50,
      depth: 1,
      select: {
        title: true,
        slug: true,
        body: true,
        jurisdiction: true,
        adoptedAt: true,
        adoptedAtPrecision: true,
        kind: true,
        summary: true,
        referenceNumber: true,
        originalFile: true,
      },
    })
  },
)

/** Years, kinds and jurisdictions present in the archive, for the filter form. */
export const resolutionFacets = cache(async (locale: Locale) => {
  // Every document: a year or jurisdiction found only past the first thousand must still be offered.
  const { docs } = await resolutions.find(locale, {
    pagination: false,
    depth: 0,
    select: { adoptedAt: true, kind: true, jurisdiction: true },
  })
  const years = new Set<number>()
  const kinds = new Set<string>()
  const jurisdictions = new Set<string>()
  for (const { doc } of docs) {
    if (doc.adoptedAt) years.add(new Date(doc.adoptedAt).getUTCFullYear())
    if (doc.kind) kinds.add(doc.kind)
    if (doc.jurisdiction) jurisdictions.add(doc.jurisdiction)
  }
  return {
    years: [...years].sort((a, b) => b - a),
    kinds: [...kinds].sort(),
    jurisdictions: [...jurisdictions].sort(),
  }
})

export const getResolution = cache((locale: Locale, slug: string) =>
  resolutions.bySlug(locale, slug, { depth: 1 }),
)
