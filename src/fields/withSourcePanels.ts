import type { Field } from 'payload'

const AZ_SOURCE = '@/components/admin/AzSource.client#AzSource'
const translatable = new Set(['text', 'textarea', 'richText'])

type Loose = Record<string, unknown> & {
  type: string
  localized?: boolean
  fields?: Field[]
  tabs?: Loose[]
  blocks?: (Record<string, unknown> & { fields: Field[] })[]
  admin?: Record<string, unknown> & { components?: Record<string, unknown> & { afterInput?: unknown[] } }
}

/**
 * Puts the az source panel (AzSource.client.tsx) after the input of every localized text, textarea
 * and rich text field, nested ones included, so a translator reads the original beside the field.
 * Copies what it changes: block definitions are shared between collections.
 */
export function withSourcePanels(fields: Field[]): Field[] {
  return (fields as unknown as Loose[]).map((field) => {
    if (field.localized && translatable.has(field.type)) {
      const components = field.admin?.components ?? {}
      return {
        ...field,
        admin: { ...field.admin, components: { ...components, afterInput: [...(components.afterInput ?? []), AZ_SOURCE] } },
      }
    }
    if (field.localized) return field
    if (field.tabs) return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withSourcePanels(tab.fields ?? []) })) }
    if (field.blocks) return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withSourcePanels(block.fields) })) }
    if (field.fields) return { ...field, fields: withSourcePanels(field.fields) }
    return field
  }) as unknown as Field[]
}
