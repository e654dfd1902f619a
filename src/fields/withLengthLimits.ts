import type { Field } from 'payload'

import { withAfterInput } from '@/fields/withAfterInput'

import { mapDataNodes, mapSubFields } from '@/lib/content/fieldTree'

const LENGTH_LIMIT = '@/components/admin/LengthLimit.client#LengthLimit'

/**
 * Puts a character counter (LengthLimit.client.tsx) after every single-value text and textarea
 * field with a `maxLength`, at every depth. Payload checks the limit only when it validates, after
 * the whole value is in the form: a pasted 5 MB text reached form state, validation and the server
 * round-trip of every change, and froze the tab. The counter makes the browser refuse input beyond
 * the limit as it is typed or pasted; the server's validation stays the rule.
 */
export function withLengthLimits(fields: Field[]): Field[] {
  return mapDataNodes(fields, (node) => {
    if ((node.type === 'text' && !node.hasMany) || node.type === 'textarea')
      return typeof node.maxLength === 'number'
        ? // First after the input, before the az source panel: the counter belongs to what is typed.
          withAfterInput(
            node,
            { path: LENGTH_LIMIT, clientProps: { maxLength: node.maxLength } },
            'first',
          )
        : node
    return mapSubFields(node, withLengthLimits)
  })
}
