import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { tagsFromText } from '@/migrations/tagsFromText'

type TextRow = {
  target: 'articles_rels' | '_articles_v_rels'
  order: number
  parent_id: number
  path: string
  text: string | null
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tags\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`translation_en\` text,
  	\`translation_ru\` text,
  	\`translation\` text,
  	\`translation_sources\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tags_slug_idx\` ON \`tags\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tags_translation_en_idx\` ON \`tags\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`tags_translation_ru_idx\` ON \`tags\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`tags_updated_at_idx\` ON \`tags\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tags_created_at_idx\` ON \`tags\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tags_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tags_locales_locale_parent_id_unique\` ON \`tags_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`tags_id\` integer REFERENCES tags(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_tags_id_idx\` ON \`articles_rels\` (\`tags_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`tags_id\` integer REFERENCES tags(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_tags_id_idx\` ON \`_articles_v_rels\` (\`tags_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tags_id\` integer REFERENCES tags(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)

  // SQLite's ADD COLUMN cannot say ON DELETE: without it a tag in use could not be deleted (the
  // other relation columns cascade). Each table is rebuilt from its own definition with the clause.
  for (const table of ['articles_rels', '_articles_v_rels', 'payload_locked_documents_rels'])
    await cascadeTagReferences(db, table)

  // The tags were text on each article and version: each distinct text becomes a tag, and each
  // place it stood becomes a relation to that tag, in the same order, before the text tables go.
  const rows = await db.all<TextRow>(
    sql`SELECT 'articles_rels' AS target, "order", parent_id, path, text FROM articles_texts
        UNION ALL
        SELECT '_articles_v_rels' AS target, "order", parent_id, path, text FROM _articles_v_texts`,
  )
  const ids = await tagsFromText(
    payload,
    req,
    rows.flatMap((row) => (row.text ? [row.text] : [])),
  )
  for (const row of rows) {
    const id = row.text ? ids.get(row.text.trim()) : undefined
    if (id === undefined) continue
    await db.run(
      sql`INSERT INTO ${sql.identifier(row.target)} ("order", parent_id, path, tags_id)
          VALUES (${row.order}, ${row.parent_id}, ${row.path}, ${id})`,
    )
  }
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  // Back to text: each relation to a tag becomes the tag's az name.
  for (const [texts, rels] of [
    ['articles_texts', 'articles_rels'],
    ['_articles_v_texts', '_articles_v_rels'],
  ]) {
    await db.run(
      sql`INSERT INTO ${sql.identifier(texts)} ("order", parent_id, path, text)
          SELECT r."order", r.parent_id, r.path, l.name FROM ${sql.identifier(rels)} r
          JOIN tags_locales l ON l._parent_id = r.tags_id AND l._locale = 'az'
          WHERE r.tags_id IS NOT NULL`,
    )
    await db.run(sql`DELETE FROM ${sql.identifier(rels)} WHERE tags_id IS NOT NULL`)
  }
  await db.run(sql`DROP TABLE \`tags\`;`)
  await db.run(sql`DROP TABLE \`tags_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`monuments_id\` integer,
  	\`resolutions_id\` integer,
  	\`recognitions_id\` integer,
  	\`timeline_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monuments_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resolutions_id\`) REFERENCES \`resolutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recognitions_id\`) REFERENCES \`recognitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`timeline_events_id\`) REFERENCES \`timeline_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_monuments_id_idx\` ON \`articles_rels\` (\`monuments_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_resolutions_id_idx\` ON \`articles_rels\` (\`resolutions_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_recognitions_id_idx\` ON \`articles_rels\` (\`recognitions_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_timeline_events_id_idx\` ON \`articles_rels\` (\`timeline_events_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`monuments_id\` integer,
  	\`resolutions_id\` integer,
  	\`recognitions_id\` integer,
  	\`timeline_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monuments_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resolutions_id\`) REFERENCES \`resolutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recognitions_id\`) REFERENCES \`recognitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`timeline_events_id\`) REFERENCES \`timeline_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_monuments_id_idx\` ON \`_articles_v_rels\` (\`monuments_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_resolutions_id_idx\` ON \`_articles_v_rels\` (\`resolutions_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_recognitions_id_idx\` ON \`_articles_v_rels\` (\`recognitions_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_timeline_events_id_idx\` ON \`_articles_v_rels\` (\`timeline_events_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`monuments_id\` integer,
  	\`resolutions_id\` integer,
  	\`recognitions_id\` integer,
  	\`timeline_events_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`search_entries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monuments_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resolutions_id\`) REFERENCES \`resolutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recognitions_id\`) REFERENCES \`recognitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`timeline_events_id\`) REFERENCES \`timeline_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "media_id", "users_id", "search_entries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "media_id", "users_id", "search_entries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monuments_id_idx\` ON \`payload_locked_documents_rels\` (\`monuments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resolutions_id_idx\` ON \`payload_locked_documents_rels\` (\`resolutions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recognitions_id_idx\` ON \`payload_locked_documents_rels\` (\`recognitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_timeline_events_id_idx\` ON \`payload_locked_documents_rels\` (\`timeline_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
}

/** Rebuilds `table` with `tags_id` deleted along with its tag, keeping its rows and indexes. */
async function cascadeTagReferences(db: MigrateUpArgs['db'], table: string) {
  const [{ sql: definition }] = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
  )
  const indexes = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table} AND sql IS NOT NULL`,
  )
  const rebuilt = definition
    .replace(/^CREATE TABLE [`"]?[\w]+[`"]?/, `CREATE TABLE \`__new_${table}\``)
    .replace(/REFERENCES [`"]?tags[`"]?\s*\([`"]?id[`"]?\)(?! ON)/, 'REFERENCES tags(id) ON UPDATE no action ON DELETE cascade')
  if (rebuilt === definition || !rebuilt.includes('ON DELETE cascade'))
    throw new Error(`tags migration: unexpected definition of ${table}: ${definition}`)
  await db.run(sql.raw(rebuilt))
  await db.run(sql.raw(`INSERT INTO \`__new_${table}\` SELECT * FROM \`${table}\``))
  await db.run(sql.raw(`DROP TABLE \`${table}\``))
  await db.run(sql.raw(`ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\``))
  for (const index of indexes) await db.run(sql.raw(index.sql))
}
