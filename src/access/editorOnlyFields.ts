import type { Field } from 'payload'

import { canEdit } from '@/access/hasRole'
import { keepRowStructure } from '@/hooks/keepRowStructure'

/** Whether any field below holds per-locale data. */
const hasLocalized = (fields: Field[]): boolean =>
  fields.some((f) => ('localized' in f && f.localized) || ('fields' in f && Array.isArray(f.fields) && hasLocalized(f.fields as Field[])))

/**
 * Translators write localized fields only (docs/architecture.md, "Roles"). Every top-level field that is not localized,
 * and holds data, gets editor-only create and update access; Payload then leaves it untouched in a
 * translator's write. Layout fields (row, collapsible, unnamed tabs) are walked into, and so are
 * shared arrays and blocks that hold localized text (page blocks): the translator writes that text,
 * while the rows themselves stay the editor's (keepRowStructure).
 */
export function editorOnlyFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      return { ...field, fields: editorOnlyFields(field.fields) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? tab.localized
              ? tab
              : { ...tab, access: { ...tab.access, create: canEdit, update: canEdit } }
            : { ...tab, fields: editorOnlyFields(tab.fields) },
        ),
      }
    }
    if (!('name' in field) || field.type === 'ui') return field
    if ('localized' in field && field.localized) return field
    if (field.type === 'blocks' && field.blocks.some((block) => hasLocalized(block.fields))) {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: editorOnlyFields(block.fields) })),
        hooks: { ...field.hooks, beforeChange: [keepRowStructure, ...(field.hooks?.beforeChange ?? [])] },
      }
    }
    if (field.type === 'array' && hasLocalized(field.fields)) {
      return {
        ...field,
        fields: editorOnlyFields(field.fields),
        hooks: { ...field.hooks, beforeChange: [keepRowStructure, ...(field.hooks?.beforeChange ?? [])] },
      }
    }
    if (field.type === 'group' && 'fields' in field) {
      // A group holds localized and shared fields side by side (SEO: title L, image shared).
      return { ...field, fields: editorOnlyFields(field.fields) }
    }
    return { ...field, access: { ...field.access, create: canEdit, update: canEdit } } as Field
  })
}
