import type { Access } from 'payload'

import { isTranslationLocale } from '@/i18n/locales'
import { userHasRole } from '@/lib/auth/roles'

type Translator = Parameters<typeof userHasRole>[0] & { publishTranslations?: boolean | null }

/** A translator an admin has allowed to publish en and ru (each alone; never az). */
export const publishesTranslations = (user: unknown): boolean =>
  userHasRole(user as Translator, 'translator') &&
  (user as NonNullable<Translator>).publishTranslations === true

/**
 * Updates of localized content: editors and admins in any locale; translators only in en and ru,
 * as drafts, or published by those with the right to. `all` and `*` are refused for translators
 * because one such request writes every locale, az included. A write that publishes is refused to
 * the others: Payload asks exactly that (`_status: 'published'`) to decide whether to offer Publish
 * and Schedule, so their edit view shows neither (translatorsWriteDraftsOnly checks the write).
 */
export const canTranslate: Access = ({ req, data }) => {
  if (userHasRole(req.user, 'admin', 'editor')) return true
  if (!userHasRole(req.user, 'translator')) return false
  const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
  if (publishing && !publishesTranslations(req.user)) return false
  return isTranslationLocale(req.locale)
}
