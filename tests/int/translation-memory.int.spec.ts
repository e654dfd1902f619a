import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { TranslationLocale } from '@/i18n/locales'
import {
  memoryCollection,
  memoryRows,
  pairKeyOf,
  rebuildMemory,
  remember,
  entryOf,
  type MemoryEntry,
} from '@/lib/translation/memory'
import { MEMORY_QUEUE } from '@/lib/translation/memoryTask'
import { markdownToLexical } from '@/seed/markdown'
import { signIn } from '@tests/helpers/api'
import { noRevalidate, projectRoot, testPayloadForFile } from '@tests/helpers/testPayload'
import { schemaErrors } from '@tests/helpers/xmlSchema'

const t = testPayloadForFile()
const tokens: Record<'admin' | 'editor' | 'translator', string> = {
  admin: '',
  editor: '',
  translator: '',
}

beforeAll(async () => {
  // The first account of a fresh database always becomes an admin.
  tokens.admin = (await signIn(t.payload, ['admin'])).token
  tokens.editor = (await signIn(t.payload, ['editor'])).token
  tokens.translator = (await signIn(t.payload, ['translator'])).token
})

/** A request through Payload's real handlers, the body sent as it is (TMX and XLIFF files). */
async function raw(
  method: string,
  path: string,
  {
    body,
    token,
    headers = {},
  }: { body?: string; token?: string; headers?: Record<string, string> } = {},
) {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
    body,
  })
  const response = await handleEndpoints({
    config: t.payload.config,
    path: new URL(request.url).pathname,
    request,
  })
  const text = await response.text()
  let json: Record<string, unknown> | null = null
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = null
  }
  return { status: response.status, text, json }
}

const lexical = (markdown: string) => markdownToLexical(t.payload.config, markdown)

let made = 0
/** A published synthetic article in az, then each translation saved and published in its locale. */
async function publishedArticle(
  az: { title: string; excerpt: string; content: string },
  translations: Partial<
    Record<TranslationLocale, { title?: string; excerpt?: string; content?: string }>
  > = {},
) {
  made += 1
  const { payload } = t
  const article = await payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title: az.title,
      slug: `synthetic-memory-${made}-${Date.now()}`,
      excerpt: az.excerpt,
      content: await lexical(az.content),
      _status: 'published',
    },
    context: noRevalidate(),
  })
  for (const [locale, values] of Object.entries(translations))
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: locale as TranslationLocale,
      data: {
        ...(values.title ? { title: values.title } : {}),
        ...(values.excerpt ? { excerpt: values.excerpt } : {}),
        ...(values.content ? { content: await lexical(values.content) } : {}),
        _status: 'published',
      },
      context: noRevalidate(),
    })
  await recordQueued()
  return article
}

/** The publish hooks queue the recording; the app's job runner does it within a minute. */
const recordQueued = () => t.payload.jobs.run({ queue: MEMORY_QUEUE, limit: 100 })

const rows = async () => {
  const all: MemoryEntry[] = []
  for await (const row of memoryRows(t.payload)) all.push(entryOf(row))
  return all
}
const rowsOf = async (id: number | string) =>
  (await rows()).filter((r) => r.origin.collection === 'articles' && r.origin.docId === String(id))

describe('translation memory: recording published translations', () => {
  it('records the sentence pairs of a published en translation, with their origin', async () => {
    const article = await publishedArticle(
      {
        title: 'Sintetik yaddaş məqaləsi',
        excerpt: 'Sintetik qısa xülasə.',
        content: 'Birinci sintetik cümlə. İkinci sintetik cümlə.\n\nÜçüncü sintetik abzas.',
      },
      {
        en: {
          title: 'Synthetic memory article',
          excerpt: 'A synthetic short summary.',
          content:
            'First synthetic sentence. Second synthetic sentence.\n\nThird synthetic paragraph.',
        },
      },
    )
    const recorded = await rowsOf(article.id)
    const pairs = recorded.map((r) => [r.origin.field, r.locale, r.source, r.target]).sort()
    expect(pairs).toEqual(
      [
        ['content', 'en', 'Birinci sintetik cümlə.', 'First synthetic sentence.'],
        ['content', 'en', 'Üçüncü sintetik abzas.', 'Third synthetic paragraph.'],
        ['content', 'en', 'İkinci sintetik cümlə.', 'Second synthetic sentence.'],
        ['excerpt', 'en', 'Sintetik qısa xülasə.', 'A synthetic short summary.'],
        ['title', 'en', 'Sintetik yaddaş məqaləsi', 'Synthetic memory article'],
      ].sort(),
    )
    expect(recorded[0].origin.title).toBe('Synthetic memory article')
    expect(Number.isNaN(Date.parse(recorded[0].origin.confirmedAt))).toBe(false)
  })

  it('records outside the request, on the job queue; a collection without drafts records on save', async () => {
    const { payload } = t
    const tag = await payload.create({
      collection: 'tags',
      locale: 'az',
      data: { name: 'Sintetik etiket' },
      context: noRevalidate(),
    })
    await payload.update({
      collection: 'tags',
      id: tag.id,
      locale: 'ru',
      data: { name: 'Синтетическая метка' },
      context: noRevalidate(),
    })
    const mine = async () =>
      (await rows()).filter(
        (r) => r.origin.collection === 'tags' && r.origin.docId === String(tag.id),
      )
    expect(await mine()).toEqual([])
    await recordQueued()
    expect((await mine()).map((r) => [r.origin.field, r.locale, r.source, r.target])).toEqual([
      ['name', 'ru', 'Sintetik etiket', 'Синтетическая метка'],
    ])
  })

  it('records no draft, no fallback value and no outdated translation', async () => {
    const { payload } = t
    const article = await publishedArticle(
      {
        title: 'Sintetik qaralama məqaləsi',
        excerpt: 'Sintetik tərcümə olunmamış xülasə.',
        content: 'Sintetik abzas.',
      },
      // The excerpt and content are left to fall back to az.
      { en: { title: 'Synthetic draft article' } },
    )
    // A ru translation saved as a draft only.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ru',
      draft: true,
      data: { title: 'Синтетическая статья', excerpt: 'Синтетическое резюме.' },
      context: noRevalidate(),
    })
    // az changes and is published; en is published again without touching its (now outdated) title.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      data: { title: 'Sintetik qaralama məqaləsi, yeni', _status: 'published' },
      context: noRevalidate(),
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { _status: 'published' },
      context: noRevalidate(),
    })
    await recordQueued()
    const recorded = await rowsOf(article.id)
    expect(recorded.map((r) => [r.locale, r.source, r.target])).toEqual([
      ['en', 'Sintetik qaralama məqaləsi', 'Synthetic draft article'],
    ])
    expect(recorded.some((r) => r.target === r.source)).toBe(false)
    expect(recorded.some((r) => r.locale === 'ru')).toBe(false)
  })
})

describe('translation memory: matches', () => {
  it('offers exact matches at 100 % first, then fuzzy ones best first, with origin, without the field’s own', async () => {
    const { payload } = t
    const text = 'Sintetik yaddaş cümləsi bu gün yazıldı.'
    const article = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Sintetik uyğunluq məqaləsi', excerpt: text },
      draft: true,
      context: noRevalidate(),
    })
    const origin = (docId: string, date: string, field = 'excerpt') => ({
      collection: 'articles',
      docId,
      field,
      title: `Synthetic origin ${docId}`,
      confirmedAt: date,
    })
    await remember(payload, [
      {
        source: 'Sintetik yaddaş cümləsi dünən yazıldı.',
        target: 'Synthetic memory sentence written yesterday.',
        locale: 'en',
        origin: origin('9001', '2026-01-01T00:00:00.000Z'),
      },
      {
        source: text,
        target: 'Synthetic memory sentence written today.',
        locale: 'en',
        origin: origin('9002', '2020-01-01T00:00:00.000Z'),
      },
      {
        source: 'Sintetik yaddaş cümləsi bu gün yazılıb.',
        target: 'Synthetic memory sentence has been written today.',
        locale: 'en',
        origin: origin('9003', '2025-01-01T00:00:00.000Z'),
      },
      {
        source: 'Sintetik başqa, tamamilə fərqli bir mətn.',
        target: 'Something else entirely.',
        locale: 'en',
        origin: origin('9004', '2026-01-01T00:00:00.000Z'),
      },
      {
        source: text,
        target: 'Its own earlier translation.',
        locale: 'en',
        origin: origin(String(article.id), '2026-02-01T00:00:00.000Z'),
      },
      {
        source: text,
        target: 'Синтетическое предложение памяти.',
        locale: 'ru',
        origin: origin('9005', '2026-01-01T00:00:00.000Z'),
      },
    ])
    const answer = await raw(
      'GET',
      `/api/translation-memory/matches?collection=articles&id=${article.id}&field=excerpt&locale=en`,
      { token: tokens.translator },
    )
    expect(answer.status, answer.text).toBe(200)
    const segments = answer.json?.segments as {
      text: string
      matches: { target: string; percent: number; origin: { docId: string; title: string } }[]
    }[]
    expect(segments).toHaveLength(1)
    const matches = segments[0].matches
    expect(matches.map((m) => m.target)).toEqual([
      'Synthetic memory sentence written today.',
      'Synthetic memory sentence has been written today.',
      'Synthetic memory sentence written yesterday.',
    ])
    expect(matches[0].percent).toBe(100)
    expect(matches[0].origin).toMatchObject({ docId: '9002', title: 'Synthetic origin 9002' })
    expect(matches[1].percent).toBeLessThan(100)
    expect(matches[1].percent).toBeGreaterThan(matches[2].percent)
    expect(matches[2].percent).toBeGreaterThanOrEqual(70)
    await payload.delete({
      collection: memoryCollection,
      where: { originTitle: { like: 'Synthetic origin' } },
      overrideAccess: true,
    })
  })
})

describe('translation memory: XLIFF pre-fill', () => {
  it('pre-fills exact matches as translated targets with their origin, valid against the schemas, and imports back', async () => {
    const { payload } = t
    const source = await publishedArticle(
      {
        title: 'Sintetik mənbə',
        excerpt: 'Sintetik mənbə xülasəsi.',
        content: 'Dördüncü sintetik cümlə. Beşinci sintetik cümlə.',
      },
      {
        en: {
          title: 'Synthetic source',
          excerpt: 'A synthetic source summary.',
          content: 'Fourth synthetic sentence. Fifth synthetic sentence.',
        },
      },
    )
    const article = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: {
        title: 'Sintetik yeni məqalə',
        excerpt: 'Sintetik mənbə xülasəsi.',
        content: await lexical(
          'Dördüncü sintetik cümlə. Beşinci sintetik cümlə.\n\nTamamilə yeni sintetik abzas.',
        ),
      },
      draft: true,
      context: noRevalidate(),
    })
    const exported = await raw('GET', `/api/articles/${article.id}/xliff?locale=en`, {
      token: tokens.translator,
    })
    expect(exported.status).toBe(200)
    const xml = exported.text
    expect(schemaErrors(xml, 'xliff/xliff.xsd')).toEqual([])
    const unit = (id: string) =>
      new RegExp(`<unit id="${id}"[\\s\\S]*?</unit>`).exec(xml)?.[0] ?? ''
    expect(unit('excerpt')).toMatch(
      /<segment id="s1" state="translated"><source xml:space="preserve">Sintetik mənbə xülasəsi.<\/source><target xml:space="preserve">A synthetic source summary.<\/target>/,
    )
    expect(unit('excerpt')).toContain(
      `<mtc:match ref="#s1" type="tm" similarity="100" origin="articles/${source.id} excerpt">`,
    )
    // The first paragraph is put together from its two remembered sentences; the second is new work.
    expect(unit('content')).toMatch(
      /<segment id="s1" state="translated">[\s\S]*?<target xml:space="preserve">Fourth synthetic sentence. Fifth synthetic sentence.<\/target>/,
    )
    expect(unit('content')).toMatch(/<segment id="s2" state="initial">/)
    expect(unit('title')).toMatch(/<segment id="s1" state="initial">/)
    expect(unit('title')).not.toContain('mtc:')

    // A CAT tool fills the rest and sends the file back, candidates and all.
    const filled = xml.replace(
      /(<segment id="s\d+" state="initial"><source xml:space="preserve">)([\s\S]*?)(<\/source>)/g,
      (_m, open: string, inner: string, close: string) =>
        `${open}${inner}${close}<target xml:space="preserve">EN ${inner}</target>`,
    )
    const imported = await raw('POST', '/api/xliff', { body: filled, token: tokens.translator })
    expect(imported.status, imported.text).toBe(200)
    const en = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
    })
    expect(en.excerpt).toBe('A synthetic source summary.')
    expect(en.title).toBe('EN Sintetik yeni məqalə')
  })
})

describe('translation memory: TMX', () => {
  it('exports TMX 1.4 and imports it into an empty memory with the same segments', async () => {
    const { payload } = t
    await remember(payload, [
      {
        source: 'Sintetik TMX cümləsi <və> & "dırnaq".',
        target: 'Синтетическое предложение TMX <и> & «кавычки».',
        locale: 'ru',
        origin: {
          collection: null,
          docId: null,
          field: null,
          title: null,
          confirmedAt: '2024-05-06T07:08:09.123Z',
        },
      },
    ])
    const before = await rows()
    expect(before.length).toBeGreaterThan(3)
    const exported = await raw('GET', '/api/translation-memory/tmx', { token: tokens.translator })
    expect(exported.status).toBe(200)
    expect(exported.text).toContain('<tmx version="1.4">')
    const onlyRu = await raw('GET', '/api/translation-memory/tmx?locale=ru', {
      token: tokens.translator,
    })
    expect(onlyRu.text).not.toContain('xml:lang="en"')
    expect(onlyRu.text).toContain('xml:lang="ru"')

    await payload.delete({ collection: memoryCollection, where: {}, overrideAccess: true })
    expect(await rows()).toEqual([])
    const imported = await raw('POST', '/api/translation-memory/tmx', {
      body: exported.text,
      token: tokens.editor,
    })
    expect(imported.status, imported.text).toBe(200)
    const key = (e: MemoryEntry) => pairKeyOf(e)
    const sorted = (list: MemoryEntry[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1))
    expect(sorted(await rows())).toEqual(sorted(before))
  })

  it('refuses a bad file with 400 in the user’s language and writes nothing; too large is 413', async () => {
    const before = (await rows()).length
    const bad =
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="az"/><body>' +
      '<tu><tuv xml:lang="az"><seg>Sintetik yaxşı vahid</seg></tuv><tuv xml:lang="en"><seg>A good synthetic unit</seg></tuv></tu>' +
      '<tu><tuv xml:lang="az"><seg>Sintetik pis vahid</seg></tuv><tuv xml:lang="de"><seg>Schlecht</seg></tuv></tu>' +
      '</body></tmx>'
    const refused = await raw('POST', '/api/translation-memory/tmx', {
      body: bad,
      token: tokens.editor,
      headers: { 'accept-language': 'en' },
    })
    expect(refused.status).toBe(400)
    expect((refused.json?.errors as { message: string }[])[0].message).toMatch(/^Unit 2: /)
    const inRussian = await raw('POST', '/api/translation-memory/tmx', {
      body: '<tmx version="1.4"><body>',
      token: tokens.editor,
      headers: { 'accept-language': 'ru' },
    })
    expect(inRussian.status).toBe(400)
    expect((inRussian.json?.errors as { message: string }[])[0].message).toMatch(
      /^Файл не является корректным XML/,
    )
    expect((await rows()).length).toBe(before)

    const tooLarge = await raw('POST', '/api/translation-memory/tmx', {
      body: `<tmx version="1.4">${' '.repeat(5 * 1024 * 1024)}</tmx>`,
      token: tokens.editor,
    })
    expect(tooLarge.status).toBe(413)
  })
})

describe('translation memory: rebuild', () => {
  it('rebuilds from published documents: gone rows come back, rows of no document go, TMX rows stay', async () => {
    const { payload } = t
    const all = await rows()
    const fromDocument = all.find((r) => r.origin.collection === 'articles' && r.locale === 'en')!
    const fromFile = all.find((r) => r.origin.collection === null)!
    await payload.delete({
      collection: memoryCollection,
      where: { pairKey: { equals: pairKeyOf(fromDocument) } },
      overrideAccess: true,
    })
    await remember(payload, [
      {
        source: 'Sintetik silinmiş sənəddən.',
        target: 'From a deleted synthetic document.',
        locale: 'en',
        origin: {
          collection: 'articles',
          docId: '987654',
          field: 'title',
          title: 'Gone',
          confirmedAt: '2026-01-01T00:00:00.000Z',
        },
      },
    ])
    const result = await rebuildMemory(payload)
    expect(result.created).toBeGreaterThanOrEqual(1)
    // The invented row, and any pair whose document no longer confirms it (an outdated translation).
    expect(result.removed).toBeGreaterThanOrEqual(1)
    const after = await rows()
    expect(after.map(pairKeyOf)).toContain(pairKeyOf(fromDocument))
    expect(after.map(pairKeyOf)).toContain(pairKeyOf(fromFile))
    expect(after.some((r) => r.origin.docId === '987654')).toBe(false)
    // A second run finds nothing to change.
    expect(await rebuildMemory(payload)).toMatchObject({ created: 0, updated: 0, removed: 0 })
  })
})

describe('translation memory: npm run memory:rebuild', () => {
  it('rebuilds the database it is pointed at, prints a summary and exits 0', () => {
    const once = () =>
      spawnSync(
        process.execPath,
        [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/memoryRebuild.ts'],
        {
          cwd: projectRoot,
          encoding: 'utf8',
          timeout: 180_000,
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            NODE_ENV: 'test',
            DATABASE_URI: `file:${t.dbFile}`,
            MEDIA_DIR: path.join(t.dir, 'media'),
            PAYLOAD_SECRET: 'memory-cli-test',
          },
        },
      )
    // tsx sometimes drops a process while it loads its modules (exit 13, no output); nothing ran.
    const first = once()
    const result = first.status === 13 && !first.stdout && !first.stderr ? once() : first
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(
      /\[memory\] rebuilt in [\d.]+ s: \d+ documents, \d+ segments \(0 new, 0 updated, 0 removed\)/,
    )
  }, 240_000)
})

describe('translation memory: access', () => {
  it('gives visitors nothing and lets only editors and admins import', async () => {
    expect((await raw('GET', '/api/translation-memory')).status).toBe(403)
    expect((await raw('GET', '/api/translation-memory/tmx')).status).toBe(403)
    expect(
      (
        await raw(
          'GET',
          '/api/translation-memory/matches?collection=articles&id=1&field=title&locale=en',
        )
      ).status,
    ).toBe(403)
    const tmx =
      '<tmx version="1.4"><header srclang="az"/><body><tu><tuv xml:lang="az"><seg>Sintetik</seg></tuv><tuv xml:lang="en"><seg>Synthetic</seg></tuv></tu></body></tmx>'
    expect(
      (await raw('POST', '/api/translation-memory/tmx', { body: tmx, token: tokens.translator }))
        .status,
    ).toBe(403)
    expect((await raw('POST', '/api/translation-memory/tmx', { body: tmx })).status).toBe(403)
    // Nobody writes rows through the API, not even an admin.
    const created = await raw('POST', '/api/translation-memory', {
      body: JSON.stringify({ source: 'Sintetik', target: 'Synthetic', locale: 'en' }),
      token: tokens.admin,
      headers: { 'content-type': 'application/json' },
    })
    expect(created.status).toBe(403)
    const list = await raw('GET', '/api/translation-memory', { token: tokens.translator })
    expect(list.status).toBe(200)
  })
})
