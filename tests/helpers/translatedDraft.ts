import type { CollectionSlug, Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

/** A document's latest draft in one locale, as written there: no fallback to the az source. */
export const translatedDraft = <T extends CollectionSlug>(
  payload: Payload,
  collection: T,
  id: number | string,
  locale: Locale,
) => payload.findByID({ collection, id, locale, fallbackLocale: false, draft: true })
