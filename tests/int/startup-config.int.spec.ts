import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolveDatabase } from '@/lib/env/database'
import { resolveSecret } from '@/lib/env/secret'
import { projectRoot } from '@tests/helpers/testPayload'

/**
 * Runs the server's own start-up hook (src/instrumentation.ts) in a child process. Exit code 13 is
 * Node's "unsettled top-level await": seen once in CI on a loaded machine, when the tsx loader let the
 * event loop drain in the middle of the import, before our code ran. That run says nothing about the
 * hook, so it is run once more; a second 13 fails the test.
 */
function startUp(env: Partial<NodeJS.ProcessEnv>) {
  const first = startUpOnce(env)
  return first.code === 13 ? startUpOnce(env) : first
}

function startUpOnce(env: Partial<NodeJS.ProcessEnv>) {
  const script =
    "const m = await import('./src/instrumentation.ts'); await m.register(); process.exit(0)"
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        NEXT_RUNTIME: 'nodejs',
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  // Node's own process warnings are not ours to count.
  const stderr = result.stderr
    .split('\n')
    .filter((line) => line.trim() && !/^\(node:\d+\) \w*Warning|^\(Use `node --trace-/.test(line))
    .join('\n')
  return { code: result.status, stderr }
}

describe('DATABASE_URI', () => {
  it('defaults to the SQLite file under data/ and accepts file: and MongoDB URLs', () => {
    expect(resolveDatabase(undefined, '/srv/app')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/app/data/khojaly.db',
    })
    expect(resolveDatabase('', '/srv/app').kind).toBe('sqlite')
    expect(resolveDatabase('file:./data/other.db', '/srv/app')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/app/data/other.db',
    })
    expect(resolveDatabase('file:/tmp/x.db', '/srv/app').url).toBe('file:/tmp/x.db')
    expect(resolveDatabase('mongodb://db:27017/khojaly?replicaSet=rs0')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db:27017/khojaly?replicaSet=rs0',
    })
    expect(resolveDatabase('mongodb+srv://u:p@cluster.example.net/khojaly').kind).toBe('mongodb')
  })

  it.each(['postgres://u:p@localhost/db', 'mysql://x', 'file:', 'khojaly.db', 'mongodb://'])(
    'refuses %s with a message naming the variable and the accepted forms',
    (uri) => {
      expect(() => resolveDatabase(uri)).toThrow(
        /DATABASE_URI .*file:.*mongodb:\/\/.*mongodb\+srv:\/\//,
      )
    },
  )

  it('keeps passwords out of the message', () => {
    expect(() => resolveDatabase('postgres://admin:s3cret@db/x')).toThrow(/^(?!.*s3cret)/)
  })

  it('stops the server start-up with one clear line for a bad value', () => {
    const { code, stderr } = startUp({
      DATABASE_URI: 'postgres://u:hunter2@localhost/khojaly',
      PAYLOAD_SECRET: 'x'.repeat(32),
    })
    expect(code).toBe(1)
    expect(stderr.split('\n'), stderr).toHaveLength(1)
    expect(stderr).toMatch(/^Start-up refused: DATABASE_URI is not valid .*file:.*mongodb:\/\//)
    expect(stderr).not.toContain('hunter2')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production: the server refuses to start with one clear line', () => {
    const { code, stderr } = startUp({
      NODE_ENV: 'production',
      DATABASE_URI: 'file:/tmp/never-created.db',
    })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^Start-up refused: PAYLOAD_SECRET is required when NODE_ENV=production/)
    expect(stderr.split('\n'), stderr).toHaveLength(1)
  })

  it('is generated once in development and kept in the data folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-secret-'))
    try {
      const first = resolveSecret({ NODE_ENV: 'development' }, dir)
      expect(first).toMatch(/^[0-9a-f]{64}$/)
      expect(resolveSecret({ NODE_ENV: 'development' }, dir)).toBe(first)
      expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o077).toBe(0)
      expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'given' }, dir)).toBe('given')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
