import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '@tests/helpers/testPayload'

/**
 * CI runs SQLite; production runs MongoDB. The MongoDB path stays correct only while no code talks
 * to one database in its own language, so this scans src/ for it. The adapter config (which builds
 * both adapters) and the migrations (SQLite DDL by nature) are the only places allowed to.
 */
const ALLOWED = [
  /^src\/lib\/env\/database\.ts$/,
  /^src\/config\/buildAppConfig\.ts$/,
  /^src\/migrations\//,
  /^src\/payload-types\.ts$/,
]

const DRIVERS =
  /^(mongodb|mongoose|better-sqlite3|sqlite3|pg|pg-.+|drizzle-orm(\/.*)?|@libsql\/.+|@payloadcms\/(db-[a-z]+|drizzle)(\/.*)?)$/

/** Members every Payload database adapter has (payload/dist/database/types.d.ts): calling them is adapter-neutral. */
function adapterInterface(): Set<string> {
  const types = fs.readFileSync(
    path.join(projectRoot, 'node_modules/payload/dist/database/types.d.ts'),
    'utf8',
  )
  const body = /^export interface BaseDatabaseAdapter \{([\s\S]*?)^\}/m.exec(types)?.[1] ?? ''
  return new Set([...body.matchAll(/^ {4}([A-Za-z_]\w*)\??:/gm)].map((m) => m[1]))
}

/** Comments may name what the code must not do ("never `$ne`"); only code counts. URLs (`://`) are not comments. */
const stripComments = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')

type Finding = { line: number; rule: string; text: string }

function findAdapterSpecificCode(source: string, neutral: Set<string>): Finding[] {
  const code = stripComments(source)
  const findings: Finding[] = []
  code.split('\n').forEach((text, i) => {
    const add = (rule: string) => findings.push({ line: i + 1, rule, text: text.trim() })
    for (const m of text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"]([^'"]+)['"]/g))
      if (DRIVERS.test(m[1])) add(`imports the database driver ${m[1]}`)
    if (/\bsql\s*`|\bsql\.raw\(|\.execute\(|\.drizzle\b|\.run\(\s*sql\b/.test(text)) add('raw SQL')
    for (const m of text.matchAll(
      /['"]?\$(regex|where|set|unset|in|nin|ne|eq|gt|gte|lt|lte|or|and|nor|not|exists|elemMatch|push|pull|inc|addToSet|expr|text|lookup|match|group|project|aggregate)['"]?\s*:/g,
    ))
      add(`MongoDB operator $${m[1]}`)
    if (/\.(collection|aggregate)\(/.test(text)) add('MongoDB collection access')
    for (const m of text.matchAll(/\bpayload\.db\.([A-Za-z_$][\w$]*)/g))
      if (!neutral.has(m[1])) add(`payload.db.${m[1]} is not part of every adapter`)
    if (/\btype:\s*['"]point['"]/.test(text)) add('point field (SQLite has none)')
  })
  return findings
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(rel)
    return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(entry.name) ? [rel] : []
  })
}

describe('adapter neutrality', () => {
  const neutral = adapterInterface()

  it('reads the adapter interface from Payload', () => {
    for (const name of ['find', 'create', 'updateOne', 'beginTransaction', 'migrate', 'name'])
      expect(neutral).toContain(name)
    expect(neutral).not.toContain('drizzle')
    expect(neutral).not.toContain('connection')
  })

  it('recognises each kind of adapter-specific code (so a clean scan means something)', () => {
    const bad = [
      "import { MongoClient } from 'mongodb'",
      "const { sql } = await import('@payloadcms/db-sqlite')",
      "import { eq } from 'drizzle-orm'",
      'await db.run(sql`DELETE FROM media`)',
      'await payload.db.drizzle.select()',
      "await payload.db.execute({ raw: 'SELECT 1' })",
      "where: { title: { $regex: 'x' } }",
      "{ '$set': { a: 1 } }",
      "payload.db.connection.db.collection('media')",
      'await req.payload.db.collections.media.aggregate([])',
      "{ name: 'location', type: 'point' }",
    ]
    for (const line of bad) expect(findAdapterSpecificCode(line, neutral), line).not.toEqual([])
    const fine = [
      "import { getPayload } from 'payload'",
      "const url = 'https://example.org/$regex'",
      '// never use $ne or sql`…` here',
      "await payload.find({ collection: 'articles', where: { title: { like: 'x' } } })",
      "if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations })",
      'const transactionID = await payload.db.beginTransaction()',
      "payload.collections['media'].config.slug",
      "{ name: 'coordinates', type: 'group' }",
    ]
    for (const line of fine) expect(findAdapterSpecificCode(line, neutral), line).toEqual([])
  })

  it('finds no database driver, raw SQL, MongoDB operator, adapter-only call or point field in src/ outside the adapter config', () => {
    const files = sourceFiles('src').filter((file) => !ALLOWED.some((re) => re.test(file)))
    expect(files.length).toBeGreaterThan(50)
    const offenders = files.flatMap((file) =>
      findAdapterSpecificCode(fs.readFileSync(path.join(projectRoot, file), 'utf8'), neutral).map(
        (f) => `${file}:${f.line}: ${f.rule}: ${f.text}`,
      ),
    )
    expect(offenders).toEqual([])
  })
})
