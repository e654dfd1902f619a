import type { Access } from 'payload'

import { userHasRole } from '@/lib/auth/roles'

/** Admins manage every account; anyone else sees and edits only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
