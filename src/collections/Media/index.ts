import type { Field } from 'payload'

import { downloadHeaders } from '@/collections/Media/downloadHeaders'
import { refuseUploadFromUrl } from '@/collections/Media/hooks/refuseUploadFromUrl'
import {
  afterMediaChange,
  afterMediaDelete,
  beforeMediaChange,
  processingFields,
} from '@/collections/Media/processing'
import { allowedMimeTypes } from '@/collections/Media/mimeTypes'
import { translatableCollection } from '@/collections/translatableCollection'
import { mediaRead } from '@/access/personDisclosure'
import { checkUploadContent } from '@/hooks/checkUploadContent'
import { defaultLocale } from '@/i18n/locales'
import { adminMessage } from '@/i18n/adminMessage'

type Options = { staticDir: string }

const mediaFields: Field[] = [
  {
    name: 'alt',
    type: 'text',
    localized: true,
    maxLength: 300,
    validate: (
      value: unknown,
      {
        req,
        siblingData,
      }: {
        req: Parameters<typeof adminMessage>[0] & { locale?: string | null }
        siblingData: { mimeType?: string }
      },
    ) => {
      const isImage = String(siblingData?.mimeType ?? '').startsWith('image/')
      const locale = req.locale ?? defaultLocale
      if (isImage && locale === defaultLocale && !(typeof value === 'string' && value.trim())) {
        return adminMessage(req, {
          az: 'Şəkil üçün azərbaycanca alternativ mətn (alt) mütləqdir.',
          en: 'Images need alternative text (alt) in Azerbaijani.',
          ru: 'Для изображений нужен альтернативный текст (alt) на азербайджанском.',
        })
      }
      return true
    },
  },
  { name: 'caption', type: 'text', localized: true, maxLength: 500 },
  { name: 'credit', type: 'text', maxLength: 200 },
  { name: 'source', type: 'text', maxLength: 500 },
  {
    name: 'sensitive',
    type: 'checkbox',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description: {
        az: 'Ağır görüntü: saytda xəbərdarlıqla, bulanıq göstərilir.',
        en: 'Graphic image: the site shows it blurred behind a content warning.',
        ru: 'Тяжёлое изображение: на сайте показывается размытым, с предупреждением.',
      },
    },
  },
  {
    // Set by the people registry (withholdPhotos), never by hand.
    name: 'withheld',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        az: 'Ziyarətçilər görmür: şəxsi məlumatı göstərilməyən bir insanın fotoşəklidir.',
        en: 'Visitors do not see it: it is the photo of a person whose personal details are not shown.',
        ru: 'Посетители не видят: это фотография человека, личные сведения которого не показываются.',
      },
    },
  },
  ...processingFields,
]

const webp = { format: 'webp' as const, options: { quality: 80 } }

/** Images, PDFs, audio and video. Built per config so tests can keep their files in a temporary folder. */
export const createMedia = ({ staticDir }: Options) =>
  translatableCollection({
    slug: 'media',
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'alt', 'mimeType', 'sensitive', 'updatedAt'],
    },
    // A document that shows a file needs its pages' sizes, never their whole text.
    defaultPopulate: { pages: { text: false } },
    labels: {
      singular: { az: 'Media faylı', en: 'Media file', ru: 'Медиафайл' },
      plural: { az: 'Media', en: 'Media', ru: 'Медиа' },
    },
    // Alt texts and captions are translated like any content: the Translations view lists them.
    fields: mediaFields,
    read: mediaRead,
    hooks: {
      beforeOperation: [refuseUploadFromUrl, checkUploadContent(allowedMimeTypes)],
      beforeChange: [beforeMediaChange],
      afterChange: [afterMediaChange],
      afterDelete: [afterMediaDelete],
    },
    upload: {
      staticDir,
      mimeTypes: [...allowedMimeTypes],
      adminThumbnail: 'thumbnail',
      modifyResponseHeaders: downloadHeaders,
      focalPoint: true,
      // Uploads from a URL would let the server fetch arbitrary addresses (SSRF): editors upload files.
      pasteURL: false,
      imageSizes: [
        { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: webp },
        // Each shape comes in two widths for srcset (phones, wide screens); a srcset must never mix
        // shapes, or the browser stretches one into the other's box.
        { name: 'cardSmall', width: 320, height: 200, position: 'centre', formatOptions: webp },
        { name: 'card', width: 640, height: 400, position: 'centre', formatOptions: webp },
        { name: 'heroSmall', width: 800, withoutEnlargement: true, formatOptions: webp },
        { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: webp },
        { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: webp },
      ],
    },
  })
