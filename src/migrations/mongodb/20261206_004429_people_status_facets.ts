import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

import { storedStatus } from '@/migrations/peopleStatusFacets'

/**
 * Each person's disputed kinds of fate and a flag per kind stored beside the status, read from the
 * claims (the indexes come from the collection's fields). The same change on SQLite is the
 * migration of the same name there.
 */
export async function up({ payload, req, session }: MigrateUpArgs): Promise<void> {
  // The model, not the raw collection: it casts the id Payload answers with to the stored ObjectId.
  const people = (payload.db as unknown as MongooseAdapter).collections.people
  for (const { id, disputed, status } of await storedStatus(payload, req))
    await people.updateOne(
      { _id: id },
      { $set: { 'facets.disputed': disputed, 'facets.status': status } },
      { session },
    )
}

/** Nothing to undo: the older code ignores the stored fields. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
