import type { Field } from 'payload'

import { withAfterInput } from '@/fields/withAfterInput'
import { isLocalized, mapDataNodes, mapSubFields } from '@/lib/content/fieldTree'

const AZ_SOURCE = '@/components/admin/AzSource.client#AzSource'

/**
 * Puts the az source panel (AzSource.client.tsx) after the input of every localized text, textarea
 * and rich text field, nested ones included, so a translator reads the original beside the field.
 * Copies what it changes: block definitions are shared between collections.
 */
export function withSourcePanels(fields: Field[]): Field[] {
  return mapDataNodes(fields, (node) => {
    if (!isLocalized(node)) return mapSubFields(node, withSourcePanels)
    return node.type === 'text' || node.type === 'textarea' || node.type === 'richText'
      ? withAfterInput(node, AZ_SOURCE, 'last')
      : node
  })
}
