import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { freePort } from '@tests/helpers/server'
import { projectRoot } from '@tests/helpers/testPayload'

let dev: ChildProcess | undefined
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-dev-'))

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM')
  fs.rmSync(dir, { recursive: true, force: true })
})

const hmr = (url: string, origin: string) =>
  fetch(`${url}/_next/webpack-hmr?id=test`, { headers: { origin } }).then(async (response) => {
    await response.body?.cancel()
    return response.status
  })

describe('the development server', () => {
  it('serves its live-reload socket to a page opened on 127.0.0.1 or localhost, and refuses other sites', async () => {
    // `next dev` as `npm run dev` starts it; only its own resources are asked for, so the
    // database (a fresh file) is never filled.
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    dev = spawn(
      process.execPath,
      [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'dev', '--port', String(port)],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          NEXT_TELEMETRY_DISABLED: '1',
          DATABASE_URI: `file:${path.join(dir, 'dev.db')}`,
        },
        stdio: 'ignore',
        detached: true,
      },
    )
    await expect
      .poll(() => hmr(url, 'http://attacker.example').catch(() => 0), {
        timeout: 180_000,
        interval: 500,
      })
      .toBe(403)
    expect(await hmr(url, url)).not.toBe(403)
    expect(await hmr(url, `http://localhost:${port}`)).not.toBe(403)
  }, 240_000)
})
