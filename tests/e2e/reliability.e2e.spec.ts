import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { sleep, startServer, type RunningServer } from '@tests/helpers/server'
import { lexical, restClient } from '@tests/helpers/site'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-reliability-'))
const servers: RunningServer[] = []
afterAll(async () => {
  for (const server of servers) await server.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function signedIn(server: RunningServer) {
  let token = ''
  const api = restClient(
    () => server.url,
    () => token,
  )
  const login = await api('POST', '/api/users/login', {
    email: DEMO_ADMIN.email,
    password: DEMO_ADMIN.password,
  })
  token = String(login.json.token)
  return api
}

const article = (title: string) => ({
  title,
  excerpt: `Xülasə ${title}`,
  content: lexical(`Mətn ${title}`),
  _status: 'draft',
})

type Api = Awaited<ReturnType<typeof signedIn>>

/** Every acknowledged create must be readable afterwards, with the title it was written with. */
async function expectAllPresent(api: Api, acknowledged: Map<number, string>) {
  const missing: number[] = []
  for (const [id, title] of acknowledged) {
    const read = await api('GET', `/api/articles/${id}?draft=true&depth=0&locale=az`)
    if (read.status !== 200 || (read.json as { title?: string }).title !== title) missing.push(id)
  }
  expect(missing).toEqual([])
}

describe('nothing is lost under load or a crash (SQLite, the built app)', () => {
  it('50 concurrent clients creating and updating for 8 s: every acknowledged write is there, none refused as locked', async () => {
    const server = await startServer({ dbFile: path.join(dir, 'load.db') })
    servers.push(server)
    const api = await signedIn(server)
    const shared = (await api('POST', '/api/articles?locale=az', article('Ortaq sənəd'))).json.doc!
      .id
    const created = new Map<number, string>()
    const updates: string[] = []
    const failures: string[] = []
    const deadline = Date.now() + 8_000
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let n = 0; Date.now() < deadline; n++) {
          const title = `Yük ${client}-${n}`
          // Every third request updates the one shared document: same-row contention.
          const res =
            n % 3 === 2
              ? await api('PATCH', `/api/articles/${shared}?locale=az`, { title })
              : await api('POST', '/api/articles?locale=az', article(title))
          if (res.status >= 300)
            failures.push(`${res.status} ${JSON.stringify(res.json).slice(0, 200)}`)
          else if (n % 3 === 2) updates.push(title)
          else created.set(res.json.doc!.id, title)
        }
      }),
    )
    console.log(
      `load: ${created.size} creates and ${updates.length} updates acknowledged, ${failures.length} refused`,
    )
    expect(failures).toEqual([])
    expect(created.size).toBeGreaterThan(50)
    await expectAllPresent(api, created)
    const count = await api('GET', '/api/articles?draft=true&limit=1&depth=0')
    expect((count.json as { totalDocs: number }).totalDocs).toBe(created.size + 1)
    const final = await api('GET', `/api/articles/${shared}?draft=true&depth=0&locale=az`)
    expect(updates).toContain((final.json as { title: string }).title)
  })

  it('SIGKILL in the middle of writes: the database passes an integrity check and every acknowledged write survives', async () => {
    const dbFile = path.join(dir, 'crash.db')
    const first = await startServer({ dbFile })
    servers.push(first)
    const api = await signedIn(first)
    const acknowledged = new Map<number, string>()
    let killed = false
    const writers = Promise.all(
      Array.from({ length: 10 }, async (_, client) => {
        for (let n = 0; !killed; n++) {
          const title = `Qəza ${client}-${n}`
          const res = await api('POST', '/api/articles?locale=az', article(title)).catch(() => null)
          // Only a complete 201 counts as acknowledged; a connection cut by the kill does not.
          if (res?.status === 201 && !killed) acknowledged.set(res.json.doc!.id, title)
        }
      }),
    )
    await sleep(3_000)
    process.kill(-first.process.pid!, 'SIGKILL')
    killed = true
    await writers
    expect(acknowledged.size).toBeGreaterThan(5)

    const client = createClient({ url: `file:${dbFile}` })
    const integrity = await client.execute('PRAGMA integrity_check')
    client.close()
    expect(integrity.rows.map((row) => row[0])).toEqual(['ok'])

    const second = await startServer({ dbFile })
    servers.push(second)
    await expectAllPresent(await signedIn(second), acknowledged)
    console.log(
      `crash: ${acknowledged.size} writes acknowledged before SIGKILL, all present after restart`,
    )
  })
})
