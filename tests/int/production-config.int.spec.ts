import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'

import type { Payload, SanitizedCollectionConfig } from 'payload'
import { pino } from 'pino'
import { afterAll, describe, expect, it } from 'vitest'

import { buildAppConfig, type AppEnv } from '@/config/buildAppConfig'
import { shouldAutoRunJobs } from '@/lib/jobs/jobsLeader'
import { loggerConfig } from '@/lib/observability/logger'
import { requestIdFrom } from '@/lib/observability/requestId'
import { closeRedisClients } from '@/lib/redis/redisClient'
import { freePort } from '@tests/helpers/server'
import { freshMongoDatabase, projectRoot } from '@tests/helpers/testPayload'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-prodcfg-'))
afterAll(async () => {
  await closeRedisClients()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** The sanitized config only: no database is opened, no bucket contacted. */
async function mediaCollection(env: AppEnv): Promise<SanitizedCollectionConfig> {
  const config = await buildAppConfig(
    { DATABASE_URI: `file:${dir}/unused.db`, PAYLOAD_SECRET: 'x'.repeat(32), ...env },
    { root: projectRoot },
  )
  return config.collections.find((c) => c.slug === 'media')!
}

const S3_ENV = {
  S3_BUCKET: 'khojaly-media',
  S3_REGION: 'eu-central-1',
  S3_ENDPOINT: 'http://minio:9000',
  S3_ACCESS_KEY_ID: 'minio',
  S3_SECRET_ACCESS_KEY: 'minio-secret',
  S3_FORCE_PATH_STYLE: 'true',
}

describe('media storage', () => {
  it('keeps files in the local media folder without S3_BUCKET', async () => {
    const media = await mediaCollection({ MEDIA_DIR: `${dir}/media` })
    expect(media.upload.adapter).toBeUndefined()
    expect(media.upload.disableLocalStorage).not.toBe(true)
    expect(media.upload.staticDir).toBe(`${dir}/media`)
  })

  it('stores files in the S3 bucket through @payloadcms/storage-s3 when S3_BUCKET is set', async () => {
    const local = await mediaCollection({})
    const s3 = await mediaCollection(S3_ENV)
    expect(s3.upload.adapter).toBe('s3')
    expect(s3.upload.disableLocalStorage).toBe(true)
    // The plugin's handler serves /api/media/file/… from the bucket, and its hooks upload and delete objects.
    expect(s3.upload.handlers?.length ?? 0).toBe((local.upload.handlers?.length ?? 0) + 1)
    expect(s3.hooks.afterChange.length).toBe(local.hooks.afterChange.length + 1)
    expect(s3.hooks.afterDelete.length).toBe(local.hooks.afterDelete.length + 1)
  })

  it('has the same media columns either way, so one set of migrations fits both', async () => {
    const names = (c: SanitizedCollectionConfig) => c.flattenedFields.map((f) => f.name).sort()
    const local = await mediaCollection({})
    expect(names(local)).toEqual(names(await mediaCollection(S3_ENV)))
    expect(names(local)).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
  })

  it('refuses half a key pair', async () => {
    await expect(
      mediaCollection({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'only-the-id' }),
    ).rejects.toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/)
  })
})

describe('structured logs', () => {
  function capture(env: Parameters<typeof loggerConfig>[0]) {
    const lines: string[] = []
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) })
    const config = loggerConfig(env)
    if (!config || config === 'sync' || !('options' in config))
      throw new Error('expected pino options')
    return { logger: pino(config.options, sink), lines }
  }

  it('writes one JSON object per line in production, with the request id, ISO time and level name', () => {
    const { logger, lines } = capture({ NODE_ENV: 'production' })
    logger.info(
      {
        requestId: 'req-12345678',
        password: 'hunter2',
        req: { headers: { cookie: 'payload-token=secret' } },
      },
      'published',
    )
    const line = JSON.parse(lines[0])
    expect(line).toMatchObject({
      level: 'info',
      msg: 'published',
      requestId: 'req-12345678',
      password: '[redacted]',
    })
    expect(line.req.headers.cookie).toBe('[redacted]')
    expect(new Date(line.time).toISOString()).toBe(line.time)
    expect(line.hostname).toBe(os.hostname())
  })

  it('keeps Payload’s readable output in development unless LOG_FORMAT=json, and honours LOG_LEVEL', () => {
    expect(loggerConfig({ NODE_ENV: 'development' })).toBeUndefined()
    const { logger, lines } = capture({
      NODE_ENV: 'development',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
    })
    logger.info('hidden')
    logger.warn('shown')
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown'])
  })
})

describe('request ids', () => {
  it('reuses an id from the load balancer and makes one otherwise', () => {
    expect(requestIdFrom(new Headers({ 'x-request-id': 'lb-4f9c2a71-aa' }))).toBe('lb-4f9c2a71-aa')
    const made = requestIdFrom(new Headers())
    expect(made).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestIdFrom(new Headers())).not.toBe(made)
    // Nothing that could forge or break a log line is echoed.
    expect(requestIdFrom(new Headers({ 'x-request-id': 'a"b\\nc}{"level":"fatal' }))).toMatch(
      /^[0-9a-f-]{36}$/,
    )
  })
})

describe('one job runner across instances', () => {
  const payload = { logger: { warn: () => {} } } as unknown as Payload

  it('runs jobs by default and never where JOBS_AUTORUN=false', async () => {
    expect(await shouldAutoRunJobs({})(payload)).toBe(true)
    expect(await shouldAutoRunJobs({ JOBS_AUTORUN: 'false' })(payload)).toBe(false)
  })

  it('skips the tick rather than risk running a job twice when the Redis lease cannot be taken', async () => {
    const port = await freePort() // nothing listens there
    expect(await shouldAutoRunJobs({ REDIS_URL: `redis://127.0.0.1:${port}` })(payload)).toBe(false)
  })

  it('is wired into the Payload config', async () => {
    const config = await buildAppConfig(
      {
        DATABASE_URI: `file:${dir}/unused.db`,
        PAYLOAD_SECRET: 'x'.repeat(32),
        JOBS_AUTORUN: 'false',
      },
      { root: projectRoot },
    )
    expect(await config.jobs.shouldAutoRun?.(payload)).toBe(false)
  })
})

describe('npm run test:mongo', () => {
  it('gives each test file a database of its own on the same server, options kept', () => {
    const a = freshMongoDatabase(
      'mongodb://u:p@h1:27017,h2:27017/khojaly?replicaSet=rs0&authSource=admin',
    )
    expect(a).toMatch(
      /^mongodb:\/\/u:p@h1:27017,h2:27017\/khojaly_t[0-9a-f]{12}\?replicaSet=rs0&authSource=admin$/,
    )
    expect(freshMongoDatabase('mongodb://h1:27017/khojaly?replicaSet=rs0')).not.toBe(
      freshMongoDatabase('mongodb://h1:27017/khojaly?replicaSet=rs0'),
    )
    expect(freshMongoDatabase('mongodb+srv://cluster.example.net')).toMatch(
      /^mongodb\+srv:\/\/cluster\.example\.net\/khojaly_t[0-9a-f]{12}$/,
    )
  })
})
