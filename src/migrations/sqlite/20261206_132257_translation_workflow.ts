import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_memory\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text NOT NULL,
  	\`target\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`origin_title\` text,
  	\`origin_collection\` text,
  	\`origin_id\` text,
  	\`origin_field\` text,
  	\`confirmed_at\` text,
  	\`pair_key\` text,
  	\`source_key\` text,
  	\`length\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_memory_locale_idx\` ON \`translation_memory\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_confirmed_at_idx\` ON \`translation_memory\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`translation_memory_pair_key_idx\` ON \`translation_memory\` (\`pair_key\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_source_key_idx\` ON \`translation_memory\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_length_idx\` ON \`translation_memory\` (\`length\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_updated_at_idx\` ON \`translation_memory\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_created_at_idx\` ON \`translation_memory\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translation_memory_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translation_memory\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_memory_texts_order_parent\` ON \`translation_memory_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_texts_text_idx\` ON \`translation_memory_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`glossary\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`do_not_translate\` integer DEFAULT false,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_updated_at_idx\` ON \`glossary\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_created_at_idx\` ON \`glossary\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`glossary_locales\` (
  	\`term\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_locales_locale_parent_id_unique\` ON \`glossary_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_texts_order_parent\` ON \`glossary_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_texts_locale_parent\` ON \`glossary_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`translation_jobs_review_comments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	\`comment\` text NOT NULL,
  	\`author_id\` integer,
  	\`answer\` text,
  	\`resolved\` integer DEFAULT false,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`translation_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_jobs_review_comments_order_idx\` ON \`translation_jobs_review_comments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_review_comments_parent_id_idx\` ON \`translation_jobs_review_comments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_review_comments_author_idx\` ON \`translation_jobs_review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`translation_jobs_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`translation_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_jobs_history_order_idx\` ON \`translation_jobs_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_history_parent_id_idx\` ON \`translation_jobs_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_history_by_idx\` ON \`translation_jobs_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`translation_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_locale\` text NOT NULL,
  	\`assignee_id\` integer NOT NULL,
  	\`reviewer_id\` integer,
  	\`state\` text DEFAULT 'assigned' NOT NULL,
  	\`due_date\` text,
  	\`notes\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_jobs_assignee_idx\` ON \`translation_jobs\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_reviewer_idx\` ON \`translation_jobs\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_created_by_idx\` ON \`translation_jobs\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_updated_at_idx\` ON \`translation_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_created_at_idx\` ON \`translation_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translation_jobs_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translation_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monuments_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resolutions_id\`) REFERENCES \`resolutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recognitions_id\`) REFERENCES \`recognitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`timeline_events_id\`) REFERENCES \`timeline_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_order_idx\` ON \`translation_jobs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_parent_idx\` ON \`translation_jobs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_path_idx\` ON \`translation_jobs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_articles_id_idx\` ON \`translation_jobs_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_monuments_id_idx\` ON \`translation_jobs_rels\` (\`monuments_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_resolutions_id_idx\` ON \`translation_jobs_rels\` (\`resolutions_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_recognitions_id_idx\` ON \`translation_jobs_rels\` (\`recognitions_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_timeline_events_id_idx\` ON \`translation_jobs_rels\` (\`timeline_events_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_pages_id_idx\` ON \`translation_jobs_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_people_id_idx\` ON \`translation_jobs_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_tags_id_idx\` ON \`translation_jobs_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_media_id_idx\` ON \`translation_jobs_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`publish_translations\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_memory_id\` integer REFERENCES translation_memory(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`glossary_id\` integer REFERENCES glossary(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_jobs_id\` integer REFERENCES translation_jobs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_memory_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_memory_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_jobs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_memory\`;`)
  await db.run(sql`DROP TABLE \`translation_memory_texts\`;`)
  await db.run(sql`DROP TABLE \`glossary\`;`)
  await db.run(sql`DROP TABLE \`glossary_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_texts\`;`)
  await db.run(sql`DROP TABLE \`translation_jobs_review_comments\`;`)
  await db.run(sql`DROP TABLE \`translation_jobs_history\`;`)
  await db.run(sql`DROP TABLE \`translation_jobs\`;`)
  await db.run(sql`DROP TABLE \`translation_jobs_rels\`;`)
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
  	\`deleted_records_id\` integer,
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
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deleted_records_id\`) REFERENCES \`deleted_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "people_id", "tags_id", "media_id", "testimonies_id", "submissions_id", "submission_files_id", "users_id", "search_entries_id", "deleted_records_id") SELECT "id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "people_id", "tags_id", "media_id", "testimonies_id", "submissions_id", "submission_files_id", "users_id", "search_entries_id", "deleted_records_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deleted_records_id_idx\` ON \`payload_locked_documents_rels\` (\`deleted_records_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`publish_translations\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
}
