import type { DateField, SelectField } from 'payload'

export const datePrecisions = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof datePrecisions)[number]

type Options = { name: string; required?: boolean; label?: DateField['label'] }

/**
 * A date and how much of it is known: "1994" is stored as 1994-01-01 with precision `year`,
 * and shown as "1994", never as "1 January 1994".
 */
export const preciseDateFields = ({ name, required = false, label }: Options): [DateField, SelectField] => [
  {
    name,
    type: 'date',
    required,
    index: true,
    label,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
  },
  {
    name: `${name}Precision`,
    type: 'select',
    required: true,
    defaultValue: 'day',
    options: [
      { label: { az: 'Gün', en: 'Day', ru: 'День' }, value: 'day' },
      { label: { az: 'Ay', en: 'Month', ru: 'Месяц' }, value: 'month' },
      { label: { az: 'İl', en: 'Year', ru: 'Год' }, value: 'year' },
    ],
    admin: { position: 'sidebar' },
  },
]

/** "1994" → 1994-01-01 (year), "2012-01" → 2012-01-01 (month), "2014-02-13" → day. */
export function parsePreciseDate(value: string): { date: string; precision: DatePrecision } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim())
  if (!match) return null
  const [, y, m, d] = match
  const precision: DatePrecision = d ? 'day' : m ? 'month' : 'year'
  return { date: `${y}-${m ?? '01'}-${d ?? '01'}T12:00:00.000Z`, precision }
}
