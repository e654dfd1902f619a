import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`text\` text,
  	\`method\` text,
  	\`width\` numeric,
  	\`height\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_pages_order_idx\` ON \`media_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_pages_parent_id_idx\` ON \`media_pages\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`processing_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`processing_progress\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`processing_page_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`processing_ocr_missing\` integer;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`processing_message\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`page\` numeric;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`file_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_pages\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`processing_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`processing_progress\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`processing_page_count\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`processing_ocr_missing\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`processing_message\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`page\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`file_url\`;`)
}
