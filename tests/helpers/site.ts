import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect } from 'vitest'

/** Fetches a page and pulls out what the tests compare: status, <html lang>, <title>, canonical and hreflang links. */
export async function readPage(url: string) {
  const response = await fetch(url, { redirect: 'manual' })
  const html = await response.text()
  const attr = (re: RegExp) => re.exec(html)?.[1] ?? null
  const alternates = Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/gi)].map((m) => [
      m[1],
      m[2],
    ]),
  )
  return {
    status: response.status,
    html,
    lang: attr(/<html lang="([^"]+)"/),
    title: attr(/<title>([^<]*)<\/title>/),
    canonical: attr(/<link rel="canonical" href="([^"]+)"/),
    alternates,
  }
}

/** Parses XML strictly (a malformed document fails the test). */
export function parseXml(xml: string) {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`)
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Record<
    string,
    unknown
  >
}

/** Decodes the entities React writes into text (&amp; &#x27; &quot;…) for comparisons with database values. */
export const decodeHtml = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** A one-paragraph Lexical document, for writing rich text through REST. */
export const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
})

/** JSON REST calls against a running server, signed in with `token` when there is one. */
export const restClient =
  (baseUrl: () => string, token: () => string) =>
  async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token() ? { authorization: `JWT ${token()}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return {
      status: response.status,
      json: (await response.json()) as Record<string, unknown> & {
        token?: string
        doc?: { id: number; slug: string }
      },
    }
  }

export type RestClient = ReturnType<typeof restClient>

/** Text no other test writes, for finding one test's document on pages that list many. */
export const uniqueMarker = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/**
 * A published article of the test's own, written through REST as an editor writes one: az first,
 * then its English translation; `marker` is in both titles and texts, ru falls back to az.
 */
export async function publishArticle(api: RestClient, marker: string) {
  const created = await api('POST', '/api/articles?locale=az', {
    title: `Yeni məqalə ${marker}`,
    excerpt: `Qısa məzmun ${marker}`,
    content: lexical(`Mətn ${marker}`),
    _status: 'published',
  })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  const doc = created.json.doc!
  const translated = await api('PATCH', `/api/articles/${doc.id}?locale=en`, {
    title: `New article ${marker}`,
    excerpt: `Summary ${marker}`,
    content: lexical(`Text ${marker}`),
    _status: 'published',
  })
  expect(translated.status, JSON.stringify(translated.json)).toBe(200)
  return doc
}
