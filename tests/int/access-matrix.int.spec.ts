import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { graphql, rest, signIn } from '@tests/helpers/api'
import { lexical } from '@tests/helpers/site'
import { createTestPayload, noRevalidate, type TestPayload } from '@tests/helpers/testPayload'

/**
 * The rights of design.md, as one table: every content collection × role × operation × surface
 * (REST, GraphQL, Local API with overrideAccess: false). A refused write changes nothing.
 */
type Role = 'anonymous' | 'translator' | 'editor' | 'admin'
type Operation = 'readPublished' | 'readDraft' | 'create' | 'updateAz' | 'updateEn' | 'delete' | 'publish' | 'readVersions'

const staff: Role[] = ['translator', 'editor', 'admin']
const editors: Role[] = ['editor', 'admin']
const rights: Record<Operation, Role[]> = {
  readPublished: ['anonymous', ...staff],
  readDraft: staff,
  create: editors,
  updateAz: editors,
  updateEn: staff,
  delete: editors,
  publish: editors,
  readVersions: staff,
}

const collections: Record<string, { data: () => Record<string, unknown>; field: string; graphql: [string, string] }> = {
  articles: { data: () => ({ title: `Məqalə ${Math.random()}`, excerpt: 'Xülasə.', content: lexical('Mətn.') }), field: 'title', graphql: ['Article', 'Articles'] },
  monuments: {
    data: () => ({ name: `Abidə ${Math.random()}`, description: lexical('Təsvir.'), city: 'Bakı', country: 'AZ', coordinates: { lat: 40.4, lng: 49.9 } }),
    field: 'name',
    graphql: ['Monument', 'Monuments'],
  },
  resolutions: {
    data: () => ({ title: `Qərar ${Math.random()}`, body: 'Milli Məclis', summary: 'Xülasə.', jurisdiction: 'AZ', adoptedAt: '1994-01-01T12:00:00.000Z', adoptedAtPrecision: 'year', kind: 'resolution' }),
    field: 'title',
    graphql: ['Resolution', 'Resolutions'],
  },
  recognitions: {
    data: () => ({ jurisdiction: 'MX', level: 'national', recognisingBody: `Parlament ${Math.random()}`, term: 'genocide', bodyLevel: 'plenary', datePrecision: 'year' }),
    field: 'recognisingBody',
    graphql: ['Recognition', 'Recognitions'],
  },
  'timeline-events': { data: () => ({ title: `Hadisə ${Math.random()}`, date: '1992-02-25T12:00:00.000Z', datePrecision: 'day' }), field: 'title', graphql: ['TimelineEvent', 'TimelineEvents'] },
  pages: { data: () => ({ title: `Səhifə ${Math.random()}` }), field: 'title', graphql: ['Page', 'Pages'] },
}

let t: TestPayload
let payload: Payload
const users: Partial<Record<Role, { token: string; user: User & { collection: 'users' } }>> = {}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  for (const role of ['admin', 'editor', 'translator'] as const) users[role] = await signIn(payload, [role])
})
afterAll(async () => {
  await t?.destroy()
})

const ok = (status: number) => status >= 200 && status < 300

describe.each(Object.entries(collections))('%s', (slug, spec) => {
  const collection = slug as CollectionSlug
  const make = async (status: 'draft' | 'published') =>
    (await payload.create({ collection, locale: 'az', data: { ...spec.data(), _status: status } as never, context: noRevalidate() })) as unknown as { id: number }
  const snapshot = (id: number) => payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0 }).catch(() => null)
  const count = async () => (await payload.count({ collection })).totalDocs

  describe.each(['anonymous', 'translator', 'editor', 'admin'] as Role[])('as %s', (role) => {
    const token = () => users[role as Exclude<Role, 'anonymous'>]?.token
    const user = () => users[role as Exclude<Role, 'anonymous'>]?.user ?? null
    const allowed = (operation: Operation) => rights[operation].includes(role)
    const local = (run: () => Promise<unknown>) => run().then(() => true, () => false)

    it('REST', async () => {
      const published = await make('published')
      const draft = await make('draft')
      expect(ok((await rest(payload, 'GET', `/api/${slug}/${published.id}`, { token: token() })).status)).toBe(allowed('readPublished'))
      expect(ok((await rest(payload, 'GET', `/api/${slug}/${draft.id}?draft=true`, { token: token() })).status)).toBe(allowed('readDraft'))
      const versions = await rest(payload, 'GET', `/api/${slug}/versions?where[parent][equals]=${published.id}`, { token: token() })
      expect(ok(versions.status) && (versions.json.docs?.length ?? 0) > 0).toBe(allowed('readVersions'))

      const before = await count()
      const created = await rest(payload, 'POST', `/api/${slug}?locale=az`, { token: token(), body: spec.data() })
      expect(ok(created.status)).toBe(allowed('create'))
      expect(await count()).toBe(allowed('create') ? before + 1 : before)

      for (const [operation, locale] of [['updateAz', 'az'], ['updateEn', 'en']] as const) {
        const was = await snapshot(draft.id)
        const res = await rest(payload, 'PATCH', `/api/${slug}/${draft.id}?locale=${locale}&draft=true`, { token: token(), body: { [spec.field]: `Yeni ${locale} ${Math.random()}` } })
        expect(ok(res.status), `${operation} → ${res.status}`).toBe(allowed(operation))
        if (!allowed(operation)) expect(await snapshot(draft.id)).toEqual(was)
      }

      const wasDraft = await snapshot(draft.id)
      const publish = await rest(payload, 'PATCH', `/api/${slug}/${draft.id}?locale=az`, { token: token(), body: { _status: 'published' } })
      expect(ok(publish.status)).toBe(allowed('publish'))
      if (!allowed('publish')) expect(await snapshot(draft.id)).toEqual(wasDraft)

      const victim = await make('published')
      const deleted = await rest(payload, 'DELETE', `/api/${slug}/${victim.id}`, { token: token() })
      expect(ok(deleted.status)).toBe(allowed('delete'))
      expect((await snapshot(victim.id)) === null).toBe(allowed('delete'))
    })

    it('GraphQL', async () => {
      const [single, plural] = spec.graphql
      const published = await make('published')
      const draft = await make('draft')
      const read = async (id: number, isDraft: boolean) => {
        const res = await graphql(payload, `{ ${single}(id: ${id}, draft: ${isDraft}) { id } }`, { token: token() })
        return Boolean((res.json.data?.[single] as { id?: number } | null)?.id)
      }
      expect(await read(published.id, false)).toBe(allowed('readPublished'))
      expect(await read(draft.id, true)).toBe(allowed('readDraft'))

      const before = await count()
      const create = await graphql(payload, `mutation($data: mutation${single}Input!) { create${single}(data: $data, locale: az) { id } }`, { token: token(), variables: { data: spec.data() } })
      expect(Boolean(create.json.data?.[`create${single}`]), JSON.stringify(create.json.errors)).toBe(allowed('create'))
      expect(await count()).toBe(allowed('create') ? before + 1 : before)

      for (const [operation, locale] of [['updateAz', 'az'], ['updateEn', 'en']] as const) {
        const was = await snapshot(draft.id)
        const res = await graphql(payload, `mutation { update${single}(id: ${draft.id}, locale: ${locale}, draft: true, data: { ${spec.field}: "Yeni ${locale}" }) { id } }`, { token: token() })
        expect(Boolean(res.json.data?.[`update${single}`]), `${operation}: ${JSON.stringify(res.json.errors)}`).toBe(allowed(operation))
        if (!allowed(operation)) expect(await snapshot(draft.id)).toEqual(was)
      }

      const victim = await make('published')
      const deleted = await graphql(payload, `mutation { delete${single}(id: ${victim.id}) { id } }`, { token: token() })
      expect(Boolean(deleted.json.data?.[`delete${single}`])).toBe(allowed('delete'))
      expect((await snapshot(victim.id)) === null).toBe(allowed('delete'))
      void plural
    })

    it('Local API with overrideAccess: false', async () => {
      const published = await make('published')
      const draft = await make('draft')
      const as = { user: user(), overrideAccess: false, context: noRevalidate() } as const
      expect(await local(() => payload.findByID({ collection, id: published.id, ...as }))).toBe(allowed('readPublished'))
      expect(await local(() => payload.findByID({ collection, id: draft.id, draft: true, ...as }))).toBe(allowed('readDraft'))
      expect(await local(() => payload.findVersions({ collection, where: { parent: { equals: published.id } }, ...as }).then((r) => (r.docs.length ? r : Promise.reject(new Error('none')))))).toBe(
        allowed('readVersions'),
      )
      expect(await local(() => payload.create({ collection, locale: 'az', data: spec.data() as never, ...as }))).toBe(allowed('create'))
      for (const [operation, locale] of [['updateAz', 'az'], ['updateEn', 'en']] as const) {
        const was = await snapshot(draft.id)
        expect(await local(() => payload.update({ collection, id: draft.id, locale, draft: true, data: { [spec.field]: `Yeni ${locale}` } as never, ...as })), operation).toBe(allowed(operation))
        if (!allowed(operation)) expect(await snapshot(draft.id)).toEqual(was)
      }
      expect(await local(() => payload.update({ collection, id: draft.id, locale: 'az', data: { _status: 'published' } as never, ...as }))).toBe(allowed('publish'))
      const victim = await make('published')
      expect(await local(() => payload.delete({ collection, id: victim.id, ...as }))).toBe(allowed('delete'))
    })
  })
})

// Globals have no create or delete: read (published, draft, versions), update per locale, publish.
const globals: Record<string, { field: string; graphql: string }> = {
  home: { field: 'heroTitle', graphql: 'Home' },
  site: { field: 'tagline', graphql: 'Site' },
}

describe.each(Object.entries(globals))('global %s', (slug, spec) => {
  const global = slug as 'home' | 'site'
  const snapshot = () => payload.findGlobal({ slug: global, locale: 'all', draft: true, depth: 0 })

  // Each role starts from the same state: a published value and a newer draft.
  beforeEach(async () => {
    await payload.updateGlobal({ slug: global, locale: 'az', data: { [spec.field]: 'Dərc olunmuş', ...(global === 'site' ? { name: 'Sayt' } : {}), _status: 'published' } as never, context: noRevalidate() })
    await payload.updateGlobal({ slug: global, locale: 'az', draft: true, data: { [spec.field]: 'Qaralama' } as never, context: noRevalidate() })
  })

  describe.each(['anonymous', 'translator', 'editor', 'admin'] as Role[])('as %s', (role) => {
    const token = () => users[role as Exclude<Role, 'anonymous'>]?.token
    const allowed = (operation: Operation) => rights[operation].includes(role)

    it('REST and GraphQL', async () => {
      const published = await rest(payload, 'GET', `/api/globals/${global}?locale=az`, { token: token() })
      expect((published.json as Record<string, unknown>)[spec.field]).toBe('Dərc olunmuş')
      const draft = await rest(payload, 'GET', `/api/globals/${global}?locale=az&draft=true`, { token: token() })
      expect((draft.json as Record<string, unknown>)[spec.field] === 'Qaralama').toBe(allowed('readDraft'))
      const versions = await rest(payload, 'GET', `/api/globals/${global}/versions`, { token: token() })
      expect(ok(versions.status) && (versions.json.docs?.length ?? 0) > 0).toBe(allowed('readVersions'))

      for (const [operation, locale] of [['updateAz', 'az'], ['updateEn', 'en']] as const) {
        const was = await snapshot()
        const res = await rest(payload, 'POST', `/api/globals/${global}?locale=${locale}&draft=true`, { token: token(), body: { [spec.field]: `Yeni ${locale}` } })
        expect(ok(res.status), `${operation} → ${res.status}`).toBe(allowed(operation))
        if (!allowed(operation)) expect(await snapshot()).toEqual(was)
        const gql = await graphql(payload, `mutation { update${spec.graphql}(locale: ${locale}, draft: true, data: { ${spec.field}: "GraphQL ${locale}" }) { ${spec.field} } }`, { token: token() })
        expect(Boolean(gql.json.data?.[`update${spec.graphql}`]), `${operation}: ${JSON.stringify(gql.json.errors)}`).toBe(allowed(operation))
      }
      const wasBefore = await snapshot()
      const publish = await rest(payload, 'POST', `/api/globals/${global}?locale=az`, { token: token(), body: { [spec.field]: 'Dərc olunmuş', _status: 'published' } })
      expect(ok(publish.status)).toBe(allowed('publish'))
      if (!allowed('publish')) expect(await snapshot()).toEqual(wasBefore)
    })
  })
})
