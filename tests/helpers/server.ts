import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'

const root = path.resolve(import.meta.dirname, '..', '..')
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

/**
 * The app's production build, as `npm run build` makes it; under `flock lock` when given, so that
 * no server started from the same folder reads a half-written `.next`. Returns the seconds it took.
 */
export function nextBuild({ lock }: { lock?: string } = {}): number {
  const started = Date.now()
  const command = [process.execPath, nextBin, 'build']
  const [file, ...args] = lock ? ['flock', lock, ...command] : command
  const result = spawnSync(file, args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-old-space-size=8192',
    },
  })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
  return (Date.now() - started) / 1000
}

/** `next build` once per test run; E2E_REUSE_BUILD=1 keeps an existing build for quick local reruns. */
export function buildOnce(): void {
  if (process.env.E2E_REUSE_BUILD === '1' && fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
    return
  console.log(`next build took ${nextBuild().toFixed(1)} s`)
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type RunningServer = {
  url: string
  dir: string
  dbFile: string
  process: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

type StartOptions = {
  env?: Record<string, string>
  /** Seed the demo archive (npm run seed) into the fresh database before the server starts. */
  seed?: boolean
  /** Wait until /api/health answers this status (200 by default). */
  expectHealth?: number
  /** Use this SQLite file instead of a fresh one (several instances on one database); `stop` leaves it. */
  dbFile?: string
  /** Run `next start` on this Node binary rather than the tests' own (the production runtime, tests/helpers/nodeRuntime.ts). */
  nodeBinary?: string
}

/** `npm run seed` into a fresh database and media folder. */
function seedInto(dbFile: string, mediaDir: string) {
  const runSeed = () =>
    spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/seed.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'test',
          DATABASE_URI: `file:${dbFile}`,
          MEDIA_DIR: mediaDir,
          PAYLOAD_SECRET: 'seed-only',
        },
      },
    )
  let seeded = runSeed()
  // Three times in one day, each just after a `next build` (never when tried on purpose), the seed
  // ended while tsx was still loading its modules: exit 13 (Node 20's "unsettled top-level
  // await") before the config printed its first line. tsx's loader hooks are known to drop a process that way (payloadcms/payload#17757,
  // privatenumber/tsx#795). Nothing had run, so once more is safe; anything else fails at once.
  if (seeded.status === 13 && !seeded.stdout && !seeded.stderr) {
    console.warn(
      'seed: the process ended during its imports (exit 13, no output); running it once more',
    )
    seeded = runSeed()
  }
  if (seeded.status !== 0)
    throw new Error(`seed failed (${seeded.status}):\n${seeded.stdout}\n${seeded.stderr}`)
}

/**
 * The demo archive, seeded once per run of the browser tests (the global setup names the folder) and
 * copied for each server that asks for it: the seed takes 15–30 s, a copy a few milliseconds.
 * Without the global setup (the screenshots script) each server seeds its own.
 */
function seedDemo(dbFile: string, mediaDir: string) {
  const template = process.env.E2E_SEED_TEMPLATE_DIR
  if (!template) return seedInto(dbFile, mediaDir)
  const [templateDb, templateMedia, done] = ['e2e.db', 'media', 'done'].map((name) =>
    path.join(template, name),
  )
  if (!fs.existsSync(done)) {
    seedInto(templateDb, templateMedia)
    fs.writeFileSync(done, '')
  }
  // The database with its write-ahead log: the seed closed it, so the three files agree.
  for (const suffix of ['', '-wal', '-shm'])
    if (fs.existsSync(templateDb + suffix)) fs.copyFileSync(templateDb + suffix, dbFile + suffix)
  fs.cpSync(templateMedia, mediaDir, { recursive: true })
}

/**
 * `next start` on a free port with its own SQLite file, in production mode as deployed: migrations
 * applied at start, the first admin from ADMIN_EMAIL/ADMIN_PASSWORD (the demo admin's credentials).
 */
export async function startServer({
  env = {},
  expectHealth = 200,
  seed = false,
  dbFile: sharedDbFile,
  nodeBinary = process.execPath,
}: StartOptions = {}): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-e2e-'))
  const dbFile = sharedDbFile ?? path.join(dir, 'e2e.db')
  const mediaDir = path.join(dir, 'media')
  const port = await freePort()
  if (seed) seedDemo(dbFile, mediaDir)
  let log = ''
  const child = spawn(
    nodeBinary,
    [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      detached: true,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: `file:${dbFile}`,
        MEDIA_DIR: mediaDir,
        SERVER_URL: `http://localhost:${port}`,
        ISR_MEMORY_ONLY: 'true',
        PAYLOAD_SECRET: randomBytes(24).toString('hex'),
        ADMIN_EMAIL: DEMO_ADMIN.email,
        ADMIN_PASSWORD: DEMO_ADMIN.password,
        ...env,
      },
    },
  )
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // next start forks next-server: the whole process group has to go.
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
      const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])
      if (!killed) {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          // already gone
        }
        await exited
      }
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }

  const url = `http://localhost:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const status = await fetch(`${url}/api/health`).then(
      (r) => r.status,
      () => 0,
    )
    if (status === expectHealth)
      return { url, dir, dbFile, process: child, output: () => log, stop }
    await sleep(250)
  }
  await stop()
  throw new Error(`next start did not answer /api/health with ${expectHealth} within 60 s:\n${log}`)
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
