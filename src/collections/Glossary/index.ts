import type { CollectionConfig } from 'payload'

import { canEdit, isStaff } from '@/access/hasRole'
import { glossaryCollection } from '@/lib/translation/glossary'
import { requiredInSource } from '@/lib/translation/requiredInSource'

/**
 * The glossary (docs/translation.md, "Glossary"): how names and fixed terms are rendered in every
 * locale, and the spellings not to use. A tool for translators, not content: staff read it, editors
 * and admins keep it, visitors never see it (not on the site, in search, open data or OAI-PMH).
 * The matching rules are src/lib/translation/glossary.ts.
 */
export const Glossary: CollectionConfig = {
  slug: glossaryCollection,
  access: { read: isStaff, create: canEdit, update: canEdit, delete: canEdit },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'doNotTranslate', 'notes', 'updatedAt'],
    group: { az: 'Sistem', en: 'System', ru: 'Система' },
    // A copied locale would put the az spelling where the en or ru rendering belongs.
    disableCopyToLocale: true,
    description: {
      az: 'Adlar və sabit terminlər hər dildə necə yazılır: tərcüməçi sahənin yanında görür, yanlış yazılışda xəbərdarlıq alır.',
      en: 'How names and fixed terms are written in each language: translators see them beside each field and are warned about wrong spellings.',
      ru: 'Как имена и устойчивые термины пишутся на каждом языке: переводчик видит их рядом с полем и получает предупреждение о неверном написании.',
    },
  },
  labels: {
    singular: { az: 'Lüğət termini', en: 'Glossary term', ru: 'Термин глоссария' },
    plural: { az: 'Lüğət', en: 'Glossary', ru: 'Глоссарий' },
  },
  graphQL: false,
  fields: [
    {
      name: 'term',
      type: 'text',
      localized: true,
      maxLength: 200,
      validate: requiredInSource,
      label: { az: 'Termin', en: 'Term', ru: 'Термин' },
      admin: {
        description: {
          az: 'Hər dildə tələb olunan yazılış (az mütləqdir).',
          en: 'The required form in each language (az is required).',
          ru: 'Обязательное написание на каждом языке (az обязателен).',
        },
      },
    },
    {
      name: 'doNotTranslate',
      type: 'checkbox',
      defaultValue: false,
      label: { az: 'Tərcümə edilmir', en: 'Do not translate', ru: 'Не переводить' },
      admin: {
        description: {
          az: 'Bütün dillərdə az yazılışı işlənir.',
          en: 'The az form is used in every language.',
          ru: 'Во всех языках используется форма az.',
        },
      },
    },
    {
      name: 'forbidden',
      type: 'text',
      hasMany: true,
      localized: true,
      maxLength: 200,
      label: { az: 'Qadağan yazılışlar', en: 'Forbidden variants', ru: 'Запрещённые варианты' },
      admin: {
        description: {
          az: 'Bu dildə işlənməməli yazılışlar (məs. en "Khodjaly", ru "Ходжали").',
          en: 'Spellings not to use in this language (e.g. en "Khodjaly", ru "Ходжали").',
          ru: 'Написания, которые нельзя использовать на этом языке (напр. en "Khodjaly", ru "Ходжали").',
        },
      },
    },
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 2000,
      label: {
        az: 'Tərcüməçi üçün qeyd',
        en: 'Notes for translators',
        ru: 'Примечание для переводчиков',
      },
    },
  ],
}
