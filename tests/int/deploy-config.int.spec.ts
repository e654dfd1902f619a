import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import yaml from 'js-yaml'
import type { NextConfig } from 'next'
import semver from 'semver'
import { describe, expect, it, vi } from 'vitest'

import { productionNodeVersion } from '@tests/helpers/nodeRuntime'
import { projectRoot } from '@tests/helpers/testPayload'

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8')

type Stage = {
  name?: string
  image: string
  env: Record<string, string>
  user?: string
  cmd?: string[]
}

/**
 * The Dockerfile as Docker reads it: instructions (continuation lines joined, comments dropped),
 * global ARG defaults substituted into FROM, and per stage its ENV, USER and CMD.
 */
function dockerStages(text: string): { args: Record<string, string>; stages: Stage[] } {
  const args: Record<string, string> = {}
  const stages: Stage[] = []
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
  for (const line of instructions) {
    const [keyword, ...words] = line.split(/\s+/)
    const rest = line.slice(keyword.length).trim()
    const stage = stages.at(-1)
    switch (keyword.toUpperCase()) {
      case 'ARG': {
        const [name, value = ''] = rest.split('=')
        if (!stage) args[name] = value
        break
      }
      case 'FROM':
        stages.push({
          image: words[0].replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? ''),
          name: words[2],
          env: {},
        })
        break
      case 'ENV':
        for (const pair of words)
          stage!.env[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1)
        break
      case 'USER':
        stage!.user = rest
        break
      case 'CMD':
        stage!.cmd = JSON.parse(rest) as string[]
        break
    }
  }
  return { args, stages }
}

type ComposeService = {
  image?: string
  build?: string
  command?: string[]
  profiles?: string[]
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string | number>
}
const compose = () =>
  yaml.load(read('docker-compose.yml')) as { services: Record<string, ComposeService> }

/** next.config.ts as Next loads it, with these variables set while it is evaluated. */
async function loadNextConfig(env: Record<string, string | undefined>): Promise<NextConfig> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  const assign = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  assign(env)
  try {
    vi.resetModules()
    const loaded = (await import(pathToFileURL(path.join(projectRoot, 'next.config.ts')).href)) as {
      default: NextConfig
    }
    return loaded.default
  } finally {
    assign(saved)
  }
}

/** Every file under a folder, for scanning what the code reads. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(rel)
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [rel] : []
  })
}

/** Set by Next.js itself for the code to read, never by an operator. */
const setByNext = new Set(['NEXT_RUNTIME', 'NEXT_PHASE'])
/** Read by Next.js rather than by our code, and documented for operators. */
const readByNext = new Set(['PORT'])

describe('deployment configuration tells the truth', () => {
  it('runs Node 24 LTS in every stage of the image, names the same version in .nvmrc, and the smoke test installs exactly it', () => {
    const { args, stages } = dockerStages(read('Dockerfile'))
    const version = args.NODE_VERSION
    expect(version).toMatch(/^24\.\d+\.\d+$/)
    expect(stages.length).toBeGreaterThan(0)
    for (const stage of stages) expect(stage.image).toBe(`node:${version}-bookworm-slim`)
    expect(read('.nvmrc').trim()).toBe(version)
    expect(productionNodeVersion()).toBe(version)
  })

  it('accepts in package.json engines the production Node 24 and the Node 20.19+ the machines run, nothing else', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node
    const { args } = dockerStages(read('Dockerfile'))
    for (const version of [
      args.NODE_VERSION,
      process.versions.node,
      '20.19.0',
      '24.0.0',
      '24.99.0',
    ])
      expect([version, semver.satisfies(version, engines)]).toEqual([version, true])
    for (const version of [
      '18.20.4',
      '20.18.3',
      '21.0.0',
      '22.12.0',
      '23.11.0',
      '25.0.0',
      '26.0.0',
    ])
      expect([version, semver.satisfies(version, engines)]).toEqual([version, false])
    // The runtime packages that declare a Node range must accept the image's version.
    for (const name of ['next', 'payload', 'sharp', 'pdfjs-dist']) {
      const range = (
        JSON.parse(read(`node_modules/${name}/package.json`)) as { engines?: { node?: string } }
      ).engines?.node
      expect([
        name,
        range,
        range === undefined || semver.satisfies(args.NODE_VERSION, range),
      ]).toEqual([name, range, true])
    }
  })

  it('builds the app in docker-compose.yml from the Dockerfile, so no other Node version is named there', () => {
    const { services } = compose()
    expect(services.app.build).toBe('.')
    expect(
      Object.entries(services).filter(([, service]) => service.image?.startsWith('node:')),
    ).toEqual([])
  })

  it('documents in .env.example every variable the code reads, and nothing it does not', () => {
    const files = [...sourceFiles('src'), 'payload.config.ts', 'next.config.ts']
    const read_ = new Set<string>()
    for (const file of files) {
      for (const match of read(file).matchAll(/\b(?:process\.)?env\.([A-Z][A-Z0-9_]*)/g))
        read_.add(match[1])
    }
    const documented = new Set(
      [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]),
    )
    const needed = [...read_].filter((name) => !setByNext.has(name)).sort()
    expect(needed.filter((name) => !documented.has(name))).toEqual([])
    const extra = [...documented].filter((name) => !read_.has(name) && !readByNext.has(name))
    expect(extra).toEqual([])
    expect(needed).toContain('DATABASE_URI')
  })

  it('builds the standalone server in Docker, and next.config.ts honours that switch', async () => {
    const { stages } = dockerStages(read('Dockerfile'))
    expect(stages.find((stage) => stage.name === 'builder')?.env.NEXT_OUTPUT).toBe('standalone')
    expect((await loadNextConfig({ NEXT_OUTPUT: 'standalone' })).output).toBe('standalone')
    expect((await loadNextConfig({ NEXT_OUTPUT: undefined })).output).toBeUndefined()
    const runner = stages.at(-1)!
    expect(runner.user).toBe('app')
    expect(runner.cmd).toEqual(['node', 'server.js'])
  })

  it('runs the app on MongoDB in docker-compose.yml with the variables the code reads', () => {
    const { services } = compose()
    const uri = new URL(String(services.app.environment?.DATABASE_URI))
    expect([uri.protocol, uri.host, uri.searchParams.get('replicaSet')]).toEqual([
      'mongodb:',
      'mongo:27017',
      'rs0',
    ])
    const command = services.mongo.command ?? []
    expect(command[command.indexOf('--replSet') + 1]).toBe('rs0')
    expect(services.app.depends_on?.mongo.condition).toBe('service_healthy')
    for (const name of ['PAYLOAD_SECRET', 'SERVER_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD'])
      expect(Object.keys(services.app.environment ?? {})).toContain(name)
  })

  it('runs Redis beside the app in docker-compose.yml, MinIO under the "minio" profile, and passes every scaling and storage variable', () => {
    const { services } = compose()
    expect(services.redis.image).toMatch(/^redis:/)
    expect(services.redis.profiles).toBeUndefined()
    expect(services.app.environment?.REDIS_URL).toBe('redis://redis:6379')
    expect(services.minio.image).toMatch(/^minio\/minio(:|$)/)
    expect(services.minio.profiles).toEqual(['minio'])
    for (const name of [
      'JOBS_AUTORUN',
      'LOG_FORMAT',
      'LOG_LEVEL',
      'S3_BUCKET',
      'S3_REGION',
      'S3_ENDPOINT',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'S3_FORCE_PATH_STYLE',
      'S3_PREFIX',
    ]) {
      expect(Object.keys(services.app.environment ?? {})).toContain(name)
    }
  })

  // Whether the handler uses Redis is decided when it is constructed, from REDIS_URL at run time:
  // tests/int/redis-cache-handler.int.spec.ts runs it with and without REDIS_URL.
  it("shares Next's cache through the Redis cache handler (next.config.ts cacheHandler)", async () => {
    expect((await loadNextConfig({})).cacheHandler).toBe(
      path.join(projectRoot, 'src/lib/cache/redisCacheHandler.mjs'),
    )
  })

  it('pins payload and every @payloadcms package to one exact version', () => {
    const pkg = JSON.parse(read('package.json'))
    const deps = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>
    const payloadVersions = Object.entries(deps).filter(
      ([name]) => name === 'payload' || name.startsWith('@payloadcms/'),
    )
    expect(payloadVersions.length).toBeGreaterThan(3)
    expect(new Set(payloadVersions.map(([, v]) => v))).toEqual(new Set([deps.payload]))
    expect(deps.payload).toMatch(/^\d+\.\d+\.\d+$/)
    const lock = JSON.parse(read('package-lock.json'))
    for (const [name, version] of payloadVersions)
      expect(lock.packages[`node_modules/${name}`].version).toBe(version)
  })
})
