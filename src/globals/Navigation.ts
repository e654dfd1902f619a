import type { ArrayField } from 'payload'

import { contentGlobal } from '@/globals/contentGlobal'
import { adminMessage } from '@/i18n/adminMessage'
import { isSafeLinkUrl } from '@/lib/routing/safeUrl'

const links = (name: string): ArrayField => ({
  name,
  type: 'array',
  maxRows: 20,
  fields: [
    {
      name: 'label',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 80,
      admin: {
        description: {
          az: 'Saytın bölməsinə keçid (/articles, /timeline…) menyuda bölmənin başlığı ilə göstərilir.',
          en: 'A link to a section of the site (/articles, /timeline…) shows the section’s title in the menu.',
          ru: 'Ссылка на раздел сайта (/articles, /timeline…) показывается в меню под названием раздела.',
        },
      },
    },
    {
      name: 'href',
      type: 'text',
      required: true,
      maxLength: 500,
      admin: {
        description: {
          az: 'Dilsiz yol (/articles) və ya tam URL.',
          en: 'A path without the locale (/articles) or a full URL.',
          ru: 'Путь без языка (/articles) или полный URL.',
        },
      },
      validate: (value: unknown, { req }: { req: Parameters<typeof adminMessage>[0] }) =>
        isSafeLinkUrl(value) ||
        adminMessage(req, {
          az: 'Keçid http(s), mailto və ya saytdaxili olmalıdır.',
          en: 'The link must be http(s), mailto or relative.',
          ru: 'Ссылка должна быть http(s), mailto или относительной.',
        }),
    },
  ],
})

export const Navigation = contentGlobal({
  slug: 'navigation',
  label: { az: 'Naviqasiya', en: 'Navigation', ru: 'Навигация' },
  admin: { group: { az: 'Tənzimləmələr', en: 'Settings', ru: 'Настройки' } },
  fields: [links('header'), links('footer')],
})
