import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { graphql, rest, signIn } from '@tests/helpers/api'
import { lexical } from '@tests/helpers/site'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

/**
 * The rights of docs/architecture.md ("Roles"), as one table: every collection and global × role ×
 * operation × surface (REST, GraphQL, the Local API with overrideAccess: false). Each attempt must
 * succeed exactly when the role has the right; a refused write answers 403 (or, for a field-level
 * rule, leaves the field as it was) and leaves the whole collection or global, its versions and the
 * media files as they were.
 *
 * Out of scope, Payload's own bookkeeping that holds no content: `payload-preferences` (each user's
 * admin UI state, readable and writable by its owner only), `payload-locked-documents` (who is
 * editing which document: open to every signed-in user by Payload's design, the admin's "take over"
 * button does the same) and `payload-migrations` (no REST endpoints, no GraphQL). `payload-jobs`
 * (scheduled publishing, shown in the admin) and `payload-kv` are in: a job runs as the user named
 * in its input, so nobody may write one through the API.
 */
type Role = 'anonymous' | 'translator' | 'editor' | 'admin'
type Surface = 'REST' | 'GraphQL' | 'Local API'
type Id = number | string
type Doc = Record<string, unknown>

const roles: Role[] = ['anonymous', 'translator', 'editor', 'admin']
const surfaces: Surface[] = ['REST', 'GraphQL', 'Local API']
const everyone = roles
const staff: Role[] = ['translator', 'editor', 'admin']
const editors: Role[] = ['editor', 'admin']
const admins: Role[] = ['admin']
const nobody: Role[] = []

type Caller = { role: Role; token?: string; user: (User & { collection: 'users' }) | null }

/** How one surface answered one attempt. */
type Outcome = {
  /** Success, and for a read, the thing asked for was shown. */
  ok: boolean
  /** 2xx, no GraphQL error, no exception. */
  answered: boolean
  /** The failure was an access refusal (401, 403, 404, or an error raised while resolving), not a bad query or a crash. */
  refused: boolean
  detail: string
}

type Probe<F> = {
  rights: Role[]
  /** Writes only: whether the write took, read from the database with overrideAccess. */
  effect?: (f: F, c: Caller) => Promise<boolean>
  /** A field-level rule: the write answers 200 and leaves the field as it was. */
  fieldLevel?: boolean
  /** About the caller's own account: not asked of anonymous, who has none. */
  own?: boolean
  /** The attempt on each surface that offers the operation. */
  attempt: (c: Caller, f: F) => Partial<Record<Surface, () => Promise<Outcome>>>
}

type Row<F> = {
  fixture: () => Promise<F>
  /** What a refused write must leave as it was: the row's document count, the documents the operations aim at, versions, files. */
  snapshot: (f: F, c: Caller) => Promise<unknown>
  probes: Record<string, Probe<F>>
  surfaces?: Surface[]
}

const t = testPayloadForFile()
const accounts: Partial<Record<Role, { token: string; user: User & { collection: 'users' } }>> = {}

beforeAll(async () => {
  for (const role of ['admin', 'editor', 'translator'] as const)
    accounts[role] = await signIn(t.payload, [role])
})

const caller = (role: Role): Caller => ({
  role,
  token: accounts[role as Exclude<Role, 'anonymous'>]?.token,
  user: accounts[role as Exclude<Role, 'anonymous'>]?.user ?? null,
})
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`
/** SQLite ids are GraphQL Ints, MongoDB ids strings. */
const gqlId = (id: Id) => (typeof id === 'number' ? String(id) : JSON.stringify(id))
const isAccessStatus = (status: number) => status === 401 || status === 403 || status === 404

async function viaRest(
  c: Caller,
  method: string,
  url: string,
  body?: unknown,
  seen: (json: Doc) => boolean = () => true,
): Promise<Outcome> {
  const res = await rest(t.payload, method, url, { token: c.token, body })
  const answered = res.status >= 200 && res.status < 300
  return {
    ok: answered && seen(res.json),
    answered,
    refused: !answered && isAccessStatus(res.status),
    detail: `${method} ${url} → ${res.status}`,
  }
}

async function viaGraphql(
  c: Caller,
  query: string,
  seen: (result: unknown) => boolean = Boolean,
  variables?: Record<string, unknown>,
): Promise<Outcome> {
  const res = await graphql(t.payload, query, { token: c.token, variables })
  const errors = (res.json.errors ?? []) as { message: string; path?: unknown }[]
  const answered = errors.length === 0
  const result = res.json.data ? Object.values(res.json.data)[0] : null
  // A query the schema rejects has errors without a path; it must never pass for a refusal.
  return {
    ok: answered && seen(result),
    answered,
    refused: errors.length > 0 && errors.every((e) => e.path),
    detail: `${query.slice(0, 90)} → ${errors.map((e) => e.message).join('; ') || 'ok'}`,
  }
}

async function viaLocal<T>(
  run: () => Promise<T>,
  seen: (result: T) => boolean = () => true,
): Promise<Outcome> {
  try {
    const result = await run()
    return { ok: seen(result), answered: true, refused: false, detail: 'resolved' }
  } catch (error) {
    const status = (error as { status?: number }).status ?? 0
    return {
      ok: false,
      answered: false,
      refused: isAccessStatus(status),
      detail: `threw ${status} ${(error as Error).message}`,
    }
  }
}

const withoutTimestamps = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === 'updatedAt' ? undefined : v)))

const as = (c: Caller) =>
  ({ user: c.user, overrideAccess: false, context: noRevalidate() }) as const

/** The one runner: each row × role × surface is a test that asks every operation the row has. */
function matrix<F>(name: string, row: Row<F>) {
  describe(name, () => {
    describe.each(roles)('as %s', (role) => {
      it.each(row.surfaces ?? surfaces)('%s', async (surface) => {
        const c = caller(role)
        const f = await row.fixture()
        let asked = 0
        // The state after the last refused write, reused as the next one's "before" until something is written.
        let unchanged: unknown = null
        for (const [operation, probe] of Object.entries(row.probes)) {
          if (probe.own && role === 'anonymous') continue
          const attempt = probe.attempt(c, f)[surface]
          if (!attempt) continue
          asked++
          const allowed = probe.rights.includes(role)
          // A field-level refusal still saves the rest of the write, so its updatedAt moves.
          const snapshot = async () =>
            probe.fieldLevel ? withoutTimestamps(await row.snapshot(f, c)) : row.snapshot(f, c)
          const before =
            probe.effect && !allowed ? (!probe.fieldLevel && unchanged) || (await snapshot()) : null
          const outcome = await attempt()
          const label = `${operation}: ${outcome.detail}`
          if (allowed || !probe.fieldLevel) expect(outcome.ok, label).toBe(allowed)
          if (!outcome.answered)
            expect(outcome.refused, `${label} is not an access refusal`).toBe(true)
          if (probe.effect && !allowed && !probe.fieldLevel)
            expect(outcome.answered, `${label}: a refused write answers 403`).toBe(false)
          if (probe.effect)
            expect(await probe.effect(f, c), `${operation} took effect`).toBe(allowed)
          if (before) {
            const after = await snapshot()
            expect(after, `${operation} changed the database`).toEqual(before)
            unchanged = probe.fieldLevel ? null : after
          } else if (probe.effect) unchanged = null
        }
        expect(asked).toBeGreaterThan(0)
      })
    })
  })
}

// ─── Versioned content: the six content collections and the four globals ─────────────────────────

/** A collection document or a global, seen the same way on every surface. */
type Target = {
  /** Collections: the document's id, for create and delete. */
  doc?: { slug: CollectionSlug; id: Id }
  rest: string
  restWrite: 'PATCH' | 'POST'
  restVersions: string
  restRestore: (version: Id) => string
  /** GraphQL: the type name, the id argument, the versions query, the update input type. */
  gql: { name: string; idArg: string; versions: string; input: string }
  read: (args: {
    locale: string
    draft: boolean
    user?: Caller['user']
    overrideAccess?: boolean
  }) => Promise<Doc>
  versions: (args: {
    user: Caller['user']
    overrideAccess: boolean
    locale?: string
  }) => Promise<{ docs: Doc[] }>
  update: (args: {
    locale: string
    draft?: boolean
    data: Doc
    user?: Caller['user']
    overrideAccess?: boolean
  }) => Promise<unknown>
  restore: (version: Id, c: Caller) => Promise<unknown>
}

type Fields = { data: (value: string) => Doc; value: (doc: Doc | null) => unknown; select: string }
/** `extra`, collections only: a never-published draft, deleted last by the delete probe. */
type Content = {
  target: Target
  fields: Fields
  published: string
  draft: string
  extra?: { neverPublished: Target; neverPublishedValue: string }
}

/** The Local API options of each target operation: the same for a document and a global. */
const local = {
  read: (args: Parameters<Target['read']>[0]) => ({
    depth: 0,
    fallbackLocale: false as const,
    ...args,
    locale: args.locale as 'az',
  }),
  versions: (args: Parameters<Target['versions']>[0]) => ({
    depth: 0,
    sort: '-createdAt',
    limit: 10,
    ...args,
    locale: args.locale as 'az',
  }),
  update: (args: Parameters<Target['update']>[0]) => ({
    depth: 0,
    context: noRevalidate(),
    ...args,
    data: args.data as never,
    locale: args.locale as 'az',
  }),
  restore: (c: Caller) => ({ depth: 0, ...as(c), req: { locale: 'en' as const } }),
}

const collectionTarget = (
  slug: CollectionSlug,
  id: Id,
  [single, plural]: [string, string],
): Target => ({
  doc: { slug, id },
  rest: `/api/${slug}/${id}`,
  restWrite: 'PATCH',
  restVersions: `/api/${slug}/versions?where[parent][equals]=${id}&depth=0&limit=1`,
  restRestore: (version) => `/api/${slug}/versions/${version}`,
  gql: {
    name: single,
    idArg: `id: ${gqlId(id)}, `,
    versions: `versions${plural}(where: { parent: { equals: ${gqlId(id)} } }, limit: 1)`,
    input: `mutation${single}UpdateInput`,
  },
  read: (args) =>
    t.payload.findByID({ collection: slug, id, ...local.read(args) }) as unknown as Promise<Doc>,
  versions: (args) =>
    t.payload.findVersions({
      collection: slug,
      where: { parent: { equals: id } },
      ...local.versions(args),
    }) as Promise<{ docs: Doc[] }>,
  update: (args) => t.payload.update({ collection: slug, id, ...local.update(args) }),
  restore: (version, c) =>
    t.payload.restoreVersion({ collection: slug, id: version as never, ...local.restore(c) }),
})

const globalTarget = (slug: GlobalSlug, name: string): Target => ({
  rest: `/api/globals/${slug}`,
  restWrite: 'POST',
  restVersions: `/api/globals/${slug}/versions?depth=0&limit=1`,
  restRestore: (version) => `/api/globals/${slug}/versions/${version}`,
  gql: { name, idArg: '', versions: `versions${name}(limit: 1)`, input: `mutation${name}Input` },
  read: (args) => t.payload.findGlobal({ slug, ...local.read(args) }) as unknown as Promise<Doc>,
  versions: (args) =>
    t.payload.findGlobalVersions({ slug, ...local.versions(args) }) as unknown as Promise<{
      docs: Doc[]
    }>,
  update: (args) => t.payload.updateGlobal({ slug, ...local.update(args) }),
  restore: (version, c) =>
    t.payload.restoreGlobalVersion({ slug, id: String(version), ...local.restore(c) }),
})

const sameAs = (fields: Fields, want: string) => (doc: unknown) => fields.value(doc as Doc) === want

/**
 * Reads, per-locale draft saves (translators: en and ru only), publish, unpublish and restoring a
 * version (editors and admins), and for collections create, delete and a never-published draft.
 */
function contentProbes(): Record<string, Probe<Content>> {
  const read = (c: Caller, f: Content, draft: boolean, want: string, target = f.target) => ({
    REST: () =>
      viaRest(
        c,
        'GET',
        `${target.rest}?locale=az${draft ? '&draft=true' : ''}&depth=0`,
        undefined,
        sameAs(f.fields, want),
      ),
    GraphQL: () =>
      viaGraphql(
        c,
        `{ ${target.gql.name}(${target.gql.idArg}locale: az, draft: ${draft}) { ${f.fields.select} } }`,
        sameAs(f.fields, want),
      ),
    'Local API': () =>
      viaLocal(() => target.read({ locale: 'az', draft, ...as(c) }), sameAs(f.fields, want)),
  })
  // Writes carry the values the fixture wrote, so array rows keep their ids.
  const write = (
    c: Caller,
    f: Content,
    locale: string,
    draft: boolean,
    data: Doc,
    target = f.target,
  ) => ({
    REST: () =>
      viaRest(
        c,
        target.restWrite,
        `${target.rest}?locale=${locale}${draft ? '&draft=true' : ''}&depth=0`,
        data,
      ),
    GraphQL: () =>
      viaGraphql(
        c,
        `mutation($data: ${target.gql.input}!) { update${target.gql.name}(${target.gql.idArg}locale: ${locale}, draft: ${draft}, data: $data) { updatedAt } }`,
        Boolean,
        { data },
      ),
    'Local API': () => viaLocal(() => target.update({ locale, draft, data, ...as(c) })),
  })
  const latest = async (f: Content, locale: string, target = f.target) =>
    f.fields.value(await target.read({ locale, draft: true }))
  const written = new WeakMap<Content, Record<string, string>>()
  const update = (locale: 'az' | 'en' | 'ru', rights: Role[]): Probe<Content> => ({
    rights,
    attempt: (c, f) => {
      const value = `${locale} ${c.role} ${unique()}`
      written.set(f, { ...written.get(f), [locale]: value })
      return write(c, f, locale, true, f.fields.data(value))
    },
    effect: async (f) => (await latest(f, locale)) === written.get(f)?.[locale],
  })
  // The value a create or publish attempt is expected to leave, for its effect check.
  let created = ''
  let publishing: unknown = ''
  // Collections publish each locale on its own: a publish asked in en publishes en's latest draft
  // (az stays as it was). Globals publish every locale at once: az's latest draft shows.
  const publishedLocale = (f: Content) => (f.target.doc ? 'en' : 'az')
  return {
    readPublished: { rights: everyone, attempt: (c, f) => read(c, f, false, f.published) },
    readDraft: { rights: staff, attempt: (c, f) => read(c, f, true, f.draft) },
    readNeverPublished: {
      rights: staff,
      attempt: (c, f) =>
        f.extra ? read(c, f, true, f.extra.neverPublishedValue, f.extra.neverPublished) : {},
    },
    readVersions: {
      rights: staff,
      attempt: (c, f) => ({
        REST: () =>
          viaRest(
            c,
            'GET',
            f.target.restVersions,
            undefined,
            (json) => ((json.docs as unknown[]) ?? []).length > 0,
          ),
        GraphQL: () =>
          viaGraphql(
            c,
            `{ ${f.target.gql.versions} { docs { id } } }`,
            (r) => ((r as { docs?: unknown[] } | null)?.docs ?? []).length > 0,
          ),
        'Local API': () =>
          viaLocal(
            () => f.target.versions({ user: c.user, overrideAccess: false }),
            (r) => r.docs.length > 0,
          ),
      }),
    },
    updateAz: update('az', editors),
    updateEn: update('en', staff),
    updateRu: update('ru', staff),
    create: {
      rights: editors,
      attempt: (c, f) => {
        if (!f.extra) return {}
        const { slug } = f.target.doc!
        const data = { ...creatable[slug](), ...f.fields.data(`Yeni ${c.role} ${unique()}`) }
        created = String(f.fields.value(data))
        const single = f.target.gql.name
        return {
          REST: () => viaRest(c, 'POST', `/api/${slug}?locale=az&depth=0`, data),
          GraphQL: () =>
            viaGraphql(
              c,
              `mutation($data: mutation${single}Input!) { create${single}(data: $data, locale: az, draft: true) { id } }`,
              Boolean,
              { data },
            ),
          'Local API': () =>
            viaLocal(() =>
              t.payload.create({
                collection: slug,
                locale: 'az',
                draft: true,
                data: data as never,
                ...as(c),
              }),
            ),
        }
      },
      effect: async (f) => {
        const { slug } = f.target.doc!
        const field = Object.keys(f.fields.data(''))[0]
        return (
          (
            await t.payload.count({
              collection: slug,
              where: { [field]: { equals: created } },
              locale: 'az',
            })
          ).totalDocs === 1
        )
      },
    },
    publish: {
      rights: editors,
      // Publishing promotes the latest draft (read before, with overrideAccess). Publish, unpublish and
      // restore are asked in en, a locale translators may write, so only the publication rules refuse them.
      attempt: (c, f) => {
        const before = latest(f, publishedLocale(f)).then((v) => (publishing = v))
        const attempts = write(c, f, 'en', false, { _status: 'published' })
        return Object.fromEntries(
          Object.entries(attempts).map(([surface, run]) => [surface, () => before.then(run)]),
        )
      },
      effect: async (f) => {
        const doc = await f.target.read({ locale: publishedLocale(f), draft: false })
        return doc._status === 'published' && f.fields.value(doc) === publishing
      },
    },
    unpublish: {
      rights: editors,
      attempt: (c, f) => write(c, f, 'en', false, { _status: 'draft' }),
      effect: async (f) =>
        (await f.target.read({ locale: publishedLocale(f), draft: false }))._status === 'draft',
    },
    restoreVersion: {
      rights: editors,
      // The published version holds the first az value; every role's draft moved on from it. GraphQL's
      // restore takes no locale, so there it runs in az.
      attempt: (c, f) => {
        const version = f.target
          .versions({ user: null, overrideAccess: true, locale: 'az' })
          .then(
            ({ docs }) =>
              docs.find(
                (v) =>
                  f.fields.value(v.version as Doc) === f.published &&
                  (v.version as Doc)._status === 'published',
              )?.id as Id,
          )
        return {
          REST: async () =>
            viaRest(c, 'POST', `${f.target.restRestore(await version)}?locale=en&depth=0`),
          GraphQL: async () =>
            viaGraphql(
              c,
              `mutation { restoreVersion${f.target.gql.name}(id: ${gqlId(await version)}) { updatedAt } }`,
            ),
          'Local API': async () => viaLocal(async () => f.target.restore(await version, c)),
        }
      },
      effect: async (f) => (await latest(f, 'az')) === f.published,
    },
    delete: {
      rights: editors,
      attempt: (c, f) => {
        if (!f.extra) return {}
        const victim = f.extra.neverPublished
        const { slug, id } = victim.doc!
        return {
          REST: () => viaRest(c, 'DELETE', victim.rest),
          GraphQL: () =>
            viaGraphql(c, `mutation { delete${victim.gql.name}(id: ${gqlId(id)}) { id } }`),
          'Local API': () => viaLocal(() => t.payload.delete({ collection: slug, id, ...as(c) })),
        }
      },
      effect: (f) =>
        f.extra!.neverPublished.read({ locale: 'az', draft: true }).then(
          () => false,
          () => true,
        ),
    },
  }
}

/** Shared fields each content collection needs besides its localized title. */
const creatable: Record<string, () => Doc> = {
  articles: () => ({ excerpt: 'Xülasə.', content: lexical('Mətn.') }),
  monuments: () => ({
    description: lexical('Təsvir.'),
    city: 'Bakı',
    country: 'AZ',
    coordinates: { lat: 40.4, lng: 49.9 },
  }),
  resolutions: () => ({
    body: 'Milli Məclis',
    summary: 'Xülasə.',
    jurisdiction: 'AZ',
    adoptedAt: '1994-01-01T12:00:00.000Z',
    adoptedAtPrecision: 'year',
    kind: 'resolution',
  }),
  recognitions: () => ({
    jurisdiction: 'MX',
    level: 'national',
    term: 'genocide',
    bodyLevel: 'plenary',
    datePrecision: 'year',
  }),
  'timeline-events': () => ({ date: '1992-02-25T12:00:00.000Z', datePrecision: 'day' }),
  pages: () => ({}),
}

const textField = (name: string): Fields => ({
  data: (value) => ({ [name]: value }),
  value: (doc) => doc?.[name],
  select: name,
})

const collections: Record<string, { field: string; graphql: [string, string] }> = {
  articles: { field: 'title', graphql: ['Article', 'Articles'] },
  monuments: { field: 'name', graphql: ['Monument', 'Monuments'] },
  resolutions: { field: 'title', graphql: ['Resolution', 'Resolutions'] },
  recognitions: { field: 'recognisingBody', graphql: ['Recognition', 'Recognitions'] },
  'timeline-events': { field: 'title', graphql: ['TimelineEvent', 'TimelineEvents'] },
  pages: { field: 'title', graphql: ['Page', 'Pages'] },
}

/** The fixture's documents in every locale, the count, and how many versions there are and when the newest changed (autosave rewrites it in place). */
const contentSnapshot = async (
  f: Content,
  versions: () => Promise<{ totalDocs: number; docs: Doc[] }>,
  count: () => Promise<number>,
) => {
  const { totalDocs, docs } = await versions()
  const now = await Promise.all(
    [f.target, f.extra?.neverPublished].map((doc) =>
      doc?.read({ locale: 'all', draft: false }).catch(() => null),
    ),
  )
  return { count: await count(), now, versions: totalDocs, latest: docs[0]?.updatedAt }
}

for (const [slug, spec] of Object.entries(collections)) {
  const collection = slug as CollectionSlug
  const fields = textField(spec.field)
  const make = async (value: string, status: 'draft' | 'published') =>
    collectionTarget(
      collection,
      (
        (await t.payload.create({
          collection,
          locale: 'az',
          data: { ...creatable[slug](), ...fields.data(value), _status: status } as never,
          context: noRevalidate(),
        })) as { id: Id }
      ).id,
      spec.graphql,
    )
  matrix(slug, {
    fixture: async () => {
      const published = `Dərc ${unique()}`
      const draft = `Qaralama ${unique()}`
      const neverPublishedValue = `Heç vaxt ${unique()}`
      const target = await make(published, 'published')
      // en published, then a newer en draft: what the publish and unpublish probes (asked in en) change.
      await target.update({
        locale: 'en',
        data: { ...fields.data(`Published ${unique()}`), _status: 'published' },
      })
      await target.update({ locale: 'az', draft: true, data: fields.data(draft) })
      await target.update({ locale: 'en', draft: true, data: fields.data(`Draft ${unique()}`) })
      return {
        target,
        fields,
        published,
        draft,
        extra: { neverPublished: await make(neverPublishedValue, 'draft'), neverPublishedValue },
      }
    },
    snapshot: (f) =>
      contentSnapshot(
        f,
        () =>
          t.payload.findVersions({
            collection,
            limit: 1,
            sort: '-updatedAt',
            depth: 0,
          }) as unknown as Promise<{ totalDocs: number; docs: Doc[] }>,
        async () => (await t.payload.count({ collection })).totalDocs,
      ),
    probes: contentProbes(),
  })
}

/** Globals keep localized text at the top (home, site) or in array rows (facts, navigation). */
const globals: Record<string, { name: string; fields: Fields; base?: Doc }> = {
  home: { name: 'Home', fields: textField('heroTitle') },
  site: { name: 'Site', fields: textField('tagline'), base: { name: 'Sayt' } },
  facts: {
    name: 'Fact',
    fields: {
      data: (value) => ({ statements: [{ key: 'access-matrix', text: value }] }),
      value: (doc) => (doc?.statements as Doc[] | undefined)?.[0]?.text,
      select: 'statements { text }',
    },
  },
  navigation: {
    name: 'Navigation',
    fields: {
      data: (value) => ({ header: [{ label: value, href: '/articles' }] }),
      value: (doc) => (doc?.header as Doc[] | undefined)?.[0]?.label,
      select: 'header { label }',
    },
  },
}

for (const [slug, spec] of Object.entries(globals)) {
  const target = () => globalTarget(slug as GlobalSlug, spec.name)
  // Array rows are written with the ids the published value got, so every write edits the same row.
  const rowIds = (doc: Doc) =>
    Object.fromEntries(
      Object.entries(doc)
        .filter(([, v]) => Array.isArray(v))
        .map(([k, v]) => [k, (v as Doc[]).map((row) => row.id)]),
    )
  const withRows = (data: Doc, ids: Record<string, unknown[]>) =>
    Object.fromEntries(
      Object.entries(data).map(([k, v]) => [
        k,
        Array.isArray(v) && ids[k] ? v.map((row: Doc, i) => ({ ...row, id: ids[k][i] })) : v,
      ]),
    )
  matrix(`global ${slug}`, {
    // Every test starts from the same shape: a published value and a newer draft.
    fixture: async () => {
      const published = `Dərc ${unique()}`
      const draft = `Qaralama ${unique()}`
      const saved = (await target().update({
        locale: 'az',
        data: { ...spec.base, ...spec.fields.data(published), _status: 'published' },
      })) as Doc
      const ids = rowIds(saved)
      await target().update({
        locale: 'az',
        draft: true,
        data: withRows(spec.fields.data(draft), ids),
      })
      const fields: Fields = {
        ...spec.fields,
        data: (value) => withRows(spec.fields.data(value), ids),
      }
      return { target: target(), fields, published, draft }
    },
    snapshot: (f) =>
      contentSnapshot(
        f,
        () =>
          t.payload.findGlobalVersions({
            slug: slug as GlobalSlug,
            limit: 1,
            sort: '-updatedAt',
            depth: 0,
          }) as unknown as Promise<{ totalDocs: number; docs: Doc[] }>,
        async () => 1,
      ),
    probes: contentProbes(),
  })
}

// ─── Media: read by everyone, uploaded and deleted by editors, alt text per locale ───────────────

/** One uploaded image, read, re-described per locale and deleted last. */
type MediaFixture = { id: Id; alt: Record<string, string> }
const image = () =>
  sharp({ create: { width: 48, height: 32, channels: 3, background: '#7a1f1f' } })
    .png()
    .toBuffer()
const upload = async (alt: string) => {
  const data = await image()
  return (
    (await t.payload.create({
      collection: 'media',
      locale: 'az',
      data: { alt },
      file: { data, name: `matrix-${unique()}.png`, mimetype: 'image/png', size: data.length },
    })) as { id: Id }
  ).id
}
const mediaFiles = () =>
  fs.existsSync(path.join(t.dir, 'media')) ? fs.readdirSync(path.join(t.dir, 'media')).sort() : []
let uploadedAlt = ''

matrix<MediaFixture>('media', {
  fixture: async () => ({ id: await upload(`Hədəf ${unique()}`), alt: {} }),
  snapshot: async (f) => ({
    count: (await t.payload.count({ collection: 'media' })).totalDocs,
    doc: await t.payload
      .findByID({ collection: 'media', id: f.id, locale: 'all', depth: 0 })
      .catch(() => null),
    files: mediaFiles(),
  }),
  probes: {
    read: {
      rights: everyone,
      attempt: (c, f) => ({
        REST: () => viaRest(c, 'GET', `/api/media/${f.id}`, undefined, (json) => json.id === f.id),
        GraphQL: () =>
          viaGraphql(c, `{ Media(id: ${gqlId(f.id)}) { id } }`, (r) =>
            Boolean((r as Doc | null)?.id),
          ),
        'Local API': () =>
          viaLocal(() => t.payload.findByID({ collection: 'media', id: f.id, ...as(c) })),
      }),
    },
    // Payload's GraphQL takes no files, so an upload is REST (multipart) or the Local API.
    upload: {
      rights: editors,
      attempt: (c) => {
        uploadedAlt = `Yüklənən ${c.role} ${unique()}`
        return {
          REST: async () => {
            const form = new FormData()
            form.append(
              'file',
              new Blob([new Uint8Array(await image())], { type: 'image/png' }),
              `upload-${unique()}.png`,
            )
            form.append('_payload', JSON.stringify({ alt: uploadedAlt }))
            return viaRest(c, 'POST', '/api/media?locale=az', form)
          },
          'Local API': async () => {
            const data = await image()
            return viaLocal(() =>
              t.payload.create({
                collection: 'media',
                locale: 'az',
                data: { alt: uploadedAlt },
                file: {
                  data,
                  name: `upload-${unique()}.png`,
                  mimetype: 'image/png',
                  size: data.length,
                },
                ...as(c),
              }),
            )
          },
        }
      },
      effect: async () =>
        (
          await t.payload.count({
            collection: 'media',
            where: { alt: { equals: uploadedAlt } },
            locale: 'az',
          })
        ).totalDocs === 1,
    },
    ...Object.fromEntries(
      (['az', 'en', 'ru'] as const).map((locale): [string, Probe<MediaFixture>] => [
        `updateAlt${locale.toUpperCase()}`,
        {
          rights: locale === 'az' ? editors : staff,
          attempt: (c, f) => {
            const alt = (f.alt[locale] = `Alt ${locale} ${c.role} ${unique()}`)
            return {
              REST: () =>
                viaRest(c, 'PATCH', `/api/media/${f.id}?locale=${locale}&depth=0`, { alt }),
              GraphQL: () =>
                viaGraphql(
                  c,
                  `mutation { updateMedia(id: ${gqlId(f.id)}, locale: ${locale}, data: { alt: ${JSON.stringify(alt)} }) { id } }`,
                ),
              'Local API': () =>
                viaLocal(() =>
                  t.payload.update({
                    collection: 'media',
                    id: f.id,
                    locale,
                    data: { alt },
                    ...as(c),
                  }),
                ),
            }
          },
          effect: async (f) =>
            (
              await t.payload.findByID({
                collection: 'media',
                id: f.id,
                locale,
                fallbackLocale: false,
                depth: 0,
              })
            ).alt === f.alt[locale],
        },
      ]),
    ),
    delete: {
      rights: editors,
      attempt: (c, f) => ({
        REST: () => viaRest(c, 'DELETE', `/api/media/${f.id}`),
        GraphQL: () => viaGraphql(c, `mutation { deleteMedia(id: ${gqlId(f.id)}) { id } }`),
        'Local API': () =>
          viaLocal(() => t.payload.delete({ collection: 'media', id: f.id, ...as(c) })),
      }),
      effect: async (f) =>
        (await t.payload.count({ collection: 'media', where: { id: { equals: f.id } } }))
          .totalDocs === 0,
    },
  },
})

// ─── Users: everyone signed in reads and renames their own account; admins manage every account ──

/** `other`: a locked account (as after five wrong passwords) that is read, renamed, unlocked and deleted last. */
type UsersFixture = { other: User; email: string }
const account = (roles: User['roles']) => {
  const email = `matrix-${unique()}@example.org`
  return t.payload.create({
    collection: 'users',
    data: { email, password: 'a-long-test-password', name: email, roles },
  })
}
const userById = (id: Id) =>
  t.payload.findByID({ collection: 'users', id, depth: 0, showHiddenFields: true })
const renamed = new Map<Id, string>()
const userWrite = (c: Caller, id: Id, data: Doc) => ({
  REST: () => viaRest(c, 'PATCH', `/api/users/${id}?depth=0`, data),
  GraphQL: () =>
    viaGraphql(
      c,
      'mutation($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }',
      Boolean,
      { id, data },
    ),
  'Local API': () =>
    viaLocal(() => t.payload.update({ collection: 'users', id, data: data as never, ...as(c) })),
})
const rename = (c: Caller, id: Id) => {
  const name = `Ad ${c.role} ${unique()}`
  renamed.set(id, name)
  return userWrite(c, id, { name })
}
const userRead = (c: Caller, id: Id) => ({
  REST: () => viaRest(c, 'GET', `/api/users/${id}?depth=0`, undefined, (json) => json.id === id),
  GraphQL: () =>
    viaGraphql(c, `{ User(id: ${gqlId(id)}) { id email } }`, (r) => (r as Doc | null)?.id === id),
  'Local API': () =>
    viaLocal(
      () => t.payload.findByID({ collection: 'users', id, depth: 0, ...as(c) }),
      (r) => r.id === id,
    ),
})
const allRoles: User['roles'] = ['admin', 'editor', 'translator']

matrix<UsersFixture>('users', {
  fixture: async () => {
    const other = await account(['translator'])
    await t.payload.update({
      collection: 'users',
      id: other.id,
      data: {
        lockUntil: new Date(Date.now() + 3_600_000).toISOString(),
        loginAttempts: 5,
      } as never,
    })
    return { other, email: `matrix-new-${unique()}@example.org` }
  },
  snapshot: async (f, c) => ({
    count: (await t.payload.count({ collection: 'users' })).totalDocs,
    accounts: await Promise.all(
      [f.other.id, c.user?.id].map((id) =>
        id === undefined ? null : userById(id).catch(() => null),
      ),
    ),
  }),
  probes: {
    readOwn: { rights: staff, own: true, attempt: (c) => userRead(c, c.user!.id) },
    readOthers: { rights: admins, attempt: (c, f) => userRead(c, f.other.id) },
    create: {
      rights: admins,
      attempt: (c, f) => {
        const data = {
          email: f.email,
          password: 'a-long-test-password',
          name: 'Yeni',
          roles: ['translator'],
        }
        return {
          REST: () => viaRest(c, 'POST', '/api/users?depth=0', data),
          GraphQL: () =>
            viaGraphql(
              c,
              'mutation($data: mutationUserInput!) { createUser(data: $data) { id } }',
              Boolean,
              { data },
            ),
          'Local API': () =>
            viaLocal(() =>
              t.payload.create({ collection: 'users', data: data as never, ...as(c) }),
            ),
        }
      },
      effect: async (f) =>
        (await t.payload.count({ collection: 'users', where: { email: { equals: f.email } } }))
          .totalDocs === 1,
    },
    updateOwn: {
      rights: staff,
      own: true,
      attempt: (c) => rename(c, c.user!.id),
      effect: async (_f, c) => (await userById(c.user!.id)).name === renamed.get(c.user!.id),
    },
    // Roles are an admin's: Payload drops the field from anyone else's write (field-level access).
    updateOwnRoles: {
      rights: admins,
      own: true,
      fieldLevel: true,
      attempt: (c) => userWrite(c, c.user!.id, { roles: allRoles }),
      effect: async (_f, c) => (await userById(c.user!.id)).roles.length === allRoles.length,
    },
    updateOthers: {
      rights: admins,
      attempt: (c, f) => rename(c, f.other.id),
      effect: async (f) => (await userById(f.other.id)).name === renamed.get(f.other.id),
    },
    // Payload's default lets anyone signed in clear another account's lockout.
    unlock: {
      rights: admins,
      attempt: (c, f) => ({
        REST: () => viaRest(c, 'POST', '/api/users/unlock', { email: f.other.email }),
        GraphQL: () =>
          viaGraphql(c, `mutation { unlockUser(email: ${JSON.stringify(f.other.email)}) }`),
        'Local API': () =>
          viaLocal(() =>
            t.payload.unlock({
              collection: 'users',
              // The generated type asks for a password too; the unlock operation reads only the email.
              data: { email: f.other.email } as { email: string; password: string },
              overrideAccess: false,
              ...(c.user ? { req: { user: c.user } } : {}),
            }),
          ),
      }),
      effect: async (f) => !(await userById(f.other.id)).lockUntil,
    },
    delete: {
      rights: admins,
      attempt: (c, f) => ({
        REST: () => viaRest(c, 'DELETE', `/api/users/${f.other.id}`),
        GraphQL: () => viaGraphql(c, `mutation { deleteUser(id: ${gqlId(f.other.id)}) { id } }`),
        'Local API': () =>
          viaLocal(() => t.payload.delete({ collection: 'users', id: f.other.id, ...as(c) })),
      }),
      effect: async (f) =>
        (await t.payload.count({ collection: 'users', where: { id: { equals: f.other.id } } }))
          .totalDocs === 0,
    },
  },
})

// ─── Rows nobody writes through the API: the search index (hooks write it), jobs, Payload's store ──

type PlainFixture = { id: Id; doc: Doc; count: number }

/**
 * Read, create, update and delete of a collection without versions or uploads; by default one whose
 * writes belong to the server alone.
 */
function serverWrittenRow(
  slug: CollectionSlug,
  {
    read,
    create = nobody,
    update = nobody,
    remove = nobody,
    graphql: single,
    data,
  }: {
    read: Role[]
    create?: Role[]
    update?: Role[]
    remove?: Role[]
    graphql: string | null
    data: () => Doc
  },
): Row<PlainFixture> {
  const find = (id: Id) =>
    t.payload.findByID({ collection: slug, id, depth: 0 }).then(
      (doc) => doc as unknown as Doc,
      () => null,
    )
  const count = async () => (await t.payload.count({ collection: slug })).totalDocs
  const gql = (
    attempts: Partial<Record<Surface, () => Promise<Outcome>>>,
    query: () => Promise<Outcome>,
  ) => (single ? { ...attempts, GraphQL: query } : attempts)
  return {
    fixture: async () => {
      const doc = (await t.payload.create({
        collection: slug,
        data: data() as never,
      })) as unknown as Doc
      return { id: doc.id as Id, doc: (await find(doc.id as Id))!, count: await count() }
    },
    snapshot: async (f) => ({ count: await count(), doc: await find(f.id) }),
    probes: {
      read: {
        rights: read,
        attempt: (c, f) =>
          gql(
            {
              REST: () =>
                viaRest(
                  c,
                  'GET',
                  `/api/${slug}/${f.id}?depth=0`,
                  undefined,
                  (json) => json.id === f.id,
                ),
              'Local API': () =>
                viaLocal(
                  () => t.payload.findByID({ collection: slug, id: f.id, depth: 0, ...as(c) }),
                  (r) => (r as unknown as Doc).id === f.id,
                ),
            },
            () =>
              viaGraphql(
                c,
                `{ ${single}(id: ${gqlId(f.id)}) { id } }`,
                (r) => (r as Doc | null)?.id === f.id,
              ),
          ),
      },
      create: {
        rights: create,
        attempt: (c) =>
          gql(
            {
              REST: () => viaRest(c, 'POST', `/api/${slug}?depth=0`, data()),
              'Local API': () =>
                viaLocal(() =>
                  t.payload.create({ collection: slug, data: data() as never, ...as(c) }),
                ),
            },
            () =>
              viaGraphql(
                c,
                `mutation($data: mutation${single}Input!) { create${single}(data: $data) { id } }`,
                Boolean,
                { data: data() },
              ),
          ),
        effect: async (f) => (await count()) !== f.count,
      },
      update: {
        rights: update,
        attempt: (c, f) =>
          gql(
            {
              REST: () => viaRest(c, 'PATCH', `/api/${slug}/${f.id}?depth=0`, data()),
              'Local API': () =>
                viaLocal(() =>
                  t.payload.update({ collection: slug, id: f.id, data: data() as never, ...as(c) }),
                ),
            },
            () =>
              viaGraphql(
                c,
                `mutation($data: mutation${single}UpdateInput!) { update${single}(id: ${gqlId(f.id)}, data: $data) { id } }`,
                Boolean,
                { data: data() },
              ),
          ),
        effect: async (f) => JSON.stringify(await find(f.id)) !== JSON.stringify(f.doc),
      },
      delete: {
        rights: remove,
        attempt: (c, f) =>
          gql(
            {
              REST: () => viaRest(c, 'DELETE', `/api/${slug}/${f.id}`),
              'Local API': () =>
                viaLocal(() => t.payload.delete({ collection: slug, id: f.id, ...as(c) })),
            },
            () => viaGraphql(c, `mutation { delete${single}(id: ${gqlId(f.id)}) { id } }`),
          ),
        effect: async (f) => (await find(f.id)) === null,
      },
    },
  }
}

// Rows of published documents only, so anyone reads them; GraphQL leaves them out (/api/search serves integrators).
matrix('search-entries', {
  ...serverWrittenRow('search-entries', {
    read: everyone,
    graphql: null,
    data: () => ({
      docCollection: 'articles',
      docId: unique(),
      locale: 'az',
      title: `Axtarış ${unique()}`,
    }),
  }),
  surfaces: ['REST', 'Local API'],
})
// Written by the content hooks only (OAI-PMH's deleted records); read through /api/oai, not here.
matrix('deleted-records', {
  ...serverWrittenRow('deleted-records', {
    read: nobody,
    graphql: null,
    data: () => ({
      docCollection: 'articles',
      docId: unique(),
      deletedAt: '2026-01-01T12:00:00.000Z',
    }),
  }),
  surfaces: ['REST', 'Local API'],
})
// Confirmed translations (docs/translation.md, "Translation memory"): staff read them; only the
// publish hooks, the rebuild and the TMX import write them.
matrix('translation-memory', {
  ...serverWrittenRow('translation-memory', {
    read: staff,
    graphql: null,
    data: () => ({
      source: `Sintetik seqment ${unique()}`,
      target: `Synthetic segment ${unique()}`,
      locale: 'en',
    }),
  }),
  surfaces: ['REST', 'Local API'],
})
// The glossary (docs/translation.md, "Glossary"): a tool for staff, kept by editors, never public.
matrix('glossary', {
  ...serverWrittenRow('glossary', {
    read: staff,
    create: editors,
    update: editors,
    remove: editors,
    graphql: null,
    data: () => ({ term: `Sintetik termin ${unique()}`, notes: 'Synthetic note' }),
  }),
  surfaces: ['REST', 'Local API'],
})
// A job runs as the user its input names: a forged one would publish as an admin.
matrix(
  'payload-jobs',
  serverWrittenRow('payload-jobs', {
    read: nobody,
    graphql: 'PayloadJob',
    data: () => ({
      taskSlug: 'schedulePublish',
      queue: 'default',
      waitUntil: '2099-01-01T00:00:00.000Z',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: 1 },
        user: { relationTo: 'users', value: accounts.admin?.user.id },
      },
    }),
  }),
)
matrix(
  'payload-kv',
  serverWrittenRow('payload-kv', {
    read: nobody,
    graphql: 'PayloadKv',
    data: () => ({ key: `matrix-${unique()}`, data: { value: unique() } }),
  }),
)

// What the public sends: editors and admins moderate it (once the sender confirmed), only admins
// delete it, and nobody creates one but the public form (tests/int/submissions.int.spec.ts).
matrix(
  'submissions',
  serverWrittenRow('submissions', {
    read: editors,
    update: editors,
    remove: admins,
    graphql: 'Submission',
    data: () => ({
      kind: 'testimony',
      status: 'confirmed',
      aboutEvents: true,
      text: `Sintetik şahidlik ${unique()}`,
      sender: { name: 'Sintetik Göndərən', relation: 'witness', email: 'synthetic@example.org' },
    }),
  }),
)
// Published testimonies are public; editors make, change and delete them.
matrix(
  'testimonies',
  serverWrittenRow('testimonies', {
    read: everyone,
    create: editors,
    update: editors,
    remove: editors,
    graphql: 'Testimony',
    data: () => ({
      aboutEvents: true,
      text: `Sintetik xatirə ${unique()}`,
      language: 'az',
      _status: 'published',
    }),
  }),
)
