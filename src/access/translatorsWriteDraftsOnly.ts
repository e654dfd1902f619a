import { Forbidden, type CollectionBeforeOperationHook, type GlobalBeforeOperationHook } from 'payload'

import { userHasRole } from '@/access/roles'

type Args = Parameters<CollectionBeforeOperationHook>[0] | Parameters<GlobalBeforeOperationHook>[0]

/**
 * Translators save drafts in en and ru (docs/translation.md). `canTranslate` sees only the locale
 * and `translatorsCannotPublish` only `_status: 'published'`, so two writes slipped past both:
 * - restoring a version writes every locale of that version, az included, whatever `?locale=` says
 *   (a translator could put back old az text, as a draft or live on a global);
 * - an update that is not a draft save, with `_status: 'draft'`, unpublishes the document: visitors
 *   lose it, an editor's decision like publishing.
 * So a translator's write must be a draft save, and restoring is refused: 403, nothing written.
 * beforeOperation is the only hook that knows the operation and the `draft` argument.
 */
export const translatorsWriteDraftsOnly = ({ args, operation, req }: Args) => {
  if (!req.user || userHasRole(req.user, 'admin', 'editor')) return args
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  if (operation === 'update' && !args?.draft) throw new Forbidden(req.t)
  return args
}
