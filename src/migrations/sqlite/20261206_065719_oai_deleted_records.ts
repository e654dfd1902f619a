import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`deleted_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`deleted_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`deleted_records_doc_collection_idx\` ON \`deleted_records\` (\`doc_collection\`);`)
  await db.run(sql`CREATE INDEX \`deleted_records_doc_id_idx\` ON \`deleted_records\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`deleted_records_deleted_at_idx\` ON \`deleted_records\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`deleted_records_updated_at_idx\` ON \`deleted_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deleted_records_created_at_idx\` ON \`deleted_records\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deleted_records_id\` integer REFERENCES deleted_records(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deleted_records_id_idx\` ON \`payload_locked_documents_rels\` (\`deleted_records_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`people_id\` integer,
  	\`tags_id\` integer,
  	\`media_id\` integer,
  	\`testimonies_id\` integer,
  	\`submissions_id\` integer,
  	\`submission_files_id\` integer,
  	\`users_id\` integer,
  	\`search_entries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monuments_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resolutions_id\`) REFERENCES \`resolutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recognitions_id\`) REFERENCES \`recognitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`timeline_events_id\`) REFERENCES \`timeline_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`testimonies_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_files_id\`) REFERENCES \`submission_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "people_id", "tags_id", "media_id", "testimonies_id", "submissions_id", "submission_files_id", "users_id", "search_entries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "people_id", "tags_id", "media_id", "testimonies_id", "submissions_id", "submission_files_id", "users_id", "search_entries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monuments_id_idx\` ON \`payload_locked_documents_rels\` (\`monuments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resolutions_id_idx\` ON \`payload_locked_documents_rels\` (\`resolutions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recognitions_id_idx\` ON \`payload_locked_documents_rels\` (\`recognitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_timeline_events_id_idx\` ON \`payload_locked_documents_rels\` (\`timeline_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_testimonies_id_idx\` ON \`payload_locked_documents_rels\` (\`testimonies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_files_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  // After the table that points at it is rebuilt without the column: SQLite refuses it before.
  await db.run(sql`DROP TABLE \`deleted_records\`;`)
}
