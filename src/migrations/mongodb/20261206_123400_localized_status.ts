import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'
import type { ObjectId } from 'mongodb'

/**
 * Each locale gets its own published state: `_status` (and a version's `version._status`) becomes
 * `{ az, en, ru }`, by the rule of the SQLite migration of the same name: az takes the document's
 * state; en and ru are published where the document was and the translation was offered (no field
 * required in az empty in it), drafts otherwise.
 */
const slugs = [
  'articles',
  'monuments',
  'resolutions',
  'recognitions',
  'timeline-events',
  'pages',
  'people',
]

type Summary = Partial<Record<'en' | 'ru', { requiredMissing?: unknown[] }>>

function perLocale(status: string, translation: Summary | undefined) {
  const published = status === 'published'
  const offered = (locale: 'en' | 'ru') => !translation?.[locale]?.requiredMissing?.length
  return {
    az: published ? 'published' : 'draft',
    en: published && offered('en') ? 'published' : 'draft',
    ru: published && offered('ru') ? 'published' : 'draft',
  }
}

type Stored = { _id: ObjectId; _status?: unknown; translation?: Summary }

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as MongooseAdapter
  for (const slug of slugs) {
    // The driver's collections, not the models: the models already expect the new shape.
    const main = db.collections[slug].collection
    for await (const doc of main.find<Stored>({ _status: { $type: 'string' } }, { session }))
      await main.updateOne(
        { _id: doc._id },
        { $set: { _status: perLocale(String(doc._status), doc.translation) } },
        { session },
      )
    const versions = db.versions[slug].collection
    const query = { 'version._status': { $type: 'string' } }
    for await (const doc of versions.find<{ _id: ObjectId; version: Stored }>(query, { session }))
      await versions.updateOne(
        { _id: doc._id },
        {
          $set: {
            'version._status': perLocale(String(doc.version._status), doc.version.translation),
          },
        },
        { session },
      )
  }
}

/** Back to one state per document: the az one. */
export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  const db = payload.db as unknown as MongooseAdapter
  for (const slug of slugs) {
    for (const [collection, field] of [
      [db.collections[slug].collection, '_status'],
      [db.versions[slug].collection, 'version._status'],
    ] as const) {
      await collection.updateMany(
        { [`${field}.az`]: { $exists: true } },
        [{ $set: { [field]: `$${field}.az` } }],
        { session },
      )
    }
  }
}
