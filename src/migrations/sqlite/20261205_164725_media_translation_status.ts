import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_sources\` text;`)
  await db.run(sql`CREATE INDEX \`media_translation_en_idx\` ON \`media\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_ru_idx\` ON \`media\` (\`translation_ru\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_ru_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_sources\`;`)
}
