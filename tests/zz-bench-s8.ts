import { performance } from 'node:perf_hooks'
import { sql } from '@payloadcms/db-sqlite'

import { localeCodes } from '@/i18n/locales'
import { termString, tokenize } from '@/lib/search/normalize'
import { runSearch } from '@/lib/search/query'
import { searchableCollections } from '@/lib/search/sources'
import { createTestPayload } from '@tests/helpers/testPayload'

const t = await createTestPayload()
const payload = t.payload
let seedN = 42
const rnd = () => ((seedN = (seedN * 1103515245 + 12345) % 2147483648) / 2147483648)
const syll = ['ka', 'lo', 'mi', 'ra', 'xo', 'ja', 'li', 'se', 'tu', 'ne', 'ba', 'qa', 'zi', 'do', 've', 'ro']
const vocab = Array.from({ length: 8000 }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => syll[Math.floor(rnd() * syll.length)]).join(''))
vocab.push('khojaly', 'genocide', 'memorial', 'resolution', 'parliament')
const word = () => (rnd() < 0.03 ? vocab[vocab.length - 1 - Math.floor(rnd() * 5)] : vocab[Math.floor(rnd() * vocab.length)])
const text = (n: number) => Array.from({ length: n }, word).join(' ')

const N = 10_000
const db = (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle
const started = performance.now()
await db.run(sql`BEGIN`)
for (let i = 0; i < N; i++) {
  const collection = searchableCollections[i % searchableCollections.length]
  const year = 1990 + (i % 35)
  for (const locale of localeCodes) {
    const title = text(6)
    const body = text(400)
    await db.run(sql`INSERT INTO search_entries (doc_collection, doc_id, locale, title, slug, date, year, snippet_text, title_terms, body_terms) VALUES (${collection}, ${String(i)}, ${locale}, ${title}, ${'doc-' + i}, ${`${year}-02-26T00:00:00.000Z`}, ${year}, ${body.slice(0, 2000)}, ${termString(tokenize(title, locale))}, ${termString(tokenize(body, locale), 3000)})`)
  }
}
await db.run(sql`COMMIT`)
console.log(`inserted ${N * 3} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const queries = ['khojaly', 'genocide memorial', vocab[10], vocab[500], `${vocab[20]} ${vocab[30]}`, 'kalo', 'nothingmatches']
for (const q of queries) {
  const times: number[] = []
  let total = 0
  for (let i = 0; i < 21; i++) {
    const s = performance.now()
    const r = await runSearch(payload, { locale: (['az', 'en', 'ru'] as const)[i % 3], q })
    if (i > 2) times.push(performance.now() - s)
    total = r.total
  }
  times.sort((a, b) => a - b)
  console.log(`q="${q}" matches≈${total} median ${times[9].toFixed(1)} ms p95 ${times[17].toFixed(1)} ms`)
}
{ const s = performance.now(); await runSearch(payload, { locale: 'en', q: 'x' + Date.now() }); console.log('warm', (performance.now() - s).toFixed(1)) }
// cold load after a change: one new row
await db.run(sql`INSERT INTO search_entries (doc_collection, doc_id, locale, title, title_terms, body_terms) VALUES ('pages', 'new', 'en', 'New', ' new ', ' new ')`)
{ const s = performance.now(); await runSearch(payload, { locale: 'en', q: 'new' }); console.log('after one new row', (performance.now() - s).toFixed(1)) }
await db.run(sql`DELETE FROM search_entries WHERE doc_id = 'new'`)
{ const s = performance.now(); await runSearch(payload, { locale: 'en', q: 'new' }); console.log('after a removal (full reload)', (performance.now() - s).toFixed(1)) }
await t.destroy()
process.exit(0)
