import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { productionNode, productionNodeVersion } from '@tests/helpers/nodeRuntime'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { lexical } from '@tests/helpers/site'

/**
 * The build the browser tests just made, started on the Node version of the production image
 * (the Dockerfile's), with node_modules as this machine's npm installed them: start, pages in every
 * locale, an admin's sign-in, a publish that reaches its page, and the native code the app loads
 * at run time (libsql for every query, sharp for uploads and Next's image optimizer).
 */
const version = productionNodeVersion()
const projectRoot = path.resolve(import.meta.dirname, '..', '..')

/** The processes of a process group (`next start` and the next-server it forks), by /proc. */
function processGroup(pgid: number): number[] {
  return fs.readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return []
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command's closing parenthesis: state, ppid, pgrp.
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid
        ? [Number(entry)]
        : []
    } catch {
      return []
    }
  })
}

describe(`the built app on Node ${version}, the production image's runtime`, () => {
  let server: RunningServer
  let node = ''
  let token = ''
  const marker = `n24${Date.now().toString(36)}`

  beforeAll(async () => {
    if (!fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
      throw new Error(
        'no .next build: this test starts the existing build (npm run build, or npm run test:e2e, first)',
      )
    }
    node = productionNode(version)
    server = await startServer({ nodeBinary: node })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('runs next start and every process it forks on that binary', () => {
    const pids = processGroup(server.process.pid!)
    expect(pids.length).toBeGreaterThan(0)
    for (const pid of pids) expect(fs.realpathSync(`/proc/${pid}/exe`)).toBe(fs.realpathSync(node))
  })

  it('answers /api/health with the database up', async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' })
  })

  it.each(['az', 'en', 'ru'])('serves /%s in its own language', async (locale) => {
    const response = await fetch(`${server.url}/${locale}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(`<html lang="${locale}"`)
  })

  it('signs the demo admin in through REST', async () => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { token?: string; user?: { email: string } }
    expect(body.user?.email).toBe(DEMO_ADMIN.email)
    token = body.token ?? ''
    expect(token).toBeTruthy()
  })

  it('publishes an article whose title then shows on its public page', async () => {
    const title = `Node ${version} yoxlaması ${marker}`
    const slug = `node-yoxlamasi-${marker}`
    const created = await fetch(`${server.url}/api/articles?locale=az`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title,
        slug,
        excerpt: `Qısa məzmun ${marker}.`,
        content: lexical(`Mətn ${marker}.`),
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const page = await fetch(`${server.url}/az/articles/${slug}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)
  })

  it('makes the WebP renditions of an uploaded image, and Next optimizes it (sharp)', async () => {
    const png = await sharp({
      create: { width: 900, height: 600, channels: 3, background: '#7a2e2e' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
      `node24-${marker}.png`,
    )
    form.append('_payload', JSON.stringify({ alt: `Şəkil ${marker}` }))
    const uploaded = await fetch(`${server.url}/api/media?locale=az`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as {
      doc: { url: string; sizes: Record<string, { url: string; width: number; mimeType: string }> }
    }
    expect(doc.sizes.card).toMatchObject({ width: 640, mimeType: 'image/webp' })
    const rendition = Buffer.from(
      await (await fetch(new URL(doc.sizes.card.url, server.url))).arrayBuffer(),
    )
    expect((await sharp(rendition).metadata()).format).toBe('webp')

    const optimized = await fetch(
      `${server.url}/_next/image?url=${encodeURIComponent(new URL(doc.url, server.url).pathname)}&w=640&q=75`,
      { headers: { accept: 'image/webp' } },
    )
    expect(optimized.status).toBe(200)
    expect(optimized.headers.get('content-type')).toBe('image/webp')
    expect((await sharp(Buffer.from(await optimized.arrayBuffer())).metadata()).width).toBe(640)
  })

  it('logs no error and no deprecation warning from the runtime', () => {
    expect(server.output()).not.toMatch(/DeprecationWarning|"level":"(error|fatal)"/)
  })
})
