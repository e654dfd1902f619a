import { ConfigError } from '@/lib/env/ConfigError'
import path from 'node:path'

export type DatabaseTarget = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = 'data/khojaly.db'

export class DatabaseUriError extends ConfigError {
  constructor(value: string) {
    super(
      `DATABASE_URI is not valid ("${redact(value)}"): use file:<path> for the embedded SQLite database ` +
        `(or leave it unset for file:./${DEFAULT_SQLITE_FILE}), or mongodb://… / mongodb+srv://… for MongoDB.`,
    )
  }
}

/** Passwords in a connection string must not reach logs. */
const redact = (value: string) => value.replace(/\/\/([^@/]*)@/, '//***@')

/**
 * Chooses the database from DATABASE_URI. Unset or `file:` is the embedded SQLite default, so the
 * first `npm run dev` needs no setup; MongoDB is the production database.
 */
export function resolveDatabase(uri: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: `file:${path.resolve(cwd, DEFAULT_SQLITE_FILE)}` }
  if (/^mongodb(\+srv)?:\/\/\S+$/.test(value)) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file) throw new DatabaseUriError(value)
    return { kind: 'sqlite', url: `file:${path.resolve(cwd, file)}` }
  }
  throw new DatabaseUriError(value)
}

/** The file a `file:` URL points at, for the folder it must live in. */
export const sqliteFilePath = (url: string) => url.slice('file:'.length)

type SqliteClient = { execute: (statement: string) => Promise<unknown> }

/**
 * SQLite plans queries from statistics that only ANALYZE writes. Without them it answers the public
 * "published only" filter through the `_status` index and builds every published row before sorting
 * (about 55 s for 20 of 2 600 articles in the benchmark, 18 ms with statistics). ANALYZE with an
 * analysis limit samples each index instead of reading it whole: 70 ms on the 590 MB benchmark
 * archive. A sample of 10 000 rows, not fewer: from 1 000 SQLite took "killed" for a rare fate and
 * listed the registry's 3 500 killed through the fate index and a sort (24 ms) instead of walking
 * the name order (2 ms). Run at start, after a seed or a restore, and every ten minutes, as the
 * archive grows: statistics of a young site describe nearly empty tables, and a bulk import then
 * slows with every document (`PRAGMA optimize` alone skips never-analyzed tables).
 * MongoDB plans without such statistics. This is the one raw statement of the app, kept here with
 * the adapter choice.
 */
export function keepSqliteStatistics(
  db: { name: string; client?: unknown },
  log: (message: string) => void,
): void {
  if (db.name !== 'sqlite') return
  const optimize = () =>
    refreshSqliteStatistics(db).catch((error: unknown) =>
      log(`ANALYZE failed: ${(error as Error).message}`),
    )
  void optimize()
  setInterval(optimize, 10 * 60 * 1000).unref()
}

/**
 * One ANALYZE now, for bulk writers (bench/generate.ts): statistics taken on the empty tables at
 * start leave SQLite without the skip-scan on Payload's `(_locale, _parent_id)` indexes, so every
 * read of a document's locale rows scans the whole `_locales` table and each write costs more than
 * the last (docs/benchmarks.md, archive generator). No-op on other adapters.
 */
export async function refreshSqliteStatistics(db: {
  name: string
  client?: unknown
}): Promise<void> {
  if (db.name !== 'sqlite') return
  const client = db.client as SqliteClient
  await client.execute('PRAGMA analysis_limit=10000')
  await client.execute('ANALYZE')
}
