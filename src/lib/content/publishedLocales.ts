import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { publishedLocales, type PublishState, type TranslatedDoc } from '@/lib/translation/status'

type Stated = TranslatedDoc & PublishState & { id: number | string }

/**
 * The locales visitors may read each document in, by id, from one read of every locale's state
 * (`locale: 'all'`): a document read in one locale with fallback would report az's state for a
 * locale that has none. Documents visitors may not read at all are absent.
 */
export async function readPublishedLocales(
  payload: Payload,
  collection: CollectionSlug,
  ids: (number | string)[],
  { req, overrideAccess = false }: { req?: Partial<PayloadRequest>; overrideAccess?: boolean } = {},
): Promise<Map<string, Locale[]>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    locale: 'all',
    draft: false,
    overrideAccess,
    depth: 0,
    pagination: false,
    select: { _status: true, translation: true } as never,
    req,
  })
  return new Map(
    (docs as unknown as Stated[]).map((doc) => [String(doc.id), publishedLocales(doc)]),
  )
}
