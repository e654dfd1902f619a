import { contentCollection } from '@/collections/contentCollection'
import { collectionLabels } from '@/i18n/adminLabels'
import { jurisdictionField } from '@/fields/jurisdictionField'
import { preciseDateFields } from '@/fields/preciseDateFields'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { sourcesField } from '@/fields/sourcesField'
import { jurisdictionName } from '@/lib/geo/jurisdictions'

export const recognitionLevels = ['national', 'subnational', 'international'] as const
export const recognitionTerms = [
  'genocide',
  'massacre',
  'tragedy',
  'crime-against-humanity',
  'other',
] as const
export const bodyLevels = ['plenary', 'committee', 'executive', 'organisation'] as const

export const Recognitions = contentCollection({
  slug: 'recognitions',
  defaultPopulate: {
    label: true,
    jurisdiction: true,
    level: true,
    date: true,
    datePrecision: true,
    term: true,
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'level', 'date', 'term', '_status'],
  },
  labels: collectionLabels['recognitions'],
  fields: [
    {
      name: 'label',
      type: 'text',
      label: { az: 'Ad', en: 'Name', ru: 'Название' },
      admin: {
        readOnly: true,
        description: {
          az: 'Avtomatik: yurisdiksiya və orqan.',
          en: 'Automatic: jurisdiction and body.',
          ru: 'Автоматически: юрисдикция и орган.',
        },
      },
      hooks: {
        beforeChange: [
          ({ siblingData, req }) => {
            const code =
              typeof siblingData.jurisdiction === 'string' ? siblingData.jurisdiction : ''
            const body =
              req.locale === 'az' && typeof siblingData.recognisingBody === 'string'
                ? siblingData.recognisingBody
                : ''
            return (
              [jurisdictionName(code, 'en'), body].filter(Boolean).join(' — ') || siblingData.label
            )
          },
        ],
      },
    },
    jurisdictionField(),
    {
      name: 'level',
      type: 'select',
      required: true,
      index: true,
      options: [...recognitionLevels],
      admin: { position: 'sidebar' },
    },
    {
      name: 'recognisingBody',
      type: 'text',
      localized: true,
      maxLength: 300,
      validate: requiredInSource,
    },
    ...preciseDateFields({ name: 'date' }),
    {
      name: 'term',
      type: 'select',
      required: true,
      options: [...recognitionTerms],
      admin: {
        description: {
          az: 'Aktda işlədilən termin.',
          en: 'The exact term the act uses.',
          ru: 'Термин, который использует акт.',
        },
      },
    },
    { name: 'bodyLevel', type: 'select', required: true, options: [...bodyLevels] },
    {
      name: 'originalObtained',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: {
          az: 'Orijinal sənəd arxivdədir.',
          en: 'The original document has been obtained.',
          ru: 'Оригинал документа получен.',
        },
      },
    },
    { name: 'resolution', type: 'relationship', relationTo: 'resolutions' },
    { name: 'note', type: 'textarea', localized: true, maxLength: 2000 },
    {
      name: 'discrepancy',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      admin: {
        description: {
          az: 'Mənbələr fərqlənirsə (tarix, say), burada qeyd edin.',
          en: 'Where sources disagree (dates, counts), say so here.',
          ru: 'Если источники расходятся (даты, числа), укажите здесь.',
        },
      },
    },
    sourcesField(),
  ],
})
