import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Pages } from '@/collections/Pages'
import { Users } from '@/collections/Users'
import { defaultLocale, locales } from '@/i18n/locales'
import { resolveDatabase, sqliteFilePath } from '@/lib/config/database'
import { resolveSecret } from '@/lib/config/secret'
import { onInit } from '@/lib/onInit'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

export type AppEnv = Partial<Record<string, string>>

type Options = {
  /** Project root: the data folder and relative `file:` URLs are resolved against it. */
  root: string
}

/**
 * The whole Payload config as a function of the environment, so tests build it for a fresh
 * database file without touching process.env.
 */
export function buildAppConfig(env: AppEnv, { root }: Options): Promise<SanitizedConfig> {
  const dataDir = path.resolve(root, 'data')
  const database = resolveDatabase(env.DATABASE_URI, root)

  const db =
    database.kind === 'mongodb'
      ? mongooseAdapter({
          url: database.url,
          migrationDir: path.resolve(root, 'src/migrations/mongodb'),
        })
      : sqliteAdapter({
          client: { url: database.url },
          // The schema comes only from committed migrations: dev-mode push asks questions on the
          // terminal and exits 0 when nobody answers, which would end CI silently green.
          push: false,
          migrationDir: path.resolve(root, 'src/migrations/sqlite'),
          prodMigrations: sqliteMigrations,
          wal: true,
          busyTimeout: 10_000,
        })

  if (database.kind === 'sqlite') fs.mkdirSync(path.dirname(sqliteFilePath(database.url)), { recursive: true })

  return buildConfig({
    admin: {
      user: Users.slug,
      importMap: { baseDir: path.resolve(root, 'src') },
      meta: { titleSuffix: ' · Khojaly Memorial' },
    },
    collections: [Users, Pages],
    db,
    editor: lexicalEditor(),
    graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
    i18n: {
      supportedLanguages: { az, en, ru },
      fallbackLanguage: 'az',
    },
    localization: {
      locales: locales.map(({ code, label }) => ({ code, label })),
      defaultLocale,
      fallback: true,
    },
    onInit,
    secret: resolveSecret(env, dataDir),
    serverURL: env.SERVER_URL || undefined,
    sharp,
    telemetry: false,
    typescript: { outputFile: path.resolve(root, 'src/payload-types.ts') },
  })
}
