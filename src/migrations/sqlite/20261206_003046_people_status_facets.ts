import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { disputedFates } from '@/migrations/peopleStatusFacets'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`people_facets_disputed\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_facets_disputed_order_idx\` ON \`people_facets_disputed\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_disputed_parent_idx\` ON \`people_facets_disputed\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_facets_disputed\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_disputed_order_idx\` ON \`_people_v_version_facets_disputed\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_disputed_parent_idx\` ON \`_people_v_version_facets_disputed\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_fates_value_idx\` ON \`people_facets_fates\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_facets_gender_idx\` ON \`people\` (\`facets_gender\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_facets_age_group_idx\` ON \`people\` (\`facets_age_group\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_fates_value_idx\` ON \`_people_v_version_facets_fates\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_version_facets_gender_idx\` ON \`_people_v\` (\`version_facets_gender\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_version_facets_age_group_idx\` ON \`_people_v\` (\`version_facets_age_group\`);`)
  for (const { id, disputed } of await disputedFates(payload, req))
    for (const [i, fate] of disputed.entries())
      await db.run(
        sql`INSERT INTO people_facets_disputed ("order", parent_id, value) VALUES (${i + 1}, ${id}, ${fate})`,
      )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`people_facets_disputed\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_facets_disputed\`;`)
  await db.run(sql`DROP INDEX \`people_facets_fates_value_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_facets_gender_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_facets_age_group_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_fates_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_version_facets_gender_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_version_facets_age_group_idx\`;`)
}
