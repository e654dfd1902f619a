import type { CollectionConfig } from 'payload'

import { canEdit, isStaff } from '@/access/hasRole'
import { canTranslate } from '@/access/canTranslate'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { requiredInSource } from '@/fields/requiredInSource'
import { slugField } from '@/fields/slugField'
import { revalidatePage } from '@/collections/Pages/hooks/revalidatePage'
import { reservedPageSlugs } from '@/lib/routes'

export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: canEdit,
    update: canTranslate,
    delete: canEdit,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
  },
  labels: {
    singular: { az: 'Səhifə', en: 'Page', ru: 'Страница' },
    plural: { az: 'Səhifələr', en: 'Pages', ru: 'Страницы' },
  },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 200, validate: requiredInSource },
    slugField({ from: 'title', reserved: reservedPageSlugs }),
    { name: 'content', type: 'richText', localized: true },
  ],
  hooks: {
    afterChange: [revalidatePage.afterChange],
    afterDelete: [revalidatePage.afterDelete],
  },
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: 50,
  },
}
