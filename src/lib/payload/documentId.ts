import type { CollectionSlug, Payload } from 'payload'

/**
 * Whether `id` has the form of a document id in this collection on this database: a whole number
 * where ids are numbers (the SQL adapters), 24 hex digits on MongoDB (an ObjectId), any text for a
 * custom text id. A query for an id of another form fails in the database, although it only means
 * that no such document exists, so callers ask this first and let every database error through.
 */
export function isDocumentId(payload: Payload, collection: CollectionSlug, id: string): boolean {
  const customType = payload.collections[collection]?.customIDType
  if ((customType ?? payload.db.defaultIDType) === 'number')
    return /^\d+$/.test(id) && Number.isSafeInteger(Number(id))
  if (!customType && payload.db.name === 'mongoose') return /^[a-f\d]{24}$/i.test(id)
  return id.length > 0
}

/** The id a relationship or upload value points at, whether it was read populated or as the id. */
export function relationId(value: unknown): number | string | null {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}
