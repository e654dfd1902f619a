import { contentCollection } from '@/collections/contentCollection'
import { adminDateFormats, collectionLabels } from '@/i18n/adminLabels'
import { jurisdictionField } from '@/fields/jurisdictionField'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { richTextField } from '@/fields/richTextField'
import { seoFields } from '@/fields/seoFields'
import { slugField } from '@/fields/slugField'
import { sourcesField } from '@/fields/sourcesField'

export const Monuments = contentCollection({
  slug: 'monuments',
  defaultPopulate: { name: true, slug: true, city: true, country: true, coordinates: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'city', '_status'],
  },
  labels: collectionLabels['monuments'],
  fields: [
    { name: 'name', type: 'text', localized: true, maxLength: 200, validate: requiredInSource },
    slugField({ from: 'name' }),
    richTextField({ name: 'description', localized: true, validate: requiredInSource }),
    jurisdictionField({ name: 'country', label: { az: 'Ölkə', en: 'Country', ru: 'Страна' } }),
    { name: 'city', type: 'text', localized: true, maxLength: 120, validate: requiredInSource },
    { name: 'address', type: 'text', localized: true, maxLength: 300 },
    {
      // Two numbers rather than a `point` field, which SQLite lacks.
      name: 'coordinates',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', required: true, min: -90, max: 90 },
            { name: 'lng', type: 'number', required: true, min: -180, max: 180 },
          ],
        },
        {
          name: 'approximate',
          type: 'checkbox',
          defaultValue: false,
          admin: {
            description: {
              az: 'Dəqiq yer məlum deyil.',
              en: 'The exact site is not known.',
              ru: 'Точное место неизвестно.',
            },
          },
        },
      ],
    },
    {
      name: 'unveiledAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: adminDateFormats.dayOnly },
      },
    },
    { name: 'authors', type: 'text', localized: true, maxLength: 300 },
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 30 },
    sourcesField(),
    seoFields(),
  ],
})
