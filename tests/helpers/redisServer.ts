import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDebianCommand, hasCommand } from '@tests/helpers/debianPackage'
import { freePort, sleep } from '@tests/helpers/server'

export const hasRedisServer = () => hasCommand('redis-server')

/** Debian's redis-server for the tests that need a real Redis (installed with apt-get when this process may). */
export const ensureRedisServer = () => ensureDebianCommand('redis-server', 'redis-server')

export type RunningRedis = { url: string; stop: () => Promise<void> }

/** A throwaway redis-server on a free port: no persistence, its own folder, stopped by `stop`. */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-redis-'))
  let log = ''
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(3000)])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (/Ready to accept connections/i.test(log)) return { url: `redis://127.0.0.1:${port}`, stop }
    if (child.exitCode !== null) break
    await sleep(50)
  }
  await stop()
  throw new Error(`redis-server did not start on port ${port}:\n${log}`)
}
