import { ConfigError } from '@/lib/config/ConfigError'
import path from 'node:path'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string }
  | { kind: 'mongodb'; url: string }

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
