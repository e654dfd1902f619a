/**
 * `npm run bench` (docs/benchmarks.md): builds the app and the bare Next page, generates the 10 000
 * document archive when it is missing, starts everything on 127.0.0.1 and measures the targets of
 * docs/benchmarks.md side by side in one run. Options: --reuse-build (keep .next; take the build lock shared),
 * --duration 10 (seconds per load run), --connections 50, --samples 20, --count 10000, --people 5000
 * (synthetic people in the registry), --regenerate,
 * --db <file> (measure another database), --no-write (leave docs/benchmarks.md alone), --no-analyze
 * (leave SQLite without planner statistics, as the app does today), --only search,api,cached,people (measure
 * only those parts against the app: no bare page, plain server or nginx; `cached` is (c) on this
 * Node and on the Dockerfile's; results to bench/results/latest-only.md, docs/benchmarks.md left alone).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { buildAppConfig } from '@/config/buildAppConfig'

import {
  benchRoot,
  DEFAULT_PEOPLE,
  defaultDbFile,
  generate,
  projectRoot,
  readGenerated,
} from './generate'
import { measureNameSearch } from './lib/peopleBench'
import { capturePage, writeCapturedPage } from './lib/capturePage'
import { buildHello, helloBuilt, nextBin, startHello } from './lib/helloNext'
import { combined, load, warm, type LoadResult } from './lib/load'
import { getOk, login, publish, sample, ttfb, untilVisible, type Sampled } from './lib/measure'
import { startNginx } from './lib/nginx'
import { startProcess, treeRss, type Started } from './lib/processes'
import { loadTable, targetTable, weightTable, writeResults, type Target } from './lib/report'
import { kb, ms, pct, percentile } from './lib/stats'
import { searchQueries } from './lib/searchQueries'
import { pageWeight } from './lib/weight'
import { productionNode, productionNodeVersion } from '@tests/helpers/nodeRuntime'
import { freePort, nextBuild } from '@tests/helpers/server'

const { values: opts } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    samples: { type: 'string', default: '20' },
    count: { type: 'string', default: '10000' },
    people: { type: 'string', default: String(DEFAULT_PEOPLE) },
    regenerate: { type: 'boolean', default: false },
    db: { type: 'string' },
    // --no-write and --no-analyze: allowNegative turns them into write/analyze = false.
    write: { type: 'boolean', default: true },
    analyze: { type: 'boolean', default: true },
    only: { type: 'string' },
  },
  allowNegative: true,
})
const onlyParts = ['api', 'search', 'cached', 'people'] as const
const only = opts.only ? new Set(opts.only.split(',').map((part) => part.trim())) : null
for (const part of only ?? []) {
  if (!(onlyParts as readonly string[]).includes(part))
    throw new Error(`--only: "${part}" is not one of ${onlyParts.join(', ')}`)
}
const duration = Number(opts.duration)
const connections = Number(opts.connections)
const samples = Number(opts.samples)
const tsxCli = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const runDir = path.join(benchRoot, '.data', 'run')
const LOCK = '/tmp/khojaly-build.lock'
const locales = ['az', 'en', 'ru'] as const
// The image's Node (docs/deploy.md): (c) is measured on it too, beside the Node running the bench.
const imageNodeVersion = productionNodeVersion()
const log = (line: string) => console.log(`[bench] ${line}`)

/** The app's `next build`, under the exclusive build lock (other people's servers hold it shared). */
function buildApp() {
  log(`the app built in ${nextBuild({ lock: LOCK }).toFixed(0)} s`)
}

const stopAll: Started[] = []
// Ctrl-C or a timeout must not leave servers behind (they run in process groups of their own).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    for (const server of stopAll.reverse()) await server.stop()
    process.exit(130)
  })
}
try {
  if (!opts['reuse-build']) buildApp()
  else if (!fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID')))
    throw new Error('--reuse-build: there is no .next build')
  if (!only && (!opts['reuse-build'] || !helloBuilt())) {
    const started = Date.now()
    buildHello()
    log(`bench/hello-next built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }

  // The archive: generated once (deterministic), copied for each run since the run publishes into it.
  const sourceDb = opts.db ? path.resolve(opts.db) : defaultDbFile
  const peopleCount = Number(opts.people)
  let generated =
    opts.db || opts.regenerate ? null : readGenerated(sourceDb, Number(opts.count), peopleCount)
  if (!opts.db && !generated)
    generated = await generate({ count: Number(opts.count), people: peopleCount })
  fs.rmSync(runDir, { recursive: true, force: true })
  fs.mkdirSync(runDir, { recursive: true })
  const dbFile = path.join(runDir, 'run.db')
  spawnSync('sqlite3', [sourceDb, `.backup '${dbFile}'`])
  if (!fs.existsSync(dbFile)) fs.copyFileSync(sourceDb, dbFile)
  // Without planner statistics SQLite answers `_status = 'published' ORDER BY createdAt LIMIT 20` from the
  // _status index and sorts every row, correlated subqueries included: 55 s for 20 articles at 2 600
  // (docs/benchmarks.md). the app also runs ANALYZE at start and every ten minutes; --no-analyze measures without it.
  if (opts.analyze) spawnSync('sqlite3', [dbFile, 'ANALYZE;'])
  const mediaDir = path.join(path.dirname(sourceDb), 'media')

  // (c) our app, as tests/helpers/server.ts starts it; pages cached in memory, never in the shared .next.
  const appPort = await freePort()
  const appUrl = `http://127.0.0.1:${appPort}`
  const appEnv = {
    NODE_ENV: 'production',
    DATABASE_URI: `file:${dbFile}`,
    MEDIA_DIR: mediaDir,
    SERVER_URL: appUrl,
    ISR_MEMORY_ONLY: 'true',
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    ADMIN_EMAIL: DEMO_ADMIN.email,
    ADMIN_PASSWORD: DEMO_ADMIN.password,
    LOG_LEVEL: 'warn',
    JOBS_AUTORUN: 'false',
  }
  const app = await startProcess(
    process.execPath,
    [nextBin, 'start', '--port', String(appPort), '--hostname', '127.0.0.1'],
    { url: appUrl, readyPath: '/api/health', env: appEnv, cwd: projectRoot },
  )
  stopAll.push(app)
  log(`next start ready in ${ms(app.readyMs)}`)

  // The Local API reference, in this process, on the same database.
  const payload = await getPayload({
    config: await buildAppConfig(
      { ...appEnv, NODE_ENV: 'test', SEED_ON_EMPTY: 'false' },
      { root: projectRoot },
    ),
    key: 'bench',
  })
  const [article] = (
    await payload.find({
      collection: 'articles',
      sort: 'id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  const counts = Object.fromEntries(
    await Promise.all(
      ['articles', 'monuments', 'resolutions', 'recognitions', 'timeline-events'].map(async (c) => [
        c,
        (await payload.count({ collection: c as 'articles', overrideAccess: true })).totalDocs,
      ]),
    ),
  ) as Record<string, number>
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  log(`archive: ${total} documents (${JSON.stringify(counts)}), article /${article.slug}`)
  const session = await login(appUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)

  // 3. API, sequential requests, beside the Local API in this process.
  // p95 of 50 samples is the third-slowest request: one collection pause decides it. 200 are steadier.
  const apiRuns = Math.max(samples, 200)
  async function measureApi(): Promise<Sampled[]> {
    log('API')
    const gql = `{ Articles(locale: en, limit: 20) { docs { id title slug excerpt publishedAt content heroImage { url alt } } } }`
    return [
      await sample('Local API `find` (reference)', apiRuns, () =>
        payload.find({ collection: 'articles', locale: 'en', limit: 20, overrideAccess: false }),
      ),
      await sample('REST `GET /api/articles?locale=en&limit=20`', apiRuns, () =>
        getOk(`${appUrl}/api/articles?locale=en&limit=20`),
      ),
      await sample('GraphQL, the same 20 articles', apiRuns, () =>
        getOk(`${appUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: gql }),
        }),
      ),
      await sample('Local API by slug (reference)', apiRuns, () =>
        payload.find({
          collection: 'articles',
          locale: 'en',
          where: { slug: { equals: article.slug } },
          limit: 1,
          overrideAccess: false,
        }),
      ),
      await sample('REST lookup by slug', apiRuns, () =>
        getOk(`${appUrl}/api/articles?locale=en&where[slug][equals]=${article.slug}&limit=1`),
      ),
    ]
  }

  // 4. Search, each locale warmed first (the first search of a locale loads its index).
  async function measureSearch(): Promise<Sampled[]> {
    log('search')
    const search: Sampled[] = []
    for (const l of locales) {
      await getOk(`${appUrl}/api/search?locale=${l}&q=warm`)
      for (const q of searchQueries[l]) {
        const s = await sample(q, Math.ceil(apiRuns / searchQueries[l].length), () =>
          getOk(`${appUrl}/api/search?locale=${l}&q=${encodeURIComponent(q)}`),
        )
        search.push({ ...s, label: `${l}: \`${q}\`` })
      }
    }
    return search
  }

  const articlePath = (l: string) => `/${l}/articles/${article.slug}`
  const ourPages = locales.flatMap((l) => [
    { label: `(c) home ${l}`, path: `/${l}` },
    { label: `(c) article ${l}`, path: articlePath(l) },
  ])

  const throughput: LoadResult[] = []
  const run = async (label: string, url: string) => {
    await warm(url)
    const result = await load(label, url, { connections, duration })
    log(
      `${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, errors ${result.errors + result.non2xx}`,
    )
    throughput.push(result)
    return result
  }

  // (c) again on the image's Node: the same build, database and pages, a second `next start` that
  // runs only for these loads, so the rest of the bench sees one app as before.
  async function measureOnImageNode(): Promise<LoadResult[]> {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const server = await startProcess(
      productionNode(imageNodeVersion),
      [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
      { url, readyPath: '/api/health', env: { ...appEnv, SERVER_URL: url }, cwd: projectRoot },
    )
    stopAll.push(server)
    log(`next start on Node ${imageNodeVersion} ready in ${ms(server.readyMs)}`)
    try {
      const results: LoadResult[] = []
      for (const page of ourPages)
        results.push(await run(`${page.label} on Node ${imageNodeVersion}`, url + page.path))
      return results
    } finally {
      await server.stop()
    }
  }
  /** Each page on the image's Node beside the same page on the bench's Node. */
  const versusBenchNode = (onImageNode: LoadResult[], ours: LoadResult[]) =>
    Object.fromEntries(onImageNode.map((r, i) => [r.label, ours[i]]))

  // 7. The people registry: the name search in this process, the registry page rendered after a
  // publish cleared the data cache (and with it warm), and a person's page beside an article's.
  const [person] = (
    await payload.find({
      collection: 'people',
      sort: 'id',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      select: { slug: true },
    })
  ).docs
  async function measurePeople() {
    log('people')
    const nameSearch = await measureNameSearch(payload)
    log(
      `name search over ${nameSearch.people} people: prepared in ${ms(nameSearch.prepareMs)}, p95 ${ms(nameSearch.p95)}`,
    )
    const registryPath = (i: number) => `/${locales[i % 3]}/people?fate=killed&page=${2 + (i % 5)}`
    const registryUncached: number[] = []
    // A server that has just started runs each cold read's code unoptimized: its first request
    // compiles the route (about 0.4 s), and the first rounds of publish-then-render are up to twice
    // as slow as the later ones. Those rounds are run and reported, not counted, as every load run
    // here is timed after a warm-up: the samples time what a publish costs a running server.
    const warmUpRounds = 10
    const registryWarmUp: number[] = []
    for (let i = -warmUpRounds; i < samples; i++) {
      await publish(
        session,
        article.id,
        locales[(i + warmUpRounds) % 3],
        `Excerpt bench${randomBytes(5).toString('hex')}.`,
      )
      const path = registryPath(i + warmUpRounds)
      const first = await ttfb(appUrl + path)
      if (first.status !== 200) throw new Error(`${path}: ${first.status}`)
      ;(i < 0 ? registryWarmUp : registryUncached).push(first.ms)
    }
    const each = (times: number[]) => times.map((t) => t.toFixed(0)).join(' ')
    log(`registry page after a publish: warm-up rounds ${each(registryWarmUp)} ms`)
    log(`registry page after a publish: samples ${each(registryUncached)} ms`)
    const registryWarm = await sample('registry page, data cached', apiRuns, () =>
      getOk(appUrl + registryPath(1)),
    )
    const searchPage = await sample('registry page with a name search', apiRuns, () =>
      getOk(`${appUrl}/az/people?q=${encodeURIComponent('Алиев')}`),
    )
    // Throughput on these two cores drifts by a third from one 10 s run to the next, so the two
    // pages are measured interleaved, article-person-person-article, in runs of half the duration:
    // a drift then weighs on both alike. Each page's figure is its two runs together.
    const pages: LoadResult[] = []
    if (person)
      for (const l of locales) {
        const article = {
          label: `(c) article ${l} (beside the person)`,
          url: appUrl + articlePath(l),
        }
        const personPage = { label: `(c) person ${l}`, url: `${appUrl}/${l}/people/${person.slug}` }
        for (const page of [article, personPage]) await warm(page.url)
        const runs: Record<string, LoadResult[]> = { [article.label]: [], [personPage.label]: [] }
        for (const page of [article, personPage, personPage, article])
          runs[page.label].push(
            await load(page.label, page.url, { connections, duration: duration / 2 }),
          )
        for (const page of [article, personPage]) {
          const result = combined(runs[page.label])
          log(
            `${page.label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, errors ${result.errors + result.non2xx}`,
          )
          throughput.push(result)
          pages.push(result)
        }
      }
    return { nameSearch, registryUncached, registryWarmUp, registryWarm, searchPage, pages }
  }
  /** The person pages' throughput as a share of the article's, each beside the article in its locale. */
  const personVsArticle = (pages: LoadResult[]) =>
    pages.length
      ? Math.min(
          ...pages
            .filter((r) => r.label.startsWith('(c) person'))
            .map((r, i) => r.rps / pages[i * 2].rps),
        )
      : NaN
  const peopleTargets = (people: Awaited<ReturnType<typeof measurePeople>>): Target[] => [
    {
      name: `people: name search p95 over ${people.nameSearch.people} people (in process)`,
      measured: ms(people.nameSearch.p95),
      reference: `prepared once in ${ms(people.nameSearch.prepareMs)}; the page with a search ${ms(people.searchPage.p95)} p95`,
      target: '< 30 ms',
      pass: people.nameSearch.p95 < 30,
    },
    {
      name: 'people: registry page TTFB p95 after a publish (uncached)',
      measured: ms(percentile(people.registryUncached, 95)),
      reference: `data cached ${ms(people.registryWarm.p95)} p95; the ${people.registryWarmUp.length} rounds after the server started (not counted) ${ms(Math.min(...people.registryWarmUp))}–${ms(Math.max(...people.registryWarmUp))}`,
      target: '< 150 ms',
      pass: percentile(people.registryUncached, 95) < 150,
    },
    {
      name: 'people: a person page vs an article page, cached req/s (worst locale)',
      measured: people.pages.length
        ? `${Math.min(...people.pages.filter((r) => r.label.startsWith('(c) person')).map((r) => r.rps)).toFixed(0)} req/s`
        : '–',
      reference: 'the article in the same locale, measured beside it',
      ratio: pct(personVsArticle(people.pages)),
      target: '≥ 90 %',
      pass: people.pages.length ? personVsArticle(people.pages) >= 0.9 : null,
    },
  ]

  if (only) {
    const cached: { ours: LoadResult[]; onImageNode: LoadResult[] } = { ours: [], onImageNode: [] }
    if (only.has('cached')) {
      for (const page of ourPages) cached.ours.push(await run(page.label, appUrl + page.path))
      cached.onImageNode = await measureOnImageNode()
    }
    const people = only.has('people') ? await measurePeople() : null
    const measured = [
      ...(only.has('api') ? await measureApi() : []),
      ...(only.has('search')
        ? (await measureSearch()).map((s) => ({ ...s, label: `search ${s.label}` }))
        : []),
    ]
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const machine = `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, Node ${process.version}${only.has('cached') ? ` (and v${imageNodeVersion} where named)` : ''}; load average at the end ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`
    const markdown = [
      `- command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\``,
      `- date: ${date}`,
      `- machine: ${machine}`,
      `- archive: ${total} documents and ${peopleCount} synthetic people in az, en and ru, SQLite`,
      ...(throughput.length
        ? [
            `- load: autocannon, ${connections} connections, ${duration} s per URL, after a warm-up`,
            '',
            loadTable(throughput, versusBenchNode(cached.onImageNode, cached.ours)),
          ]
        : []),
      ...(people ? ['', targetTable(peopleTargets(people))] : []),
      ...(measured.length
        ? [
            '',
            '| what | p50 | p95 | samples |',
            '| --- | --- | --- | --- |',
            ...measured.map((s) => `| ${s.label} | ${ms(s.p50)} | ${ms(s.p95)} | ${s.samples} |`),
          ]
        : []),
    ].join('\n')
    console.log(`\n${markdown}\n`)
    fs.mkdirSync(path.join(benchRoot, 'results'), { recursive: true })
    fs.writeFileSync(path.join(benchRoot, 'results', 'latest-only.md'), markdown + '\n')
    log('results: bench/results/latest-only.md')
    await payload.destroy()
    for (const server of stopAll.reverse()) await server.stop()
    process.exit(0)
  }

  // (b) the bare Next page, (a) plain Node with the article's bytes, (d) nginx in front of (c).
  const hello = await startHello()
  stopAll.push(hello)
  // (a) serves the very bytes of a page, headers and body, captured once from the app.
  const servePlain = async (name: string, pagePath: string) => {
    const file = path.join(runDir, `${name}.html`)
    await warm(appUrl + pagePath)
    writeCapturedPage(file, await capturePage(appUrl + pagePath))
    const port = await freePort()
    const server = await startProcess(
      process.execPath,
      [tsxCli, path.join(benchRoot, 'lib', 'staticServer.ts'), file, String(port)],
      { url: `http://127.0.0.1:${port}`, readyPath: '/', cwd: projectRoot },
    )
    stopAll.push(server)
    return server
  }
  // Each page of (d) is compared with plain Node serving that very page's bytes: the home page is
  // about twice the article, and az and ru pages are larger than en (ə, ş and Cyrillic take 2 bytes).
  const plainServers = new Map<string, Started>()
  for (const page of ourPages)
    plainServers.set(
      page.label,
      await servePlain(page.label.replace('(c) ', '').replace(/\W+/g, '-'), page.path),
    )
  const hasNginx = spawnSync('nginx', ['-v']).status === 0
  const proxyPort = await freePort()
  const proxy = hasNginx
    ? await startNginx({
        shippedConfig: path.join(projectRoot, 'docs', 'deploy', 'nginx.conf'),
        prefix: path.join(runDir, 'nginx'),
        port: proxyPort,
        upstreamPort: appPort,
      })
    : null
  if (proxy) stopAll.push(proxy)

  // 1. Cached page throughput.
  const plainResults = new Map<string, LoadResult>()
  for (const page of ourPages)
    plainResults.set(
      page.label,
      await run(
        page.label.replace('(c)', '(a) plain Node,'),
        plainServers.get(page.label)!.url + '/',
      ),
    )
  const plainResult = plainResults.get('(c) article en')!
  const plainFor = (label: string) => plainResults.get(label.replace('(d) nginx', '(c)'))!
  const helloResult = await run('(b) bare Next', hello.url + '/')
  // The pages that read the query string render per request under a nonce: the framework's floor for those.
  const helloDynamic = await run('(b′) bare Next, per request with a nonce', hello.url + '/dynamic')
  // (b) again, now that its process has rendered a page at run time, as every process serving our
  // pages has: on Node 20 the AsyncLocalStorage Next renders in then keeps promise hooks on for good.
  const helloAfterRender = await run(
    '(b″) bare Next, after its process rendered a page',
    hello.url + '/',
  )
  const ours: LoadResult[] = []
  for (const page of ourPages) ours.push(await run(page.label, appUrl + page.path))
  const oursOnImageNode = await measureOnImageNode()
  const proxied: LoadResult[] = []
  if (proxy)
    for (const page of ourPages)
      proxied.push(await run(page.label.replace('(c)', '(d) nginx'), proxy.url + page.path))
  const rss = treeRss(app.child.pid!)
  log(`next-server RSS after the load: ${(rss / 2 ** 20).toFixed(0)} MB`)

  log('weight')
  // 6. Weight, measured on the running servers: every <script src> of the page, gzipped.
  const helloWeight = { label: '(b) bare Next `/`', ...(await pageWeight(hello.url + '/')) }
  const weights = [helloWeight]
  for (const [label, p] of [
    ['article', articlePath('en')],
    ['home', '/en'],
    ['articles list', '/en/articles'],
    ['recognitions', '/en/recognitions'],
    ['recognitions az', '/az/recognitions'],
    ['recognitions ru', '/ru/recognitions'],
    ['timeline', '/en/timeline'],
    ['memorials', '/en/monuments'],
    ['search', '/en/search?q=khojaly'],
  ] as const) {
    weights.push({ label: `${label} \`${p}\``, ...(await pageWeight(appUrl + p)) })
  }
  const weightOf = (label: string) => weights.find((w) => w.label.startsWith(label))!
  // az and ru pages are larger than en (ə, ş and Cyrillic take two bytes).
  const recognitionsHtml = Math.max(
    ...weights.filter((w) => w.label.startsWith('recognitions')).map((w) => w.html),
  )

  // 2 + 5. Uncached render and publish-to-visible, direct: each sample an editor's save in one locale.
  const uncached: number[] = []
  const visibleDirect: number[] = []
  for (let i = 0; i < samples; i++) {
    const locale = locales[i % 3]
    const marker = `bench${randomBytes(5).toString('hex')}`
    const started = performance.now()
    await publish(session, article.id, locale, `Excerpt ${marker}.`)
    const first = await ttfb(appUrl + articlePath(locale))
    uncached.push(first.ms)
    visibleDirect.push(
      first.body.includes(marker)
        ? performance.now() - started
        : await untilVisible(appUrl + articlePath(locale), marker, started),
    )
  }
  const visibleProxy: number[] = []
  if (proxy) {
    for (let i = 0; i < samples; i++) {
      const locale = locales[i % 3]
      const url = proxy.url + articlePath(locale)
      await warm(url)
      const marker = `bench${randomBytes(5).toString('hex')}`
      const started = performance.now()
      await publish(session, article.id, locale, `Excerpt ${marker}.`)
      visibleProxy.push(await untilVisible(url, marker, started))
    }
  }
  log(
    `uncached render p95 ${ms(percentile(uncached, 95))}; publish-to-visible p95 ${ms(percentile(visibleDirect, 95))} direct, ${ms(percentile(visibleProxy, 95))} through nginx`,
  )

  const api = await measureApi()
  const search = await measureSearch()
  const people = await measurePeople()
  const searchP95 = Math.max(...search.map((s) => s.p95))

  // The targets of docs/benchmarks.md.
  const worst = (list: LoadResult[], key: 'p99' | 'max') => Math.max(...list.map((r) => r[key]))
  const minRatio = (list: LoadResult[], ref: LoadResult | ((label: string) => LoadResult)) =>
    Math.min(...list.map((r) => r.rps / (typeof ref === 'function' ? ref(r.label) : ref).rps))
  const errors = [...ours, ...proxied].reduce((n, r) => n + r.errors + r.non2xx, 0)
  const jsAbove = (label: string) => weightOf(label).jsGzip - helloWeight.jsGzip
  const apiP95 = (label: string) => api.find((a) => a.label.startsWith(label))!.p95
  const targets: Target[] = [
    {
      name: '(c) our pages vs (b) bare Next, req/s (worst page)',
      measured: `${Math.min(...ours.map((r) => r.rps)).toFixed(0)} req/s`,
      reference: `${helloResult.rps.toFixed(0)} req/s ((b″) ${helloAfterRender.rps.toFixed(0)} req/s: ${pct(minRatio(ours, helloAfterRender))} of it)`,
      ratio: pct(minRatio(ours, helloResult)),
      target: '≥ 90 %',
      pass: minRatio(ours, helloResult) >= 0.9,
    },
    {
      name: '(d) through nginx vs (a) plain Node serving the same page’s bytes, req/s (worst page)',
      measured: proxied.length ? `${Math.min(...proxied.map((r) => r.rps)).toFixed(0)} req/s` : '–',
      reference: `${Math.min(...[...plainResults.values()].map((r) => r.rps)).toFixed(0)}–${Math.max(...[...plainResults.values()].map((r) => r.rps)).toFixed(0)} req/s`,
      ratio: proxied.length ? pct(minRatio(proxied, plainFor)) : undefined,
      target: '≥ 100 %',
      pass: proxied.length ? minRatio(proxied, plainFor) >= 1 : null,
    },
    {
      name: '(c) p99 latency (worst page)',
      measured: ms(worst(ours, 'p99')),
      reference: `(b) ${ms(helloResult.p99)}`,
      target: '< 60 ms',
      pass: worst(ours, 'p99') < 60,
    },
    {
      name: 'no response over 1 s, (c) and (d)',
      measured: ms(Math.max(worst(ours, 'max'), proxied.length ? worst(proxied, 'max') : 0)),
      reference: '–',
      target: '< 1000 ms',
      pass: Math.max(worst(ours, 'max'), proxied.length ? worst(proxied, 'max') : 0) < 1000,
    },
    {
      name: 'errors and non-2xx, (c) and (d)',
      measured: String(errors),
      reference: '–',
      target: '0',
      pass: errors === 0,
    },
    {
      name: 'uncached render TTFB p95 (after a publish)',
      measured: ms(percentile(uncached, 95)),
      reference: `cached (c) article p50 ${ms(ours[1].p50)} under load`,
      target: '< 150 ms',
      pass: percentile(uncached, 95) < 150,
    },
    ...(['REST', 'GraphQL', 'REST lookup'] as const).map((label) => ({
      name: `API p95: ${label}`,
      measured: ms(apiP95(label)),
      reference: `Local API ${ms(apiP95(label === 'REST lookup' ? 'Local API by slug' : 'Local API `find`'))}`,
      target: '< 30 ms',
      pass: apiP95(label) < 30,
    })),
    {
      name: 'search p95 (worst query)',
      measured: ms(searchP95),
      reference: '–',
      target: '< 50 ms',
      pass: searchP95 < 50,
    },
    {
      name: 'publish → visible p95, direct',
      measured: ms(percentile(visibleDirect, 95)),
      reference: '–',
      target: '< 1000 ms',
      pass: percentile(visibleDirect, 95) < 1000,
    },
    {
      name: 'publish → visible p95, through nginx',
      measured: ms(percentile(visibleProxy, 95)),
      reference: 'direct',
      target: '< 2000 ms',
      pass: visibleProxy.length ? percentile(visibleProxy, 95) < 2000 : null,
    },
    ...(['article', 'articles list', 'home'] as const).map((label) => ({
      name: `first-load JS above bare Next: ${label}`,
      measured: kb(weightOf(label).jsGzip),
      reference: `(b) ${kb(helloWeight.jsGzip)}`,
      ratio: `+${kb(jsAbove(label))}`,
      target: '≤ +20 KB gzip',
      pass: jsAbove(label) <= 20 * 1024,
    })),
    {
      name: 'HTML of the recognitions page (worst locale)',
      measured: kb(recognitionsHtml),
      reference: `en ${kb(weightOf('recognitions `').html)}`,
      target: '< 250 KB',
      pass: recognitionsHtml < 250 * 1024,
    },
    {
      name: 'RSS of next start after the load',
      measured: `${(rss / 2 ** 20).toFixed(0)} MB`,
      reference: '–',
      target: '< 600 MB',
      pass: rss < 600 * 2 ** 20,
    },
    {
      name: '`next start` until /api/health answers',
      measured: ms(app.readyMs),
      reference: `bare Next ${ms(hello.readyMs)}`,
      target: '< 5000 ms',
      pass: app.readyMs < 5000,
    },
    ...peopleTargets(people),
    {
      name: 'Lighthouse (mobile)',
      measured: 'its own command, `npm run bench:lighthouse`',
      reference: 'section "Lighthouse" of docs/benchmarks.md',
      target: '95/100/95/100',
      pass: null,
    },
  ]

  const reference: Record<string, LoadResult | undefined> = Object.fromEntries([
    ...ours.map((r) => [r.label, helloResult]),
    ...Object.entries(versusBenchNode(oursOnImageNode, ours)),
    ...proxied.map((r) => [r.label, plainFor(r.label)]),
    [helloResult.label, plainResult],
    [helloDynamic.label, helloResult],
    [helloAfterRender.label, helloResult],
  ])
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const machine = `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, Node ${process.version} (and v${imageNodeVersion} for (c) on the image's Node), ${os.platform()} ${os.release()}; load average at the end ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`
  const markdown = [
    `## Latest run`,
    '',
    `- command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\``.replace(/ -- $/, ''),
    `- date: ${date}`,
    `- machine: ${machine}`,
    `- archive: ${total} documents in az, en and ru (${Object.entries(counts)
      .map(([c, n]) => `${c} ${n}`)
      .join(
        ', ',
      )}) and ${peopleCount} synthetic people, SQLite${generated ? `; generated in ${generated.seconds.archive.toFixed(0)} s (+ seed ${generated.seconds.seed.toFixed(0)} s, search index ${generated.seconds.search.toFixed(0)} s)` : ''}`,
    `- load: autocannon, ${connections} connections, ${duration} s per URL, after a warm-up; article: \`/{locale}/articles/${article.slug}\``,
    '',
    '### Targets',
    '',
    targetTable(targets),
    '',
    '### Cached page throughput',
    '',
    loadTable(throughput, reference),
    '',
    '### Latency of single requests (sequential)',
    '',
    '| what | p50 | p95 | samples |',
    '| --- | --- | --- | --- |',
    ...[
      ...api,
      {
        label: `uncached render of the article after a publish (TTFB)`,
        p50: percentile(uncached, 50),
        p95: percentile(uncached, 95),
        samples,
      },
      {
        label: 'publish → visible, direct',
        p50: percentile(visibleDirect, 50),
        p95: percentile(visibleDirect, 95),
        samples,
      },
      {
        label: 'publish → visible, through nginx',
        p50: percentile(visibleProxy, 50),
        p95: percentile(visibleProxy, 95),
        samples: visibleProxy.length,
      },
      ...search.map((s) => ({ ...s, label: `search ${s.label}` })),
    ].map((s) => `| ${s.label} | ${ms(s.p50)} | ${ms(s.p95)} | ${s.samples} |`),
    '',
    '### Weight (gzip level 9 of every `<script src>` the page loads)',
    '',
    weightTable(weights, helloWeight.jsGzip),
  ].join('\n')

  console.log(`\n${targetTable(targets)}\n`)
  fs.mkdirSync(path.join(benchRoot, 'results'), { recursive: true })
  fs.writeFileSync(path.join(benchRoot, 'results', 'latest.md'), markdown + '\n')
  fs.writeFileSync(
    path.join(benchRoot, 'results', 'latest.json'),
    JSON.stringify(
      {
        date,
        machine,
        counts,
        throughput,
        api,
        search,
        uncached,
        visibleDirect,
        visibleProxy,
        weights,
        rss,
        startMs: app.readyMs,
        targets,
      },
      null,
      2,
    ),
  )
  if (opts.write) writeResults(path.join(projectRoot, 'docs', 'benchmarks.md'), markdown)
  log('results: bench/results/latest.md' + (opts.write ? ' and docs/benchmarks.md' : ''))
  await payload.destroy()
} finally {
  for (const server of stopAll.reverse()) await server.stop()
}
process.exit(0)
