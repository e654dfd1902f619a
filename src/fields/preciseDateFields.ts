import type { DateField, SelectField } from 'payload'

import type { Trilingual } from '@/i18n/adminMessage'
import { datePrecisions, type DatePrecision } from '@/lib/format/preciseDate'

const precisionLabels: Record<DatePrecision, Trilingual> = {
  day: { az: 'Gün', en: 'Day', ru: 'День' },
  month: { az: 'Ay', en: 'Month', ru: 'Месяц' },
  year: { az: 'İl', en: 'Year', ru: 'Год' },
}

type Options = { name: string; required?: boolean; label?: DateField['label'] }

/**
 * A date and how much of it is known: "1994" is stored as 1994-01-01 with precision `year`,
 * and shown as "1994", never as "1 January 1994".
 */
export const preciseDateFields = ({
  name,
  required = false,
  label,
}: Options): [DateField, SelectField] => [
  {
    name,
    type: 'date',
    required,
    index: true,
    label,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
    },
  },
  {
    name: `${name}Precision`,
    type: 'select',
    required: true,
    defaultValue: 'day',
    label: { az: 'Tarixin dəqiqliyi', en: 'Date precision', ru: 'Точность даты' },
    options: datePrecisions.map((value) => ({ label: precisionLabels[value], value })),
    admin: { position: 'sidebar' },
  },
]
