import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

import { tagsFromText } from '@/migrations/tagsFromText'

/** The articles and their versions, each with where its tags sit, read and written without Mongoose's casting. */
const stores = (payload: MigrateUpArgs['payload']) => {
  const db = payload.db as unknown as MongooseAdapter
  return [
    { collection: db.collections.articles.collection, field: 'tags' },
    { collection: db.versions.articles.collection, field: 'version.tags' },
  ]
}

const valueAt = (doc: Record<string, unknown>, field: string): unknown =>
  field.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], doc)

/**
 * Article tags were text; they become references to `tags` documents, one per distinct text, named in
 * az with it (see tagsFromText). The same change on SQLite is the migration of the same name there.
 */
export async function up({ payload, req, session }: MigrateUpArgs): Promise<void> {
  const found = await Promise.all(
    stores(payload).map(async (store) => ({
      ...store,
      docs: await store.collection
        .find({ [store.field]: { $type: 'string' } }, { session, projection: { [store.field]: 1 } })
        .toArray(),
    })),
  )
  const texts = found.flatMap(({ docs, field }) =>
    docs.flatMap((doc) => (valueAt(doc, field) as unknown[]).filter((t) => typeof t === 'string')),
  )
  const ids = await tagsFromText(payload, req, texts as string[])
  // The adapter's own Mongoose, not a second copy: mongoose is not a dependency of the app.
  const { ObjectId } = (payload.db as unknown as MongooseAdapter).connection.base.Types
  for (const { collection, field, docs } of found) {
    for (const doc of docs) {
      const tags = (valueAt(doc, field) as unknown[]).flatMap((text) => {
        const id = typeof text === 'string' ? ids.get(text.trim()) : undefined
        return id === undefined ? [] : [new ObjectId(String(id))]
      })
      await collection.updateOne({ _id: doc._id }, { $set: { [field]: tags } }, { session })
    }
  }
}

/** Back to text: each reference becomes its tag's az name; the tags themselves are deleted. */
export async function down({ payload, req, session }: MigrateDownArgs): Promise<void> {
  const { docs: tags } = await payload.find({
    collection: 'tags',
    locale: 'az',
    limit: 0,
    depth: 0,
    req,
  })
  const names = new Map(tags.map((tag) => [String(tag.id), tag.name ?? tag.slug ?? '']))
  for (const { collection, field } of stores(payload)) {
    const docs = await collection
      .find({ [field]: { $type: 'objectId' } }, { session, projection: { [field]: 1 } })
      .toArray()
    for (const doc of docs) {
      const texts = (valueAt(doc, field) as unknown[]).flatMap((id) => {
        const name = names.get(String(id))
        return name ? [name] : []
      })
      await collection.updateOne({ _id: doc._id }, { $set: { [field]: texts } }, { session })
    }
  }
  await payload.delete({ collection: 'tags', where: { id: { exists: true } }, req })
}
