import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'

/**
 * A document as a translator works on it: its latest draft in one locale, read with the
 * requester's own access, without falling back to another locale (a missing translation must
 * read as missing); null when there is no such document or the requester may not read it.
 */
export const readDraft = (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  locale: Locale,
) =>
  req.payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
  })
