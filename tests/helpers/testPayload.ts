import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { buildAppConfig, type AppEnv } from '@/lib/config/buildAppConfig'

export const projectRoot = path.resolve(import.meta.dirname, '..', '..')

export type TestPayload = { payload: Payload; dbFile: string; dir: string; destroy: () => Promise<void> }

/**
 * A real Payload on a fresh temporary SQLite file, schema from the committed migrations (onInit).
 * Call `destroy` in afterAll: it closes the database and deletes the folder.
 */
export async function createTestPayload(env: AppEnv = {}, { cron = false } = {}): Promise<TestPayload> {
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
  // `cron` starts Payload's job runner (scheduled publish), as the app does.
  const payload = await getPayload({ config, key: dir, cron })
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

/** Writes that must not call Next's cache API (which throws outside a request). */
export const noRevalidate = { disableRevalidate: true } as const
