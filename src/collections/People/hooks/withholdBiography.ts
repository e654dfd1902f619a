import type { CollectionBeforeReadHook } from 'payload'

import { isStaff } from '@/access/hasRole'
import { discloses } from '@/lib/people/privacy'

/**
 * Takes an undisclosed biography out before Payload's field hooks see it. Its field access alone
 * would do, except that a rich text field refused by access and read with `locale: 'all'` throws
 * in Payload 3.90 (the editor's read hooks then run over the value access just removed), so a
 * visitor's `?locale=all` would answer 500. The field access stays for `where` and `sort`.
 */
export const withholdBiography: CollectionBeforeReadHook = ({ doc, overrideAccess, req }) => {
  if (overrideAccess || isStaff({ req }) || discloses(doc.disclosure, 'personal')) return doc
  const { biography: _withheld, ...rest } = doc
  return rest
}
