import type { CollectionConfig } from 'payload'

import { documentReferenceFields } from '@/fields/documentReferenceFields'
import { DELETED_RECORDS } from '@/lib/oai/repository'

const nobody = () => false

/**
 * Documents visitors could read once and no longer can (deleted, unpublished, or a person whose
 * record is now hidden): OAI-PMH lists them as deleted, for good, so a harvester removes its copy.
 * Only the hooks of src/hooks/deletedRecords.ts write it; a document published again leaves it.
 */
export const DeletedRecords: CollectionConfig = {
  slug: DELETED_RECORDS,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  labels: {
    singular: { az: 'Silinmiş yazı', en: 'Deleted record', ru: 'Удалённая запись' },
    plural: { az: 'Silinmiş yazılar', en: 'Deleted records', ru: 'Удалённые записи' },
  },
  graphQL: false,
  fields: [
    ...documentReferenceFields(),
    {
      name: 'deletedAt',
      type: 'date',
      required: true,
      index: true,
      label: { az: 'Silinmə vaxtı', en: 'Deleted at', ru: 'Время удаления' },
    },
  ],
}
