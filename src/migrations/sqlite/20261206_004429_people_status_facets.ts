import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fateKinds } from '@/lib/people/fates'
import { storedStatus } from '@/migrations/peopleStatusFacets'

/** The column of a kind's flag: Payload's snake case of `facets.status.<kind>`. */
const flagColumn = (kind: string) =>
  `facets_status_${kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`

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
  await db.run(sql`ALTER TABLE \`people\` ADD \`facets_status_killed\` integer;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`facets_status_died_in_captivity\` integer;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`facets_status_taken_hostage\` integer;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`facets_status_released\` integer;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`facets_status_missing\` integer;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`facets_status_wounded\` integer;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`facets_status_survived\` integer;`)
  await db.run(sql`CREATE INDEX \`people_facets_status_facets_status_killed_idx\` ON \`people\` (\`facets_status_killed\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_status_facets_status_died_in_captivity_idx\` ON \`people\` (\`facets_status_died_in_captivity\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_status_facets_status_taken_hostage_idx\` ON \`people\` (\`facets_status_taken_hostage\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_status_facets_status_released_idx\` ON \`people\` (\`facets_status_released\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_status_facets_status_missing_idx\` ON \`people\` (\`facets_status_missing\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_status_facets_status_wounded_idx\` ON \`people\` (\`facets_status_wounded\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_status_facets_status_survived_idx\` ON \`people\` (\`facets_status_survived\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_facets_gender_idx\` ON \`people\` (\`facets_gender\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_facets_age_group_idx\` ON \`people\` (\`facets_age_group\`);`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_facets_status_killed\` integer;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_facets_status_died_in_captivity\` integer;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_facets_status_taken_hostage\` integer;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_facets_status_released\` integer;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_facets_status_missing\` integer;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_facets_status_wounded\` integer;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_facets_status_survived\` integer;`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_status_version_facets_status_ki_idx\` ON \`_people_v\` (\`version_facets_status_killed\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_status_version_facets_status_di_idx\` ON \`_people_v\` (\`version_facets_status_died_in_captivity\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_status_version_facets_status_ta_idx\` ON \`_people_v\` (\`version_facets_status_taken_hostage\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_status_version_facets_status_re_idx\` ON \`_people_v\` (\`version_facets_status_released\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_status_version_facets_status_mi_idx\` ON \`_people_v\` (\`version_facets_status_missing\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_status_version_facets_status_wo_idx\` ON \`_people_v\` (\`version_facets_status_wounded\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_status_version_facets_status_su_idx\` ON \`_people_v\` (\`version_facets_status_survived\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_version_facets_gender_idx\` ON \`_people_v\` (\`version_facets_gender\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_version_facets_age_group_idx\` ON \`_people_v\` (\`version_facets_age_group\`);`)
  const people = await storedStatus(payload, req)
  for (const { id, disputed } of people)
    for (const [i, fate] of disputed.entries())
      await db.run(
        sql`INSERT INTO people_facets_disputed ("order", parent_id, value) VALUES (${i + 1}, ${id}, ${fate})`,
      )
  // One statement per kind, not per person: a registry of thousands migrates in a moment.
  for (const kind of fateKinds) {
    const ids = people.filter((person) => person.status[kind]).map((person) => sql`${person.id}`)
    await db.run(
      sql`UPDATE people SET ${sql.identifier(flagColumn(kind))} = ${
        ids.length ? sql`id IN (${sql.join(ids, sql`, `)})` : sql`0`
      }`,
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`people_facets_disputed\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_facets_disputed\`;`)
  await db.run(sql`DROP INDEX \`people_facets_status_facets_status_killed_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_status_facets_status_died_in_captivity_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_status_facets_status_taken_hostage_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_status_facets_status_released_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_status_facets_status_missing_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_status_facets_status_wounded_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_status_facets_status_survived_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_facets_gender_idx\`;`)
  await db.run(sql`DROP INDEX \`people_facets_facets_age_group_idx\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`facets_status_killed\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`facets_status_died_in_captivity\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`facets_status_taken_hostage\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`facets_status_released\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`facets_status_missing\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`facets_status_wounded\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`facets_status_survived\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_status_version_facets_status_ki_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_status_version_facets_status_di_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_status_version_facets_status_ta_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_status_version_facets_status_re_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_status_version_facets_status_mi_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_status_version_facets_status_wo_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_status_version_facets_status_su_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_version_facets_gender_idx\`;`)
  await db.run(sql`DROP INDEX \`_people_v_version_facets_version_facets_age_group_idx\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_facets_status_killed\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_facets_status_died_in_captivity\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_facets_status_taken_hostage\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_facets_status_released\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_facets_status_missing\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_facets_status_wounded\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_facets_status_survived\`;`)
}
