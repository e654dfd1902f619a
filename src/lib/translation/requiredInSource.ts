import type { Validate } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { adminMessage } from '@/i18n/adminMessage'
import { isEmpty } from '@/lib/content/isEmpty'

/**
 * `required` for localized fields, in the source language only: az must be filled, en and ru may
 * stay empty until a translator fills them (the site falls back to az meanwhile). Payload's own
 * `required` would refuse an empty translation. Drafts may be unfinished: the rule holds when a
 * document is published (drafts are validated for everything else, so that the admin's create
 * view makes no document until the first save).
 */
export const requiredInSource: Validate<unknown> = (value, { req, operation, data }) => {
  const locale = req.locale ?? defaultLocale
  if (operation === 'create' && locale !== defaultLocale) {
    return adminMessage(req, {
      az: 'Sənədi əvvəlcə azərbaycan dilində (az) yaradın, sonra tərcümə edin.',
      en: 'Create documents in Azerbaijani (az) first, then translate them.',
      ru: 'Сначала создайте документ на азербайджанском (az), затем переводите.',
    })
  }
  const isDraft = (data as { _status?: unknown } | undefined)?._status === 'draft'
  if (!isDraft && locale === defaultLocale && isEmpty(value)) {
    return adminMessage(req, {
      az: 'Bu sahə azərbaycan dilində (mənbə dili) mütləqdir.',
      en: 'This field is required in Azerbaijani (az), the source language.',
      ru: 'Это поле обязательно на азербайджанском (az), исходном языке.',
    })
  }
  return true
}
