import { contentCollection } from '@/collections/contentCollection'
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
    group: { az: 'Məzmun', en: 'Content', ru: 'Содержание' },
  },
  labels: {
    singular: { az: 'Xronologiya hadisəsi', en: 'Timeline event', ru: 'Событие хронологии' },
    plural: { az: 'Xronologiya', en: 'Timeline', ru: 'Хронология' },
  },
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
