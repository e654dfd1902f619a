import type { DateField, FieldAccess, SelectField } from 'payload'

import { fieldLabels, optionLabels } from '@/i18n/adminLabels'
import { datePrecisions } from '@/lib/format/preciseDate'

type Options = {
  name: string
  required?: boolean
  label?: DateField['label']
  /** Who reads the date and its precision (a living person's birth date). */
  read?: FieldAccess
  /** In the sidebar (a document's own date) or in place (a date inside an array row). */
  position?: 'sidebar' | 'inline'
}

/**
 * A date and how much of it is known: "1994" is stored as 1994-01-01 with precision `year`,
 * and shown as "1994", never as "1 January 1994".
 */
export const preciseDateFields = ({
  name,
  required = false,
  label,
  read,
  position = 'sidebar',
}: Options): [DateField, SelectField] => {
  const place = position === 'sidebar' ? { position: 'sidebar' as const } : {}
  const access = read ? { access: { read } } : {}
  return [
    {
      name,
      type: 'date',
      required,
      index: true,
      label,
      ...access,
      admin: { ...place, date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    {
      name: `${name}Precision`,
      type: 'select',
      required: true,
      defaultValue: 'day',
      label: fieldLabels.datePrecision,
      options: datePrecisions.map((value) => ({ label: optionLabels.datePrecision[value], value })),
      ...access,
      admin: place,
    },
  ]
}
