import type { Field } from 'payload'

import { contentCollections } from '@/lib/content/collections'

/**
 * Which content document a row is about, for the rows the server keeps beside the content (the
 * search index, OAI-PMH's deleted records). Text, not a relationship: SQLite ids are numbers and
 * MongoDB ids strings, and a row outlives the document it names.
 */
export const documentReferenceFields = (): Field[] => [
  {
    name: 'docCollection',
    type: 'select',
    required: true,
    index: true,
    options: [...contentCollections],
  },
  { name: 'docId', type: 'text', required: true, index: true },
]
