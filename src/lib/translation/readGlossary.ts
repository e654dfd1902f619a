import type { PayloadRequest } from 'payload'

import { glossaryCollection, type GlossaryEntry } from '@/lib/translation/glossary'

const read = new WeakMap<PayloadRequest, Promise<GlossaryEntry[]>>()

/**
 * The whole glossary in every locale, as the requester may read it (staff; nobody else), read once
 * per request however many documents and units ask.
 */
export function readGlossary(req: PayloadRequest): Promise<GlossaryEntry[]> {
  let entries = read.get(req)
  if (!entries) {
    entries = req.payload
      .find({
        collection: glossaryCollection,
        locale: 'all',
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        overrideAccess: false,
        user: req.user,
        req,
      })
      // `locale: 'all'` gives each localized field as an object by locale, which the generated type does not say.
      .then(({ docs }) => docs as unknown as GlossaryEntry[])
    read.set(req, entries)
  }
  return entries
}
