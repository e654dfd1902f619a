import type { ArrayField } from 'payload'

import { canEdit } from '@/access/hasRole'
import { adminMessage } from '@/i18n/adminMessage'
import { isSafeLinkUrl } from '@/lib/routing/safeUrl'

/**
 * Where a fact comes from, so the archive can be cited and checked: title, publisher, date, and a
 * URL or a document in `media` where there is one. Used by every collection and global that states facts.
 */
export const sourcesField = (): ArrayField => ({
  name: 'sources',
  type: 'array',
  access: { create: canEdit, update: canEdit },
  labels: {
    singular: { az: 'Mənbə', en: 'Source', ru: 'Источник' },
    plural: { az: 'Mənbələr', en: 'Sources', ru: 'Источники' },
  },
  admin: { initCollapsed: true },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    {
      type: 'row',
      fields: [
        { name: 'publisher', type: 'text', maxLength: 200 },
        {
          name: 'date',
          type: 'text',
          maxLength: 10,
          admin: { description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
          validate: (value: unknown) =>
            !value ||
            /^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(value)) ||
            'Use YYYY, YYYY-MM or YYYY-MM-DD.',
        },
      ],
    },
    {
      // Optional: a printed source or a report without a known address is still a source.
      name: 'url',
      type: 'text',
      maxLength: 2000,
      validate: (value: unknown, { req }: { req: Parameters<typeof adminMessage>[0] }) =>
        !value ||
        (isSafeLinkUrl(value) && /^https?:/i.test(String(value))) ||
        adminMessage(req, {
          az: 'URL http:// və ya https:// ilə başlamalıdır.',
          en: 'The URL must start with http:// or https://.',
          ru: 'URL должен начинаться с http:// или https://.',
        }),
    },
    { name: 'document', type: 'upload', relationTo: 'media' },
  ],
})
