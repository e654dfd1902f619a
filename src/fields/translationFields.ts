import type { Field, FieldAccess } from 'payload'

import { translationLocales, type TranslationLocale } from '@/i18n/locales'
import { isStaff } from '@/access/hasRole'
import { statusLabels, translationStatuses } from '@/lib/translation/status'

/** Written only by the trackTranslationStatus hook: a value sent by anyone is dropped. */
const computed: FieldAccess = () => false

const statusField = (locale: TranslationLocale): Field => ({
  name: locale === 'en' ? 'translationEn' : 'translationRu',
  type: 'select',
  index: true,
  label: { az: `Tərcümə (${locale})`, en: `Translation (${locale})`, ru: `Перевод (${locale})` },
  options: translationStatuses.map((value) => ({ value, label: statusLabels[value] })),
  access: { create: computed, update: computed },
  admin: { position: 'sidebar', readOnly: true },
})

/**
 * The translation status fields every content collection carries (non-localized, so both database
 * adapters store them alike): two filterable statuses, the summary the public site's publish gate
 * reads, the staff-only source snapshots, and the badge on the edit screen.
 */
export const translationFields = (): Field[] => [
  {
    name: 'translationBadge',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '@/components/admin/TranslationBadge.client#TranslationBadge' },
    },
  },
  ...translationLocales.map(statusField),
  {
    name: 'translation',
    type: 'json',
    access: { create: computed, update: computed },
    admin: { hidden: true },
  },
  {
    name: 'translationSources',
    type: 'json',
    access: { read: isStaff, create: computed, update: computed },
    admin: { hidden: true },
  },
]
