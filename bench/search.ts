/**
 * `npx tsx bench/search.ts [--db bench/.data/bench.db] [--runs 30]`: search measured in this process
 * (`runSearch`, as `/api/search` calls it, without HTTP), on a copy of an archive, with the queries of
 * `npm run bench` per locale. For profiling (`node --cpu-prof --import tsx bench/search.ts`) and for
 * machines without a `.next` build; `npm run bench -- --only search` measures through the app.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { buildAppConfig } from '@/config/buildAppConfig'
import { runSearch } from '@/lib/search/query'

import { defaultDbFile, projectRoot } from './generate'
import { searchQueries } from './lib/searchQueries'
import { ms, percentile, timeRuns } from './lib/stats'

const { values } = parseArgs({
  options: { db: { type: 'string' }, runs: { type: 'string', default: '30' } },
})
const source = values.db ? path.resolve(values.db) : defaultDbFile
const runs = Number(values.runs)
const copy = path.join(os.tmpdir(), `search-bench-${process.pid}.db`)
fs.copyFileSync(source, copy)
for (const suffix of ['-wal', '-shm'])
  if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, copy + suffix)

const config = await buildAppConfig(
  {
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    DATABASE_URI: `file:${copy}`,
    MEDIA_DIR: path.join(os.tmpdir(), 'search-bench-media'),
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  },
  { root: projectRoot },
)
const payload = await getPayload({ config, key: 'bench-search' })
try {
  const rows = (await payload.count({ collection: 'search-entries', overrideAccess: true }))
    .totalDocs
  console.log(
    `${source}: ${rows} index rows; ${os.availableParallelism()} CPUs, Node ${process.version}, load ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  )
  const worst: number[] = []
  for (const [locale, queries] of Object.entries(searchQueries) as [Locale, string[]][]) {
    const started = performance.now()
    await runSearch(payload, { locale, q: 'warm' })
    console.log(`${locale}: first search (loads the index) ${ms(performance.now() - started)}`)
    for (const q of queries) {
      let total = 0
      const cpu = process.cpuUsage()
      const times = await timeRuns(
        runs,
        async () => (total = (await runSearch(payload, { locale, q })).total),
      )
      // CPU time per search: what the search costs, whatever else the machine is doing.
      const { user, system } = process.cpuUsage(cpu)
      worst.push(percentile(times, 95))
      console.log(
        `${locale} ${JSON.stringify(q).padEnd(22)} ${String(total).padStart(6)} matches  p50 ${ms(percentile(times, 50)).padStart(7)}  p95 ${ms(percentile(times, 95)).padStart(7)}  CPU ${ms((user + system) / 1000 / runs).padStart(7)}/search`,
      )
    }
  }
  console.log(`worst p95 ${ms(Math.max(...worst))}`)
} finally {
  await payload.destroy()
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true })
}
process.exit(0)
