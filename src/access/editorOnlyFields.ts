import type { Field } from 'payload'

import { canEdit } from '@/access/hasRole'
import { keepRowStructure } from '@/hooks/keepRowStructure'
import {
  isLocalized,
  mapDataNodes,
  mapSubFields,
  someDataField,
  type DataNode,
} from '@/lib/content/fieldTree'

const editorOnly = <N extends DataNode>(node: N): N => ({
  ...node,
  access: { ...node.access, create: canEdit, update: canEdit },
})

/**
 * Translators write localized fields only (docs/architecture.md, "Roles"). Every top-level field that is not localized,
 * and holds data, gets editor-only create and update access; Payload then leaves it untouched in a
 * translator's write. Layout fields (row, collapsible, unnamed group, unnamed tabs) are walked into, and so are
 * shared arrays and blocks that hold localized text (page blocks): the translator writes that text,
 * while the rows themselves stay the editor's (keepRowStructure).
 */
export function editorOnlyFields(fields: Field[]): Field[] {
  return mapDataNodes(fields, (node) => {
    // A field a hook derives on every save from what the writer may change (a person's sort keys
    // from the names a translator writes) keeps its own access: whatever is sent for it is replaced.
    if (isLocalized(node) || node.custom?.derivedOnSave === true) return node
    // A group (or named tab) holds localized and shared fields side by side (SEO: title L, image shared).
    if (node.type === 'group' || node.type === 'tab') return mapSubFields(node, editorOnlyFields)
    if ((node.type === 'array' || node.type === 'blocks') && someDataField([node], isLocalized)) {
      return mapSubFields(
        {
          ...node,
          hooks: {
            ...node.hooks,
            beforeChange: [keepRowStructure, ...(node.hooks?.beforeChange ?? [])],
          },
        },
        editorOnlyFields,
      )
    }
    return editorOnly(node)
  })
}
