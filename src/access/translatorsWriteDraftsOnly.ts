import {
  Forbidden,
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
} from 'payload'

import { userHasRole } from '@/lib/auth/roles'

type Args = Parameters<CollectionBeforeOperationHook>[0] | Parameters<GlobalBeforeOperationHook>[0]

/**
 * Publishing and unpublishing are an editor's decision (docs/architecture.md, "Roles"); translators save drafts in en
 * and ru (docs/translation.md). `canTranslate` sees only the locale, so the write itself is checked:
 * - a write that asks for `_status: 'published'` publishes, even as a draft save (Payload saves a
 *   draft only when the status is not "published");
 * - an update that is not a draft save unpublishes when it sends `_status: 'draft'`, and otherwise
 *   writes the published document directly;
 * - restoring a version writes every locale of that version, az included, whatever `?locale=` says.
 * All three answer 403 and write nothing. beforeOperation is the one hook that knows the operation
 * and the `draft` argument, and it runs before anything is validated or written.
 */
export const translatorsWriteDraftsOnly = ({ args, operation, req }: Args) => {
  if (!req.user || userHasRole(req.user, 'admin', 'editor')) return args
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  const data = (args as { data?: { _status?: unknown } } | undefined)?.data
  if ((operation === 'create' || operation === 'update') && data?._status === 'published')
    throw new Forbidden(req.t)
  if (operation === 'update' && !args?.draft) throw new Forbidden(req.t)
  return args
}
