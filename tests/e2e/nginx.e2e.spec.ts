import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { hashesMatchScripts, scriptPolicy } from '@tests/helpers/csp'
import { ensureDebianCommand } from '@tests/helpers/debianPackage'
import { freePort, startServer, type RunningServer } from '@tests/helpers/server'
import { restClient } from '@tests/helpers/site'
import { projectRoot } from '@tests/helpers/testPayload'

// The benchmark's own nginx starter, so the test runs the config exactly as the bench measures it.
// eslint-disable-next-line no-restricted-imports
import { startNginx } from '../../bench/lib/nginx'
// eslint-disable-next-line no-restricted-imports
import type { Started } from '../../bench/lib/processes'

/**
 * The reverse proxy docs/deploy.md ships (docs/deploy/nginx.conf), run by Debian's nginx in front
 * of `next start` exactly as the benchmark runs it (only ports and folders changed). No browser:
 * what matters is what nginx sends and keeps.
 */
const nginx = ensureDebianCommand('nginx', 'nginx-light')
if (!nginx.ok) console.warn(`Skipping the nginx test: ${nginx.reason}`)

describe.skipIf(!nginx.ok)('the shipped nginx config in front of the app', () => {
  let app: RunningServer
  let proxy: Started
  let token = ''
  let prefix = ''
  const api = restClient(
    () => app.url,
    () => token,
  )
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${proxy.url}${path}`, { headers })

  beforeAll(async () => {
    app = await startServer({ seed: true })
    // Not inside the app's folder (mkdtemp makes it 0700): nginx's workers drop root and must reach
    // their cache. startNginx recreates this folder with the default, open mode.
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-nginx-'))
    proxy = await startNginx({
      shippedConfig: path.join(projectRoot, 'docs', 'deploy', 'nginx.conf'),
      prefix,
      port: await freePort(),
      upstreamPort: Number(new URL(app.url).port),
    })
    token = String(
      (
        await api('POST', '/api/users/login', {
          email: DEMO_ADMIN.email,
          password: DEMO_ADMIN.password,
        })
      ).json.token,
    )
  })
  afterAll(async () => {
    await proxy?.stop()
    await app?.stop()
    if (prefix) fs.rmSync(prefix, { recursive: true, force: true })
  })

  it('keeps a page in its micro-cache with the page’s own policy intact (its hashes are the scripts it sends)', async () => {
    await (await get('/en')).arrayBuffer()
    const hit = await get('/en')
    const html = await hit.text()
    expect(hit.status).toBe(200)
    expect(hit.headers.get('x-cache-status')).toMatch(/^(HIT|UPDATING|STALE)$/)
    const policy = hit.headers.get('content-security-policy')
    expect(scriptPolicy(policy)).toBe('hashes')
    expect(hashesMatchScripts(policy!, html)).toBe(true)
  })

  it('gives each response the id of its own request, cached or not, as its access-log line names it', async () => {
    const ids: string[] = []
    for (let i = 0; i < 2; i++) {
      const response = await get('/en/articles')
      await response.arrayBuffer()
      ids.push(response.headers.get('x-request-id') ?? '')
    }
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(ids[1]).toMatch(/^[0-9a-f]{32}$/)
    // The second is served from the micro-cache, which kept the first one's headers.
    expect(ids[1]).not.toBe(ids[0])
    // The access log is buffered (flush=1s).
    const log = path.join(prefix, 'logs', 'access.log')
    const logged = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '')
    await expect
      .poll(() => ids.filter((id) => !logged().includes(`rid=${id}`)), {
        timeout: 5000,
        interval: 250,
      })
      .toEqual([])
  })

  it('answers a conditional request with 304 from the page’s ETag', async () => {
    const page = await get('/en/timeline')
    await page.arrayBuffer()
    // fetch asks for gzip, and nginx weakens the page's ETag when it compresses (W/"…").
    const etag = page.headers.get('etag')
    expect(etag).toMatch(/^(W\/)?"[\w-]+"$/)
    const again = await get('/en/timeline', { 'if-none-match': etag! })
    expect(again.status).toBe(304)
  })

  it('compresses for the visitor itself', async () => {
    const plain = await (await get('/ru/monuments', { 'accept-encoding': 'identity' })).text()
    const gzipped = await get('/ru/monuments', { 'accept-encoding': 'gzip' })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    // fetch decompresses on its own: the same page as the uncompressed one.
    expect(await gzipped.text()).toBe(plain)
  })

  it('keeps the map sprite like a built asset, and compresses it', async () => {
    const sprite = (await (await get('/en/monuments')).text()).match(/\/maps\/[0-9a-f]+\.svg/)![0]
    // The same request twice: Next's response varies on Accept-Encoding, and nginx keeps a copy per variant.
    await (await get(sprite, { 'accept-encoding': 'gzip' })).arrayBuffer()
    const again = await get(sprite, { 'accept-encoding': 'gzip' })
    expect(again.status).toBe(200)
    expect(again.headers.get('x-cache-status')).toBe('HIT')
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(again.headers.get('content-encoding')).toBe('gzip')
    expect(await again.text()).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><g id="world">/,
    )
  })

  it('never caches for a signed-in editor, nor the API', async () => {
    const editor = await get('/en', { cookie: `payload-token=${token}` })
    await editor.arrayBuffer()
    expect(editor.headers.get('x-cache-status')).toBe('BYPASS')
    const apiResponse = await get('/api/articles?locale=en&limit=1')
    await apiResponse.arrayBuffer()
    expect(apiResponse.status).toBe(200)
    expect(apiResponse.headers.get('x-cache-status')).toBeNull()
  })

  it('shows a publish within 2 s through the micro-cache', async () => {
    const [article] = (await api('GET', '/api/articles?locale=en&limit=1&sort=-publishedAt')).json
      .docs as { id: number; slug: string }[]
    const path = `/en/articles/${article.slug}`
    await (await get(path)).arrayBuffer()
    const marker = `nginx${Date.now().toString(36)}`
    const saved = await api('PATCH', `/api/articles/${article.id}?locale=en`, {
      excerpt: `Excerpt ${marker}.`,
      _status: 'published',
    })
    expect(saved.status).toBe(200)
    await expect
      .poll(async () => (await (await get(path)).text()).includes(marker), {
        timeout: 2000,
        interval: 50,
      })
      .toBe(true)
  })
})
