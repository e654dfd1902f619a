import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { isTranslationOffered, translationStatuses } from '@/lib/translation/status'
import { translationOverview } from '@/lib/translation/translationOverview'
import { markdownToLexical } from '@/seed/markdown'
import { rest, signIn } from '@tests/helpers/api'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

const t = testPayloadForFile()

const summaryOf = (doc: { translation?: unknown }) =>
  doc.translation as Record<
    'en' | 'ru',
    { missing: string[]; outdated: string[]; requiredMissing: string[] }
  >

async function newArticle(title = 'Xocalı faciəsi') {
  const { payload } = t
  return payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title,
      excerpt: 'Qısa xülasə',
      content: await markdownToLexical(payload.config, 'Birinci **qalın** abzas.'),
      meta: { title: 'SEO başlıq' },
    },
    context: noRevalidate(),
  })
}

describe('translation status', () => {
  it('a draft with no az content yet has no status in any locale, is never counted complete, and has no field labels to show', async () => {
    const { payload } = t
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      draft: true,
      // Only the (unlocalized) slug: every localized field is empty in az.
      data: { slug: 'synthetic-empty-draft' },
      context: noRevalidate(),
    })
    expect(draft.translationEn).toBeNull()
    expect(draft.translationRu).toBeNull()
    const editor = await signIn(payload, ['editor'])
    const overview = await translationOverview(payload, editor.user)
    const articles = overview.find((c) => c.slug === 'articles')!
    const rows = articles.rows.filter((r) => r.id === draft.id)
    expect(rows.map((r) => r.status)).toEqual([null, null])
    const stored = await payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id }, translationEn: { equals: 'complete' } },
      draft: true,
    })
    expect(stored.totalDocs).toBe(0)
    await payload.delete({ collection: 'articles', id: draft.id, context: noRevalidate() })
  })

  it('a new az article is missing in en and ru, with every localized field that has an az value listed', async () => {
    const article = await newArticle()
    expect(article.translationEn).toBe('missing')
    expect(article.translationRu).toBe('missing')
    const summary = summaryOf(article)
    expect(summary.en.missing.sort()).toEqual(['content', 'excerpt', 'meta.title', 'title'])
    // The publish gate counts only fields az requires: the SEO title is optional.
    expect(summary.en.requiredMissing.sort()).toEqual(['content', 'excerpt', 'title'])
    expect(isTranslationOffered(article, 'en')).toBe(false)
    expect(isTranslationOffered(article, 'az')).toBe(true)
  })

  it('filling en makes en complete and leaves ru missing; a later az title change makes en outdated for the title only', async () => {
    const { payload } = t
    const article = await newArticle('Xocalı 1992')
    const en = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: {
        title: 'Khojaly 1992',
        excerpt: 'A short summary',
        content: await markdownToLexical(payload.config, 'First **bold** paragraph.'),
        meta: { title: 'SEO title' },
      },
      context: noRevalidate(),
    })
    expect(en.translationEn).toBe('complete')
    expect(en.translationRu).toBe('missing')
    expect(isTranslationOffered(en, 'en')).toBe(true)
    expect(isTranslationOffered(en, 'ru')).toBe(false)

    const changed = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      data: { title: 'Xocalı, 26 fevral 1992' },
      context: noRevalidate(),
    })
    expect(changed.translationEn).toBe('outdated')
    expect(summaryOf(changed).en.outdated).toEqual(['title'])
    expect(summaryOf(changed).en.missing).toEqual([])
    // Outdated is still offered: the text is there, only older than the source.
    expect(isTranslationOffered(changed, 'en')).toBe(true)
    expect(changed.translationRu).toBe('missing')

    // Translating the title again brings en back to complete.
    const fixed = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Khojaly, 26 February 1992' },
      context: noRevalidate(),
    })
    expect(fixed.translationEn).toBe('complete')
  })

  it('saving en without touching an outdated field keeps it outdated; az snapshot and diff text are kept for staff only', async () => {
    const { payload } = t
    const article = await newArticle('Köhnə başlıq')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Old title', excerpt: 'Summary' },
      context: noRevalidate(),
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      data: { title: 'Yeni başlıq' },
      context: noRevalidate(),
    })
    const again = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { excerpt: 'Better summary' },
      context: noRevalidate(),
    })
    expect(summaryOf(again).en.outdated).toEqual(['title'])

    const staff = await payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
    })
    const sources = staff.translationSources as {
      fields: Record<string, { en?: { text: string } }>
    }
    expect(sources.fields.title.en?.text).toBe('Köhnə başlıq')

    // Visitors never see the snapshots (the article is published so they can read it).
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      data: { _status: 'published' },
      context: noRevalidate(),
    })
    const anonymous = await rest(payload, 'GET', `/api/articles/${article.id}?locale=en`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.translationSources).toBeUndefined()
    // content and the SEO title are still empty in en, so en is missing, with the title outdated too.
    expect(anonymous.json.translationEn).toBe('missing')
    expect(summaryOf(anonymous.json as { translation?: unknown }).en.outdated).toEqual(['title'])
  })

  it('tracks nested localized fields inside page blocks by row id', async () => {
    const { payload } = t
    const page = await payload.create({
      collection: 'pages',
      locale: 'az',
      data: {
        title: 'Haqqımızda',
        layout: [{ blockType: 'quote', quote: 'Ədalət!', attribution: 'Müəllif' }],
      },
      context: noRevalidate(),
    })
    const rowId = page.layout?.[0]?.id
    expect(rowId).toBeTruthy()
    expect(summaryOf(page).en.missing.sort()).toEqual(
      ['layout.' + rowId + '.attribution', 'layout.' + rowId + '.quote', 'title'].sort(),
    )

    const en = await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: {
        title: 'About',
        layout: [{ id: rowId, blockType: 'quote', quote: 'Justice!', attribution: 'Author' }],
      },
      context: noRevalidate(),
    })
    expect(en.translationEn).toBe('complete')
  })

  it('writes by anyone to the status fields are ignored: the hook alone sets them', async () => {
    const { payload } = t
    const article = await newArticle('Status saxtalaşdırılmır')
    const editor = await signIn(payload, ['editor'])
    const res = await rest(payload, 'PATCH', `/api/articles/${article.id}?locale=en`, {
      token: editor.token,
      body: {
        translationEn: 'complete',
        translation: { en: { missing: [], outdated: [], requiredMissing: [] } },
      },
    })
    expect(res.status).toBe(200)
    const doc = (res.json as { doc: { translationEn: string } }).doc
    expect(doc.translationEn).toBe('missing')
  })

  it('lists every document × locale for staff, filterable by status through the API', async () => {
    const { payload } = t
    const translator = await signIn(payload, ['translator'])
    const overview = await translationOverview(payload, translator.user)
    const articles = overview.find((c) => c.slug === 'articles')!
    // Four articles were made above: each appears once per locale.
    expect(articles.rows.length).toBe(2 * 4)
    const counted = translationStatuses.reduce((n, s) => n + articles.counts.en[s], 0)
    expect(counted).toBe(articles.rows.length / 2)
    const row = articles.rows.find((r) => r.locale === 'ru')!
    expect(row.href).toBe(`/admin/collections/articles/${row.id}?locale=ru`)

    // Past the rows it lists (the most recently updated), the counts still cover every document,
    // and each status in each locale links to the collection's own list filtered to it.
    const capped = (await translationOverview(payload, translator.user, '/admin', 2)).find(
      (c) => c.slug === 'articles',
    )!
    expect(capped.rows.length).toBe(2 * 2)
    expect(capped.total).toBe(4)
    expect(capped.counts).toEqual(articles.counts)
    expect(translationStatuses.reduce((n, s) => n + capped.counts.ru[s], 0)).toBe(4)
    const href = new URL(capped.listHref('ru', 'missing'), 'http://localhost')
    expect(href.pathname).toBe('/admin/collections/articles')
    expect(href.searchParams.get('where[translationRu][equals]')).toBe('missing')
    const listed = await rest(
      payload,
      'GET',
      `/api/articles?${href.searchParams}&draft=true&depth=0&limit=100`,
      { token: translator.token },
    )
    expect(listed.json.docs!.length).toBe(capped.counts.ru.missing)

    const filtered = await rest(
      payload,
      'GET',
      '/api/articles?where[translationEn][equals]=complete&draft=true&depth=0',
      { token: translator.token },
    )
    expect(filtered.status).toBe(200)
    expect(filtered.json.docs!.length).toBeGreaterThan(0)
    expect(filtered.json.docs!.every((d) => d.translationEn === 'complete')).toBe(true)
  })
})

describe('media translation status', () => {
  it('an image with az alt text only is missing in en and ru, and the Translations view lists it; translating the alt completes it', async () => {
    const { payload } = t
    const data = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#445566' },
    })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      locale: 'az',
      data: { alt: 'Sintetik şəkil 1' },
      file: { data, name: 'synthetic-image-1.png', mimetype: 'image/png', size: data.length },
      context: noRevalidate(),
    })
    expect([image.translationEn, image.translationRu]).toEqual(['missing', 'missing'])
    expect(summaryOf(image).en.missing).toContain('alt')

    const editor = await signIn(payload, ['editor'])
    const media = (await translationOverview(payload, editor.user)).find((c) => c.slug === 'media')
    expect(media?.rows.filter((r) => r.id === image.id).map((r) => r.status)).toEqual([
      'missing',
      'missing',
    ])

    const translated = await payload.update({
      collection: 'media',
      id: image.id,
      locale: 'en',
      data: { alt: 'Synthetic image 1' },
      context: noRevalidate(),
    })
    expect([translated.translationEn, translated.translationRu]).toEqual(['complete', 'missing'])
  })
})
