import type { Field, RichTextField, TextareaField, TextField } from 'payload'

import { isLocalized, mapDataNodes, mapSubFields } from '@/lib/content/fieldTree'

const AZ_SOURCE = '@/components/admin/AzSource.client#AzSource'

const withAzSource = <F extends TextField | TextareaField | RichTextField>(field: F): F => {
  const components = field.admin?.components ?? {}
  return {
    ...field,
    admin: {
      ...field.admin,
      components: { ...components, afterInput: [...(components.afterInput ?? []), AZ_SOURCE] },
    },
  }
}

/**
 * Puts the az source panel (AzSource.client.tsx) after the input of every localized text, textarea
 * and rich text field, nested ones included, so a translator reads the original beside the field.
 * Copies what it changes: block definitions are shared between collections.
 */
export function withSourcePanels(fields: Field[]): Field[] {
  return mapDataNodes(fields, (node) => {
    if (!isLocalized(node)) return mapSubFields(node, withSourcePanels)
    return node.type === 'text' || node.type === 'textarea' || node.type === 'richText'
      ? withAzSource(node)
      : node
  })
}
