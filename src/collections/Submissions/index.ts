import type { Access, CollectionConfig, Option } from 'payload'

import { canEdit, hasRole } from '@/access/hasRole'
import { applyAcceptance } from '@/collections/Submissions/hooks/applyAcceptance'
import { recordStatusChange } from '@/collections/Submissions/hooks/recordStatusChange'
import { tellSender } from '@/collections/Submissions/hooks/tellSender'
import { submissionEndpoints } from '@/endpoints/submissions'
import type { Trilingual } from '@/i18n/adminMessage'
import { moderationGroup } from '@/i18n/adminLabels'
import { localeCodes, locales } from '@/i18n/locales'
import {
  attributions,
  correctable,
  kindLabels,
  languageLabels,
  relationLabels,
  senderRelations,
  statusLabels,
  submissionFates,
  submissionKinds,
  submissionLimits,
  submissionStatuses,
  writingLanguages,
} from '@/lib/submissions/model'

const options = <T extends string>(values: readonly T[], labels: Record<T, Trilingual>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }))

/**
 * Editors and admins moderate; no visitor and no translator reads a submission on any surface.
 * A submission whose address is not confirmed yet is nobody's work: it is not listed.
 */
const moderators: Access = ({ req }) =>
  canEdit({ req }) ? { status: { not_equals: 'new' } } : false

const never = () => false

/**
 * What visitors send: testimonies, missing names and corrections (docs/submissions.md). They come
 * only through the public form (`/api/submissions/send`), enter the queue once the sender confirms
 * their address, and become content only when an editor accepts them.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: {
    singular: { az: 'Göndəriş', en: 'Submission', ru: 'Обращение' },
    plural: { az: 'Göndərişlər', en: 'Submissions', ru: 'Обращения' },
  },
  admin: {
    group: moderationGroup,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'createdAt'],
    // What the public wrote is evidence: no one reshapes it into another locale.
    disableCopyToLocale: true,
  },
  access: {
    read: moderators,
    // Only the public form creates them, through the Local API after its checks.
    create: never,
    update: moderators,
    delete: hasRole('admin'),
  },
  endpoints: submissionEndpoints,
  hooks: { beforeChange: [recordStatusChange], afterChange: [applyAcceptance, tellSender] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { az: 'Qısa təsvir', en: 'Summary', ru: 'Кратко' },
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { az: 'Növ', en: 'Kind', ru: 'Вид' },
      options: options(submissionKinds, kindLabels),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'new',
      label: { az: 'Vəziyyət', en: 'Status', ru: 'Статус' },
      options: options(submissionStatuses, statusLabels),
      admin: { position: 'sidebar' },
    },
    {
      name: 'statusReason',
      type: 'textarea',
      maxLength: 2_000,
      label: { az: 'Səbəb', en: 'Reason', ru: 'Причина' },
      admin: {
        position: 'sidebar',
        description: {
          az: 'Vəziyyəti dəyişəndə yazın; rədd edəndə mütləqdir. Tarixçədə saxlanır.',
          en: 'Write it when you change the status; required when rejecting. Kept in the history.',
          ru: 'Укажите при смене статуса; при отклонении обязательно. Сохраняется в истории.',
        },
      },
    },
    {
      name: 'about',
      type: 'relationship',
      relationTo: [...correctable],
      index: true,
      label: { az: 'Nə haqqında', en: 'About', ru: 'О чём' },
      admin: { readOnly: true },
    },
    {
      name: 'subject',
      type: 'ui',
      admin: {
        components: { Field: '@/components/admin/SubmissionSubject#SubmissionSubject' },
      },
    },
    {
      name: 'aboutEvents',
      type: 'checkbox',
      label: { az: 'Hadisələr haqqında', en: 'About the events', ru: 'О событиях' },
      admin: { readOnly: true },
    },
    {
      name: 'text',
      type: 'textarea',
      maxLength: submissionLimits.text,
      label: { az: 'Mətn', en: 'Text', ru: 'Текст' },
    },
    {
      name: 'proposedPerson',
      type: 'group',
      label: { az: 'Təklif olunan insan', en: 'Proposed person', ru: 'Предложенный человек' },
      admin: { condition: (data) => data?.kind === 'name' },
      fields: [
        { name: 'givenName', type: 'text', maxLength: submissionLimits.short },
        { name: 'familyName', type: 'text', maxLength: submissionLimits.short },
        { name: 'patronymic', type: 'text', maxLength: submissionLimits.short },
        {
          name: 'fate',
          type: 'select',
          label: { az: 'Taleyi', en: 'Fate', ru: 'Судьба' },
          options: [...submissionFates],
        },
      ],
    },
    {
      name: 'source',
      type: 'textarea',
      maxLength: submissionLimits.source,
      label: { az: 'Göndərənin mənbəyi', en: "Sender's source", ru: 'Источник отправителя' },
    },
    {
      name: 'sender',
      type: 'group',
      label: { az: 'Göndərən', en: 'Sender', ru: 'Отправитель' },
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: submissionLimits.short,
          label: { az: 'Adı', en: 'Name', ru: 'Имя' },
        },
        {
          name: 'relation',
          type: 'select',
          label: { az: 'Əlaqəsi', en: 'Relation', ru: 'Кем приходится' },
          options: options(senderRelations, relationLabels),
        },
        {
          // Erased by retention once no one needs to write to the sender (docs/privacy.md).
          name: 'email',
          type: 'email',
          label: { az: 'E-poçt', en: 'E-mail', ru: 'Эл. почта' },
        },
        {
          name: 'language',
          type: 'select',
          label: { az: 'Yazdığı dil', en: 'Writes in', ru: 'Язык текста' },
          options: options(writingLanguages, languageLabels),
        },
        {
          name: 'locale',
          type: 'select',
          label: { az: 'Saytın dili', en: 'Site language', ru: 'Язык сайта' },
          options: locales.map(({ code, label }) => ({ value: code, label })),
          defaultValue: localeCodes[0],
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: { az: 'Razılıq', en: 'Consent', ru: 'Согласие' },
      admin: { readOnly: true },
      fields: [
        {
          name: 'publishText',
          type: 'checkbox',
          label: {
            az: 'Mətni dərc etmək olar',
            en: 'Text may be published',
            ru: 'Текст можно публиковать',
          },
        },
        {
          name: 'attribution',
          type: 'select',
          label: { az: 'Necə imzalansın', en: 'Signed as', ru: 'Подпись' },
          options: [
            { value: attributions[0], label: { az: 'Adı ilə', en: 'Their name', ru: 'Имя' } },
            {
              value: attributions[1],
              label: {
                az: 'Yalnız əlaqəsi ilə',
                en: 'Their relation only',
                ru: 'Только кем приходится',
              },
            },
          ],
        },
        {
          name: 'contact',
          type: 'checkbox',
          label: { az: 'Əlaqə saxlamaq olar', en: 'May be contacted', ru: 'Можно связаться' },
        },
      ],
    },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'submission-files',
      hasMany: true,
      maxRows: submissionLimits.files,
      label: { az: 'Fayllar', en: 'Files', ru: 'Файлы' },
      admin: { readOnly: true },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: { az: 'Təsdiqlənib', en: 'Confirmed at', ru: 'Подтверждена' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Retention counts from here (src/lib/submissions/retention.ts).
      name: 'closedAt',
      type: 'date',
      index: true,
      label: { az: 'Bağlanıb', en: 'Closed at', ru: 'Закрыта' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'outcome',
      type: 'relationship',
      relationTo: ['testimonies', 'people'],
      label: { az: 'Nəticə', en: 'Became', ru: 'Результат' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'history',
      type: 'array',
      label: { az: 'Tarixçə', en: 'History', ru: 'История' },
      labels: {
        singular: { az: 'Dəyişiklik', en: 'Change', ru: 'Изменение' },
        plural: { az: 'Dəyişikliklər', en: 'Changes', ru: 'Изменения' },
      },
      admin: { readOnly: true },
      fields: [
        {
          name: 'status',
          type: 'select',
          label: { az: 'Vəziyyət', en: 'Status', ru: 'Статус' },
          options: options(submissionStatuses, statusLabels),
        },
        { name: 'at', type: 'date', label: { az: 'Nə vaxt', en: 'When', ru: 'Когда' } },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: { az: 'Kim', en: 'Who', ru: 'Кто' },
        },
        {
          name: 'reason',
          type: 'textarea',
          label: { az: 'Səbəb', en: 'Reason', ru: 'Причина' },
        },
      ],
    },
    {
      // The sha-256 of the link's secret: the link confirms and withdraws, the hash alone does neither.
      name: 'tokenHash',
      type: 'text',
      index: true,
      hidden: true,
      access: { read: never, update: never },
    },
  ],
}
