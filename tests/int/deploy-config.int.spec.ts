import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '@tests/helpers/testPayload'

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8')

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
  it('uses one Node version in the Dockerfile, .nvmrc and package.json engines', () => {
    const nvmrc = read('.nvmrc').trim()
    const dockerVersion = /ARG NODE_VERSION=(\S+)/.exec(read('Dockerfile'))?.[1]
    const engines = JSON.parse(read('package.json')).engines.node as string
    expect(dockerVersion).toBe(nvmrc)
    const [major, minor] = nvmrc.split('.').map(Number)
    expect(engines).toBe(`>=20.9.0 <${major + 1}`)
    expect(major).toBe(20)
    expect(minor).toBeGreaterThanOrEqual(9)
    expect(process.versions.node.split('.')[0]).toBe(String(major))
  })

  it('documents in .env.example every variable the code reads, and nothing it does not', () => {
    const files = [...sourceFiles('src'), 'payload.config.ts', 'next.config.ts']
    const read_ = new Set<string>()
    for (const file of files) {
      for (const match of read(file).matchAll(/\b(?:process\.)?env\.([A-Z][A-Z0-9_]*)/g)) read_.add(match[1])
    }
    const documented = new Set([...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]))
    const needed = [...read_].filter((name) => !setByNext.has(name)).sort()
    expect(needed.filter((name) => !documented.has(name))).toEqual([])
    const extra = [...documented].filter((name) => !read_.has(name) && !readByNext.has(name))
    expect(extra).toEqual([])
    expect(needed).toContain('DATABASE_URI')
  })

  it('builds the standalone server in Docker, and next.config.ts honours that switch', () => {
    expect(read('Dockerfile')).toMatch(/NEXT_OUTPUT=standalone/)
    expect(read('next.config.ts')).toMatch(/process\.env\.NEXT_OUTPUT === 'standalone' \? 'standalone'/)
    expect(read('Dockerfile')).toMatch(/^USER app$/m)
  })

  it('runs the app on MongoDB in docker-compose.yml with the variables the code reads', () => {
    const compose = read('docker-compose.yml')
    expect(compose).toMatch(/DATABASE_URI: mongodb:\/\/mongo:27017\/\S*replicaSet=rs0/)
    expect(compose).toMatch(/--replSet/)
    for (const name of ['PAYLOAD_SECRET', 'SERVER_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) expect(compose).toContain(`${name}:`)
  })

  it('runs Redis beside the app in docker-compose.yml, MinIO under the "minio" profile, and passes every scaling and storage variable', () => {
    const compose = read('docker-compose.yml')
    expect(compose).toMatch(/^  redis:\n\s+image: redis:/m)
    expect(compose).toMatch(/REDIS_URL: redis:\/\/redis:6379/)
    expect(compose).toMatch(/^  minio:\n\s+image: minio\/minio\S*\n\s+profiles: \['minio'\]/m)
    const app = compose.slice(compose.indexOf('\n  app:'))
    for (const name of ['JOBS_AUTORUN', 'LOG_FORMAT', 'LOG_LEVEL', 'S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX']) {
      expect(app).toContain(`${name}:`)
    }
  })

  it('shares Next\'s cache through the Redis cache handler (next.config.ts cacheHandler), which decides at start whether REDIS_URL is set', () => {
    expect(read('next.config.ts')).toMatch(/cacheHandler:[^\n]*src\/lib\/cache\/redisCacheHandler\.mjs/)
    expect(read('src/lib/cache/redisCacheHandler.mjs')).toMatch(/process\.env\.REDIS_URL/)
  })

  it('pins payload and every @payloadcms package to one exact version', () => {
    const pkg = JSON.parse(read('package.json'))
    const deps = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>
    const payloadVersions = Object.entries(deps).filter(([name]) => name === 'payload' || name.startsWith('@payloadcms/'))
    expect(payloadVersions.length).toBeGreaterThan(3)
    expect(new Set(payloadVersions.map(([, v]) => v))).toEqual(new Set([deps.payload]))
    expect(deps.payload).toMatch(/^\d+\.\d+\.\d+$/)
    const lock = JSON.parse(read('package-lock.json'))
    for (const [name, version] of payloadVersions) expect(lock.packages[`node_modules/${name}`].version).toBe(version)
  })
})
