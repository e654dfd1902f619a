import type { Access } from 'payload'

import { userHasRole } from '@/lib/auth/roles'

/** Visitors read published documents only; staff also read drafts and versions. */
export const publishedOrStaff: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin', 'editor', 'translator')) return true
  return { _status: { equals: 'published' } }
}
