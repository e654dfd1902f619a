import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const recognitions = contentReader('recognitions', ['recognisingBody'])

/** Every published recognition with the slug of its resolution, oldest first (the map shows them all). */
export const listRecognitions = cache((locale: Locale) =>
  recognitions.find(locale, {
    pagination: false,
    sort: 'date',
    depth: 1,
    select: {
      label: true,
      jurisdiction: true,
      level: true,
      recognisingBody: true,
      date: true,
      datePrecision: true,
      term: true,
      bodyLevel: true,
      originalObtained: true,
      resolution: true,
      note: true,
      discrepancy: true,
      sources: true,
    },
  }),
)

/** How many recognitions are published (the home page's count), without reading them all. */
export const countRecognitions = cache(
  async (locale: Locale) =>
    (await recognitions.find(locale, { limit: 1, depth: 0, select: { label: true } })).totalDocs,
)
