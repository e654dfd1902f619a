import type { TextField } from 'payload'

import { canEdit } from '@/access/hasRole'
import { adminMessage } from '@/i18n/adminMessage'
import { isJurisdiction } from '@/lib/geo/jurisdictions'

/** ISO 3166-1 alpha-2 country, ISO 3166-2 subdivision (US-CA) or `org:<key>`, checked against the real lists. */
type Options = { name?: string; label?: TextField['label'] }

export const jurisdictionField = ({ name = 'jurisdiction', label }: Options = {}): TextField => ({
  name,
  label,
  type: 'text',
  required: true,
  index: true,
  maxLength: 16,
  access: { create: canEdit, update: canEdit },
  admin: {
    description: {
      az: 'Ölkə kodu (ISO 3166-1, məs. MX), inzibati vahid (ISO 3166-2, məs. US-TX) və ya təşkilat (org:oic-pu).',
      en: 'Country code (ISO 3166-1, e.g. MX), subdivision (ISO 3166-2, e.g. US-TX) or organisation (org:oic-pu).',
      ru: 'Код страны (ISO 3166-1, напр. MX), субъекта (ISO 3166-2, напр. US-TX) или организации (org:oic-pu).',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value }) =>
        typeof value === 'string'
          ? value.trim().replace(/^(?!org:)(.*)$/, (c) => c.toUpperCase())
          : value,
    ],
  },
  validate: (value: unknown, { req }: { req: Parameters<typeof adminMessage>[0] }) =>
    isJurisdiction(value) ||
    adminMessage(req, {
      az: `Naməlum kod "${String(value ?? '')}": ISO 3166-1, ISO 3166-2 və ya org:… kodu yazın.`,
      en: `Unknown code "${String(value ?? '')}": use an ISO 3166-1 or ISO 3166-2 code, or org:….`,
      ru: `Неизвестный код «${String(value ?? '')}»: укажите код ISO 3166-1, ISO 3166-2 или org:….`,
    }),
})
