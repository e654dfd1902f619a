import type { Access, CollectionConfig } from 'payload'

import { canEdit } from '@/access/hasRole'
import { guardJobChange } from '@/collections/TranslationJobs/hooks/guardJobChange'
import { notifyJobChange } from '@/collections/TranslationJobs/hooks/notifyJobChange'
import { translationJobEndpoints } from '@/endpoints/translationJobs'
import { adminDateFormats } from '@/i18n/adminLabels'
import { isTranslationLocale, locales } from '@/i18n/locales'
import { userHasRole } from '@/lib/auth/roles'
import { translatableCollections } from '@/lib/content/collections'
import { jobsCollection, jobStateLabels, jobStates } from '@/lib/translation/jobs'

/** Editors and admins see and change every job; a translator only the jobs assigned to them. */
const ownJobs: Access = ({ req }) => {
  if (canEdit({ req })) return true
  if (req.user && userHasRole(req.user, 'translator')) return { assignee: { equals: req.user.id } }
  return false
}

/** Set by editors only; Payload keeps the stored value when a translator sends another. */
const editorsWrite = { create: canEdit, update: canEdit }

const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: adminDateFormats.dayOnly } as const

/**
 * Translators' work, assigned and reviewed (docs/translation.md, "Translation jobs and review"):
 * documents to translate into one locale, who translates and who reviews, and the job's state.
 * The moves between states and who may make them are checked in guardJobChange
 * (src/lib/translation/jobs.ts); each move is mailed (notifyJobChange). Publishing stays the
 * editor's act on the documents themselves: an accepted job publishes nothing.
 */
export const TranslationJobs: CollectionConfig = {
  slug: jobsCollection,
  access: { read: ownJobs, create: canEdit, update: ownJobs, delete: canEdit },
  admin: {
    defaultColumns: ['id', 'targetLocale', 'assignee', 'state', 'dueDate'],
    group: { az: 'Sistem', en: 'System', ru: 'Система' },
    description: {
      az: 'Tərcüməçilərə tapşırılan sənədlər, yoxlama və sahələrə yazılmış rəylər.',
      en: 'Documents assigned to translators, their review, and the reviewer’s comments per field.',
      ru: 'Документы, назначенные переводчикам, проверка и комментарии рецензента к полям.',
    },
  },
  labels: {
    singular: { az: 'Tərcümə işi', en: 'Translation job', ru: 'Задание на перевод' },
    plural: { az: 'Tərcümə işləri', en: 'Translation jobs', ru: 'Задания на перевод' },
  },
  endpoints: translationJobEndpoints,
  fields: [
    {
      name: 'documents',
      type: 'relationship',
      relationTo: [...translatableCollections],
      hasMany: true,
      required: true,
      access: editorsWrite,
      label: { az: 'Tərcümə ediləcək sənədlər', en: 'To translate', ru: 'Что перевести' },
    },
    {
      name: 'targetLocale',
      type: 'select',
      required: true,
      // Each language by its own name, as Payload's locale switcher shows it.
      options: locales
        .filter((l) => isTranslationLocale(l.code))
        .map(({ code, label }) => ({ value: code, label })),
      access: editorsWrite,
      label: { az: 'Hansı dilə', en: 'Translate into', ru: 'На какой язык' },
    },
    {
      // Roles are checked in guardJobChange, not with filterOptions: Payload validates those with
      // the writer's access, and editors read no other accounts (users' access).
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      access: editorsWrite,
      label: { az: 'Tərcüməçi', en: 'Translator', ru: 'Переводчик' },
    },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      access: editorsWrite,
      label: { az: 'Yoxlayan', en: 'Reviewer', ru: 'Рецензент' },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'assigned',
      options: jobStates.map((value) => ({ value, label: jobStateLabels[value] })),
      label: { az: 'İşin vəziyyəti', en: 'Job stage', ru: 'Этап задания' },
      admin: { position: 'sidebar' },
    },
    {
      // Accept or return in one click while the job is in review (editors only).
      name: 'reviewActions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/ReviewActions.client#ReviewActions' },
      },
    },
    {
      name: 'dueDate',
      type: 'date',
      access: editorsWrite,
      label: { az: 'Son tarix', en: 'Due by', ru: 'Срок' },
      admin: { position: 'sidebar', date: dayOnly },
    },
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 4000,
      access: editorsWrite,
      label: {
        az: 'Tərcüməçi üçün qeydlər',
        en: 'Notes for the translator',
        ru: 'Заметки для переводчика',
      },
    },
    {
      name: 'reviewComments',
      type: 'array',
      label: { az: 'Yoxlayanın rəyləri', en: 'Reviewer’s comments', ru: 'Комментарии рецензента' },
      labels: {
        singular: { az: 'Rəy', en: 'Comment', ru: 'Комментарий' },
        plural: { az: 'Rəylər', en: 'Comments', ru: 'Комментарии' },
      },
      admin: {
        description: {
          az: 'Qaytarmaq üçün: sənədi, sahənin yolunu (məs. title, summary, meta.title, sources.0.text) və rəyi yazın. Tərcüməçi rəyi həmin sahənin yanında görür.',
          en: 'To return the job: choose the document, the field path (e.g. title, summary, meta.title, sources.0.text) and write the comment. The translator sees it beside that field.',
          ru: 'Чтобы вернуть задание: выберите документ, путь поля (напр. title, summary, meta.title, sources.0.text) и напишите комментарий. Переводчик увидит его рядом с этим полем.',
        },
      },
      fields: [
        {
          name: 'document',
          type: 'relationship',
          relationTo: [...translatableCollections],
          access: editorsWrite,
          label: { az: 'Hansı sənəddə', en: 'In document', ru: 'В документе' },
        },
        {
          name: 'field',
          type: 'text',
          required: true,
          maxLength: 300,
          access: editorsWrite,
          label: { az: 'Sahənin yolu', en: 'Field path', ru: 'Путь поля' },
        },
        {
          name: 'comment',
          type: 'textarea',
          required: true,
          maxLength: 4000,
          access: editorsWrite,
          label: { az: 'Rəy', en: 'Comment', ru: 'Комментарий' },
        },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: { az: 'Müəllif', en: 'Written by', ru: 'Автор' },
          admin: { readOnly: true },
        },
        {
          name: 'answer',
          type: 'textarea',
          maxLength: 4000,
          label: { az: 'Tərcüməçinin cavabı', en: 'Translator’s answer', ru: 'Ответ переводчика' },
        },
        {
          name: 'resolved',
          type: 'checkbox',
          defaultValue: false,
          label: { az: 'Həll olunub', en: 'Resolved', ru: 'Решено' },
        },
      ],
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { az: 'Tapşıran', en: 'Assigned by', ru: 'Кто назначил' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Written by guardJobChange only: who moved the job, from where to where, when.
      name: 'history',
      type: 'array',
      label: { az: 'Tarixçə', en: 'History', ru: 'История' },
      labels: {
        singular: { az: 'Addım', en: 'Step', ru: 'Шаг' },
        plural: { az: 'Addımlar', en: 'Steps', ru: 'Шаги' },
      },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'at', type: 'date', label: { az: 'Nə vaxt', en: 'When', ru: 'Когда' } },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: { az: 'Kim', en: 'Who', ru: 'Кто' },
        },
        {
          name: 'from',
          type: 'select',
          options: jobStates.map((value) => ({ value, label: jobStateLabels[value] })),
          label: { az: 'Haradan', en: 'From stage', ru: 'Из этапа' },
        },
        {
          name: 'to',
          type: 'select',
          options: jobStates.map((value) => ({ value, label: jobStateLabels[value] })),
          label: { az: 'Haraya', en: 'To stage', ru: 'В этап' },
        },
      ],
    },
  ],
  hooks: {
    beforeChange: [guardJobChange],
    afterChange: [notifyJobChange],
  },
}
