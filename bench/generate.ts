/**
 * `npm run bench:generate [-- --count 10000 --people 5000 --out bench/.data/bench.db --batch 100]`:
 * the demo seed plus a deterministic archive of generated documents and synthetic people in az, en
 * and ru, in a fresh SQLite file,
 * written through the Local API as an editor's publish would be (validation, hooks, versions).
 * The search index is rebuilt once at the end instead of per write (docs/search.md: bulk imports).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'
import { getPayload, type Payload } from 'payload'

import { buildAppConfig } from '@/config/buildAppConfig'
import { refreshSqliteStatistics } from '@/lib/env/database'
import { rebuildSearchIndex } from '@/lib/search/rebuildIndex'
import { yieldToEventLoop } from '@/lib/jobs/yieldToEventLoop'
import { seed } from '@/seed'

import { planArchive, type PlannedDoc } from './lib/archive'
import { planPeople } from './lib/peopleArchive'
import { seededRandom } from '@tests/helpers/random'

export const benchRoot = path.resolve(import.meta.dirname)
export const projectRoot = path.resolve(benchRoot, '..')
export const defaultDbFile = path.join(benchRoot, '.data', 'bench.db')
export const GENERATOR_SEED = 19920226

const context = () => ({ disableRevalidate: true, skipSearchIndex: true })

/** An editor's publish in az, then en and ru: create and two updates, each with validation, hooks and a version. */
async function write(
  payload: Payload,
  { collection, shared, localized }: PlannedDoc,
  transactionID?: number | string,
) {
  // A fresh request object per call (the Local API sets its locale), all in the batch's transaction.
  const options = () => ({
    overrideAccess: true,
    depth: 0,
    context: context(),
    ...(transactionID === undefined ? {} : { req: { transactionID } }),
  })
  const doc = await payload.create({
    collection,
    locale: 'az',
    data: { ...shared, ...localized.az, _status: 'published' } as never,
    ...options(),
  })
  for (const locale of ['en', 'ru'] as const) {
    await payload.update({
      collection,
      id: doc.id,
      locale,
      data: { ...localized[locale], _status: 'published' } as never,
      ...options(),
    })
  }
}

/**
 * Writes `docs` in one transaction, each still a Local API call with validation, hooks and a version.
 * On SQLite every transaction Payload opens costs a new libsql connection and a commit with an fsync;
 * one per batch saves those, though the profile says they were not what the time goes to: the
 * statements themselves are (docs/benchmarks.md, archive generator).
 */
async function writeBatch(payload: Payload, docs: PlannedDoc[], shareTransaction: boolean) {
  const transactionID = shareTransaction ? await payload.db.beginTransaction() : null
  const writeAll = async () => {
    for (const doc of docs) {
      await write(payload, doc, transactionID ?? undefined)
      // libsql's statements are freed only from the event loop: ~1 MB a document otherwise.
      await yieldToEventLoop()
    }
  }
  if (transactionID === null) return writeAll()
  try {
    await writeAll()
    await payload.db.commitTransaction(transactionID)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

export type GenerateResult = {
  dbFile: string
  mediaDir: string
  documents: number
  /** Synthetic people in the registry, beside the documents. */
  people?: number
  seed: number
  seconds: { seed: number; archive: number; search: number }
}

export const markerFile = (dbFile: string) => `${dbFile}.json`

/** People generated beside the documents unless told otherwise. */
export const DEFAULT_PEOPLE = 5000

/** The finished archive of `count` documents and `people` people in `dbFile`, if there is one. */
export function readGenerated(
  dbFile: string,
  count: number,
  people = DEFAULT_PEOPLE,
): GenerateResult | null {
  if (!fs.existsSync(dbFile) || !fs.existsSync(markerFile(dbFile))) return null
  const result = JSON.parse(fs.readFileSync(markerFile(dbFile), 'utf8')) as GenerateResult
  return result.documents === count &&
    (result.people ?? 0) === people &&
    result.seed === GENERATOR_SEED
    ? result
    : null
}

/** Writes the archive into a new `dbFile` (an existing one is replaced). */
export async function generate({
  count = 10_000,
  people = DEFAULT_PEOPLE,
  dbFile = defaultDbFile,
  batch = 100,
  quiet = false,
} = {}): Promise<GenerateResult> {
  const dir = path.dirname(dbFile)
  const mediaDir = path.join(dir, 'media')
  fs.mkdirSync(dir, { recursive: true })
  for (const file of [markerFile(dbFile), dbFile, `${dbFile}-wal`, `${dbFile}-shm`])
    fs.rmSync(file, { force: true })
  fs.rmSync(mediaDir, { recursive: true, force: true })

  const config = await buildAppConfig(
    {
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      DATABASE_URI: `file:${dbFile}`,
      MEDIA_DIR: mediaDir,
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
    },
    { root: projectRoot },
  )
  const payload = await getPayload({ config, key: 'bench-generate' })
  const log = quiet ? () => {} : (line: string) => console.log(line)
  try {
    let started = Date.now()
    await seed(payload, { log: () => {} })
    const seedSeconds = (Date.now() - started) / 1000
    log(`[generate] demo seed in ${seedSeconds.toFixed(1)} s`)

    const hero = await payload.find({
      collection: 'media',
      limit: 1,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
    })
    const tags = await payload.find({
      collection: 'tags',
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'id',
      select: {},
      overrideAccess: true,
    })
    const random = seededRandom(GENERATOR_SEED)
    const seeded = { heroImage: hero.docs[0]?.id, tags: tags.docs.map((tag) => tag.id) }
    const docs = [...planArchive(random, count, seeded), ...planPeople(random, people)]
    const bar = new cliProgress.SingleBar(
      {
        format:
          'archive [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left | RSS {rss} MB',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 5000,
      },
      cliProgress.Presets.shades_classic,
    )
    started = Date.now()
    const rss = () => ({ rss: (process.memoryUsage().rss / 2 ** 20).toFixed(0) })
    bar.start(docs.length, 0, rss())
    const cpu = process.cpuUsage()
    // --batch 0: every Local API call in a transaction of its own, as the app writes (the reference).
    const size = Math.max(1, batch)
    // Statistics as the tables grow, between transactions: the ones taken at start describe empty
    // tables, and without fresh ones the CPU per document grew linearly (60 → 170 ms over 600
    // documents; docs/benchmarks.md). Every 100 documents: the archive is written a collection after
    // another, so a collection's tables must be analyzed soon after it starts (~20 ms each time).
    await refreshSqliteStatistics(payload.db)
    let analyzed = 0
    for (let i = 0; i < docs.length; i += size) {
      const group = docs.slice(i, i + size)
      await writeBatch(payload, group, batch > 0)
      if (i + group.length - analyzed >= 100) {
        await refreshSqliteStatistics(payload.db)
        analyzed = i + group.length
      }
      bar.increment(group.length, rss())
    }
    bar.stop()
    const archiveSeconds = (Date.now() - started) / 1000
    const { user, system } = process.cpuUsage(cpu)
    log(
      `[generate] ${docs.length} documents × 3 locales in ${archiveSeconds.toFixed(1)} s (${(docs.length / archiveSeconds).toFixed(0)} documents/s; CPU ${((user + system) / 1e6).toFixed(1)} s, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, load ${os.loadavg()[0].toFixed(1)})`,
    )

    started = Date.now()
    const searchBar = new cliProgress.SingleBar(
      {
        format: 'search index [{bar}] {percentage}% | {value}/{total}',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 5000,
      },
      cliProgress.Presets.shades_classic,
    )
    await rebuildSearchIndex(payload, {
      onStart: (total) => searchBar.start(total, 0),
      onProgress: ({ done }) => searchBar.update(done),
    })
    searchBar.stop()
    const searchSeconds = (Date.now() - started) / 1000
    log(
      `[generate] search index in ${searchSeconds.toFixed(1)} s (RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB)`,
    )
    const result = {
      dbFile,
      mediaDir,
      documents: docs.length - people,
      people,
      seed: GENERATOR_SEED,
      seconds: { seed: seedSeconds, archive: archiveSeconds, search: searchSeconds },
    }
    // Written last: a run that was stopped halfway leaves no marker, and bench/run.ts generates again.
    fs.writeFileSync(markerFile(dbFile), JSON.stringify(result, null, 2))
    return result
  } finally {
    await payload.destroy()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      people: { type: 'string' },
      out: { type: 'string' },
      batch: { type: 'string' },
    },
  })
  const result = await generate({
    count: values.count ? Number(values.count) : undefined,
    people: values.people ? Number(values.people) : undefined,
    dbFile: values.out ? path.resolve(values.out) : undefined,
    batch: values.batch ? Number(values.batch) : undefined,
  })
  console.log(JSON.stringify(result))
  process.exit(0)
}
