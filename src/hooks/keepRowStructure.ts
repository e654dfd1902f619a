import { Forbidden, type FieldHook } from 'payload'

import { userHasRole } from '@/lib/auth/roles'

type Row = { id?: string | null; blockType?: string }

/**
 * The rows of a shared (non-localized) array or blocks field are the editor's structure; a translator
 * fills the localized text inside them. A translator's write that adds, removes, reorders or retypes
 * rows is refused with 403, so nothing changes.
 */
export const keepRowStructure: FieldHook = ({ value, previousValue, req, operation }) => {
  if (operation !== 'update' || !req.user || userHasRole(req.user, 'admin', 'editor')) return value
  if (value === undefined) return value
  const shape = (rows: unknown) =>
    Array.isArray(rows)
      ? (rows as Row[]).map((row) => `${row.id ?? ''}:${row.blockType ?? ''}`).join('|')
      : ''
  if (shape(value) !== shape(previousValue)) throw new Forbidden(req.t)
  return value
}
