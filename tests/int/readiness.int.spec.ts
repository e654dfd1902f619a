import fs from 'node:fs'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '@/config/buildAppConfig'
import { checkReadiness } from '@/lib/health/readiness'
import { closeRedisClients } from '@/lib/redis/redisClient'
import { hasRedisServer, startRedis, type RunningRedis } from '@tests/helpers/redisServer'
import { freePort } from '@tests/helpers/server'
import { projectRoot, testPayloadForFile } from '@tests/helpers/testPayload'

// Registered before the hooks below, so the instance is destroyed after Redis stops (hooks run as a stack).
const t = testPayloadForFile()
let redis: RunningRedis | undefined
beforeAll(async () => {
  if (hasRedisServer()) redis = await startRedis()
})
afterAll(async () => {
  await closeRedisClients()
  await redis?.stop()
})

describe('/api/ready', () => {
  it('is ready when the database answers and no Redis is configured', async () => {
    expect(await checkReadiness(async () => t.payload, {})).toEqual({
      code: 200,
      body: { status: 'ready', database: 'ok', redis: 'not-configured' },
    })
  })

  it('is not ready, and says Redis failed, when REDIS_URL names a Redis that does not answer', async () => {
    const port = await freePort() // nothing listens there
    const started = Date.now()
    const result = await checkReadiness(async () => t.payload, {
      REDIS_URL: `redis://127.0.0.1:${port}`,
    })
    expect(result).toEqual({
      code: 503,
      body: { status: 'not-ready', database: 'ok', redis: 'error' },
    })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  // Needs Debian's redis-server (the two-instance browser-free e2e test installs it); without it
  // the case above still proves the Redis part is checked.
  it.skipIf(!hasRedisServer())('is ready when the database and Redis both answer', async () => {
    expect(await checkReadiness(async () => t.payload, { REDIS_URL: redis!.url })).toEqual({
      code: 200,
      body: { status: 'ready', database: 'ok', redis: 'ok' },
    })
  })

  it('is not ready, and says the database failed, when the database file is unreadable', async () => {
    const broken = `${t.dir}/broken.db`
    fs.writeFileSync(
      broken,
      'this is not an SQLite database file, whatever its name says'.repeat(100),
    )
    const config = buildAppConfig(
      { DATABASE_URI: `file:${broken}`, PAYLOAD_SECRET: 'x'.repeat(32) },
      { root: projectRoot },
    )
    const result = await checkReadiness(() => getPayload({ config, key: broken }), {})
    expect(result).toEqual({
      code: 503,
      body: { status: 'not-ready', database: 'error', redis: 'not-configured' },
    })
  })
})
