import type { PayloadRequest } from 'payload'

import { type Role, userHasRole } from '@/lib/auth/roles'

type AccessArgs = { req: PayloadRequest }

/**
 * The one access factory: `hasRole('admin')`, `hasRole('admin', 'editor')`. Its result is a valid
 * collection, global and field access function alike.
 */
export const hasRole =
  (...wanted: Role[]) =>
  ({ req }: AccessArgs): boolean =>
    userHasRole(req.user, ...wanted)

/** Editors and admins write content in every locale and publish it. */
export const canEdit = hasRole('admin', 'editor')

/** Anyone signed in with a role: translators, editors, admins. */
export const isStaff = hasRole('admin', 'editor', 'translator')
