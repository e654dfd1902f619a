import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '@tests/helpers/server'

import { startProcess, type Started } from './processes'

const projectRoot = path.resolve(import.meta.dirname, '..', '..')
export const helloDir = path.join(projectRoot, 'bench', 'hello-next')
export const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

/**
 * `next build` of the bare page (b), `bench/hello-next`. With webpack: Turbopack, given a folder
 * inside this project, also picks up the project's src/proxy.ts. Its first-load JS is the
 * framework's either way. Only bench/hello-next/.next is written, never the project's build.
 */
export function buildHello(env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [nextBin, 'build', '--webpack', helloDir], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
  if (result.status !== 0) throw new Error(`bench/hello-next: next build failed (${result.status})`)
}

export const helloBuilt = () => fs.existsSync(path.join(helloDir, '.next', 'BUILD_ID'))

/** The bare page under `next start` on a free port of 127.0.0.1, ready when `/` answers. */
export async function startHello(): Promise<Started> {
  const port = await freePort()
  return startProcess(
    process.execPath,
    [nextBin, 'start', helloDir, '--port', String(port), '--hostname', '127.0.0.1'],
    {
      url: `http://127.0.0.1:${port}`,
      readyPath: '/',
      env: { NODE_ENV: 'production' },
      cwd: projectRoot,
    },
  )
}
