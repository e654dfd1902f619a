import type { Access } from 'payload'

import { userHasRole } from '@/lib/auth/roles'
import { sourcePublished } from '@/lib/translation/status'

/** Visitors read published documents only; staff also read drafts and versions. */
export const publishedOrStaff: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin', 'editor', 'translator')) return true
  return { _status: { equals: 'published' } }
}

/** Collections publishing each locale on its own: see `sourcePublished`. */
export const sourcePublishedOrStaff: Access = ({ req }) =>
  userHasRole(req.user, 'admin', 'editor', 'translator') || sourcePublished
