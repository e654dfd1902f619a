/**
 * `npm run bench:lighthouse` (docs/benchmarks.md, the Lighthouse target): Lighthouse's default mobile
 * run (simulated throttling) of home, an article and the recognitions page in az, en and ru, against
 * the current `.next` build started as the browser tests start it (fresh SQLite with the demo seed),
 * with the bare Next page of `npm run bench` (bench/hello-next) measured before and after them as
 * the reference. It never builds the app: without `.next/BUILD_ID` it stops (the bare page is built
 * when it has none, which writes only bench/hello-next/.next). Options: --no-write (leave
 * docs/benchmarks.md alone), --url <base> (measure a server that is already running instead),
 * --runs N (keep the run with the median performance score of N per page; 1 by default).
 * Full reports: bench/results/lighthouse/<page>-<locale>.json and bare-next-{before,after}.json
 * (open them in the Lighthouse viewer).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { startServer, type RunningServer } from '@tests/helpers/server'

import { buildHello, helloBuilt, startHello } from './lib/helloNext'
import {
  lighthouseMarkdown,
  lighthousePages,
  measureLighthouse,
  referencePage,
  reportName,
  writeLighthouseSection,
  type LighthouseRow,
} from './lib/lighthouse'
import type { Started } from './lib/processes'

const projectRoot = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(projectRoot, 'bench', 'results', 'lighthouse')
const { values: opts } = parseArgs({
  options: {
    'no-write': { type: 'boolean', default: false },
    url: { type: 'string' },
    runs: { type: 'string', default: '1' },
  },
})
const runs = Math.max(1, Number(opts.runs))
const log = (line: string) => console.log(`[lighthouse] ${line}`)
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')

if (!opts.url && !fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
  console.error(
    '[lighthouse] there is no .next build (.next/BUILD_ID): run `next build` first; this benchmark never builds',
  )
  process.exit(1)
}

let server: RunningServer | undefined
let hello: Started | undefined
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server?.stop()
    await hello?.stop()
    process.exit(130)
  })
}
try {
  const loadAtStart = loadAverage()
  let baseUrl = opts.url?.replace(/\/$/, '')
  if (!baseUrl) {
    server = await startServer({ seed: true })
    baseUrl = server.url
    log(`next start (seeded) on ${baseUrl}`)
  }
  const pages = await lighthousePages(baseUrl)
  // The reference: the bare Next page of `npm run bench`, before and after our pages, so the
  // framework's own score on this machine, at this moment, stands beside ours.
  if (!helloBuilt()) buildHello()
  hello = await startHello()
  fs.mkdirSync(resultsDir, { recursive: true })
  const started = Date.now()
  let versions = ''
  const measure = (url: string, list: typeof pages) =>
    measureLighthouse(url, list, {
      runs,
      onRow: (row, lhr) => {
        versions = `Lighthouse ${lhr.lighthouseVersion}, ${/(?:HeadlessChrome|Chrome)\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? 'Chromium'}`
        fs.writeFileSync(path.join(resultsDir, reportName(row)), JSON.stringify(lhr))
        log(
          `${row.page} ${row.reference ?? row.locale}: ${Object.values(row.scores).join(' / ')}, LCP ${row.lcp.toFixed(0)} ms, TBT ${row.tbt.toFixed(0)} ms, CLS ${row.cls.toFixed(3)}, CPU index ${Math.round(row.benchmarkIndex)}`,
        )
      },
    })
  const rows: LighthouseRow[] = [
    ...(await measure(hello.url, [referencePage('before')])),
    ...(await measure(baseUrl, pages)),
    ...(await measure(hello.url, [referencePage('after')])),
  ]

  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const memory = `${(os.totalmem() / 2 ** 30).toFixed(1)} GB`
  const machine = `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model ?? '?'}), ${memory} memory, Node ${process.version}, ${os.platform()} ${os.release()}; load average ${loadAtStart} at the start, ${loadAverage()} at the end`
  const markdown = lighthouseMarkdown(rows, {
    versions,
    runs,
    command: `npm run bench:lighthouse${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date,
    seconds: (Date.now() - started) / 1000,
    machine,
  })

  console.log(`\n${markdown}\n`)
  fs.writeFileSync(path.join(resultsDir, 'latest.md'), markdown + '\n')
  if (!opts['no-write'])
    writeLighthouseSection(path.join(projectRoot, 'docs', 'benchmarks.md'), markdown)
  log(
    `reports: ${path.relative(projectRoot, resultsDir)}/` +
      (opts['no-write'] ? '' : '; table in docs/benchmarks.md'),
  )
} finally {
  await server?.stop()
  await hello?.stop()
}
process.exit(0)
