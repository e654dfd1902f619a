import type { Access } from 'payload'

import { isTranslationLocale } from '@/i18n/locales'
import { userHasRole } from '@/lib/auth/roles'

/**
 * Updates of localized content: editors and admins in any locale; translators only in en and ru.
 * `all` and `*` are refused for translators because one such request writes every locale, az included.
 */
export const canTranslate: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin', 'editor')) return true
  if (!userHasRole(req.user, 'translator')) return false
  return isTranslationLocale(req.locale)
}
