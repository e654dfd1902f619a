import { describe, expect, it } from 'vitest'

import { localeCodes, type Locale } from '@/i18n/locales'
import { queryTerms, tokenize } from '@/lib/search/normalize'
import { runSearch } from '@/lib/search/query'
import { rebuildSearchIndex } from '@/lib/search/rebuildIndex'
import { searchableCollections, type SearchableCollection } from '@/lib/search/sources'
import { markdownToLexical } from '@/seed/markdown'
import { rest } from '@tests/helpers/api'
import {
  createSeededTestPayload,
  createTestPayload,
  noRevalidate,
  testMongoUri,
  testPayloadForFile,
} from '@tests/helpers/testPayload'

const t = testPayloadForFile(createSeededTestPayload)

/** How a reader types without diacritics (the test's own folding): Latin marks dropped, ё as е, й kept. */
const plain = (text: string) =>
  text
    .replace(/ə/g, 'e')
    .replace(/Ə/g, 'E')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ё/g, 'е')
    .replace(/[^\u0400-\u04ff]+/g, (latin) => latin.normalize('NFD').replace(/\p{M}/gu, ''))

const titleField: Record<SearchableCollection, string> = {
  articles: 'title',
  monuments: 'name',
  resolutions: 'title',
  recognitions: 'recognisingBody',
  'timeline-events': 'title',
  pages: 'title',
  people: 'familyName',
}

const search = (
  locale: Locale,
  q: string,
  extra: { type?: SearchableCollection; year?: number; page?: number; limit?: number } = {},
) => runSearch(t.payload, { locale, q, limit: 50, ...extra })

const ids = (response: Awaited<ReturnType<typeof search>>) =>
  response.results.map((r) => `${r.collection}/${r.id}`)

/** Seed-like writes to an article: no access check, no cache revalidation. */
const editArticle = (
  id: number | string,
  locale: Locale,
  data: Record<string, unknown>,
  { draft = false } = {},
) =>
  t.payload.update({
    collection: 'articles',
    id,
    locale,
    draft,
    data: data as never,
    overrideAccess: true,
    context: noRevalidate(),
  })
const deleteArticle = (id: number | string) =>
  t.payload.delete({ collection: 'articles', id, overrideAccess: true, context: noRevalidate() })

let made = 0
/** An article with the given title and text in `locale`; the az source gets neutral text when `locale` is not az. */
async function article(
  locale: Locale,
  title: string,
  text: string,
  status: 'draft' | 'published' = 'published',
) {
  const n = ++made
  const az =
    locale === 'az'
      ? { title, excerpt: text }
      : { title: `Yoxlama yazısı ${n}`, excerpt: 'Yoxlama.' }
  const doc = await t.payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      ...az,
      content: await markdownToLexical(t.payload.config, az.excerpt),
      _status: status,
    } as never,
    overrideAccess: true,
    context: noRevalidate(),
  })
  if (locale === 'az') return doc
  // A whole translation: the index, like the page, shows a translation only once the publish gate
  // offers it (docs/translation.md), and az text where it does not.
  const content = await markdownToLexical(t.payload.config, text)
  return editArticle(doc.id, locale, { title, excerpt: text, content, _status: status })
}

describe('search over the seeded archive', () => {
  it('finds each seeded document by a word of its title typed without diacritics, in each locale, title matches first', async () => {
    let checked = 0
    // The demo archive names no person (people.int.spec.ts searches synthetic ones).
    for (const collection of searchableCollections.filter((c) => c !== 'people')) {
      for (const locale of localeCodes) {
        const { docs } = await t.payload.find({
          collection,
          locale,
          depth: 0,
          pagination: false,
          overrideAccess: false,
        })
        expect(docs.length).toBeGreaterThan(0)
        for (const doc of docs) {
          const title = String(
            (doc as unknown as Record<string, unknown>)[titleField[collection]] ?? '',
          )
          const word = plain(title)
            .match(/[\p{L}]{4,}/gu)
            ?.sort((a, b) => b.length - a.length)[0]
          expect(word, `${collection}/${doc.id} ${locale}: "${title}"`).toBeTruthy()
          const response = await search(locale, word!)
          const position = ids(response).indexOf(`${collection}/${doc.id}`)
          expect(
            position,
            `${collection}/${doc.id} in ${locale} by "${word}"`,
          ).toBeGreaterThanOrEqual(0)
          // Every result whose title holds the word comes before every result that has it only in its body.
          const [term] = queryTerms(word!, locale)
          const inTitle = response.results.map((r) =>
            tokenize(r.title, locale).some((w) => w.startsWith(term)),
          )
          const firstBodyOnly = inTitle.indexOf(false)
          if (firstBodyOnly !== -1)
            expect(
              inTitle.slice(firstBodyOnly).every((x) => !x),
              `${locale} "${word}"`,
            ).toBe(true)
          expect(position < (firstBodyOnly === -1 ? Infinity : firstBodyOnly)).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBe(22 * 3)
  })

  it('matches Azerbaijani letters typed as Latin ones, and uppercase İ/I', async () => {
    const response = await search('az', 'XOCALI SOYQIRIMI')
    expect(response.total).toBeGreaterThan(0)
    expect(response.results[0].snippetHtml + response.results[0].title).toBeTruthy()
  })

  it('answers with results, facets and pages that agree', async () => {
    const all = await search('en', 'Khojaly')
    expect(all.total).toBeGreaterThan(5)
    expect(Object.values(all.facets.types).reduce((a, b) => a + (b ?? 0), 0)).toBe(all.total)
    const timeline = await search('en', 'Khojaly', { type: 'timeline-events' })
    expect(timeline.total).toBe(all.facets.types['timeline-events'])
    expect(timeline.results.every((r) => r.collection === 'timeline-events')).toBe(true)
    expect(timeline.facets).toEqual(all.facets)
    const [year, count] = Object.entries(all.facets.years)[0]
    const inYear = await search('en', 'Khojaly', { year: Number(year) })
    expect(inYear.total).toBe(count)
    expect(inYear.results.every((r) => r.year === Number(year))).toBe(true)

    const first = await search('en', 'Khojaly', { limit: 3, page: 1 })
    const second = await search('en', 'Khojaly', { limit: 3, page: 2 })
    expect(first.totalPages).toBe(Math.ceil(all.total / 3))
    expect(first.results).toHaveLength(3)
    expect(ids(first).some((id) => ids(second).includes(id))).toBe(false)
    expect([...ids(first), ...ids(second)]).toEqual(ids(all).slice(0, 6))
  })

  it('ranks, counts and pages every match exactly as a plain scan of the index rows does', async () => {
    // The reference: every row of the locale read from the database, matched and ranked the slow way.
    const { docs: rows } = await t.payload.find({
      collection: 'search-entries',
      where: { locale: { equals: 'en' } },
      pagination: false,
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
    for (const q of ['Khojaly', 'Khojaly genocide', 'the']) {
      const terms = queryTerms(q, 'en')
      const has = (terms: string, term: string) => (terms ?? '').includes(` ${term}`)
      const matches = rows
        .filter((row) =>
          terms.every((term) => has(row.titleTerms ?? '', term) || has(row.bodyTerms ?? '', term)),
        )
        .map((row) => ({
          id: `${row.docCollection}/${row.docId}`,
          key: [
            terms.filter((term) => has(row.titleTerms ?? '', term)).length,
            row.date ?? '',
            -searchableCollections.indexOf(row.docCollection),
          ] as const,
          row,
        }))
      expect(matches.length, q).toBeGreaterThan(1)

      const pages: string[] = []
      let response
      let page = 1
      do {
        response = await search('en', q, { limit: 4, page: page++ })
        pages.push(...ids(response))
      } while (page <= response.totalPages)
      expect(response.total).toBe(matches.length)
      expect([...pages].sort()).toEqual(matches.map((m) => m.id).sort())
      // Best first: more terms in the title, then the newest, then the order of the collections.
      const keyOf = new Map(matches.map((m) => [m.id, m.key]))
      const compare = (
        a: readonly [number, string, number],
        b: readonly [number, string, number],
      ) => b[0] - a[0] || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0) || b[2] - a[2]
      for (let i = 1; i < pages.length; i++)
        expect(
          compare(keyOf.get(pages[i - 1])!, keyOf.get(pages[i])!),
          `${q}: ${pages[i - 1]} before ${pages[i]}`,
        ).toBeLessThanOrEqual(0)

      const types: Record<string, number> = {}
      const years: Record<string, number> = {}
      for (const { row } of matches) {
        types[row.docCollection] = (types[row.docCollection] ?? 0) + 1
        if (row.year) years[row.year] = (years[row.year] ?? 0) + 1
      }
      expect(response.facets).toEqual({ types, years })
    }
  })
})

describe('keeping the index current', () => {
  it('never returns a draft, nor the draft text saved over a published document', async () => {
    await article('en', 'Zephyrine draft notes', 'Nothing here is published.', 'draft')
    expect((await search('en', 'zephyrine')).total).toBe(0)

    const doc = await article('en', 'Quillwort memorial essay', 'The published text.')
    expect(ids(await search('en', 'quillwort'))).toEqual([`articles/${doc.id}`])
    await editArticle(doc.id, 'en', { title: 'Quillwort marshmallow rewrite' }, { draft: true })
    expect((await search('en', 'marshmallow')).total).toBe(0)
    expect(ids(await search('en', 'quillwort'))).toEqual([`articles/${doc.id}`])
  })

  it('stops returning a document once it is unpublished or deleted, in every locale', async () => {
    const doc = await article('az', 'Bənövşəyi xatirə lövhəsi', 'Mətn.')
    for (const locale of localeCodes)
      expect(ids(await search(locale, 'benovseyi'))).toEqual([`articles/${doc.id}`])

    await editArticle(doc.id, 'az', { _status: 'draft' })
    for (const locale of localeCodes) expect((await search(locale, 'benovseyi')).total).toBe(0)

    // Published again (az first: a translation published alone does not bring back its source).
    await editArticle(doc.id, 'en', { title: 'Violet memorial plaque', _status: 'published' })
    expect((await search('en', 'violet')).total).toBe(0)
    await editArticle(doc.id, 'az', { _status: 'published' })
    await editArticle(doc.id, 'en', {
      excerpt: 'Text.',
      content: await markdownToLexical(t.payload.config, 'Text.'),
      _status: 'published',
    })
    expect(ids(await search('en', 'violet'))).toEqual([`articles/${doc.id}`])
    expect(ids(await search('az', 'benovseyi'))).toEqual([`articles/${doc.id}`])

    await deleteArticle(doc.id)
    for (const locale of localeCodes) expect((await search(locale, 'benovseyi')).total).toBe(0)
    expect((await search('en', 'violet')).total).toBe(0)
    expect(
      (
        await t.payload.count({
          collection: 'search-entries',
          where: { docId: { equals: String(doc.id) } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('matches word forms: genocides/genocide, геноцид/геноцида, soyqırım/soyqırımının', async () => {
    const en = await article('en', 'Genocides remembered', 'Text.')
    expect(ids(await search('en', 'genocide'))).toContain(`articles/${en.id}`)
    const ru = await article('ru', 'Память о жертвах геноцида', 'Текст.')
    expect(ids(await search('ru', 'геноцид'))).toContain(`articles/${ru.id}`)
    expect(ids(await search('ru', 'Геноцидом'))).toContain(`articles/${ru.id}`)
    const az = await article('az', 'Soyqırımının xatirəsi', 'Mətn.')
    expect(ids(await search('az', 'soyqirim'))).toContain(`articles/${az.id}`)
    expect(ids(await search('az', 'soyqırımı'))).toContain(`articles/${az.id}`)
  })

  it('highlights the terms in an HTML-escaped snippet', async () => {
    await article(
      'en',
      'Escaping test',
      'A note about <script>alert(1)</script> and the Lanternfish archive.',
    )
    const [result] = (await search('en', 'lanternfish')).results
    expect(result.snippetHtml).toContain('<mark>Lanternfish</mark>')
    expect(result.snippetHtml).toContain('&lt;script&gt;')
    expect(result.snippetHtml).not.toContain('<script>')
  })

  it('another app instance on the same database sees every publish, edit, unpublish and delete at its next search', async () => {
    // Each instance keeps its own in-memory copy of the index (indexCache.ts); the stamp keeps them in step.
    const uri = testMongoUri()
      ? (t.payload.db as unknown as { url: string }).url
      : `file:${t.dbFile}`
    const other = await createTestPayload({ DATABASE_URI: uri }, { key: 'search-second-instance' })
    try {
      const elsewhere = (q: string) =>
        runSearch(other.payload, { locale: 'en', q, limit: 50 }).then(ids)
      expect(await elsewhere('Khojaly')).toEqual(ids(await search('en', 'Khojaly')))
      const doc = await article('en', 'Periwinkle memorial garden', 'Planted in 2001.')
      expect(await elsewhere('periwinkle')).toEqual([`articles/${doc.id}`])
      await editArticle(doc.id, 'en', { title: 'Cornflower memorial garden', _status: 'published' })
      expect(await elsewhere('periwinkle')).toEqual([])
      expect(await elsewhere('cornflower')).toEqual([`articles/${doc.id}`])
      await editArticle(doc.id, 'az', { _status: 'draft' })
      expect(await elsewhere('cornflower')).toEqual([])
      await editArticle(doc.id, 'az', { _status: 'published' })
      expect(await elsewhere('cornflower')).toEqual([`articles/${doc.id}`])
      await deleteArticle(doc.id)
      expect(await elsewhere('cornflower')).toEqual([])
      expect(await elsewhere('Khojaly')).toEqual(ids(await search('en', 'Khojaly')))
    } finally {
      await other.destroy()
    }
  })

  it('marks the same words on a second search (remembered word forms)', async () => {
    const first = await search('ru', 'Ходжалы', { limit: 3 })
    const again = await search('ru', 'Ходжалы', { limit: 3 })
    expect(first.results.some((r) => r.snippetHtml.includes('<mark>'))).toBe(true)
    expect(again.results.map((r) => r.snippetHtml)).toEqual(first.results.map((r) => r.snippetHtml))
  })

  it('rebuilds to the same index, dropping rows of documents that are gone', async () => {
    const before = await t.payload.count({ collection: 'search-entries' })
    await t.payload.create({
      collection: 'search-entries',
      data: {
        docCollection: 'pages',
        docId: '999999',
        locale: 'en',
        title: 'Orphan',
        titleTerms: ' orphan ',
      },
      overrideAccess: true,
    })
    await rebuildSearchIndex(t.payload)
    expect((await t.payload.count({ collection: 'search-entries' })).totalDocs).toBe(
      before.totalDocs,
    )
    expect((await search('en', 'orphan')).total).toBe(0)
  })
})

describe('GET /api/search', () => {
  it('answers like searchContent', async () => {
    const { status, json } = await rest(
      t.payload,
      'GET',
      '/api/search?locale=ru&q=%D0%A5%D0%BE%D0%B4%D0%B6%D0%B0%D0%BB%D1%8B&limit=5',
    )
    expect(status).toBe(200)
    expect(json).toEqual(JSON.parse(JSON.stringify(await search('ru', 'Ходжалы', { limit: 5 }))))
  })

  it.each([
    ['/api/search?q=x', '"locale"'],
    ['/api/search?locale=fr&q=x', '"locale"'],
    ['/api/search?locale=en', '"q"'],
    ['/api/search?locale=en&q=x&type=users', '"type"'],
    ['/api/search?locale=en&q=x&page=0', '"page"'],
    ['/api/search?locale=en&q=x&limit=1000', '"limit"'],
    ['/api/search?locale=en&q=x&year=abc', '"year"'],
  ])('%s → 400', async (path, mention) => {
    const { status, json } = await rest(t.payload, 'GET', path)
    expect(status).toBe(400)
    expect(json.errors?.[0].message).toContain(mention)
  })

  it('refuses writes to the index through the API', async () => {
    const { status } = await rest(t.payload, 'POST', '/api/search-entries', {
      body: { docCollection: 'pages', docId: '1', locale: 'en', title: 'x' },
    })
    expect(status).toBe(403)
  })
})
