import fs from 'node:fs'
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes, type Locale } from '@/i18n/locales'
import { readPublishedLocales } from '@/lib/content/publishedLocales'
import { readInEachLocale } from '@/lib/content/visitorReads'
import { exportDataset } from '@/lib/openData/exportDataset'
import { isTranslationOffered } from '@/lib/translation/status'
import * as localizedStatus from '@/migrations/sqlite/20261206_123400_localized_status'
import { markdownToLexical } from '@/seed/markdown'
import { rest, signIn } from '@tests/helpers/api'
import {
  createSeededTestPayload,
  createTestPayload,
  noRevalidate,
  testPayloadForFile,
  type TestPayload,
} from '@tests/helpers/testPayload'

// SQLite also under `npm run test:mongo`: the last test runs a SQLite migration.
const t = testPayloadForFile(() => createTestPayload({}, { sqlite: true }))

let editor: Awaited<ReturnType<typeof signIn>>
let translator: Awaited<ReturnType<typeof signIn>>
let articleId: number

const azTitle = 'Sintetik məqalə: hər dil ayrıca dərc olunur'
const enTitle = 'Synthetic article: each language published on its own'

const as = (who: { token: string } | null, method: string, url: string, body?: unknown) =>
  rest(t.payload, method, url, { token: who?.token, body })

/** The title each locale's search row holds. */
const searchRows = async (id: number) => {
  const { docs } = await t.payload.find({
    collection: 'search-entries',
    where: { and: [{ docCollection: { equals: 'articles' } }, { docId: { equals: String(id) } }] },
    limit: 0,
    pagination: false,
  })
  return Object.fromEntries(docs.map((row) => [row.locale as string, row.title]))
}

beforeAll(async () => {
  await signIn(t.payload, ['admin'])
  editor = await signIn(t.payload, ['editor'])
  translator = await signIn(t.payload, ['translator'])
  const created = await t.payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title: azTitle,
      excerpt: 'Sintetik xülasə',
      content: await markdownToLexical(t.payload.config, 'Sintetik mətn.'),
      _status: 'published',
    },
    context: noRevalidate(),
  })
  articleId = created.id
  // The translator's English, saved as a draft.
  const draft = await as(translator, 'PATCH', `/api/articles/${articleId}?locale=en&draft=true`, {
    title: enTitle,
    excerpt: 'Synthetic summary',
    content: await markdownToLexical(t.payload.config, 'Synthetic text.'),
  })
  expect(draft.status, draft.text).toBe(200)
})

describe('each locale published on its own', () => {
  it('az published while en is a draft: visitors read the az text everywhere, and en is unpublished', async () => {
    const az = await as(null, 'GET', `/api/articles/${articleId}?locale=az`)
    expect([az.status, az.json._status, az.json.title]).toEqual([200, 'published', azTitle])
    // REST without `draft`: the document exists for a visitor in en, with en unpublished.
    const en = await as(null, 'GET', `/api/articles/${articleId}?locale=en&fallback-locale=none`)
    expect(en.status).toBe(200)
    expect(en.json._status).toBe('draft')
    expect(en.json.title).toBeUndefined()

    expect(
      (await readPublishedLocales(t.payload, 'articles', [articleId])).get(String(articleId)),
    ).toEqual(['az'])
    // Each locale finds it, by the text its page shows: az until en is published.
    expect(await searchRows(articleId)).toEqual({ az: azTitle, en: azTitle, ru: azTitle })
    // OAI-PMH and IIIF read each locale as a visitor: only az is there.
    const each = (await readInEachLocale(t.payload, 'articles', [articleId])).get(String(articleId))
    expect(Object.keys(each ?? {})).toEqual(['az'])
  })

  it('publishing is refused to a translator without the right, and to one with it in az or in every locale', async () => {
    const body = { title: enTitle, _status: 'published' }
    const url = `/api/articles/${articleId}?locale=en&publishSpecificLocale=en`
    expect((await as(translator, 'PATCH', url, body)).status).toBe(403)
    // An admin grants the right; the translator's next request has it.
    await t.payload.update({
      collection: 'users',
      id: translator.user.id,
      data: { publishTranslations: true },
    })
    const azPublish = `/api/articles/${articleId}?locale=az&publishSpecificLocale=az`
    expect((await as(translator, 'PATCH', azPublish, body)).status).toBe(403)
    const everyLocale = `/api/articles/${articleId}?locale=en&publishAllLocales=true`
    expect((await as(translator, 'PATCH', everyLocale, body)).status).toBe(403)
    // The editor's own right is untouched.
    const editorView = await as(editor, 'GET', `/api/articles/${articleId}?locale=az&draft=true`)
    expect(editorView.json.title).toBe(azTitle)
  })

  it('en published alone by a translator with the right: az untouched, two publishes in the history', async () => {
    const before = await t.payload.findByID({ collection: 'articles', id: articleId, locale: 'az' })
    const published = await as(
      translator,
      'PATCH',
      `/api/articles/${articleId}?locale=en&publishSpecificLocale=en`,
      { _status: 'published' },
    )
    expect(published.status, published.text).toBe(200)

    const all = await t.payload.findByID({
      collection: 'articles',
      id: articleId,
      locale: 'all',
      depth: 0,
    })
    expect(all._status).toEqual({ az: 'published', en: 'published' })
    expect((all.title as unknown as Record<Locale, string>).az).toBe(azTitle)
    expect((all.title as unknown as Record<Locale, string>).en).toBe(enTitle)
    const after = await t.payload.findByID({ collection: 'articles', id: articleId, locale: 'az' })
    expect(after.content).toEqual(before.content)

    const { docs: versions } = await t.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: articleId } },
      locale: 'all',
      sort: 'createdAt',
      limit: 0,
    })
    const states = versions.map((v) => (v.version as { _status?: Record<string, string> })._status)
    // The first version is az's publish; the last is en's, with az still published.
    expect(states[0]).toEqual({ az: 'published' })
    expect(states.at(-1)).toEqual({ az: 'published', en: 'published' })
    const publishes = states.filter(
      (state, i) =>
        i === 0 ||
        localeCodes.some((l) => state?.[l] === 'published' && states[i - 1]?.[l] !== 'published'),
    )
    expect(publishes).toHaveLength(2)

    expect(await searchRows(articleId)).toEqual({ az: azTitle, en: enTitle, ru: azTitle })
    const each = (await readInEachLocale(t.payload, 'articles', [articleId])).get(String(articleId))
    expect(each?.en?.title).toBe(enTitle)
    expect(each?.ru).toBeUndefined()
  })

  it('open data gives a document whose translation is not published in az', async () => {
    const ru = await exportDataset(t.payload, 'resolutions', 'ru')
    expect(ru.records).toEqual([])
    const resolution = await t.payload.create({
      collection: 'resolutions',
      locale: 'az',
      data: {
        title: 'Sintetik qətnamə',
        body: 'Sintetik orqan',
        summary: 'Sintetik xülasə',
        adoptedAt: '2000-01-01T00:00:00.000Z',
        jurisdiction: 'AZ',
        kind: 'resolution',
        _status: 'published',
      } as never,
      context: noRevalidate(),
    })
    await t.payload.update({
      collection: 'resolutions',
      id: resolution.id,
      locale: 'ru',
      draft: true,
      data: { title: 'Синтетическое постановление (черновик)' } as never,
      context: noRevalidate(),
    })
    const [record] = (await exportDataset(t.payload, 'resolutions', 'ru')).records
    expect(record.title).toBe('Sintetik qətnamə')
  })
})

describe('the migration to a published state per locale', () => {
  let demo: TestPayload
  let copy: TestPayload | undefined
  const dir = () => demo.dir

  beforeAll(async () => {
    demo = await createSeededTestPayload({}, { sqlite: true, key: 'demo' })
  })
  afterAll(async () => {
    await copy?.destroy()
    await demo.destroy()
  })

  it('keeps, on a copy of the demo database, what visitors could read in each locale', async () => {
    const payload = demo.payload
    // Beside the demo content: a published document half translated into en, and a draft.
    const half = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: {
        title: 'Sintetik yarımçıq tərcümə',
        excerpt: 'Xülasə',
        content: await markdownToLexical(payload.config, 'Mətn.'),
        _status: 'published',
      },
      context: noRevalidate(),
    })
    await payload.update({
      collection: 'articles',
      id: half.id,
      locale: 'en',
      data: { title: 'Synthetic half translation', _status: 'published' },
      context: noRevalidate(),
    })
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Sintetik qaralama', _status: 'draft' },
      context: noRevalidate(),
    })

    // What the archive showed before per-locale publishing: az where the document was published,
    // each translation where the publish gate offered it.
    const collections = ['articles', 'monuments', 'resolutions', 'people', 'pages'] as const
    const expected: Record<string, Record<string, Locale[]>> = {}
    const versionCounts: Record<string, number> = {}
    for (const collection of collections) {
      const { docs } = await payload.find({
        collection,
        locale: 'az',
        depth: 0,
        limit: 0,
        pagination: false,
        draft: false,
      })
      expected[collection] = Object.fromEntries(
        docs.map((doc) => {
          const stated = (doc as { _status?: string })._status
          const locales =
            stated === 'published'
              ? localeCodes.filter((l) => isTranslationOffered(doc as never, l))
              : []
          return [String(doc.id), locales]
        }),
      )
      versionCounts[collection] = (await payload.countVersions({ collection, where: {} })).totalDocs
    }
    expect(expected.articles[String(half.id)]).toEqual(['az'])
    expect(expected.articles[String(draft.id)]).toEqual([])
    expect(Object.values(expected.articles).filter((l) => l.length === 3).length).toBeGreaterThan(0)

    // Back to the schema before it (one state per document: az's), then a copy of that file.
    const db = payload.db as unknown as SQLiteAdapter
    const req = await createLocalReq({}, payload)
    await localizedStatus.down({ db: db.drizzle, payload, req } as never)
    await db.drizzle.run(
      sql`DELETE FROM payload_migrations WHERE name = '20261206_123400_localized_status'`,
    )
    const file = path.join(dir(), 'demo-copy.db')
    await db.drizzle.run(sql.raw(`VACUUM INTO '${file}'`))
    expect(fs.existsSync(file)).toBe(true)

    // The app starting on the copy runs the pending migration.
    copy = await createTestPayload({ DATABASE_URI: `file:${file}` }, { sqlite: true, key: 'copy' })
    const migrated = copy.payload
    const { docs: ran } = await migrated.find({
      collection: 'payload-migrations',
      where: { name: { equals: '20261206_123400_localized_status' } },
    })
    expect(ran).toHaveLength(1)
    for (const collection of collections) {
      const ids = Object.keys(expected[collection])
      const now = await readPublishedLocales(migrated, collection, ids, { overrideAccess: true })
      const actual = Object.fromEntries(ids.map((id) => [id, now.get(id) ?? []]))
      expect(actual, collection).toEqual(expected[collection])
      expect((await migrated.countVersions({ collection, where: {} })).totalDocs).toBe(
        versionCounts[collection],
      )
    }
    // Visitors read the same documents; the draft stays a draft in every locale.
    const visible = await migrated.find({
      collection: 'articles',
      overrideAccess: false,
      locale: 'en',
      limit: 0,
      pagination: false,
    })
    expect(visible.docs.map((d) => String(d.id)).sort()).toEqual(
      Object.entries(expected.articles)
        .filter(([, locales]) => locales.includes('az'))
        .map(([id]) => id)
        .sort(),
    )
  })
})
