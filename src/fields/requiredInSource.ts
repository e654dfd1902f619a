import type { Validate } from 'payload'

import { defaultLocale } from '@/i18n/locales'

/**
 * `required` for localized fields, in the source language only: az must be filled, en and ru may
 * stay empty until a translator fills them (the site falls back to az meanwhile). Payload's own
 * `required` would refuse an empty translation, and skips drafts, which is what we want here too.
 */
export const requiredInSource: Validate<unknown> = (value, { req, operation }) => {
  const empty = value === undefined || value === null || (typeof value === 'string' && !value.trim())
  if (!empty) return true
  const locale = req.locale ?? defaultLocale
  if (locale === defaultLocale) return 'This field is required in Azerbaijani (az), the source language.'
  if (operation === 'create') return 'Create documents in Azerbaijani (az) first, then translate them.'
  return true
}
