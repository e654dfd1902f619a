import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readEntries } from '@/seed/content'
import { slugify } from '@/lib/format/slugify'
import { graphql, rest, signIn } from '@tests/helpers/api'
import { lexical } from '@tests/helpers/site'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'
import { validationMessages } from '@tests/helpers/validation'

const t = testPayloadForFile()
let editor: Awaited<ReturnType<typeof signIn>>

beforeAll(async () => {
  await signIn(t.payload, ['admin'])
  editor = await signIn(t.payload, ['editor'])
})

/** The smallest valid az document of each collection, and the localized fields az must fill. */
const minimal: Record<string, { data: () => Record<string, unknown>; requiredInAz: string[] }> = {
  articles: {
    data: () => ({
      title: `Məqalə ${Math.random()}`,
      excerpt: 'Qısa xülasə.',
      content: lexical('Mətn.'),
    }),
    requiredInAz: ['title', 'excerpt', 'content'],
  },
  monuments: {
    data: () => ({
      name: `Abidə ${Math.random()}`,
      description: lexical('Təsvir.'),
      city: 'Bakı',
      country: 'AZ',
      coordinates: { lat: 40.4, lng: 49.9 },
    }),
    requiredInAz: ['name', 'description', 'city'],
  },
  resolutions: {
    data: () => ({
      title: `Qərar ${Math.random()}`,
      body: 'Milli Məclis',
      summary: 'Xülasə.',
      jurisdiction: 'AZ',
      adoptedAt: '1994-01-01T12:00:00.000Z',
      adoptedAtPrecision: 'year',
      kind: 'resolution',
    }),
    requiredInAz: ['title', 'body', 'summary'],
  },
  recognitions: {
    data: () => ({
      jurisdiction: 'MX',
      level: 'national',
      recognisingBody: 'Meksika parlamenti',
      term: 'genocide',
      bodyLevel: 'plenary',
      datePrecision: 'year',
    }),
    requiredInAz: ['recognisingBody'],
  },
  'timeline-events': {
    data: () => ({
      title: `Hadisə ${Math.random()}`,
      date: '1992-02-25T12:00:00.000Z',
      datePrecision: 'day',
    }),
    requiredInAz: ['title'],
  },
  pages: {
    data: () => ({ title: `Səhifə ${Math.random()}` }),
    requiredInAz: ['title'],
  },
}

function linkTo(url: string) {
  const doc = lexical('')
  ;(doc.root.children[0].children as unknown[]) = [
    {
      type: 'link',
      version: 3,
      format: '',
      indent: 0,
      direction: 'ltr',
      fields: { linkType: 'custom', url, newTab: false },
      children: [
        {
          type: 'text',
          text: 'click',
          format: 0,
          style: '',
          mode: 'normal',
          detail: 0,
          version: 1,
        },
      ],
    },
  ]
  return doc
}

type Doc = Record<string, unknown> & {
  id: number
  slug?: string
  jurisdiction?: string
  label?: string
}

const create = (
  collection: CollectionSlug,
  data: Record<string, unknown>,
  locale: 'az' | 'en' | 'ru' = 'az',
) =>
  t.payload.create({
    collection,
    locale,
    data: { ...data, _status: 'published' } as never,
    context: noRevalidate(),
  }) as Promise<unknown> as Promise<Doc>

describe.each(Object.keys(minimal))('%s', (collection) => {
  const slug = collection as CollectionSlug
  const { data, requiredInAz } = minimal[collection]

  it('refuses to publish without the az values of its required texts, naming each field', async () => {
    const empty = Object.fromEntries(
      requiredInAz.map((f) => [f, f === 'content' || f === 'description' ? lexical('') : '']),
    )
    const before = (await t.payload.count({ collection: slug })).totalDocs
    const errors = await validationMessages(create(slug, { ...data(), ...empty }))
    // An empty source title also leaves nothing to make the slug from; nothing else may be reported.
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(requiredInAz))
    const hasSlug = ['articles', 'monuments', 'resolutions', 'pages'].includes(collection)
    expect(Object.keys(errors).filter((f) => !requiredInAz.includes(f))).toEqual(
      hasSlug ? ['slug'] : [],
    )
    expect((await t.payload.count({ collection: slug })).totalDocs).toBe(before)
  })

  it('publishes in az with en and ru left empty, and falls back to az for them', async () => {
    const doc = await create(slug, data())
    const field = requiredInAz[0]
    const az = (doc as Record<string, unknown>)[field]
    for (const locale of ['en', 'ru'] as const) {
      const read = (await t.payload.findByID({
        collection: slug,
        id: doc.id,
        locale,
        overrideAccess: false,
      })) as unknown
      expect((read as Record<string, unknown>)[field]).toEqual(az)
      const raw = (await t.payload.findByID({
        collection: slug,
        id: doc.id,
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })) as unknown
      expect((raw as Record<string, unknown>)[field] ?? null).toBeNull()
    }
  })

  it('keeps a draft from anonymous readers on the Local API, REST and GraphQL, and shows it to an editor', async () => {
    const marker = `draftmarker${Math.random().toString(36).slice(2)}`
    const draftData = {
      ...data(),
      [requiredInAz[0]]: requiredInAz[0] === 'content' ? lexical(marker) : marker,
    }
    const draft = await t.payload.create({
      collection: slug,
      locale: 'az',
      data: { ...draftData, _status: 'draft' } as never,
      draft: true,
      context: noRevalidate(),
    })

    const local = await t.payload.find({
      collection: slug,
      where: { id: { equals: draft.id } },
      draft: true,
      overrideAccess: false,
    })
    expect(local.docs).toHaveLength(0)
    for (const path of [
      `/api/${slug}/${draft.id}`,
      `/api/${slug}/${draft.id}?draft=true`,
      `/api/${slug}?draft=true&where[id][equals]=${draft.id}`,
    ]) {
      const response = await rest(t.payload, 'GET', path)
      expect(JSON.stringify(response.json)).not.toContain(marker)
      expect([403, 404, 200]).toContain(response.status)
      if (response.status === 200) expect(response.json.docs).toEqual([])
    }
    const gql = await graphql(
      t.payload,
      `{ docs: ${graphqlListName(slug)}(draft: true, where: { id: { equals: ${draft.id} } }) { docs { id } } }`,
    )
    expect(JSON.stringify(gql.json)).not.toContain(String(marker))
    expect((gql.json.data?.docs as { docs: unknown[] } | undefined)?.docs ?? []).toEqual([])

    const asEditor = await rest(t.payload, 'GET', `/api/${slug}/${draft.id}?draft=true`, {
      token: editor.token,
    })
    expect(asEditor.status).toBe(200)
    expect(JSON.stringify(asEditor.json)).toContain(marker)
    const gqlEditor = await graphql(
      t.payload,
      `{ docs: ${graphqlListName(slug)}(draft: true, where: { id: { equals: ${draft.id} } }) { docs { id } } }`,
      { token: editor.token },
    )
    expect((gqlEditor.json.data?.docs as { docs: { id: number }[] }).docs.map((d) => d.id)).toEqual(
      [draft.id],
    )
  })

  it('restores an older version', async () => {
    const doc = await create(slug, data())
    const field = requiredInAz[0]
    const original = (doc as Record<string, unknown>)[field]
    const changed =
      field === 'content' || field === 'description' ? lexical('dəyişdi') : 'Dəyişdirilmiş mətn'
    await t.payload.update({
      collection: slug,
      id: doc.id,
      locale: 'az',
      data: { [field]: changed, _status: 'published' } as never,
      context: noRevalidate(),
    })
    const versions = await t.payload.findVersions({
      collection: slug,
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      locale: 'az',
    })
    const first = versions.docs.find(
      (v) =>
        JSON.stringify((v.version as unknown as Record<string, unknown>)[field]) ===
        JSON.stringify(original),
    )
    expect(first).toBeTruthy()
    await t.payload.restoreVersion({ collection: slug, id: first!.id, context: noRevalidate() })
    const restored = (await t.payload.findByID({
      collection: slug,
      id: doc.id,
      locale: 'az',
      draft: true,
    })) as unknown
    expect((restored as Record<string, unknown>)[field]).toEqual(original)
  })
})

function graphqlListName(slug: string) {
  return (
    {
      articles: 'Articles',
      monuments: 'Monuments',
      resolutions: 'Resolutions',
      recognitions: 'Recognitions',
      'timeline-events': 'TimelineEvents',
      pages: 'Pages',
    } as Record<string, string>
  )[slug]
}

describe('slugs', () => {
  it("are readable ASCII made from the seed's real az titles", async () => {
    const entries = await readEntries('articles')
    const expected: Record<string, string> = {
      'night-of-the-attack': '1992-ci-il-25-26-fevral-gecesi',
    }
    for (const entry of entries) {
      const title = entry.docs.az.meta.title
      const doc = await create('articles', { title, excerpt: 'x', content: lexical('x') })
      expect(doc.slug).toBe(slugify(title))
      expect(doc.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      if (expected[entry.name]) expect(doc.slug).toBe(expected[entry.name])
    }
    const resolutions = await readEntries('resolutions')
    const milli = resolutions.find((e) => e.name === 'milli-majlis-1994')!
    const doc = await create('resolutions', {
      ...minimal.resolutions.data(),
      title: milli.docs.az.meta.title,
    })
    expect(doc.slug).toBe(slugify(milli.docs.az.meta.title))
    expect(doc.slug).not.toMatch(/[əıöüşçğ]/)
  })

  it('refuse a clash with a clear error instead of a silent suffix', async () => {
    await create('monuments', { ...minimal.monuments.data(), name: 'Xocalı abidəsi' })
    const errors = await validationMessages(
      create('monuments', { ...minimal.monuments.data(), name: 'Xocalı abidəsi' }),
    )
    expect(errors.slug).toContain('"xocali-abidesi"')
    // The same slug in another collection is fine: unique per collection.
    const page = await create('pages', { title: 'Xocalı abidəsi' })
    expect(page.slug).toBe('xocali-abidesi')
  })

  it('can be edited by the editor', async () => {
    const doc = await create('articles', { ...minimal.articles.data(), slug: 'Custom Slug Ünvan' })
    expect(doc.slug).toBe('custom-slug-unvan')
  })
})

describe('rich text links', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:x',
    '//evil.example/x',
  ])('refuses %s at save time with a clear error, and saves nothing', async (url) => {
    const before = (await t.payload.count({ collection: 'articles' })).totalDocs
    const errors = await validationMessages(
      create('articles', { ...minimal.articles.data(), content: linkTo(url) }),
    )
    expect(errors.content).toMatch(/http\(s\)|https?/)
    expect((await t.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it.each([
    'https://example.org/x',
    'http://example.org',
    'mailto:info@example.org',
    '/en/articles',
    '#sources',
  ])('accepts %s', async (url) => {
    const doc = await create('articles', { ...minimal.articles.data(), content: linkTo(url) })
    expect(JSON.stringify(doc.content)).toContain(url)
  })

  it('refuses a javascript: link through REST with a 400 that names the field', async () => {
    const response = await rest(t.payload, 'POST', '/api/articles', {
      token: editor.token,
      body: {
        ...minimal.articles.data(),
        content: linkTo('javascript:alert(document.cookie)'),
        _status: 'published',
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/content/)
  })
})

describe('jurisdictions', () => {
  it.each(['XX', 'US-ZZ', 'org:nobody', 'Mexico', ''])(
    'refuses the unknown code %j',
    async (code) => {
      const errors = await validationMessages(
        create('recognitions', { ...minimal.recognitions.data(), jurisdiction: code }),
      )
      expect(Object.keys(errors)).toContain('jurisdiction')
    },
  )

  it.each(['MX', 'us-tx', 'BA', 'org:oic-pu', 'US-CA'])('accepts %s', async (code) => {
    const doc = await create('recognitions', { ...minimal.recognitions.data(), jurisdiction: code })
    expect(doc.jurisdiction).toBe(code.startsWith('org:') ? code : code.toUpperCase())
  })

  it('labels the recognition with the country name and the body', async () => {
    const doc = await create('recognitions', {
      ...minimal.recognitions.data(),
      jurisdiction: 'CZ',
      recognisingBody: 'Çexiya parlamenti',
    })
    expect(doc.label).toBe('Czechia — Çexiya parlamenti')
  })
})

describe('translators', () => {
  it("cannot publish: a translator's attempt is refused with 403 and changes nothing", async () => {
    const translator = await signIn(t.payload, ['translator'])
    const doc = await create('articles', minimal.articles.data())
    const response = await rest(t.payload, 'PATCH', `/api/articles/${doc.id}?locale=en`, {
      token: translator.token,
      body: { title: 'Translated and published', _status: 'published' },
    })
    expect(response.status).toBe(403)
    const after = await t.payload.findByID({
      collection: 'articles',
      id: doc.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(after.title ?? null).toBeNull()
  })
})

describe('globals', () => {
  it('keep a draft of a global from anonymous readers', async () => {
    await t.payload.updateGlobal({
      slug: 'site',
      locale: 'az',
      data: { name: 'Dərc olunmuş ad', _status: 'published' },
      context: noRevalidate(),
    })
    await t.payload.updateGlobal({
      slug: 'site',
      locale: 'az',
      data: { name: 'Gizli qaralama adı' },
      draft: true,
      context: noRevalidate(),
    })
    const anonymous = await rest(t.payload, 'GET', '/api/globals/site?draft=true&locale=az')
    expect(JSON.stringify(anonymous.json)).not.toContain('Gizli qaralama')
    const local = await t.payload.findGlobal({
      slug: 'site',
      locale: 'az',
      draft: true,
      overrideAccess: false,
    })
    expect(local.name).not.toBe('Gizli qaralama adı')
    const asEditor = await rest(t.payload, 'GET', '/api/globals/site?draft=true&locale=az', {
      token: editor.token,
    })
    expect(asEditor.json.name).toBe('Gizli qaralama adı')
  })
})
