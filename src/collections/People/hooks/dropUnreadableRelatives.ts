import type { FieldHook } from 'payload'

import { isStaff } from '@/access/hasRole'
import { asRows } from '@/lib/content/fieldTree'
import { relationId } from '@/lib/payload/documentId'

/**
 * A visitor reads a family link only to a person they may read: a link to a hidden or unpublished
 * record would otherwise show its id and the relation (Payload leaves an unreadable relationship
 * as its id).
 */
export const dropUnreadableRelatives: FieldHook = async ({ value, req }) => {
  const rows = asRows(value)
  if (!rows.length || isStaff({ req })) return value
  const ids = rows
    .map((row) => relationId(row.person))
    .filter((id) => id !== null && id !== undefined)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'people',
    where: { id: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    select: {},
    req,
  })
  const readable = new Set(docs.map((doc) => String(doc.id)))
  return rows.filter((row) => readable.has(String(relationId(row.person))))
}
