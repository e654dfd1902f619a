import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { buildAppConfig, type AppEnv } from '@/lib/config/buildAppConfig'

export const projectRoot = path.resolve(import.meta.dirname, '..', '..')

export type TestPayload = { payload: Payload; dbFile: string; dir: string; destroy: () => Promise<void> }

/**
 * A real Payload on a fresh temporary SQLite file (or, under `npm run test:mongo`, DATABASE_URI), schema from the committed migrations (onInit).
 * Call `destroy` in afterAll: it closes the database and deletes the folder.
 */
export async function createTestPayload(env: AppEnv = {}, { cron = false, key = 'default' } = {}): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-int-'))
  const dbFile = path.join(dir, 'test.db')
  const config = await buildAppConfig(
    {
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      MEDIA_DIR: path.join(dir, 'media'),
      ...env,
      DATABASE_URI: env.DATABASE_URI ?? `file:${dbFile}`,
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
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Context for writes that must not revalidate Next's cache. A new object each call: Payload writes
 * into `context` (restoreVersion leaves `isRestoringVersion: true` there), so a shared object leaks
 * one operation's state into the next.
 */
export const noRevalidate = () => ({ disableRevalidate: true })
