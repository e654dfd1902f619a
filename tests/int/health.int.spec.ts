import fs from 'node:fs'

import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkHealth } from '@/lib/health/health'
import { testPayloadForFile } from '@tests/helpers/testPayload'

const t = testPayloadForFile()

describe('/api/health', () => {
  it('answers 200 when the database answers', async () => {
    expect(await checkHealth(async () => t.payload)).toEqual({
      code: 200,
      body: { status: 'ok', database: 'ok' },
    })
  })

  it('answers 503 when the database file is unreadable', async () => {
    // A file that is not an SQLite database (overwritten, or a disk gone bad): Payload cannot start on it.
    const broken = `${t.dir}/broken.db`
    fs.writeFileSync(
      broken,
      'this is not an SQLite database file, whatever its name says'.repeat(100),
    )
    const { buildAppConfig } = await import('@/config/buildAppConfig')
    const { projectRoot } = await import('@tests/helpers/testPayload')
    const config = buildAppConfig(
      { DATABASE_URI: `file:${broken}`, PAYLOAD_SECRET: 'x'.repeat(32) },
      { root: projectRoot },
    )
    const result = await checkHealth(() => getPayload({ config, key: broken }))
    expect(result).toEqual({ code: 503, body: { status: 'error', database: 'error' } })
  })
})
