import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createHash } from 'node:crypto'

import sharp from 'sharp'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { scriptPolicy } from '@tests/helpers/csp'
import { projectRoot } from '@tests/helpers/testPayload'
import { startServer, type RunningServer } from '@tests/helpers/server'

describe('the production server (next start)', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('creates the schema from migrations and answers /api/health with 200', async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' })
    await expect
      .poll(() => server.output(), { timeout: 5000 })
      .toMatch(/Migrated:\s+\d{8}_\d{6}_initial/)
  })

  it.each([
    ['ru-RU,ru;q=0.9,en;q=0.8', '/ru'],
    ['en-US,en;q=0.9', '/en'],
    ['de-DE,fr;q=0.8', '/az'],
    ['', '/az'],
  ])('redirects / for Accept-Language "%s" to %s', async (acceptLanguage, target) => {
    const response = await fetch(`${server.url}/`, {
      redirect: 'manual',
      headers: { 'accept-language': acceptLanguage },
    })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!, server.url).pathname).toBe(target)
  })

  it.each(['az', 'en', 'ru'])('serves /%s in its own language (<html lang>)', async (locale) => {
    const response = await fetch(`${server.url}/${locale}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(`<html lang="${locale}"`)
  })

  it('answers 404, not 500, for an unknown locale or page', async () => {
    expect((await fetch(`${server.url}/de`)).status).toBe(404)
    expect((await fetch(`${server.url}/en/no-such-page`)).status).toBe(404)
  })

  it('sends no X-Powered-By header, and the security headers of a production server', async () => {
    const headers = (await fetch(`${server.url}/en`)).headers
    expect(headers.get('x-powered-by')).toBeNull()
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    // /en is served from Next's cache: its scripts are allowed by their hashes; /en/search renders per request.
    const policy = headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'none'")
    expect(scriptPolicy(policy)).toBe('hashes')
    const search = await fetch(`${server.url}/en/search`)
    expect(scriptPolicy(search.headers.get('content-security-policy'))).toBe('nonce')
    // The proxy gives an id to what it sees; cached pages never reach it (their id is the front proxy's).
    expect(search.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('request bodies through the running server', () => {
  let server: RunningServer
  let auth: Record<string, string> = {}
  beforeAll(async () => {
    server = await startServer()
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password }),
    })
    auth = { authorization: `JWT ${(await login.json()).token}` }
  })
  afterAll(async () => {
    await server?.stop()
  })

  const count = async (collection: string) =>
    (
      await (
        await fetch(`${server.url}/api/${collection}?limit=0&draft=true`, { headers: auth })
      ).json()
    ).totalDocs

  it('refuses a JSON body over the limit with 413 and a reason, and writes nothing', async () => {
    const before = await count('pages')
    const response = await fetch(`${server.url}/api/pages?locale=az`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Böyük', summary: 'x'.repeat(3 * 1024 * 1024) }),
    })
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(
      /limit for JSON and other bodies is \d+ bytes/,
    )
    expect(response.headers.get('x-request-id')).toBeTruthy()
    expect(await count('pages')).toBe(before)
  })

  it('stores an upload larger than Next’s 10 MB request buffer byte for byte', async () => {
    // Noise does not compress: a 1900 × 1900 PNG of it is about 11 MB.
    const file = await sharp({
      create: {
        width: 1900,
        height: 1900,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(file.length).toBeGreaterThan(10 * 1024 * 1024)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), 'noise.png')
    form.append('_payload', JSON.stringify({ alt: 'Səs-küy' }))
    const response = await fetch(`${server.url}/api/media?locale=az`, {
      method: 'POST',
      headers: auth,
      body: form,
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    const stored = Buffer.from(await (await fetch(new URL(doc.url, server.url))).arrayBuffer())
    const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')
    expect(stored.length).toBe(file.length)
    expect(sha(stored)).toBe(sha(file))
  })
})

describe('a database failure while serving', () => {
  it('answers a permanent link with 500 and a log line naming the failed query, where a missing document is a 404', async () => {
    const server = await startServer()
    try {
      expect((await fetch(`${server.url}/en/id/articles/1`, { redirect: 'manual' })).status).toBe(
        404,
      )
      expect(
        (await fetch(`${server.url}/en/id/articles/not-an-id`, { redirect: 'manual' })).status,
      ).toBe(404)
      // The table goes away under the running server: every query on it now fails in the database.
      const client = createClient({ url: `file:${server.dbFile}` })
      await client.execute('ALTER TABLE articles RENAME TO articles_gone')
      client.close()
      const id = `permalink-${Date.now().toString(36)}`
      const response = await fetch(`${server.url}/en/id/articles/1`, {
        redirect: 'manual',
        headers: { 'x-request-id': id },
      })
      expect(response.status).toBe(500)
      await expect.poll(() => server.output(), { timeout: 5000 }).toContain(`"requestId":"${id}"`)
      const line = JSON.parse(
        server
          .output()
          .split('\n')
          .find((l) => l.includes(`"requestId":"${id}"`))!,
      )
      expect(line).toMatchObject({
        level: 'error',
        method: 'GET',
        path: '/en/id/articles/1',
        msg: expect.stringMatching(/^request failed: Failed query: .*"articles"/),
      })
      // An id no document can have still never reaches the database.
      expect(
        (await fetch(`${server.url}/en/id/articles/not-an-id`, { redirect: 'manual' })).status,
      ).toBe(404)
    } finally {
      await server.stop()
    }
  })
})

describe('start-up failures', () => {
  it('answers /api/health with 503 when the database file is unreadable', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-broken-'))
    const broken = path.join(dir, 'broken.db')
    fs.writeFileSync(broken, 'not an SQLite database\n'.repeat(200))
    const server = await startServer({ env: { DATABASE_URI: `file:${broken}` }, expectHealth: 503 })
    try {
      const response = await fetch(`${server.url}/api/health`)
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'error', database: 'error' })
      // A page cannot render either: the visitor's request id names the JSON line that says why.
      const lineOf = async (id: string) => {
        await expect.poll(() => server.output(), { timeout: 5000 }).toContain(`"requestId":"${id}"`)
        return JSON.parse(
          server
            .output()
            .split('\n')
            .find((l) => l.includes(`"requestId":"${id}"`))!,
        )
      }
      const page = await fetch(`${server.url}/az/search`)
      expect(page.status).toBe(500)
      const id = page.headers.get('x-request-id')!
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(await lineOf(id)).toMatchObject({
        level: 'error',
        method: 'GET',
        path: '/az/search',
        route: '/[locale]/search',
        msg: expect.stringMatching(/^request failed: /),
      })
      // A page that would be cached does not pass the proxy: the id is the one the front proxy
      // sends (docs/deploy/nginx.conf), and the line names it.
      const cached = await fetch(`${server.url}/az`, {
        headers: { 'x-request-id': 'nginx-5d41402abc4b2a76' },
      })
      expect(cached.status).toBe(500)
      expect(await lineOf('nginx-5d41402abc4b2a76')).toMatchObject({
        level: 'error',
        method: 'GET',
        path: '/az',
        route: '/[locale]',
      })
    } finally {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses to start on a bad DATABASE_URI with one line naming the variable', () => {
    const result = spawnSync(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '--port', '0'],
      {
        cwd: projectRoot,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          PAYLOAD_SECRET: 'x'.repeat(32),
          DATABASE_URI: 'postgres://localhost/x',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(result.status).toBe(1)
    const lines = result.stderr.split('\n').filter((line) => line.includes('DATABASE_URI'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/Start-up refused: DATABASE_URI is not valid .*file:.*mongodb:\/\//)
  })
})
