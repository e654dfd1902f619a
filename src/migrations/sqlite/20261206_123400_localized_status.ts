import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Each locale gets its own published state (`_status` moves into the locales tables). Until now a
 * publish published every locale at once and the site offered a translation only where no field
 * required in az was empty in it (the stored `translation` summary). Each document keeps what
 * visitors saw: az takes the document's state; en and ru are published where the document was and
 * the translation was offered, drafts otherwise. Versions are judged the same way, so the history
 * reads as before. A document without an az row gets one, to hold its state.
 */
const tables = [
  'articles',
  'monuments',
  'resolutions',
  'recognitions',
  'timeline_events',
  'pages',
  'people',
]

type Run = MigrateUpArgs['db']

/** `main` holds the old column `col`; `locales` gets it per locale; `summary` is the translation summary. */
async function spread(db: Run, main: string, col: string, summary: string) {
  const locales = `${main}_locales`
  const [m, l, c, s] = [main, locales, col, summary].map((name) => sql.identifier(name))
  await db.run(sql`ALTER TABLE ${l} ADD ${c} text DEFAULT 'draft';`)
  await db.run(
    sql`INSERT INTO ${l} (_locale, _parent_id) SELECT 'az', id FROM ${m} WHERE NOT EXISTS (SELECT 1 FROM ${l} x WHERE x._parent_id = ${m}.id AND x._locale = 'az');`,
  )
  await db.run(
    sql`UPDATE ${l} SET ${c} = CASE
      WHEN (SELECT d.${c} FROM ${m} d WHERE d.id = ${l}._parent_id) IS NOT 'published' THEN 'draft'
      WHEN ${l}._locale = 'az' THEN 'published'
      WHEN coalesce(json_array_length(json_extract((SELECT d.${s} FROM ${m} d WHERE d.id = ${l}._parent_id), '$.' || ${l}._locale || '.requiredMissing')), 0) = 0 THEN 'published'
      ELSE 'draft' END;`,
  )
}

/** Back to one state per document: the az one. */
async function gather(db: Run, main: string, col: string) {
  const [m, l, c] = [main, `${main}_locales`, col].map((name) => sql.identifier(name))
  await db.run(sql`ALTER TABLE ${m} ADD ${c} text DEFAULT 'draft';`)
  await db.run(
    sql`UPDATE ${m} SET ${c} = coalesce((SELECT x.${c} FROM ${l} x WHERE x._parent_id = ${m}.id AND x._locale = 'az'), 'draft');`,
  )
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of tables) {
    const versions = `_${table}_v`
    await spread(db, table, '_status', 'translation')
    await spread(db, versions, 'version__status', 'version_translation')
    await db.run(sql`DROP INDEX ${sql.identifier(`${table}__status_idx`)};`)
    await db.run(sql`ALTER TABLE ${sql.identifier(table)} DROP COLUMN \`_status\`;`)
    await db.run(sql`DROP INDEX ${sql.identifier(`${versions}_version_version__status_idx`)};`)
    await db.run(sql`ALTER TABLE ${sql.identifier(versions)} DROP COLUMN \`version__status\`;`)
    await db.run(
      sql`CREATE INDEX ${sql.identifier(`${table}__status_idx`)} ON ${sql.identifier(`${table}_locales`)} (\`_status\`,\`_locale\`);`,
    )
    await db.run(
      sql`CREATE INDEX ${sql.identifier(`${versions}_version_version__status_idx`)} ON ${sql.identifier(`${versions}_locales`)} (\`version__status\`,\`_locale\`);`,
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of tables) {
    const versions = `_${table}_v`
    await gather(db, table, '_status')
    await gather(db, versions, 'version__status')
    await db.run(sql`DROP INDEX ${sql.identifier(`${table}__status_idx`)};`)
    await db.run(sql`ALTER TABLE ${sql.identifier(`${table}_locales`)} DROP COLUMN \`_status\`;`)
    await db.run(sql`DROP INDEX ${sql.identifier(`${versions}_version_version__status_idx`)};`)
    await db.run(
      sql`ALTER TABLE ${sql.identifier(`${versions}_locales`)} DROP COLUMN \`version__status\`;`,
    )
    await db.run(
      sql`CREATE INDEX ${sql.identifier(`${table}__status_idx`)} ON ${sql.identifier(table)} (\`_status\`);`,
    )
    await db.run(
      sql`CREATE INDEX ${sql.identifier(`${versions}_version_version__status_idx`)} ON ${sql.identifier(versions)} (\`version__status\`);`,
    )
  }
}
