import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isStaff } from '@/access/hasRole'
import { translationMemoryEndpoints } from '@/endpoints/translationMemory'
import { isTranslationLocale, locales, translationLocales } from '@/i18n/locales'
import { lookupKeys, memoryCollection } from '@/lib/translation/memory'

const nobody = () => false

/** Every row gets its lookup keys from its own text, whoever writes it. */
const writeLookupKeys: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const row = { ...originalDoc, ...data }
  if (
    typeof row.source === 'string' &&
    typeof row.target === 'string' &&
    isTranslationLocale(row.locale)
  )
    Object.assign(data, lookupKeys({ source: row.source, target: row.target, locale: row.locale }))
  return data
}

/**
 * Translation memory (docs/translation.md): one row per confirmed az → en/ru segment pair. Written
 * only by the publish hooks, `npm run memory:rebuild` and the TMX import (src/lib/translation/memory.ts,
 * with overrideAccess); staff read it, visitors never.
 */
export const TranslationMemory: CollectionConfig = {
  slug: memoryCollection,
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'source',
    defaultColumns: ['source', 'target', 'locale', 'originTitle', 'confirmedAt'],
    group: { az: 'Sistem', en: 'System', ru: 'Система' },
    description: {
      az: 'Təsdiqlənmiş tərcümələr (az → en/ru seqmentləri): dərc olunan sənədlərdən avtomatik yaranır. `npm run memory:rebuild` yenidən qurur.',
      en: 'Confirmed translations (az → en/ru segments), written automatically from published documents. `npm run memory:rebuild` rebuilds it.',
      ru: 'Подтверждённые переводы (сегменты az → en/ru): создаются автоматически из опубликованных документов. `npm run memory:rebuild` перестраивает их.',
    },
  },
  labels: {
    singular: {
      az: 'Tərcümə yaddaşı seqmenti',
      en: 'Memory segment',
      ru: 'Сегмент памяти переводов',
    },
    plural: { az: 'Tərcümə yaddaşı', en: 'Translation memory', ru: 'Память переводов' },
  },
  graphQL: false,
  endpoints: translationMemoryEndpoints,
  fields: [
    {
      name: 'source',
      type: 'textarea',
      required: true,
      label: { az: 'Mənbə (az)', en: 'Source (az)', ru: 'Источник (az)' },
    },
    {
      name: 'target',
      type: 'textarea',
      required: true,
      label: { az: 'Tərcümə', en: 'Translation', ru: 'Перевод' },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      label: { az: 'Tərcümə dili', en: 'Target language', ru: 'Язык перевода' },
      options: locales
        .filter(({ code }) => (translationLocales as string[]).includes(code))
        .map(({ code, label }) => ({ value: code, label })),
    },
    {
      name: 'originTitle',
      type: 'text',
      label: { az: 'Mənbə sənəd', en: 'From document', ru: 'Из документа' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'originCollection',
          type: 'text',
          label: { az: 'Bölmə', en: 'From collection', ru: 'Раздел' },
        },
        {
          name: 'originId',
          type: 'text',
          label: { az: 'Sənədin id-si', en: 'From document id', ru: 'ID документа' },
        },
        {
          name: 'originField',
          type: 'text',
          label: { az: 'Sahə', en: 'From field', ru: 'Поле' },
        },
      ],
    },
    {
      name: 'confirmedAt',
      type: 'date',
      index: true,
      label: { az: 'Təsdiqlənib', en: 'Confirmed', ru: 'Подтверждено' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    // Lookup keys, written from `source` (src/lib/translation/similarity.ts); never shown.
    // Unique: two jobs recording the same pair at once make one row (memory.ts, `remember`).
    { name: 'pairKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
    { name: 'sourceKey', type: 'text', index: true, admin: { hidden: true } },
    { name: 'keys', type: 'text', hasMany: true, index: true, admin: { hidden: true } },
    { name: 'length', type: 'number', index: true, admin: { hidden: true } },
  ],
  hooks: { beforeChange: [writeLookupKeys] },
}
