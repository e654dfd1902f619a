import { Forbidden, type CollectionBeforeChangeHook, type GlobalBeforeChangeHook } from 'payload'

import { userHasRole } from '@/access/roles'

type Args = Parameters<CollectionBeforeChangeHook>[0] | Parameters<GlobalBeforeChangeHook>[0]

/**
 * Publishing is an editor's decision (design.md): translators save drafts, and any write of theirs
 * that would publish is refused with 403 and changes nothing.
 */
export const translatorsCannotPublish = ({ data, req }: Args) => {
  if (!req.user || userHasRole(req.user, 'admin', 'editor')) return data
  if (data?._status === 'published') throw new Forbidden(req.t)
  return data
}
