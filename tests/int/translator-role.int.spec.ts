import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { markdownToLexical } from '@/seed/markdown'
import { graphql, rest, signIn } from '@tests/helpers/api'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'
import { translatedDraft } from '@tests/helpers/translatedDraft'

const t = testPayloadForFile()
let translator: Awaited<ReturnType<typeof signIn>>
let articleId: number | string

beforeAll(async () => {
  // The first account of a fresh database always becomes an admin: make that one first.
  await signIn(t.payload, ['admin'])
  translator = await signIn(t.payload, ['translator'])
  const article = await t.payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title: 'Mənbə başlığı',
      excerpt: 'Xülasə',
      content: await markdownToLexical(t.payload.config, 'Mətn.'),
      _status: 'published',
    },
    context: noRevalidate(),
  })
  articleId = article.id
})

const snapshot = () =>
  t.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale: 'all',
    draft: true,
    depth: 0,
  })
const token = () => translator.token

describe('translator role', () => {
  it('may write localized fields in en and ru (draft), which is what the role is for', async () => {
    const res = await rest(t.payload, 'PATCH', `/api/articles/${articleId}?locale=en&draft=true`, {
      token: token(),
      body: { title: 'Source title' },
    })
    expect(res.status).toBe(200)
    const gql = await graphql(
      t.payload,
      `mutation { updateArticle(id: ${articleId}, locale: ru, draft: true, data: { title: "Заголовок" }) { id } }`,
      { token: token() },
    )
    expect(gql.json.errors).toBeUndefined()
    const en = await t.payload.findByID({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
    })
    expect(en.title).toBe('Source title')
  })

  it.each(['az', 'all', '*'])(
    'REST: writing in locale %s is refused with 403 and changes nothing',
    async (locale) => {
      const before = await snapshot()
      const body =
        locale === 'az'
          ? { title: 'Dəyişdirilmiş' }
          : { title: { az: 'Dəyişdirilmiş', en: 'Changed', ru: 'Изменено' } }
      const res = await rest(
        t.payload,
        'PATCH',
        `/api/articles/${articleId}?locale=${encodeURIComponent(locale)}&draft=true`,
        { token: token(), body },
      )
      expect(res.status).toBe(403)
      expect(await snapshot()).toEqual(before)
    },
  )

  it('fills the text inside page blocks, but may not add, remove, reorder or retype their rows', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      locale: 'az',
      data: {
        title: 'Səhifə',
        layout: [
          { blockType: 'quote', quote: 'Sitat' },
          { blockType: 'callToAction', text: 'Qoşulun', label: 'Qoşul', href: '/az' },
        ],
      },
      context: noRevalidate(),
    })
    const rows = page.layout!.map((row) => ({ id: row.id, blockType: row.blockType }))
    const filled = await rest(t.payload, 'PATCH', `/api/pages/${page.id}?locale=en&draft=true`, {
      token: token(),
      body: {
        layout: [
          { ...rows[0], quote: 'Quote' },
          { ...rows[1], text: 'Join us', label: 'Join', href: 'https://evil.example' },
        ],
      },
    })
    expect(filled.status, JSON.stringify(filled.json)).toBe(200)
    const en = await translatedDraft(t.payload, 'pages', page.id, 'en')
    expect(
      en.layout!.map((row) => ('quote' in row ? row.quote : 'label' in row ? row.label : null)),
    ).toEqual(['Quote', 'Join'])
    // The shared link of the call to action is the editor's: left untouched.
    expect((en.layout![1] as { href?: string }).href).toBe('/az')

    const pageSnapshot = () =>
      t.payload.findByID({ collection: 'pages', id: page.id, locale: 'all', draft: true, depth: 0 })
    const before = await pageSnapshot()
    for (const layout of [
      [{ ...rows[0], quote: 'Only one' }],
      [{ ...rows[1] }, { ...rows[0] }],
      [...rows, { blockType: 'quote', quote: 'New' }],
      [{ id: rows[0].id, blockType: 'richText' }, rows[1]],
    ]) {
      const refused = await rest(t.payload, 'PATCH', `/api/pages/${page.id}?locale=en&draft=true`, {
        token: token(),
        body: { layout },
      })
      expect(refused.status).toBe(403)
    }
    expect(await pageSnapshot()).toEqual(before)
  })

  it('GraphQL: writing in az is refused and changes nothing', async () => {
    const before = await snapshot()
    const res = await graphql(
      t.payload,
      `mutation { updateArticle(id: ${articleId}, locale: az, draft: true, data: { title: "Dəyişdirilmiş" }) { id } }`,
      { token: token() },
    )
    expect(res.json.errors?.length).toBeGreaterThan(0)
    expect(await snapshot()).toEqual(before)
  })

  it('non-localized fields in an en write are left untouched (REST and GraphQL)', async () => {
    const { publishedAt } = await t.payload.findByID({
      collection: 'articles',
      id: articleId,
      draft: true,
    })
    expect(publishedAt).toBeTruthy()
    await rest(t.payload, 'PATCH', `/api/articles/${articleId}?locale=en&draft=true`, {
      token: token(),
      body: { publishedAt: '2000-01-01T00:00:00.000Z', slug: 'hijacked' },
    })
    await graphql(
      t.payload,
      `mutation { updateArticle(id: ${articleId}, locale: en, draft: true, data: { publishedAt: "2000-01-01T00:00:00.000Z", slug: "hijacked" }) { id } }`,
      { token: token() },
    )
    const doc = await t.payload.findByID({ collection: 'articles', id: articleId, draft: true })
    expect(doc.publishedAt).toBe(publishedAt)
    expect(doc.slug).not.toBe('hijacked')
  })

  it('create, delete and publish are refused with 403 (REST) or an error (GraphQL), and change nothing', async () => {
    const count = async () => (await t.payload.count({ collection: 'articles' })).totalDocs
    const n = await count()
    const before = await snapshot()
    expect(
      (
        await rest(t.payload, 'POST', '/api/articles?locale=az', {
          token: token(),
          body: { title: 'Yeni', excerpt: 'x' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest(t.payload, 'DELETE', `/api/articles/${articleId}`, { token: token() })).status,
    ).toBe(403)
    expect(
      (
        await rest(t.payload, 'PATCH', `/api/articles/${articleId}?locale=en`, {
          token: token(),
          body: { title: 'Published?', _status: 'published' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await graphql(
          t.payload,
          'mutation { createArticle(locale: az, data: { title: "Yeni", excerpt: "x" }) { id } }',
          { token: token() },
        )
      ).json.errors?.length,
    ).toBeGreaterThan(0)
    expect(
      (
        await graphql(t.payload, `mutation { deleteArticle(id: ${articleId}) { id } }`, {
          token: token(),
        })
      ).json.errors?.length,
    ).toBeGreaterThan(0)
    expect(
      (
        await graphql(
          t.payload,
          `mutation { updateArticle(id: ${articleId}, locale: en, data: { title: "Published?", _status: published }) { id } }`,
          { token: token() },
        )
      ).json.errors?.length,
    ).toBeGreaterThan(0)
    expect(await count()).toBe(n)
    expect(await snapshot()).toEqual(before)
  })

  it('user management is refused: no new accounts, no role changes, own roles unchanged', async () => {
    const editor = await signIn(t.payload, ['editor'])
    const users = (await t.payload.count({ collection: 'users' })).totalDocs
    expect(
      (
        await rest(t.payload, 'POST', '/api/users', {
          token: token(),
          body: { email: 'x@example.org', password: 'a-long-password-1', roles: ['admin'] },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest(t.payload, 'PATCH', `/api/users/${editor.user.id}`, {
          token: token(),
          body: { roles: ['translator'] },
        })
      ).status,
    ).toBe(403)
    await rest(t.payload, 'PATCH', `/api/users/${translator.user.id}`, {
      token: token(),
      body: { roles: ['admin'] },
    })
    const gql = await graphql(
      t.payload,
      `mutation { updateUser(id: ${editor.user.id}, data: { roles: translator }) { id } }`,
      { token: token() },
    )
    expect(gql.json.errors?.length).toBeGreaterThan(0)
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toEqual(users)
    expect((await t.payload.findByID({ collection: 'users', id: editor.user.id })).roles).toEqual([
      'editor',
    ])
    expect(
      (await t.payload.findByID({ collection: 'users', id: translator.user.id })).roles,
    ).toEqual(['translator'])
  })

  it('"copy to locale" is hidden in the admin, and its server function refuses a translator copying into az', async () => {
    for (const collection of t.payload.config.collections.filter((c) => c.custom?.translatable)) {
      expect(collection.admin.disableCopyToLocale, collection.slug).toBe(true)
    }
    // The server function itself (the UI's exports load .scss, which vitest cannot import).
    const { copyDataFromLocaleHandler } =
      await import('@payloadcms/ui/utilities/copyDataFromLocale')
    const before = await snapshot()
    const req = await createLocalReq({ user: { ...translator.user } }, t.payload)
    await expect(
      copyDataFromLocaleHandler({
        collectionSlug: 'articles',
        docID: articleId,
        fromLocale: 'en',
        toLocale: 'az',
        overrideData: true,
        req,
      } as Parameters<typeof copyDataFromLocaleHandler>[0]),
    ).rejects.toThrow()
    expect(await snapshot()).toEqual(before)
  })
})
