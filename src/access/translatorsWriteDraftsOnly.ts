import {
  Forbidden,
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
} from 'payload'

import { publishesTranslations } from '@/access/canTranslate'
import { isTranslationLocale } from '@/i18n/locales'
import { userHasRole } from '@/lib/auth/roles'

type Args = Parameters<CollectionBeforeOperationHook>[0] | Parameters<GlobalBeforeOperationHook>[0]
type WriteArgs = {
  data?: { _status?: unknown }
  draft?: boolean
  publishSpecificLocale?: string
  publishAllLocales?: boolean
  unpublishAllLocales?: boolean
}

/**
 * Publishing and unpublishing are an editor's decision (docs/architecture.md, "Roles"); translators
 * save drafts in en and ru (docs/translation.md). `canTranslate` sees only the locale, so the write
 * itself is checked:
 * - a write that asks for `_status: 'published'` publishes, even as a draft save (Payload saves a
 *   draft only when the status is not "published");
 * - an update that is not a draft save unpublishes when it sends `_status: 'draft'`, and otherwise
 *   writes the published document directly;
 * - restoring a version writes every locale of that version, az included, whatever `?locale=` says.
 * All three answer 403 and write nothing. One exception: a translator with the right to publish
 * translations publishes an update of one locale, en or ru, which leaves the others as they are
 * (each locale has its own published state). beforeOperation is the one hook that knows the
 * operation and its arguments, and it runs before anything is validated or written.
 */
export const translatorsWriteDraftsOnly = ({ args, operation, req }: Args) => {
  if (!req.user || userHasRole(req.user, 'admin', 'editor')) return args
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  const write = (args ?? {}) as WriteArgs
  const publishing = write.data?._status === 'published'
  const locale = write.publishSpecificLocale ?? req.locale
  if (
    operation === 'update' &&
    publishing &&
    publishesTranslations(req.user) &&
    !write.publishAllLocales &&
    !write.unpublishAllLocales &&
    isTranslationLocale(locale)
  )
    return args
  if ((operation === 'create' || operation === 'update') && publishing) throw new Forbidden(req.t)
  if (operation === 'update' && !write.draft) throw new Forbidden(req.t)
  return args
}
