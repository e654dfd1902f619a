import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { buildAppConfig, type AppEnv } from '@/config/buildAppConfig'
import { seed } from '@/seed'

export const projectRoot = path.resolve(import.meta.dirname, '..', '..')

export type TestPayload = {
  payload: Payload
  dbFile: string
  dir: string
  destroy: () => Promise<void>
}

/** `npm run test:mongo`: the MongoDB server every test file gets its own database on (unset: SQLite). */
export const testMongoUri = () =>
  /^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URI ?? '')
    ? process.env.DATABASE_URI!
    : undefined

/**
 * The same server and options with a database of its own: `mongodb://h1,h2/khojaly?replicaSet=rs0`
 * becomes `mongodb://h1,h2/khojaly_t<random>?replicaSet=rs0` (MongoDB allows 63 characters).
 */
export function freshMongoDatabase(uri: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/([^?]*))?(\?.*)?$/.exec(uri)
  if (!match) throw new Error('DATABASE_URI is not a mongodb:// URL')
  const [, server, name, query = ''] = match
  return `${server}/${(name || 'khojaly').slice(0, 40)}_t${randomBytes(6).toString('hex')}${query}`
}

type Options = {
  /** Start Payload's job runner (scheduled publish), as the app does. */
  cron?: boolean
  key?: string
  /** Always SQLite, also under `npm run test:mongo`: for tests of the SQLite adapter itself (migrations). */
  sqlite?: boolean
}

/**
 * A real Payload on a fresh temporary SQLite file, schema from the committed migrations (onInit);
 * under `npm run test:mongo` (DATABASE_URI=mongodb://…) on a fresh MongoDB database instead, dropped
 * by `destroy`. An explicit `env.DATABASE_URI` wins over both.
 * Call `destroy` in afterAll (testPayloadForFile does): it closes the database and deletes the folder.
 */
export async function createTestPayload(
  env: AppEnv = {},
  { cron = false, key = 'default', sqlite = false }: Options = {},
): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-int-'))
  const dbFile = path.join(dir, 'test.db')
  const mongo = !env.DATABASE_URI && !sqlite ? testMongoUri() : undefined
  const config = await buildAppConfig(
    {
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      MEDIA_DIR: path.join(dir, 'media'),
      SUBMISSIONS_DIR: path.join(dir, 'submission-files'),
      ...env,
      DATABASE_URI: env.DATABASE_URI ?? (mongo ? freshMongoDatabase(mongo) : `file:${dbFile}`),
    },
    { root: projectRoot },
  )
  // `cron` starts Payload's job runner (scheduled publish), as the app does. The first instance of a
  // test file takes the default key, so the REST and GraphQL handlers (tests/helpers/api.ts) reach it.
  const payload = await getPayload({ config, key, cron })
  return {
    payload,
    dbFile,
    dir,
    destroy: async () => {
      if (mongo) await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      await payload.destroy()
      // Payload keeps each instance by key for the life of the process; the next test file in this
      // worker (tests run without isolation) must get its own, not this closed one.
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete(key)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A test Payload holding the demo archive (the seed, silently): what most API and search tests read. */
export async function createSeededTestPayload(
  env: AppEnv = {},
  options: Options = {},
): Promise<TestPayload> {
  const t = await createTestPayload(env, options)
  await seed(t.payload, { log: () => {} })
  return t
}

/**
 * The test file's Payload: `make` runs in beforeAll and the instance is destroyed in afterAll.
 * Each member reads the instance of the moment, so `t.payload` works in hooks and tests (registered
 * after this call), not at the top level of the file.
 */
export function testPayloadForFile(
  make: () => Promise<TestPayload> = createTestPayload,
): Omit<TestPayload, 'destroy'> {
  let current: TestPayload | undefined
  const instance = () => {
    if (!current) throw new Error('The test Payload exists from beforeAll to afterAll only')
    return current
  }
  beforeAll(async () => {
    current = await make()
  })
  afterAll(async () => {
    await current?.destroy()
  })
  return {
    get payload() {
      return instance().payload
    },
    get dbFile() {
      return instance().dbFile
    },
    get dir() {
      return instance().dir
    },
  }
}

/**
 * Context for writes that must not revalidate Next's cache. A new object each call: Payload writes
 * into `context` (restoreVersion leaves `isRestoringVersion: true` there), so a shared object leaks
 * one operation's state into the next.
 */
export const noRevalidate = () => ({ disableRevalidate: true })
