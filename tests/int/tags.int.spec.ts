import { createLocalReq } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'
import { beforeAll, describe, expect, it } from 'vitest'

import * as tagsMigration from '@/migrations/sqlite/20261205_184816_tags_collection'
import * as peopleMigration from '@/migrations/sqlite/20261205_220935_people_registry'
import * as peopleStatusMigration from '@/migrations/sqlite/20261206_004429_people_status_facets'
import * as submissionsMigration from '@/migrations/sqlite/20261206_032707_public_submissions'
import * as deletedRecordsMigration from '@/migrations/sqlite/20261206_065719_oai_deleted_records'
import * as mediaPagesMigration from '@/migrations/sqlite/20261206_092907_media_pages_and_tiles'
import * as localizedStatusMigration from '@/migrations/sqlite/20261206_123400_localized_status'
import * as translationWorkflowMigration from '@/migrations/sqlite/20261206_132257_translation_workflow'
import { runSearch } from '@/lib/search/query'
import { markdownToLexical } from '@/seed/markdown'
import { createTestPayload, noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

// SQLite also under `npm run test:mongo`: the second test runs a SQLite migration.
const t = testPayloadForFile(() => createTestPayload({}, { sqlite: true }))
let articleId: number
let tagId: number

beforeAll(async () => {
  const tag = await t.payload.create({
    collection: 'tags',
    locale: 'az',
    data: { name: 'Sintetik teq' },
    context: noRevalidate(),
  })
  tagId = tag.id
  const article = await t.payload.create({
    collection: 'articles',
    locale: 'az',
    data: { title: 'Synthetic Article with a tag', tags: [tag.id], _status: 'draft' },
    context: noRevalidate(),
  })
  articleId = article.id
})

const tagNames = async (locale: 'az' | 'en' | 'ru') => {
  const article = await t.payload.findByID({
    collection: 'articles',
    id: articleId,
    draft: true,
    depth: 1,
    locale,
    fallbackLocale: false,
  })
  return (article.tags ?? []).map((tag) => (typeof tag === 'object' ? (tag.name ?? null) : tag))
}

describe('tags', () => {
  it('have a name in each language, a slug from the az name, and a translation status', async () => {
    const tag = await t.payload.findByID({ collection: 'tags', id: tagId, locale: 'az' })
    expect(tag.slug).toBe('sintetik-teq')
    expect([tag.translationEn, tag.translationRu]).toEqual(['missing', 'missing'])
    await t.payload.update({
      collection: 'tags',
      id: tagId,
      locale: 'en',
      data: { name: 'Synthetic tag' },
      context: noRevalidate(),
    })
    expect(await tagNames('az')).toEqual(['Sintetik teq'])
    expect(await tagNames('en')).toEqual(['Synthetic tag'])
    expect(await tagNames('ru')).toEqual([null])
  })

  it('survive the migration from text tags and back, on the article and its versions', async () => {
    const db = (t.payload.db as unknown as SQLiteAdapter).drizzle
    const req = await createLocalReq({}, t.payload)
    const args = { db, payload: t.payload, req } as Parameters<typeof tagsMigration.up>[0]
    // Back to the schema the tags migration was written for (it rebuilds tables whole), and forward.
    await translationWorkflowMigration.down(args)
    await localizedStatusMigration.down(args)
    await mediaPagesMigration.down(args)
    await deletedRecordsMigration.down(args)
    await submissionsMigration.down(args)
    await peopleStatusMigration.down(args)
    await peopleMigration.down(args)
    await tagsMigration.down(args)
    const texts = await db.all<{ path: string; text: string }>(
      sql`SELECT path, text FROM articles_texts UNION ALL SELECT path, text FROM _articles_v_texts`,
    )
    expect(texts).toContainEqual({ path: 'tags', text: 'Sintetik teq' })
    expect(texts).toContainEqual({ path: 'version.tags', text: 'Sintetik teq' })
    await tagsMigration.up(args)
    await peopleMigration.up(args)
    await peopleStatusMigration.up(args)
    await submissionsMigration.up(args)
    await deletedRecordsMigration.up(args)
    await mediaPagesMigration.up(args)
    await localizedStatusMigration.up(args)
    await translationWorkflowMigration.up(args)
    expect(await tagNames('az')).toEqual(['Sintetik teq'])
    const versions = await t.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: articleId } },
      depth: 1,
      locale: 'az',
    })
    expect(
      versions.docs.map((v) => v.version.tags?.map((tag) => typeof tag === 'object' && tag.name)),
    ).toContainEqual(['Sintetik teq'])
  })
  it('find a published article by its tags in each language, as renamed, and no more once deleted', async () => {
    const tag = await t.payload.create({
      collection: 'tags',
      locale: 'az',
      data: { name: 'Sintetikteqsözü' },
      context: noRevalidate(),
    })
    await t.payload.update({
      collection: 'tags',
      id: tag.id,
      locale: 'en',
      data: { name: 'Syntheticlabelword' },
      context: noRevalidate(),
    })
    const article = await t.payload.create({
      collection: 'articles',
      locale: 'az',
      data: {
        title: 'Synthetic Article filed under a tag',
        excerpt: 'Synthetic excerpt.',
        content: await markdownToLexical(t.payload.config, 'Synthetic text.'),
        tags: [tag.id],
        _status: 'published',
      },
      context: noRevalidate(),
    })
    const found = async (locale: 'az' | 'en' | 'ru', q: string) =>
      (await runSearch(t.payload, { locale, q, limit: 50 })).results.some(
        (result) => result.collection === 'articles' && result.id === String(article.id),
      )
    expect(await found('en', 'Syntheticlabelword')).toBe(true)
    expect(await found('az', 'Sintetikteqsözü')).toBe(true)
    // No ru name yet: the az one stands in, as on the page.
    expect(await found('ru', 'Sintetikteqsözü')).toBe(true)
    await t.payload.update({
      collection: 'tags',
      id: tag.id,
      locale: 'en',
      data: { name: 'Renamedlabelword' },
      context: noRevalidate(),
    })
    expect(await found('en', 'Renamedlabelword')).toBe(true)
    expect(await found('en', 'Syntheticlabelword')).toBe(false)
    await t.payload.delete({ collection: 'tags', id: tag.id, context: noRevalidate() })
    expect(await found('en', 'Renamedlabelword')).toBe(false)
    expect(await found('en', 'Synthetic Article filed under a tag')).toBe(true)
  })
})
