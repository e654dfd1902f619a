import type { Field, TextareaField, TextField } from 'payload'

import { mapDataNodes, mapSubFields } from '@/lib/content/fieldTree'

const LENGTH_LIMIT = '@/components/admin/LengthLimit.client#LengthLimit'

const withCounter = <F extends TextField | TextareaField>(field: F, maxLength: number): F => {
  const components = field.admin?.components ?? {}
  return {
    ...field,
    admin: {
      ...field.admin,
      components: {
        ...components,
        // First after the input, before the az source panel: the counter belongs to what is typed.
        afterInput: [
          { path: LENGTH_LIMIT, clientProps: { maxLength } },
          ...(components.afterInput ?? []),
        ],
      },
    },
  }
}

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
      return typeof node.maxLength === 'number' ? withCounter(node, node.maxLength) : node
    return mapSubFields(node, withLengthLimits)
  })
}
