import { contentGlobal } from '@/globals/contentGlobal'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { adminMessage } from '@/i18n/adminMessage'
import { isSafeLinkUrl } from '@/lib/routing/safeUrl'

export const Site = contentGlobal({
  slug: 'site',
  label: { az: 'Sayt', en: 'Site', ru: 'Сайт' },
  admin: { group: { az: 'Tənzimləmələr', en: 'Settings', ru: 'Настройки' } },
  fields: [
    { name: 'name', type: 'text', localized: true, maxLength: 120, validate: requiredInSource },
    { name: 'tagline', type: 'text', localized: true, maxLength: 300 },
    { name: 'contactEmail', type: 'email' },
    { name: 'contactText', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'social',
      type: 'array',
      maxRows: 12,
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, maxLength: 80 },
        {
          name: 'url',
          type: 'text',
          required: true,
          maxLength: 500,
          validate: (value: unknown, { req }: { req: Parameters<typeof adminMessage>[0] }) =>
            (isSafeLinkUrl(value) && /^https?:/i.test(String(value))) ||
            adminMessage(req, {
              az: 'URL http(s) olmalıdır.',
              en: 'The URL must be http(s).',
              ru: 'URL должен быть http(s).',
            }),
        },
      ],
    },
  ],
})
