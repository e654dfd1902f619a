import type { Field } from 'payload'

import { withAfterInput } from '@/fields/withAfterInput'
import { isLocalized, mapDataNodes, mapSubFields } from '@/lib/content/fieldTree'

const AZ_SOURCE = '@/components/admin/AzSource.client#AzSource'
/** A reviewer's unresolved comment on the field, in an open translation job (docs/translation.md). */
const REVIEW_COMMENT = '@/components/admin/ReviewComment.client#ReviewComment'
/** Translation memory's matches for the field, each insertable with a click (docs/translation.md). */
const MEMORY_MATCHES = '@/components/admin/MemoryMatches.client#MemoryMatches'
/** The glossary terms in the field's source, and a warning on a wrong rendering (docs/translation.md). */
const GLOSSARY_PANEL = '@/components/admin/GlossaryPanel.client#GlossaryPanel'

/**
 * Puts the az source panel (AzSource.client.tsx) after the input of every localized text, textarea
 * and rich text field, nested ones included, so a translator reads the original beside the field.
 * Copies what it changes: block definitions are shared between collections.
 */
export function withSourcePanels(fields: Field[]): Field[] {
  return mapDataNodes(fields, (node) => {
    if (!isLocalized(node)) return mapSubFields(node, withSourcePanels)
    return node.type === 'text' || node.type === 'textarea' || node.type === 'richText'
      ? withAfterInput(
          withAfterInput(
            withAfterInput(withAfterInput(node, AZ_SOURCE, 'last'), REVIEW_COMMENT, 'last'),
            GLOSSARY_PANEL,
            'last',
          ),
          MEMORY_MATCHES,
          'last',
        )
      : node
  })
}
