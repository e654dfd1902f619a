import type { CollectionConfig } from 'payload'

import { locales } from '@/i18n/locales'
import { datePrecisions } from '@/lib/format/preciseDate'
import { documentReferenceFields } from '@/fields/documentReferenceFields'

export const searchEntriesSlug = 'search-entries'

const nobody = () => false

/**
 * The search index (docs/search.md): one row per published document and locale, with normalized,
 * stemmed term strings. It lives in the database, so every app instance reads the same index. Only
 * the hooks of src/hooks/searchIndex.ts write it (with overrideAccess); it never holds a draft, so
 * anyone may read it.
 */
export const SearchEntries: CollectionConfig = {
  slug: searchEntriesSlug,
  access: { read: () => true, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docCollection', 'locale', 'year'],
    group: { az: 'Sistem', en: 'System', ru: 'Система' },
    description: {
      az: 'Axtarış indeksi: dərc olunan sənədlərdən avtomatik yaranır. `npm run search:rebuild` yenidən qurur.',
      en: 'The search index, written automatically from published documents. `npm run search:rebuild` rebuilds it.',
      ru: 'Поисковый индекс: создаётся автоматически из опубликованных документов. `npm run search:rebuild` перестраивает его.',
    },
  },
  labels: {
    singular: { az: 'Axtarış yazısı', en: 'Search entry', ru: 'Запись поиска' },
    plural: { az: 'Axtarış indeksi', en: 'Search index', ru: 'Поисковый индекс' },
  },
  // Integrators search through /api/search; the raw rows stay out of the GraphQL schema.
  graphQL: false,
  fields: [
    ...documentReferenceFields(),
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      // Each language by its own name, as language menus do.
      options: locales.map(({ code, label }) => ({ value: code, label })),
    },
    { name: 'title', type: 'text' },
    { name: 'slug', type: 'text' },
    // The rows of a resolution's PDF, one per page: the page and the file a hit opens.
    { name: 'page', type: 'number' },
    { name: 'fileUrl', type: 'text' },
    { name: 'date', type: 'date' },
    { name: 'datePrecision', type: 'select', options: [...datePrecisions] },
    { name: 'year', type: 'number', index: true },
    { name: 'snippetText', type: 'textarea' },
    // ` term term … ` (leading and trailing space): `contains: ' ' + prefix` matches a word start.
    { name: 'titleTerms', type: 'text', admin: { readOnly: true } },
    { name: 'bodyTerms', type: 'textarea', admin: { readOnly: true } },
  ],
}
