import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_DEPTH, MAX_PUBLIC_LIMIT } from '@/lib/api/guardApiRequest'
import { MAX_GRAPHQL_DEPTH } from '@/lib/api/graphqlLimits'
import { markdownToLexical } from '@/seed/markdown'
import { graphql, rest, signIn } from '@tests/helpers/api'
import {
  createSeededTestPayload,
  noRevalidate,
  testPayloadForFile,
} from '@tests/helpers/testPayload'

const t = testPayloadForFile(createSeededTestPayload)
let draftId: number | string
let chain: (number | string)[] = []

async function article(
  title: string,
  status: 'draft' | 'published',
  related: (number | string)[] = [],
) {
  return t.payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title,
      excerpt: 'Yoxlama.',
      content: await markdownToLexical(t.payload.config, 'Yoxlama.'),
      related: related.map((value) => ({ relationTo: 'articles', value })),
      _status: status,
    } as never,
    overrideAccess: true,
    context: noRevalidate(),
  })
}

beforeAll(async () => {
  draftId = (await article('Gizli qaralama', 'draft')).id
  // A → B → C → D → E, each related to the next: population depth is visible along the chain.
  let next: (number | string)[] = []
  for (const name of ['E', 'D', 'C', 'B', 'A']) {
    const doc = await article(`Zəncir ${name}`, 'published', next)
    next = [doc.id]
    chain = [doc.id, ...chain]
  }
})

describe('anonymous clients read published content only', () => {
  it.each([
    '/api/articles?limit=100',
    '/api/articles?limit=100&draft=true',
    '/api/articles?limit=100&locale=all',
  ])('%s', async (path) => {
    const { status, json } = await rest(t.payload, 'GET', path)
    expect(status).toBe(200)
    expect(json.docs!.length).toBeGreaterThan(0)
    expect(json.docs!.map((d) => d.id)).not.toContain(draftId)
    // Each locale has its own state; with locale=all, a document visitors read has az published.
    const state = (d: Record<string, unknown>) =>
      typeof d._status === 'object' ? (d._status as Record<string, unknown>).az : d._status
    expect(json.docs!.every((d) => state(d) === 'published')).toBe(true)
  })

  it('a draft by id is not found, with or without draft=true', async () => {
    for (const path of [`/api/articles/${draftId}`, `/api/articles/${draftId}?draft=true`]) {
      expect((await rest(t.payload, 'GET', path)).status).toBe(404)
    }
  })

  it('GraphQL lists no drafts, with or without draft: true', async () => {
    for (const args of ['limit: 100', 'limit: 100, draft: true']) {
      const { json } = await graphql(t.payload, `{ Articles(${args}) { docs { id _status } } }`)
      const docs = (json.data?.Articles as { docs: { id: number; _status: string }[] }).docs
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.map((d) => d.id)).not.toContain(draftId)
    }
    const { json } = await graphql(t.payload, `{ Article(id: ${draftId}, draft: true) { id } }`)
    expect(json.data?.Article ?? null).toBeNull()
  })

  it('an id of the wrong form is a document that does not exist (404), not a 500', async () => {
    const { status, json } = await rest(t.payload, 'GET', '/api/articles/abc')
    expect(status).toBe(404)
    expect(json.errors?.[0].message).toContain('abc')
  })

  it('a signed-in editor reads the draft, so the rule is access and not a missing document', async () => {
    const { token } = await signIn(t.payload, ['editor'])
    expect(
      (await rest(t.payload, 'GET', `/api/articles/${draftId}?draft=true`, { token })).status,
    ).toBe(200)
  })
})

describe('bad requests get a 400 with a message, never a 500', () => {
  const deep = (levels: number) => `${'[and][0]'.repeat(levels)}[title][equals]=x`
  it.each([
    ['unknown locale', '/api/articles?locale=xx', 'locale'],
    ['unknown fallback locale', '/api/articles?locale=en&fallback-locale=xx', 'fallback-locale'],
    ['where that is not JSON', '/api/articles?where=foo', 'where'],
    ['where without an operator', '/api/articles?where[title]=x', 'operator'],
    ['operator injection', '/api/articles?where[title][$ne]=x', '$ne'],
    [
      'Mongo operator in JSON where',
      `/api/articles?where=${encodeURIComponent('{"title":{"$regex":".*"}}')}`,
      '$regex',
    ],
    ['unknown field', '/api/articles?where[nope][equals]=1', 'nope'],
    ['and that is not a list', '/api/articles?where[and]=x', 'list'],
    ['an object where a value belongs', '/api/articles?where[title][equals][x]=1', 'single value'],
    ['a geo operator on a text field', '/api/articles?where[title][near]=1,2', 'point'],
    [
      '"all" on the single-valued status',
      '/api/articles?where[_status][all]=published',
      'many values',
    ],
    ['deeply nested where', `/api/articles?where${deep(6)}`, 'nested'],
    ['where nested past the parser', `/api/articles?where${deep(12)}`, 'nested'],
    ['negative limit', '/api/articles?limit=-1', 'limit'],
    ['limit that is not a number', '/api/articles?limit=abc', 'limit'],
    ['huge limit', '/api/articles?limit=100000', 'limit'],
    ['limit=0 (everything)', '/api/articles?limit=0', 'limit'],
    ['a limit given twice', '/api/articles?limit=1&limit=1.5', 'more than once'],
    ['pagination=false', '/api/articles?pagination=false', 'pagination'],
    ['page 0', '/api/articles?page=0', 'page'],
    ['negative depth', '/api/articles?depth=-1', 'depth'],
    ['bad locale on a global', '/api/globals/site?locale=xx', 'locale'],
    ['bad locale on one document', '/api/pages/1?locale=xx', 'locale'],
  ])('%s: %s', async (_name, path, mention) => {
    const { status, json } = await rest(t.payload, 'GET', path)
    expect(status).toBe(400)
    expect(json.errors?.[0]?.message).toContain(mention)
  })

  it('GraphQL: a page too large, pagination off, an unknown locale and a query nested too deep are errors', async () => {
    // Payload answers a failed validation with the bare list of errors.
    const errorsOf = (json: unknown) =>
      (Array.isArray(json) ? json : (json as { errors?: unknown[] }).errors) as {
        message: string
      }[]
    const big = await graphql(
      t.payload,
      `{ Articles(limit: ${MAX_PUBLIC_LIMIT + 1}) { docs { id } } }`,
    )
    expect(big.status).toBeLessThan(500)
    expect(errorsOf(big.json)[0].message).toContain('limit')
    const byVariable = await graphql(
      t.payload,
      'query ($n: Int) { Articles(limit: $n) { docs { id } } }',
      { variables: { n: 100000 } },
    )
    expect(errorsOf(byVariable.json)[0].message).toContain('limit')
    const all = await graphql(t.payload, '{ Articles(pagination: false) { docs { id } } }')
    expect(errorsOf(all.json)[0].message).toContain('pagination')
    const locale = await graphql(t.payload, '{ Articles(locale: xx) { docs { id } } }')
    expect(locale.status).toBeLessThan(500)
    expect(locale.json.errors?.[0].message).toContain('locale')
    const nest = (n: number): string =>
      n === 0 ? 'id' : `related { value { ... on Article { ${nest(n - 1)} } } }`
    // Each hop (related → value) is two levels.
    const deep = await graphql(
      t.payload,
      `{ Articles(limit: 1) { docs { ${nest(MAX_GRAPHQL_DEPTH / 2)} } } }`,
    )
    expect(deep.status).toBeLessThan(500)
    expect(errorsOf(deep.json)[0].message).toContain('nested')
    const fine = await graphql(t.payload, `{ Articles(limit: 1) { docs { ${nest(2)} } } }`)
    expect(fine.json.errors).toBeUndefined()
  })
})

describe('caps', () => {
  it(`anonymous lists give at most ${MAX_PUBLIC_LIMIT}; signed-in staff may ask for more`, async () => {
    expect((await rest(t.payload, 'GET', `/api/articles?limit=${MAX_PUBLIC_LIMIT}`)).status).toBe(
      200,
    )
    expect(
      (await rest(t.payload, 'GET', `/api/articles?limit=${MAX_PUBLIC_LIMIT + 1}`)).status,
    ).toBe(400)
    const { token } = await signIn(t.payload, ['editor'])
    expect((await rest(t.payload, 'GET', '/api/articles?limit=500', { token })).status).toBe(200)
  })

  it(`depth is clamped to ${MAX_DEPTH}`, async () => {
    // `populate` asks populated articles for their `related` too (defaultPopulate leaves it out).
    const { status, json } = await rest(
      t.payload,
      'GET',
      `/api/articles/${chain[0]}?depth=10&populate[articles][related]=true`,
    )
    expect(status).toBe(200)
    let node = json as { related?: { value: unknown }[] }
    for (let level = 0; level < MAX_DEPTH; level++) {
      node = node.related![0].value as typeof node
      expect(typeof node, `level ${level + 1}`).toBe('object')
    }
    expect(node.related![0].value).toBe(chain[MAX_DEPTH + 1])
  })

  it('a valid where still works, in brackets and as JSON', async () => {
    const bracket = await rest(
      t.payload,
      'GET',
      `/api/articles?where[id][in][0]=${chain[0]}&where[id][in][1]=${chain[1]}`,
    )
    expect(bracket.json.docs!.map((d) => d.id).sort()).toEqual([chain[0], chain[1]].sort())
    const json = await rest(
      t.payload,
      'GET',
      `/api/articles?where=${encodeURIComponent(JSON.stringify({ or: [{ id: { equals: chain[2] } }] }))}`,
    )
    expect(json.json.docs!.map((d) => d.id)).toEqual([chain[2]])
  })
})

describe('open data', () => {
  it.each(['recognitions', 'resolutions', 'timeline', 'monuments'] as const)(
    '%s.json and %s.csv hold the published documents, per locale',
    async (name) => {
      const collection = name === 'timeline' ? 'timeline-events' : name
      const published = (await t.payload.count({ collection, overrideAccess: false })).totalDocs
      const { status, json } = await rest(t.payload, 'GET', `/api/open-data/${name}.json?locale=ru`)
      expect(status).toBe(200)
      expect(json).toMatchObject({
        schemaVersion: 1,
        dataset: name,
        locale: 'ru',
        count: published,
      })
      const records = json.records as Record<string, unknown>[]
      expect(records).toHaveLength(published)
      const fields = (json.fields as { name: string }[]).map((f) => f.name)
      expect(Object.keys(records[0])).toEqual(fields)

      const request = new Request(`http://localhost/api/open-data/${name}.csv?locale=en`)
      const { handleEndpoints } = await import('payload')
      const response = await handleEndpoints({
        config: t.payload.config,
        path: new URL(request.url).pathname,
        request,
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('text/csv')
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="${name}-en.csv"`)
      const csv = await response.text()
      const lines = csv.split('\r\n')
      expect(lines[0]).toBe(fields.join(','))
      expect(csv.endsWith('\r\n')).toBe(true)
    },
  )

  it('leaves drafts out', async () => {
    const { json } = await rest(t.payload, 'GET', '/api/open-data/resolutions.json?locale=en')
    const before = json.count
    const draft = await t.payload.create({
      collection: 'resolutions',
      locale: 'az',
      data: {
        title: 'Qaralama sənəd',
        body: 'Orqan',
        summary: 'Xülasə',
        jurisdiction: 'AZ',
        adoptedAt: '2020-01-01T12:00:00.000Z',
        kind: 'order',
        _status: 'draft',
      } as never,
      overrideAccess: true,
      context: noRevalidate(),
    })
    const after = await rest(t.payload, 'GET', '/api/open-data/resolutions.json?locale=en')
    expect(after.json.count).toBe(before)
    expect((after.json.records as { id: string }[]).map((r) => r.id)).not.toContain(
      String(draft.id),
    )
  })

  it('quotes CSV values per RFC 4180', async () => {
    const { csvValue, toCsv } = await import('@/lib/openData/csv')
    expect(csvValue('plain')).toBe('plain')
    expect(csvValue('a, "quoted"\nline')).toBe('"a, ""quoted""\nline"')
    expect(csvValue(null)).toBe('')
    expect(csvValue(['x', 'y'])).toBe('x; y')
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }])).toBe('a,b\r\n1,"x,y"\r\n')
  })

  it.each([
    ['/api/open-data/users.json', 404],
    ['/api/open-data/recognitions.xml', 404],
    ['/api/open-data/recognitions.json?locale=xx', 400],
  ])('%s → %i', async (path, expected) => {
    const { status, json } = await rest(t.payload, 'GET', path)
    expect(status).toBe(expected)
    expect(json.errors?.[0].message).toBeTruthy()
  })
})
