import { pageBlocks } from '@/blocks'
import { contentCollection } from '@/collections/contentCollection'
import { collectionLabels } from '@/i18n/adminLabels'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { richTextField } from '@/fields/richTextField'
import { seoFields } from '@/fields/seoFields'
import { slugField } from '@/fields/slugField'
import { reservedPageSlugs } from '@/lib/routing/routes'

export const Pages = contentCollection({
  slug: 'pages',
  defaultPopulate: { title: true, slug: true },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
  },
  labels: collectionLabels['pages'],
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 200, validate: requiredInSource },
    slugField({ from: 'title', reserved: reservedPageSlugs }),
    richTextField({ name: 'content', localized: true }),
    // The block structure is shared by all locales; the text inside each block is localized.
    { name: 'layout', type: 'blocks', blocks: pageBlocks, maxRows: 40 },
    seoFields(),
  ],
})
