import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { isOneOf } from '@/lib/content/collections'
import { isDocumentId } from '@/lib/payload/documentId'
import { correctable, type CorrectableSlug } from '@/lib/submissions/model'

export type AboutDocument = {
  collection: CorrectableSlug
  doc: Record<string, unknown> & { id: number }
}

/**
 * What a form's `about` names (`people:12`), read as a visitor may read it: null for another
 * collection, a malformed id, or a document a visitor may not see. The form's page and the
 * receiver of its post both read it here, so they agree on what may be the subject of a submission.
 */
export async function readAbout(
  payload: Payload,
  value: string | undefined,
  { allowed = correctable, locale }: { allowed?: readonly CorrectableSlug[]; locale?: Locale } = {},
): Promise<AboutDocument | null> {
  const [collection, id] = (value ?? '').split(':')
  if (!isOneOf(allowed, collection) || !id || !isDocumentId(payload, collection, id)) return null
  const doc = await payload
    .findByID({ collection, id, locale, overrideAccess: false, depth: 0, disableErrors: true })
    .catch(() => null)
  return doc ? { collection, doc: doc as unknown as AboutDocument['doc'] } : null
}
