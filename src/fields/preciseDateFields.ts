import type { DateField, SelectField } from 'payload'

import { fieldLabels, optionLabels } from '@/i18n/adminLabels'
import { datePrecisions } from '@/lib/format/preciseDate'

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
    label: fieldLabels.datePrecision,
    options: datePrecisions.map((value) => ({ label: optionLabels.datePrecision[value], value })),
    admin: { position: 'sidebar' },
  },
]
