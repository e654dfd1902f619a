import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { LexicalNode } from '@/lib/translation/valueText'
import { markdownToLexical } from '@/seed/markdown'
import { rest, signIn } from '@tests/helpers/api'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'
import { translatedDraft } from '@tests/helpers/translatedDraft'

const t = testPayloadForFile()
let token: string

beforeAll(async () => {
  // The first account of a fresh database always becomes an admin: the imports below run as a translator.
  await signIn(t.payload, ['admin'])
  token = (await signIn(t.payload, ['translator'])).token
})

/** A raw request: the REST helper sends JSON, an XLIFF file is sent as it is. */
async function raw(method: string, path: string, body?: string, auth: string | null = token) {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: {
      ...(auth ? { authorization: `JWT ${auth}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/xliff+xml' } : {}),
    },
    body,
  })
  const response = await handleEndpoints({
    config: t.payload.config,
    path: new URL(request.url).pathname,
    request,
  })
  const text = await response.text()
  return {
    status: response.status,
    text,
    json: (() => {
      try {
        return JSON.parse(text)
      } catch {
        return null
      }
    })() as { errors?: { unit?: string; reason: string }[] } | null,
  }
}

const words: Record<string, string> = {
  'Xocalı faciəsi': 'The Khojaly tragedy',
  'Qısa xülasə': 'A short summary',
  Birinci: 'The first',
  qalın: 'bold',
  abzas: 'paragraph with a',
  keçid: 'link',
  İkinci: 'Second',
  sətir: 'line',
}
const translate = (inner: string) =>
  Object.entries(words).reduce((text, [az, en]) => text.split(az).join(en), inner)

/** What a CAT tool does: a target beside every source, same inline codes, translated text. */
const fillTargets = (xliff: string, edit: (inner: string) => string = translate) =>
  xliff.replace(
    /(<source xml:space="preserve">)([\s\S]*?)(<\/source>)/g,
    (_m, open, inner, close) =>
      `${open}${inner}${close}<target xml:space="preserve">${edit(inner)}</target>`,
  )

let made = 0
async function newArticle() {
  const { payload } = t
  made += 1
  return payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title: made === 1 ? 'Xocalı faciəsi' : `Xocalı faciəsi ${made}`,
      excerpt: 'Qısa xülasə',
      content: await markdownToLexical(
        payload.config,
        'Birinci **qalın** abzas, [keçid](https://example.org/az).\n\nİkinci *sətir*.',
      ),
    },
    context: noRevalidate(),
  })
}

const stored = (id: number | string) =>
  t.payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, depth: 0 })

function inlineNodes(value: unknown): LexicalNode[] {
  const out: LexicalNode[] = []
  const walk = (node: LexicalNode) => {
    out.push(node)
    node.children?.forEach(walk)
  }
  walk((value as { root: LexicalNode }).root)
  return out
}

describe('XLIFF export and import', () => {
  it('exports one document with inline codes, and a filled file imports into en with formatting and links intact', async () => {
    const article = await newArticle()
    const exported = await raw('GET', `/api/articles/${article.id}/xliff?locale=en`)
    expect(exported.status).toBe(200)
    expect(exported.text).toContain('version="2.0" srcLang="az" trgLang="en"')
    expect(exported.text).toContain(`original="articles/${article.id}"`)
    expect(exported.text).toMatch(/<unit id="title"/)
    expect(exported.text).toMatch(/<pc id="\d+" type="fmt" subType="xlf:b"[^>]*>qalın<\/pc>/)
    expect(exported.text).toMatch(/<pc id="\d+" type="link"[^>]*>keçid<\/pc>/)
    expect(exported.text).toContain('&lt;a href="https://example.org/az"&gt;')
    // One segment per paragraph of the rich text.
    expect(exported.text).toMatch(/<unit id="content"[\s\S]*<segment id="s2"/)

    const imported = await raw('POST', '/api/xliff', fillTargets(exported.text))
    expect(imported.status, imported.text).toBe(200)

    const en = await translatedDraft(t.payload, 'articles', article.id, 'en')
    expect(en.title).toBe('The Khojaly tragedy')
    expect(en.excerpt).toBe('A short summary')
    const nodes = inlineNodes(en.content)
    expect(nodes.find((n) => n.type === 'text' && n.text === 'bold')?.format).toBe(1)
    const link = nodes.find((n) => n.type === 'link')!
    expect(link.fields?.url).toBe('https://example.org/az')
    expect(link.children?.[0]?.text).toBe('link')
    expect(nodes.find((n) => n.type === 'text' && n.text === 'line')?.format).toBe(2)
    expect(nodes.filter((n) => n.type === 'paragraph')).toHaveLength(2)
    // The az source is untouched, and en now counts as translated (the SEO title had no az value).
    const az = await t.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      draft: true,
    })
    expect(az.title).toBe('Xocalı faciəsi')
    expect(en.translationEn).toBe('complete')
  })

  it('exports, per collection, only the documents and units a locale still needs', async () => {
    const article = await newArticle()
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ru',
      data: { title: 'Ходжалинская трагедия' },
      context: noRevalidate(),
    })
    const exported = await raw('GET', '/api/articles/xliff?locale=ru')
    expect(exported.status).toBe(200)
    const file = exported.text.split(`original="articles/${article.id}"`)[1].split('</file>')[0]
    expect(file).not.toMatch(/<unit id="title"/)
    expect(file).toMatch(/<unit id="excerpt"/)
  })

  it('refuses each bad file with its reason and changes nothing', async () => {
    const article = await newArticle()
    const good = fillTargets((await raw('GET', `/api/articles/${article.id}/xliff?locale=en`)).text)
    const before = await stored(article.id)

    const cases: { name: string; file: string; status?: number; reason: RegExp; unit?: string }[] =
      [
        { name: 'malformed XML', file: good.slice(0, good.length - 40), reason: /malformed XML/ },
        {
          name: 'target az',
          file: good.replace('trgLang="en"', 'trgLang="az"'),
          reason: /wrong target language "az"/,
        },
        {
          name: 'target de',
          file: good.replace('trgLang="en"', 'trgLang="de"'),
          reason: /wrong target language "de"/,
        },
        {
          name: 'unknown document',
          file: good.replace(`original="articles/${article.id}"`, 'original="articles/987654"'),
          reason: /unknown document/,
        },
        {
          name: 'unknown unit',
          file: good.replace(
            '<unit id="excerpt" name="excerpt">',
            '<unit id="nonsense" name="nonsense">',
          ),
          reason: /unknown unit/,
          unit: 'nonsense',
        },
        {
          name: 'invented inline code',
          file: good.replace(
            /<target xml:space="preserve">The first/,
            '<target xml:space="preserve"><pc id="99">x</pc>The first',
          ),
          reason: /inline code id "99"/,
          unit: 'content',
        },
        {
          name: 'target over maxLength',
          file: good.replace(
            /(<unit id="title"[\s\S]*?<target xml:space="preserve">)/,
            `$1${'x'.repeat(250)}`,
          ),
          reason: /too long/,
          unit: 'title',
        },
        {
          name: 'too large',
          file: good + `<!--${'x'.repeat(5 * 1024 * 1024)}-->`,
          status: 413,
          reason: /too large/,
        },
      ]
    for (const c of cases) {
      const res = await raw('POST', '/api/xliff', c.file)
      expect(res.status, c.name).toBe(c.status ?? 400)
      expect(
        res.json?.errors?.some((e) => c.reason.test(e.reason) && (!c.unit || e.unit === c.unit)),
        `${c.name}: ${res.text.slice(0, 300)}`,
      ).toBe(true)
    }
    expect(await stored(article.id)).toEqual(before)

    // The az title changes after the export: that unit is reported outdated and no unit is applied.
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      data: { title: 'Xocalı faciəsi, 1992' },
      context: noRevalidate(),
    })
    const changed = await stored(article.id)
    const res = await raw('POST', '/api/xliff', good)
    expect(res.status).toBe(400)
    expect(res.json?.errors).toEqual([
      expect.objectContaining({ unit: 'title', reason: expect.stringMatching(/^outdated/) }),
    ])
    expect(await stored(article.id)).toEqual(changed)
  })

  it('page blocks round-trip: a translator fills the text inside the shared block rows', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      locale: 'az',
      data: { title: 'Haqqımızda', layout: [{ blockType: 'quote', quote: 'Ədalət!' }] },
      context: noRevalidate(),
    })
    const rowId = page.layout![0].id
    const file = fillTargets(
      (await raw('GET', `/api/pages/${page.id}/xliff?locale=en`)).text,
      (inner) => inner.replace('Ədalət!', 'Justice!').replace('Haqqımızda', 'About us'),
    )
    expect(file).toContain(`<unit id="layout.${rowId}.quote"`)

    const applied = await raw('POST', '/api/xliff', file)
    expect(applied.status, applied.text).toBe(200)
    const all = await t.payload.findByID({
      collection: 'pages',
      id: page.id,
      locale: 'all',
      draft: true,
    })
    const en = await translatedDraft(t.payload, 'pages', page.id, 'en')
    expect(en.title).toBe('About us')
    expect((en.layout![0] as { quote?: string }).quote).toBe('Justice!')
    // The row itself, and the az text, are as the editor left them.
    expect(all.layout!.map((row) => [row.id, row.blockType])).toEqual([[rowId, 'quote']])
    expect((all.layout![0] as unknown as { quote: Record<string, string> }).quote.az).toBe(
      'Ədalət!',
    )
  })

  it('is for staff only', async () => {
    const article = await newArticle()
    expect(
      (await raw('GET', `/api/articles/${article.id}/xliff?locale=en`, undefined, null)).status,
    ).toBe(403)
    expect((await raw('POST', '/api/xliff', '<xliff/>', null)).status).toBe(403)
    expect(
      (await rest(t.payload, 'GET', `/api/articles/${article.id}/xliff?locale=az`, { token }))
        .status,
    ).toBe(400)
  })
})
