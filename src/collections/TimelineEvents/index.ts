import { contentCollection } from '@/collections/contentCollection'
import { collectionLabels } from '@/i18n/adminLabels'
import { preciseDateFields } from '@/fields/preciseDateFields'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { richTextField } from '@/fields/richTextField'
import { sourcesField } from '@/fields/sourcesField'

export const TimelineEvents = contentCollection({
  slug: 'timeline-events',
  defaultPopulate: { title: true, date: true, datePrecision: true },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'datePrecision', '_status'],
  },
  labels: collectionLabels['timeline-events'],
  fields: [
    ...preciseDateFields({ name: 'date', required: true }),
    { name: 'title', type: 'text', localized: true, maxLength: 300, validate: requiredInSource },
    richTextField({ name: 'description', localized: true }),
    {
      name: 'related',
      type: 'relationship',
      relationTo: ['articles', 'monuments', 'resolutions', 'recognitions', 'pages'],
      hasMany: true,
      maxRows: 12,
    },
    sourcesField(),
  ],
})
