import { contentCollection } from '@/collections/contentCollection'
import { adminDateFormats, collectionLabels } from '@/i18n/adminLabels'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { richTextField } from '@/fields/richTextField'
import { seoFields } from '@/fields/seoFields'
import { slugField } from '@/fields/slugField'
import { sourcesField } from '@/fields/sourcesField'

export const Articles = contentCollection({
  slug: 'articles',
  defaultPopulate: { title: true, slug: true, excerpt: true, publishedAt: true, heroImage: true },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
  },
  labels: collectionLabels['articles'],
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 200, validate: requiredInSource },
    slugField({ from: 'title' }),
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      validate: requiredInSource,
    },
    richTextField({ name: 'content', localized: true, validate: requiredInSource }),
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: adminDateFormats.dayAndTime },
      },
      hooks: {
        // The first publish stamps the date, unless the editor set one.
        beforeChange: [
          ({ value, siblingData }) =>
            value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      maxRows: 20,
      admin: { position: 'sidebar' },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: ['articles', 'monuments', 'resolutions', 'recognitions', 'timeline-events'],
      hasMany: true,
      maxRows: 12,
    },
    sourcesField(),
    seoFields(),
  ],
})
