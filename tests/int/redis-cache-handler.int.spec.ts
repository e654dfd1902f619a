import { spawnSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasRedisServer, startRedis, type RunningRedis } from '@tests/helpers/redisServer'
import { projectRoot } from '@tests/helpers/testPayload'

type Handler = {
  get: (
    key: string,
    ctx: object,
  ) => Promise<{ lastModified: number; value: Record<string, unknown> } | null>
  set: (key: string, data: object | null, ctx: object) => Promise<void>
  revalidateTag: (tags: string | string[]) => Promise<void>
}
type HandlerModule = { default: new (ctx: object) => Handler; closeCacheRedis: () => Promise<void> }

let redis: RunningRedis
let mod: HandlerModule

// The handler needs a real Redis: Debian's redis-server, which the two-instance e2e test installs.
describe.skipIf(!hasRedisServer())('Redis cache handler (next.config.ts cacheHandler)', () => {
  beforeAll(async () => {
    redis = await startRedis()
    process.env.REDIS_URL = redis.url
    mod = (await import('@/lib/cache/redisCacheHandler.mjs')) as unknown as HandlerModule
  })
  afterAll(async () => {
    await mod?.closeCacheRedis()
    delete process.env.REDIS_URL
    await redis?.stop()
  })

  const page = (title: string) => ({
    kind: 'APP_PAGE',
    html: `<h1>${title}</h1>`,
    rscData: Buffer.from(`rsc:${title}`),
    segmentData: new Map([['/_tree', Buffer.from([0, 1, 2, 255])]]),
    headers: {
      'x-next-cache-tags':
        '_N_T_/layout,_N_T_/[locale]/articles/[slug]/page,_N_T_/en/articles/first',
    },
    status: 200,
    postponed: undefined,
  })
  const ctx = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false }
  const cacheControl = { revalidate: false, expire: undefined }

  it('gives back what it stored, Buffers and Maps included', async () => {
    const handler = new mod.default({})
    await handler.set('/en/articles/first', page('First'), { ...ctx, cacheControl })
    const entry = await new mod.default({}).get('/en/articles/first', ctx)
    expect(entry?.value.html).toBe('<h1>First</h1>')
    expect(Buffer.isBuffer(entry?.value.rscData)).toBe(true)
    expect(String(entry?.value.rscData)).toBe('rsc:First')
    expect((entry?.value.segmentData as Map<string, Buffer>).get('/_tree')).toEqual(
      Buffer.from([0, 1, 2, 255]),
    )
    expect(entry?.lastModified).toBeLessThanOrEqual(Date.now())
  })

  it('misses once another process revalidates the page’s path tag, and hits again after a new render', async () => {
    const handler = new mod.default({})
    await handler.set('/en/articles/first', page('First'), { ...ctx, cacheControl })
    await handler.set(
      '/en/articles/other',
      { ...page('Other'), headers: { 'x-next-cache-tags': '_N_T_/en/articles/other' } },
      { ...ctx, cacheControl },
    )
    await new Promise((resolve) => setTimeout(resolve, 5))
    // Another instance: a separate Node process with the same REDIS_URL, as revalidatePath('/en/articles/first') would do there.
    const script =
      "const m = await import('./src/lib/cache/redisCacheHandler.mjs'); await new m.default({}).revalidateTag(['_N_T_/en/articles/first']); await m.closeCacheRedis()"
    const other = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: projectRoot,
      env: { ...process.env, REDIS_URL: redis.url },
      encoding: 'utf8',
    })
    expect(other.stderr).toBe('')
    expect(other.status).toBe(0)
    expect(await handler.get('/en/articles/first', ctx)).toBeNull()
    expect((await handler.get('/en/articles/other', ctx))?.value.html).toBe('<h1>Other</h1>')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.set('/en/articles/first', page('First, edited'), { ...ctx, cacheControl })
    expect((await handler.get('/en/articles/first', ctx))?.value.html).toBe(
      '<h1>First, edited</h1>',
    )
  })

  it('honours the tags a fetch names when it reads', async () => {
    const handler = new mod.default({})
    const fetchCtx = {
      kind: 'FETCH',
      tags: ['articles'],
      softTags: ['_N_T_/en/articles'],
      fetchCache: true,
    }
    await handler.set(
      'fetch-key',
      { kind: 'FETCH', data: { body: 'x', headers: {}, status: 200, url: 'u' }, revalidate: 60 },
      fetchCtx,
    )
    expect(await handler.get('fetch-key', fetchCtx)).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.revalidateTag('_N_T_/en/articles')
    expect(await handler.get('fetch-key', fetchCtx)).toBeNull()
  })

  it('answers a miss instead of failing the request when Redis is gone', async () => {
    await redis.stop()
    expect(await new mod.default({}).get('/en/articles/first', ctx)).toBeNull()
  })
})

describe('without REDIS_URL', () => {
  it('hands every call to Next’s own file-system cache, as a single instance always did', async () => {
    const saved = process.env.REDIS_URL
    delete process.env.REDIS_URL
    try {
      const { default: Handler } =
        (await import('@/lib/cache/redisCacheHandler.mjs')) as unknown as HandlerModule
      const handler = new Handler({
        fs: {},
        serverDistDir: '/tmp/unused/server',
        revalidatedTags: [],
      }) as Handler & { local?: object }
      expect(handler.local?.constructor.name).toBe('FileSystemCache')
    } finally {
      if (saved !== undefined) process.env.REDIS_URL = saved
    }
  })
})
