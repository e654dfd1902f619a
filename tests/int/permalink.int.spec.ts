import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findPublishedById } from '@/lib/queries/permalink'
import { markdownToLexical } from '@/seed/markdown'
import {
  createTestPayload,
  noRevalidate,
  testMongoUri,
  testPayloadForFile,
} from '@tests/helpers/testPayload'

const t = testPayloadForFile()
let published: { id: number | string; slug?: string | null }
let draft: { id: number | string }

const article = async (payload: Payload, title: string, _status: 'draft' | 'published') =>
  payload.create({
    collection: 'articles',
    locale: 'az',
    draft: _status === 'draft',
    data: {
      title,
      excerpt: `${title}: xülasə.`,
      content: await markdownToLexical(payload.config, `${title}: mətn.`),
      _status,
    },
    context: noRevalidate(),
  })

beforeAll(async () => {
  published = await article(t.payload, 'Daimi keçid', 'published')
  draft = await article(t.payload, 'Qaralama keçid', 'draft')
})

/** Ids of the wrong form for SQLite's integer keys and MongoDB's ObjectIds alike. */
const malformed = [
  'abc',
  '1.5',
  '-1',
  '0x1f',
  '1e3',
  '99999999999999999999',
  'aaaaaaaaaaaaaaaaaaaaaaaz',
  'a'.repeat(23),
  'Daimi-keçid',
]

/** Cuts a real Payload off its database, as a server whose database went away mid-request. */
async function closeDatabase(payload: Payload) {
  if (testMongoUri()) await (payload.db as unknown as MongooseAdapter).connection.destroy(true)
  else (payload.db as unknown as SQLiteAdapter).client.close()
}

/** An error's message and those of its causes, one a line. */
function causes(error: unknown): string {
  const lines: string[] = []
  for (let e = error; e instanceof Error; e = e.cause) lines.push(e.message)
  return lines.join('\n')
}

describe('permanent links by id', () => {
  it('find a published document’s current slug, and nothing for a draft or an id nobody has', async () => {
    expect(await findPublishedById(t.payload, 'articles', String(published.id))).toEqual({
      id: published.id,
      slug: published.slug,
    })
    expect(await findPublishedById(t.payload, 'articles', String(draft.id))).toBeNull()
    expect(await findPublishedById(t.payload, 'monuments', String(published.id))).toBeNull()
    expect(
      await findPublishedById(
        t.payload,
        'articles',
        testMongoUri() ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : '999999',
      ),
    ).toBeNull()
  })

  it.each(malformed)(
    'find nothing for the id "%s", which no document here can have',
    async (id) => {
      expect(await findPublishedById(t.payload, 'articles', id)).toBeNull()
    },
  )

  it('let a failing database through as an error, not as "not found"; a malformed id never reaches it', async () => {
    const cut = await createTestPayload({}, { key: 'permalink-database-gone' })
    try {
      const doc = await article(cut.payload, 'Bazası gedən keçid', 'published')
      expect(await findPublishedById(cut.payload, 'articles', String(doc.id))).toMatchObject({
        id: doc.id,
      })
      await closeDatabase(cut.payload)
      const failure = await findPublishedById(cut.payload, 'articles', String(doc.id)).then(
        () => null,
        (error: unknown) => error,
      )
      // The adapter wraps the driver's error ("Failed query: …"); the cause says why.
      expect(causes(failure)).toMatch(/closed/i)
      for (const id of malformed)
        expect(await findPublishedById(cut.payload, 'articles', id), id).toBeNull()
    } finally {
      await cut.destroy()
    }
  })
})
