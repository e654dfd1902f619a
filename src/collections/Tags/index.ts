import type { Field } from 'payload'

import { translatableCollection } from '@/collections/translatableCollection'
import { slugField } from '@/fields/slugField'
import { tagSearchHooks } from '@/hooks/searchIndex'
import { withSourcePanels } from '@/fields/withSourcePanels'
import { requiredInSource } from '@/lib/translation/requiredInSource'

const tagFields: Field[] = [
  { name: 'name', type: 'text', localized: true, maxLength: 80, validate: requiredInSource },
  slugField({ from: 'name' }),
]

/**
 * The words articles are filed under: one document per tag, so a tag has one name in each language
 * and a translator translates it once for every article that carries it. A name is a label, not
 * content of its own: no drafts.
 */
export const Tags = translatableCollection({
  slug: 'tags',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'translationEn', 'translationRu'],
  },
  labels: {
    singular: { az: 'Teq', en: 'Tag', ru: 'Тег' },
    plural: { az: 'Teqlər', en: 'Tags', ru: 'Теги' },
  },
  fields: withSourcePanels(tagFields),
  hooks: {
    afterChange: [tagSearchHooks.afterChange],
    beforeDelete: [tagSearchHooks.beforeDelete],
    afterDelete: [tagSearchHooks.afterDelete],
  },
})
