import { contentCollection } from '@/collections/contentCollection'
import { collectionLabels } from '@/i18n/adminLabels'
import { jurisdictionField } from '@/fields/jurisdictionField'
import { preciseDateFields } from '@/fields/preciseDateFields'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { richTextField } from '@/fields/richTextField'
import { seoFields } from '@/fields/seoFields'
import { slugField } from '@/fields/slugField'
import { sourcesField } from '@/fields/sourcesField'

export const resolutionKinds = [
  'resolution',
  'decree',
  'order',
  'law',
  'declaration',
  'other',
] as const

export const Resolutions = contentCollection({
  slug: 'resolutions',
  defaultPopulate: {
    title: true,
    slug: true,
    jurisdiction: true,
    adoptedAt: true,
    adoptedAtPrecision: true,
    kind: true,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'jurisdiction', 'adoptedAt', 'kind', '_status'],
  },
  labels: collectionLabels['resolutions'],
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 300, validate: requiredInSource },
    slugField({ from: 'title' }),
    {
      name: 'body',
      type: 'text',
      localized: true,
      maxLength: 300,
      validate: requiredInSource,
      admin: {
        description: {
          az: 'Qəbul edən orqan.',
          en: 'The body that adopted it.',
          ru: 'Орган, принявший документ.',
        },
      },
    },
    jurisdictionField(),
    ...preciseDateFields({ name: 'adoptedAt', required: true }),
    { name: 'referenceNumber', type: 'text', maxLength: 100, admin: { position: 'sidebar' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'resolution',
      options: [...resolutionKinds],
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      validate: requiredInSource,
    },
    richTextField({ name: 'fullText', localized: true }),
    {
      name: 'originalFile',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: {
        description: {
          az: 'Orijinal sənəd (PDF).',
          en: 'The original document (PDF).',
          ru: 'Оригинал документа (PDF).',
        },
      },
    },
    sourcesField(),
    seoFields(),
  ],
})
