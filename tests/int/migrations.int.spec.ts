import fs from 'node:fs'
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { describe, expect, it } from 'vitest'

import { createTestPayload, projectRoot, testPayloadForFile } from '@tests/helpers/testPayload'

const migrationDir = path.join(projectRoot, 'src/migrations/sqlite')

// Always SQLite, also under `npm run test:mongo`: these tests check the committed SQLite
// migrations against the config, which only the SQLite adapter has (MongoDB needs no schema).
const t = testPayloadForFile(() => createTestPayload({}, { sqlite: true }))

describe('SQLite migrations', () => {
  it('cover every collection and field of the config (run `npm run migrate:create <name>` after a schema change)', async () => {
    // The same comparison `payload migrate:create` makes: latest committed snapshot against the config.
    const db = t.payload.db as unknown as SQLiteAdapter & { requireDrizzleKit: () => DrizzleKit }
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const after = await generateDrizzleJson(db.schema)
    const latest = fs
      .readdirSync(migrationDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .at(-1)!
    let before = JSON.parse(fs.readFileSync(path.join(migrationDir, latest), 'utf8'))
    if (upSnapshot && before.version < after.version) before = upSnapshot(before)
    expect(await generateMigration(before, after)).toEqual([])
  })

  it('are all listed in the index the app imports', async () => {
    const { migrations } = await import('@/migrations/sqlite')
    const files = fs
      .readdirSync(migrationDir)
      .filter((f) => /^\d.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
    expect(migrations.map((m) => m.name).sort()).toEqual(files.sort())
  })

  it('have built the schema of a fresh database and recorded themselves', async () => {
    const { docs } = await t.payload.find({ collection: 'payload-migrations', limit: 0 })
    expect(docs.map((d) => d.name).sort()).toEqual(
      fs
        .readdirSync(migrationDir)
        .filter((f) => /^\d.*\.ts$/.test(f))
        .map((f) => f.replace(/\.ts$/, ''))
        .sort(),
    )
  })
})

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}
