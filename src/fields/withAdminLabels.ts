import type { Field, Option } from 'payload'

import { fieldLabels, optionLabels, rowLabels } from '@/i18n/adminLabels'
import { mapDataNodes, mapSubFields, type DataNode } from '@/lib/content/fieldTree'

function labelledOptions(name: string, options: Option[]): Option[] {
  const labels = optionLabels[name]
  if (!labels) return options
  return options.map((option) => {
    const value = typeof option === 'string' ? option : option.value
    const own = typeof option === 'string' ? undefined : option.label
    // A label that only repeats the value is no label: Payload would show the raw value.
    return own !== undefined && own !== value ? option : { value, label: labels[value] ?? value }
  })
}

/**
 * `fields` with the admin's az, en and ru names (src/i18n/adminLabels.ts) on every data field,
 * select option and array or blocks row that has none of its own, at every depth. Without them Payload shows a name made
 * from the field's (English) name in every admin language.
 */
export function withAdminLabels(fields: Field[]): Field[] {
  return mapDataNodes(fields, (node): DataNode => {
    const labelled = { ...node } as DataNode
    if (labelled.label === undefined && fieldLabels[labelled.name])
      labelled.label = fieldLabels[labelled.name]
    if (labelled.type === 'select')
      labelled.options = labelledOptions(labelled.name, labelled.options)
    const row = rowLabels[labelled.name]
    if ((labelled.type === 'array' || labelled.type === 'blocks') && !labelled.labels && row)
      labelled.labels = { singular: row, plural: fieldLabels[labelled.name] ?? row }
    return mapSubFields(labelled, withAdminLabels)
  })
}
