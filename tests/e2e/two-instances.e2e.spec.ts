import { randomBytes } from 'node:crypto'

import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { hashesMatchScripts, scriptPolicy } from '@tests/helpers/csp'
import { ensureRedisServer, startRedis, type RunningRedis } from '@tests/helpers/redisServer'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { lexical } from '@tests/helpers/site'

/**
 * Two `next start` instances behind one (imaginary) load balancer: one SQLite file stands in for
 * the shared MongoDB, and one Redis from Debian's redis-server shares Next's cache between them
 * (src/lib/cache/redisCacheHandler.mjs). A publish on A must reach B: B keeps its rendered pages
 * (with their script policy) and what they read in Redis, and A's revalidation marks the tag there.
 * No browser: plain HTTP is what a CDN and the load balancer see.
 */
const redisServer = ensureRedisServer()
if (!redisServer.ok) console.warn(`Skipping the two-instance test: ${redisServer.reason}`)

const marker = `m${Date.now().toString(36)}`
const slug = `iki-server-${marker}`
const pagePath = `/az/articles/${slug}`

/** The text of the page's first <h1>, or null. */
const h1 = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim() ?? null

describe.skipIf(!redisServer.ok)('two instances share one cache through Redis', () => {
  let redis: RunningRedis
  let a: RunningServer
  let b: RunningServer
  let token = ''
  let articleId: number | string = ''

  beforeAll(async () => {
    redis = await startRedis()
    // One secret for the cluster, as in production (sessions signed on one instance hold on the other).
    const env = { REDIS_URL: redis.url, PAYLOAD_SECRET: randomBytes(24).toString('hex') }
    a = await startServer({ env })
    // B starts after A has applied the migrations, on A's database file.
    b = await startServer({ env, dbFile: a.dbFile })
  })
  afterAll(async () => {
    // B first: A's folder holds the shared database file.
    await b?.stop()
    await a?.stop()
    await redis?.stop()
  })

  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${a.url}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...init.headers,
      },
    })
    const body = await response.json()
    if (!response.ok)
      throw new Error(
        `${init.method ?? 'GET'} ${path} → ${response.status}: ${JSON.stringify(body)}`,
      )
    return body
  }

  it('both instances report Redis ready', async () => {
    for (const server of [a, b]) {
      const response = await fetch(`${server.url}/api/ready`)
      expect(await response.json()).toEqual({ status: 'ready', database: 'ok', redis: 'ok' })
      expect(response.status).toBe(200)
    }
  })

  it('publishes an article on A as the demo admin', async () => {
    const login = await api('/api/users/login', {
      method: 'POST',
      body: JSON.stringify({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password }),
    })
    token = login.token
    expect(token).toBeTruthy()
    const created = await api('/api/articles?locale=az', {
      method: 'POST',
      body: JSON.stringify({
        title: `Birinci başlıq ${marker}`,
        slug,
        excerpt: `Qısa məzmun ${marker}.`,
        content: lexical(`Mətn ${marker}.`),
        _status: 'published',
      }),
    })
    articleId = created.doc.id
    expect(created.doc.slug).toBe(slug)
  })

  it('B reads the article once and keeps what it read in Redis, where A finds it', async () => {
    const client = new Redis(redis.url)
    try {
      const entries = async () => {
        const keys = (await client.keys('khojaly:next:*'))
          .filter((key) => !key.endsWith(':tags'))
          .sort()
        return new Map(keys.length ? keys.map((key, i) => [key, i]) : [])
      }
      const values = async (keys: string[]) => (keys.length ? await client.mget(...keys) : [])
      const before = await entries()
      const first = await fetch(`${b.url}${pagePath}`)
      expect(first.status).toBe(200)
      expect(h1(await first.text())).toBe(`Birinci başlıq ${marker}`)
      // The page is cached whole in Redis (with its script policy), and so is what it read.
      const cached = [...(await entries()).keys()].filter((key) => !before.has(key))
      expect(cached.length).toBeGreaterThan(0)
      const written = await values(cached)
      // A serves the same page from B's entries: it rewrites none of them (a miss would), and the
      // page keeps the policy B gave it, with the hashes of the very scripts A sends.
      const onA = await fetch(`${a.url}${pagePath}`)
      const html = await onA.text()
      expect(h1(html)).toBe(`Birinci başlıq ${marker}`)
      expect(await values(cached)).toEqual(written)
      const policy = onA.headers.get('content-security-policy')
      expect(scriptPolicy(policy)).toBe('hashes')
      expect(hashesMatchScripts(policy!, html)).toBe(true)
      expect(onA.headers.get('etag')).toBe(first.headers.get('etag'))
    } finally {
      client.disconnect()
    }
  })

  it('a new title published on A shows on B within 2 s', async () => {
    await api(`/api/articles/${articleId}?locale=az`, {
      method: 'PATCH',
      body: JSON.stringify({ title: `Yeni başlıq ${marker}`, _status: 'published' }),
    })
    const published = Date.now()
    await expect
      .poll(async () => h1(await (await fetch(`${b.url}${pagePath}`)).text()), {
        timeout: 2000,
        interval: 100,
      })
      .toBe(`Yeni başlıq ${marker}`)
    // expect.poll makes one last attempt after its timeout: that one must not count.
    expect(Date.now() - published).toBeLessThan(2000)
  })
})
