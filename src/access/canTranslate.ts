import type { Access } from 'payload'

import { isTranslationLocale } from '@/i18n/locales'
import { userHasRole } from '@/lib/auth/roles'

/**
 * Updates of localized content: editors and admins in any locale; translators only in en and ru,
 * and only as drafts. `all` and `*` are refused for translators because one such request writes
 * every locale, az included. A write that publishes is refused too: Payload asks exactly that
 * (`_status: 'published'`) to decide whether to offer Publish and Schedule, so a translator's edit
 * view shows neither (translatorsWriteDraftsOnly checks the write itself).
 */
export const canTranslate: Access = ({ req, data }) => {
  if (userHasRole(req.user, 'admin', 'editor')) return true
  if (!userHasRole(req.user, 'translator')) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') return false
  return isTranslationLocale(req.locale)
}
