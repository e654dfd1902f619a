import { createHash } from 'node:crypto'

import { handleEndpoints, type CollectionSlug, type GlobalSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentCollections } from '@/lib/content/collections'
import { graphqlPost } from '@/lib/api/graphqlPost'
import { answerSend } from '@/lib/submissions/http'
import { formStartedToken } from '@/lib/submissions/tokens'
import { MEDIA_QUEUE } from '@/lib/documents/processMedia'
import { JOB_STATS_GLOBAL } from '@/lib/jobs/jobStats'
import { signIn } from '@tests/helpers/api'
import { seededRandom } from '@tests/helpers/random'
import { createSeededTestPayload, testPayloadForFile } from '@tests/helpers/testPayload'

/**
 * Deterministic fuzzing of REST and GraphQL, in process: at least REQUESTS generated malformed
 * requests (invalid JSON, wrong types, huge strings, unknown locales, malformed and deeply nested
 * `where`, operator injection, bad ids, bad GraphQL, the three public forms and their mailed links),
 * anonymous and signed in. No answer may be a
 * 5xx, the health of the API is unchanged afterwards, and a checksum of all content (every
 * collection, version and global in every locale) is identical before and after.
 *
 * Signed-in writes only ever carry bodies that cannot be valid (broken JSON) or target ids that do
 * not exist, so an unchanged checksum is the expected result, and any change is a finding.
 */
const REQUESTS = 5_000

/**
 * 5xx classes inside Payload not yet guarded, each with its reason. Anything else that answers 5xx
 * fails the test. Remove an entry when it is fixed (the test then holds the fix).
 */
const knownPayload5xx: { pattern: RegExp; reason: string }[] = []
const SEED = 0x6b686f6a // "khoj"
const BATCH = 8

type Actor = 'anonymous' | 'editor' | 'translator' | 'admin'
type Fuzzed = {
  kind: string
  method: string
  path: string
  body?: string
  headers: Record<string, string>
  graphql?: boolean
  /** The site's own form post (`/{locale}/remember/send`), answered by the same code as the route. */
  form?: boolean
}

const collections = [
  ...contentCollections,
  'media',
  'users',
  'search-entries',
  'payload-preferences',
  'payload-jobs',
  'submissions',
  'submission-files',
  'testimonies',
  'nope',
]
const globals = ['home', 'facts', 'site', 'navigation', 'nope']

const t = testPayloadForFile(createSeededTestPayload)
const tokens: Partial<Record<Actor, string>> = {}

beforeAll(async () => {
  // The seed's images are queued for tiling: an admin's request may run the queue (Payload's
  // /api/payload-jobs/run), which is a legitimate change. Run it first, so the checksum sees only
  // what malformed requests do.
  await t.payload.jobs.run({ queue: MEDIA_QUEUE, limit: 50 })
  for (const role of ['admin', 'editor', 'translator'] as const)
    tokens[role] = (await signIn(t.payload, [role], `${role}@example.org`)).token
}, 180_000)

/** Every collection (but accounts and bookkeeping), its versions, and every global, in every locale. */
async function contentChecksum(): Promise<{ hash: string; documents: number }> {
  const hash = createHash('sha256')
  let documents = 0
  const skip = new Set([
    'users',
    'payload-preferences',
    'payload-locked-documents',
    'payload-migrations',
    'payload-jobs',
    'payload-kv',
  ])
  for (const { config } of Object.values(t.payload.collections)) {
    if (skip.has(config.slug)) continue
    const slug = config.slug as CollectionSlug
    const { docs } = await t.payload.find({
      collection: slug,
      locale: 'all',
      depth: 0,
      draft: true,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
    })
    hash.update(slug).update(JSON.stringify(docs))
    documents += docs.length
    if (config.versions) {
      const versions = await t.payload.findVersions({
        collection: slug,
        locale: 'all',
        depth: 0,
        pagination: false,
        sort: 'id',
        overrideAccess: true,
      })
      hash.update(JSON.stringify(versions.docs))
      documents += versions.docs.length
    }
  }
  for (const { slug } of t.payload.config.globals) {
    // The job runner's bookkeeping, like payload-jobs.
    if (slug === JOB_STATS_GLOBAL) continue
    hash.update(slug).update(
      JSON.stringify(
        await t.payload.findGlobal({
          slug: slug as GlobalSlug,
          locale: 'all',
          depth: 0,
          draft: true,
          overrideAccess: true,
        }),
      ),
    )
    documents++
  }
  return { hash: hash.digest('hex'), documents }
}

function generate(count: number): Fuzzed[] {
  const random = seededRandom(SEED)
  // n choices, 0 … n − 1.
  const r = { ...random, int: (n: number) => random.int(0, n - 1) }
  const huge = (n: number) => 'x'.repeat(n)
  const strings = [
    '',
    ' ',
    '%00',
    '\u0000',
    "' OR '1'='1",
    '"; DROP TABLE articles;--',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '${7*7}',
    '{{7*7}}',
    '🙂'.repeat(50),
    '[object Object]',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e309',
    '0x1F',
    'null',
    'undefined',
    'true',
    huge(10_000),
  ]
  const enc = encodeURIComponent
  const value = () => (r.next() < 0.02 ? huge(10_000 + r.int(10_000)) : r.pick(strings))
  const operators = [
    'equals',
    'not_equals',
    'like',
    'contains',
    'in',
    'all',
    'exists',
    'near',
    'within',
    'intersects',
    'greater_than',
    '$ne',
    '$gt',
    '$regex',
    '$where',
    '$or',
    'eq',
    '',
    '[]',
  ]
  const fields = [
    'title',
    'slug',
    '_status',
    'content',
    'translation',
    'id',
    'hash',
    'salt',
    'email',
    'roles',
    'createdAt',
    'content.root.children',
    'a.b.c.d.e.f',
    '__proto__',
    'constructor.prototype',
    '',
    '0',
    'title]',
  ]
  const nestedWhere = (depth: number) => {
    let q = 'where'
    for (let i = 0; i < depth; i++) q += `[${r.pick(['and', 'or'])}][${r.int(3)}]`
    return `${q}[${r.pick(fields)}][${r.pick(operators)}]=${enc(value())}`
  }
  const query = (): string => {
    const parts: string[] = []
    const n = 1 + r.int(4)
    for (let i = 0; i < n; i++) {
      parts.push(
        r.pick([
          () => `where[${enc(r.pick(fields))}][${enc(r.pick(operators))}]=${enc(value())}`,
          () => nestedWhere(1 + r.int(r.next() < 0.2 ? 60 : 6)),
          () =>
            `where=${enc(r.pick(['{', 'not json', '[]', 'null', '{"title":{"$ne":null}}', '{"or":5}', '{"and":[{"title":"x"}]}', JSON.stringify({ title: { equals: { $gt: '' } } })]))}`,
          () => `where[title]=${enc(value())}`,
          () => `where[title][equals][deep][deeper]=1`,
          () => `where[or]=${enc(value())}`,
          () =>
            `locale=${enc(r.pick(['xx', 'AZ', 'az-AZ', '*', 'all', '../', '', 'en,ru', value()]))}`,
          () => `locale[]=az&locale[]=en`,
          () => `fallback-locale=${enc(r.pick(['zz', 'none', value()]))}`,
          () =>
            `limit=${enc(r.pick(['-1', '0', '1e9', 'abc', '99999999999999999999', '1.5', value()]))}`,
          () => `page=${enc(r.pick(['0', '-3', 'abc', '1e309', value()]))}`,
          () => `depth=${enc(r.pick(['-1', '1000', 'abc', value()]))}`,
          () =>
            `sort=${enc(r.pick(['title;DROP', '(select 1)', '-hash', 'salt', '__proto__', '', ',,,', value()]))}`,
          () => `draft=${enc(r.pick(['true', 'maybe', '1', value()]))}`,
          () => `select[${enc(r.pick(fields))}]=${enc(r.pick(['true', 'false', 'x']))}`,
          () => `populate[${enc(r.pick(collections))}][title]=true`,
          () => `joins=${enc(value())}`,
          () => `pagination=${enc(r.pick(['false', 'no', value()]))}`,
          () => `trash=${enc(r.pick(['true', value()]))}`,
          () => `${enc(value())}=${enc(value())}`,
        ])(),
      )
    }
    return parts.join('&')
  }
  const badId = () =>
    enc(
      r.pick([
        'abc',
        '-1',
        '0',
        '1e309',
        '99999999999999999999',
        '%00',
        '..%2Fusers',
        "1' OR '1'='1",
        '1;DROP',
        '[object Object]',
        '999999',
        '1.5',
        ' ',
        '__proto__',
        huge(5000),
      ]),
    )
  const badBody = (): string =>
    r.pick([
      () => '{',
      () => '{"title":',
      () => '[]',
      () => 'null',
      () => '"just a string"',
      () => '\u0000\u0001',
      () => '{"title": ' + '['.repeat(5000) + ']'.repeat(5000) + '}',
      () => JSON.stringify({ title: huge(60_000) }),
      () =>
        JSON.stringify({
          title: [1, 2],
          _status: { $ne: 'draft' },
          slug: {},
          content: 'not lexical',
          roles: 'admin',
        }),
      () => JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
      () => JSON.stringify({ id: badId(), createdAt: 'yesterday', updatedAt: {} }),
      () => JSON.stringify({ email: [1], password: { $ne: null } }),
    ])()

  const actor = (): Actor =>
    r.pick(['anonymous', 'anonymous', 'editor', 'translator', 'admin'] as const)
  const auth = (a: Actor): Record<string, string> =>
    a === 'anonymous' ? {} : { authorization: `JWT ${tokens[a]}` }
  const jsonHeaders = (a: Actor) => ({
    'content-type': r.pick([
      'application/json',
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]),
    ...auth(a),
  })

  const graphqlBody = (): string =>
    r.pick([
      () => '{',
      () => 'not json',
      () => JSON.stringify({ query: '{ Articles { docs { title } ' }),
      () => JSON.stringify({ query: '{ Nope { x } }' }),
      () =>
        JSON.stringify({
          query: `{ Articles(where: { title: { like: ${JSON.stringify(value())} } }) { docs { id } } }`,
        }),
      () =>
        JSON.stringify({
          query: `{ Articles(locale: ${r.pick(['xx', 'az', 'all'])}, limit: ${r.pick(['-1', '0', '1000000', '"a"'])}) { docs { id } } }`,
        }),
      () =>
        JSON.stringify({
          query: `{ Article(id: ${JSON.stringify(r.pick(['abc', '-1', '1e309', "1' OR 1=1", '999999']))}) { id title } }`,
        }),
      () =>
        JSON.stringify({
          query: `{ Articles { docs { ${'related { ... on Article { related { ... on Article { '.repeat(8)}id${' } } } }'.repeat(8)} } } }`,
        }),
      () => JSON.stringify({ query: `{ Users { docs { email hash salt } } }` }),
      () => JSON.stringify({ query: `{ __schema { types { name fields { name } } } }` }),
      () =>
        JSON.stringify({
          query: 'query ($w: Article_where) { Articles(where: $w) { docs { id } } }',
          variables: { w: { title: { $ne: null }, or: 5 } },
        }),
      () =>
        JSON.stringify({
          query: 'query ($l: Int) { Articles(limit: $l) { docs { id } } }',
          variables: { l: r.pick(['x', 1e20, -5, null, {}]) },
        }),
      () =>
        JSON.stringify([
          { query: '{ Articles { totalDocs } }' },
          { query: '{ Pages { totalDocs } }' },
        ]),
      () =>
        JSON.stringify({
          query: `mutation { updateArticle(id: ${r.pick(['999999', '"abc"', '-1'])}, data: { title: ${JSON.stringify(value())} }) { id } }`,
        }),
      () => JSON.stringify({ query: `mutation { deleteArticle(id: 999999) { id } }` }),
      () => JSON.stringify({ query: `mutation { createArticle(data: { title: 5 }) { id } }` }),
      () =>
        JSON.stringify({
          query:
            '{ a: Articles { totalDocs } '.repeat(1) +
            Array.from({ length: 200 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ') +
            ' }',
        }),
      () =>
        JSON.stringify({
          query: `{ Articles(where: { ${r.pick(['hash', 'salt', '_status', 'nope'])}: { equals: "x" } }) { docs { id } } }`,
        }),
      () =>
        JSON.stringify({
          query: `{ Articles(sort: ${JSON.stringify(r.pick(['title;DROP', '-hash', value()]))}) { docs { id } } }`,
        }),
      () =>
        JSON.stringify({
          query: '{ Articles { docs { title } } }',
          operationName: 5,
          variables: 'x',
        }),
      () => JSON.stringify({ query: huge(50_000) }),
    ])()

  const cases: (() => Fuzzed)[] = [
    () => {
      const a = actor()
      return {
        kind: 'rest find with hostile query',
        method: 'GET',
        path: `/api/${r.pick(collections)}?${query()}`,
        headers: auth(a),
      }
    },
    () => {
      const a = actor()
      return {
        kind: 'rest findByID bad id',
        method: 'GET',
        path: `/api/${r.pick(collections)}/${badId()}?${r.next() < 0.5 ? query() : ''}`,
        headers: auth(a),
      }
    },
    () => {
      const a = actor()
      return {
        kind: 'rest global hostile query',
        method: 'GET',
        path: `/api/globals/${r.pick(globals)}?${query()}`,
        headers: auth(a),
      }
    },
    () => {
      const a = actor()
      return {
        kind: 'rest count/versions',
        method: 'GET',
        path: `/api/${r.pick(collections)}/${r.pick(['count', 'versions', 'versions/' + badId(), 'access', 'init', 'me'])}?${query()}`,
        headers: auth(a),
      }
    },
    () => {
      const a = actor()
      // Signed-in writes get only bodies that cannot parse; anonymous ones anything (access refuses).
      const body =
        a === 'anonymous'
          ? badBody()
          : r.pick(['{', '{"title":', '\u0000', '{"a":' + '['.repeat(3000)])
      return {
        kind: 'rest create malformed body',
        method: 'POST',
        path: `/api/${r.pick(collections)}?${r.next() < 0.3 ? query() : ''}`,
        body,
        headers: jsonHeaders(a),
      }
    },
    () => {
      const a = actor()
      const body = a === 'anonymous' ? badBody() : r.pick(['{', 'null', '[]', '"x"'])
      return {
        kind: 'rest update malformed',
        method: 'PATCH',
        path: `/api/${r.pick(collections)}/${r.next() < 0.5 ? badId() : '999999'}`,
        body,
        headers: jsonHeaders(a),
      }
    },
    () => ({
      kind: 'rest bulk update/delete anonymous',
      method: r.pick(['PATCH', 'DELETE']),
      path: `/api/${r.pick(collections)}?${query()}`,
      body: badBody(),
      headers: jsonHeaders('anonymous'),
    }),
    () => {
      const a = actor()
      return {
        kind: 'rest delete bad id',
        method: 'DELETE',
        path: `/api/${r.pick(collections.filter((c) => c !== 'payload-preferences'))}/${r.next() < 0.5 ? badId() : '999999'}`,
        headers: auth(a),
      }
    },
    () => {
      const a = actor()
      const body = a === 'anonymous' ? badBody() : '{'
      return {
        kind: 'rest global update malformed',
        method: 'POST',
        path: `/api/globals/${r.pick(globals)}?${r.next() < 0.3 ? query() : ''}`,
        body,
        headers: jsonHeaders(a),
      }
    },
    () => ({
      kind: 'auth endpoints malformed',
      method: 'POST',
      path: `/api/users/${r.pick(['login', 'forgot-password', 'reset-password', 'unlock', 'verify/' + badId(), 'refresh-token', 'first-register'])}`,
      body: r.pick([
        '{',
        JSON.stringify({ email: { $ne: null }, password: [1] }),
        JSON.stringify({ email: huge(20_000) }),
        JSON.stringify({ token: { not_equals: '' }, password: 'x' }),
        'null',
      ]),
      headers: { ...jsonHeaders('anonymous'), 'x-real-ip': `198.18.${r.int(255)}.${r.int(255)}` },
    }),
    () => ({
      kind: 'custom endpoints',
      method: 'GET',
      path: `/api/${r.pick(['search', 'open-data/' + r.pick(['articles.csv', 'x.json', '..%2F..%2Fetc%2Fpasswd', badId()]), 'articles/xliff', 'articles/' + badId() + '/xliff', 'iiif/' + r.pick(['monuments', 'people', 'resolutions', 'users']) + '/' + badId() + '/manifest', 'iiif/image/' + r.pick([badId(), badId() + '-p' + badId(), '1', '1-p1']) + r.pick(['', '/info.json', '/' + r.pick(['full', '0,0,512,512', enc(value())]) + '/' + r.pick(['512,512', 'max', enc(value())]) + '/' + r.pick(['0', '90']) + '/' + r.pick(['default.jpg', 'gray.png', enc(value())])])])}?${r.pick(['q=', 'q=' + enc(value()), 'locale=xx', query()])}`,
      headers: auth(actor()),
    }),
    () => {
      // OAI-PMH: any verb, argument and token a harvester or a prober might send, by GET or POST.
      const args = new URLSearchParams()
      for (let i = r.int(4); i >= 0; i--)
        args.append(
          r.pick([
            'verb',
            'metadataPrefix',
            'set',
            'from',
            'until',
            'identifier',
            'resumptionToken',
            value(),
          ]),
          r.pick([
            'ListRecords',
            'GetRecord',
            'Identify',
            'oai_dc',
            'people',
            '2026-02-30',
            '1992-02-26T00:00:00Z',
            'oai:localhost:articles/' + badId(),
            Buffer.from(JSON.stringify({ i: r.int(9), a: value(), c: -1 })).toString('base64url'),
            value(),
          ]),
        )
      const post = r.int(2) === 0
      return {
        kind: 'OAI-PMH',
        method: post ? 'POST' : 'GET',
        path: post ? '/api/oai' : `/api/oai?${args}`,
        body: post ? args.toString() : undefined,
        headers: {
          ...auth(actor()),
          ...(post && { 'content-type': 'application/x-www-form-urlencoded' }),
        },
      }
    },
    () => ({
      kind: 'unknown routes and methods',
      method: r.pick(['PUT', 'OPTIONS', 'GET', 'POST']),
      path: `/api/${r.pick(['', '..', '%2e%2e', 'globals', 'globals/' + badId(), 'graphql-playground', r.pick(collections) + '/' + badId() + '/' + badId()])}`,
      headers: auth(actor()),
    }),
    () => {
      const a = actor()
      const body = graphqlBody()
      // Signed-in staff could write through a valid mutation: they get only the mutations above that
      // target missing ids or cannot validate, or broken documents.
      return {
        kind: 'graphql',
        method: 'POST',
        path: '/api/graphql',
        body: a !== 'anonymous' && /createArticle/.test(body) ? '{' : body,
        headers: { 'content-type': 'application/json', ...auth(a) },
        graphql: true,
      }
    },
    () => {
      // The three public forms. The address is never valid (no fuzzed string has an @), so even a
      // form whose time trap passes is refused: nothing may be stored.
      const fields: Record<string, string> = {
        kind: r.pick(['testimony', 'name', 'correction', value()]),
        locale: r.pick(['az', 'en', 'ru', 'xx', value()]),
        about: r.pick([
          `people:${r.pick(['1', '999999', badId()])}`,
          `recognitions:${r.pick(['1', badId()])}`,
          'events',
          'users:1',
          value(),
        ]),
        text: value(),
        source: value(),
        givenName: value(),
        familyName: value(),
        fate: r.pick(['killed', value()]),
        senderName: value(),
        relation: r.pick(['relative', value()]),
        email: r.pick(['not-an-address', value()]),
        language: r.pick(['az', value()]),
        publishText: r.pick(['yes', '', value()]),
        attribution: r.pick(['name', 'relation', value()]),
        started: r.pick([formStartedToken(t.payload.secret, Date.now() - 60_000), 'now', value()]),
        website: r.pick(['', '', value()]),
      }
      const shape = r.pick(['json', 'urlencoded', 'multipart', 'broken'] as const)
      const form = shape === 'urlencoded' || shape === 'multipart'
      const body =
        shape === 'json'
          ? JSON.stringify(fields)
          : shape === 'broken'
            ? badBody()
            : shape === 'urlencoded'
              ? new URLSearchParams(fields).toString()
              : Object.entries(fields)
                  .map(
                    ([name, v]) =>
                      `--fuzz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`,
                  )
                  .join('') + '--fuzz--\r\n'
      const type = {
        json: 'application/json',
        broken: r.pick(['application/json', 'multipart/form-data; boundary=x', 'text/plain']),
        urlencoded: 'application/x-www-form-urlencoded',
        multipart: 'multipart/form-data; boundary=fuzz',
      }[shape]
      return {
        kind: 'public forms',
        method: 'POST',
        path: form ? `/${r.pick(['az', 'ru'])}/remember/send` : '/api/submissions/send',
        body,
        form,
        headers: {
          'content-type': type,
          accept: form ? 'text/html' : 'application/json',
          'x-real-ip': `198.19.${r.int(255)}.${r.int(255)}`,
        },
      }
    },
    () => ({
      kind: 'public form links',
      method: 'POST',
      path: `/api/submissions/${r.pick(['confirm', 'withdraw'])}`,
      body: r.pick([
        () => JSON.stringify({ token: r.pick(['x'.repeat(43), badId(), value()]) }),
        () => `token=${enc(value())}&locale=${enc(value())}`,
        () => badBody(),
      ])(),
      headers: {
        'content-type': r.pick(['application/json', 'application/x-www-form-urlencoded']),
      },
    }),
  ]
  return Array.from({ length: count }, () => r.pick(cases)())
}

async function send(f: Fuzzed): Promise<number> {
  const request = new Request(`http://localhost${f.path}`, {
    method: f.method,
    headers: f.headers,
    body: f.body,
  })
  // The handler the app's /api/graphql route exports.
  if (f.graphql) return (await graphqlPost(t.payload.config)(request)).status
  if (f.form) {
    const response = await answerSend(request, t.payload)
    await response.arrayBuffer()
    return response.status
  }
  const response = await handleEndpoints({
    config: t.payload.config,
    path: new URL(request.url).pathname,
    request,
  })
  await response.arrayBuffer()
  return response.status
}

describe('fuzz: malformed requests to REST and GraphQL', () => {
  it(`answers ${REQUESTS} generated malformed requests without a 5xx and changes no content`, async () => {
    const before = await contentChecksum()
    const requests = generate(REQUESTS)
    const statuses = new Map<number, number>()
    const failures: string[] = []
    const known: string[] = []
    const byKind = new Map<string, number>()
    const started = Date.now()
    for (let i = 0; i < requests.length; i += BATCH) {
      await Promise.all(
        requests.slice(i, i + BATCH).map(async (f) => {
          let status: number
          try {
            status = await send(f)
          } catch (error) {
            status = 599
            failures.push(
              `${f.kind}: ${f.method} ${f.path.slice(0, 200)} threw ${(error as Error).message.slice(0, 200)}`,
            )
          }
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
          byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1)
          const signature = `${f.kind}: ${f.method} ${f.path}`
          if (status >= 500 && knownPayload5xx.some((k) => k.pattern.test(signature))) {
            known.push(signature.slice(0, 200))
            return
          }
          if (status >= 500 && status !== 599)
            failures.push(
              `${f.kind}: ${f.method} ${f.path.slice(0, 160)} body ${String(f.body).slice(0, 80)} → ${status}`,
            )
        }),
      )
    }
    const seconds = (Date.now() - started) / 1000
    const after = await contentChecksum()
    console.log(
      `[fuzz] ${requests.length} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; ` +
        `classes ${JSON.stringify(Object.fromEntries(byKind))}; 5xx ${failures.length} (+${known.length} known, listed in knownPayload5xx); content ${before.documents} documents, checksum ${before.hash === after.hash ? 'unchanged' : 'CHANGED'}`,
    )
    expect(requests.length).toBeGreaterThanOrEqual(5_000)
    if (failures.length)
      console.log(`[fuzz] 5xx samples:\n${[...new Set(failures)].slice(0, 60).join('\n')}`)
    expect(failures.slice(0, 20)).toEqual([])
    expect(after).toEqual(before)
    // Still healthy: a plain read answers as before.
    const health = await send({
      kind: 'health',
      method: 'GET',
      path: '/api/articles?limit=1',
      headers: {},
    })
    expect(health).toBe(200)
  }, 600_000)
})
