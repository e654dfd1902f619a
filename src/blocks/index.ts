import type { Block } from 'payload'

import { requiredInSource } from '@/lib/translation/requiredInSource'
import { richTextField } from '@/fields/richTextField'
import { adminMessage } from '@/i18n/adminMessage'
import { isSafeLinkUrl } from '@/lib/routing/safeUrl'

export const RichTextBlock: Block = {
  slug: 'richText',
  // Named apart from collections in GraphQL and the generated types (`Media` is the collection).
  interfaceName: 'RichTextBlock',
  labels: {
    singular: { az: 'Mətn', en: 'Rich text', ru: 'Текст' },
    plural: { az: 'Mətnlər', en: 'Rich texts', ru: 'Тексты' },
  },
  fields: [richTextField({ name: 'content', localized: true, validate: requiredInSource })],
}

export const MediaBlock: Block = {
  slug: 'media',
  interfaceName: 'MediaBlock',
  labels: {
    singular: { az: 'Media', en: 'Media', ru: 'Медиа' },
    plural: { az: 'Media', en: 'Media', ru: 'Медиа' },
  },
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', localized: true, maxLength: 300 },
  ],
}

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: {
    singular: { az: 'Sitat', en: 'Quote', ru: 'Цитата' },
    plural: { az: 'Sitatlar', en: 'Quotes', ru: 'Цитаты' },
  },
  fields: [
    {
      name: 'quote',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      validate: requiredInSource,
    },
    { name: 'attribution', type: 'text', localized: true, maxLength: 200 },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: {
    singular: { az: 'Çağırış', en: 'Call to action', ru: 'Призыв' },
    plural: { az: 'Çağırışlar', en: 'Calls to action', ru: 'Призывы' },
  },
  fields: [
    { name: 'text', type: 'textarea', localized: true, maxLength: 500, validate: requiredInSource },
    { name: 'label', type: 'text', localized: true, maxLength: 80, validate: requiredInSource },
    {
      name: 'href',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: (value: unknown, { req }: { req: Parameters<typeof adminMessage>[0] }) =>
        isSafeLinkUrl(value) ||
        adminMessage(req, {
          az: 'Keçid http(s), mailto və ya saytdaxili olmalıdır.',
          en: 'The link must be http(s), mailto or relative to this site.',
          ru: 'Ссылка должна быть http(s), mailto или относительной.',
        }),
    },
  ],
}

export const pageBlocks = [RichTextBlock, MediaBlock, QuoteBlock, CallToActionBlock]
