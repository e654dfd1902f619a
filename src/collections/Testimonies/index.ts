import type { CollectionConfig } from 'payload'

import { canEdit } from '@/access/hasRole'
import { testimonyRead } from '@/access/personDisclosure'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidatePublicSite'
import { contentGroup } from '@/i18n/adminLabels'
import {
  languageLabels,
  relationLabels,
  senderRelations,
  writingLanguages,
} from '@/lib/submissions/model'

/**
 * Testimonies and memories as published on a person's page (or about the events), kept in the
 * words and the language their sender wrote them in. Each comes from an accepted submission, which
 * stays linked as its source; the attribution is what the sender consented to.
 */
export const Testimonies: CollectionConfig = {
  slug: 'testimonies',
  labels: {
    singular: { az: 'Şahidlik', en: 'Testimony', ru: 'Свидетельство' },
    plural: { az: 'Şahidliklər', en: 'Testimonies', ru: 'Свидетельства' },
  },
  admin: {
    group: contentGroup,
    useAsTitle: 'title',
    defaultColumns: ['title', 'person', '_status', 'updatedAt'],
    disableCopyToLocale: true,
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: { read: testimonyRead, create: canEdit, update: canEdit, delete: canEdit },
  hooks: {
    beforeChange: [
      ({ data }) => ({ ...data, title: String(data.text ?? '').slice(0, 80) || undefined }),
    ],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { az: 'Başlanğıcı', en: 'Opening words', ru: 'Начало' },
      admin: { readOnly: true },
    },
    { name: 'person', type: 'relationship', relationTo: 'people', index: true },
    {
      name: 'aboutEvents',
      type: 'checkbox',
      label: { az: 'Hadisələr haqqında', en: 'About the events', ru: 'О событиях' },
    },
    { name: 'text', type: 'textarea', required: true, maxLength: 20_000 },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'az',
      label: { az: 'Dili', en: 'Language', ru: 'Язык' },
      options: writingLanguages.map((value) => ({ value, label: languageLabels[value] })),
    },
    {
      // Empty when the sender did not consent to their name: the page names the relation alone.
      name: 'contributor',
      type: 'text',
      maxLength: 200,
      label: { az: 'Göndərənin adı', en: 'Contributed by', ru: 'Прислал(а)' },
    },
    {
      name: 'relation',
      type: 'select',
      label: { az: 'Əlaqəsi', en: 'Relation', ru: 'Кем приходится' },
      options: senderRelations.map((value) => ({ value, label: relationLabels[value] })),
    },
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'submissions',
      label: { az: 'Mənbə göndəriş', en: 'Source submission', ru: 'Исходное обращение' },
      access: { read: canEdit, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
