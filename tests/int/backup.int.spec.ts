import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countsOf, type BackupManifest } from '@/lib/backup/format'
import { createBackup } from '@/lib/backup/createBackup'
import { restoreBackup, RestoreError } from '@/lib/backup/restoreBackup'
import { backedUpCollections, backedUpGlobals } from '@/lib/backup/scope'
import {
  createSeededTestPayload,
  createTestPayload,
  noRevalidate,
  type TestPayload,
} from '@tests/helpers/testPayload'

/**
 * `npm run backup` / `npm run restore`: the seeded archive, plus accounts, an unpublished draft on
 * top of a published article and a user preference, goes into one archive and comes back into a
 * second, empty Payload identical: every document in every locale, every version, every global,
 * every file by SHA-256, and the password hashes (the admin signs in with the same password).
 */
let source: TestPayload
let target: TestPayload
let archive: string
let manifest: BackupManifest
const adminPassword = 'Original-admin-password-1992'

type Doc = Record<string, unknown>

const allDocs = async (payload: Payload, collection: CollectionSlug, draft: boolean) => {
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    draft,
    showHiddenFields: true,
    overrideAccess: true,
    pagination: false,
    sort: 'id',
  })
  // Sessions are not backed up: a restored site asks everyone to sign in again.
  return (docs as unknown as Doc[]).map(({ sessions: _sessions, ...doc }) => doc)
}

/** Every version in every locale, oldest first. */
const everyVersion = {
  locale: 'all',
  depth: 0,
  overrideAccess: true,
  pagination: false,
  sort: 'updatedAt',
} as const

// Version ids are the adapter's own; everything else about a version is compared.
const withoutId = ({ docs }: { docs: unknown[] }) =>
  (docs as Doc[]).map(({ id: _id, ...doc }) => doc)

const allVersions = async (payload: Payload, collection: CollectionSlug) =>
  withoutId(await payload.findVersions({ collection, ...everyVersion }))

const allGlobalVersions = async (payload: Payload, slug: GlobalSlug) =>
  withoutId(await payload.findGlobalVersions({ slug, ...everyVersion }))

const hashFiles = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(fs.readFileSync(path.join(dir, name)))
          .digest('hex'),
      ]),
  )

beforeAll(async () => {
  source = await createSeededTestPayload()
  const payload = source.payload
  const admin = await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: adminPassword, name: 'Admin', roles: ['admin'] },
  })
  await payload.create({
    collection: 'users',
    data: {
      email: 'editor@example.org',
      password: 'an-editor-password',
      name: 'Editor',
      roles: ['editor'],
    },
  })
  await payload.login({
    collection: 'users',
    data: { email: 'admin@example.org', password: adminPassword },
  })
  await payload.create({
    collection: 'payload-preferences',
    data: {
      key: 'collection-articles',
      user: { relationTo: 'users', value: admin.id },
      value: { limit: 25 },
    },
    // The preference's owner comes from the request's user.
    user: { ...admin, collection: 'users' },
  })
  // An unpublished change on top of a published article lives only in the versions.
  const { docs } = await payload.find({ collection: 'articles', limit: 1, sort: 'id' })
  await payload.update({
    collection: 'articles',
    id: docs[0].id,
    locale: 'en',
    draft: true,
    data: { title: 'Draft title only in the versions' },
    context: noRevalidate(),
  })

  archive = path.join(source.dir, 'backup.tar.gz')
  manifest = await createBackup(payload, archive)
  target = await createTestPayload({}, { key: 'restored' })
  await restoreBackup(target.payload, archive)
}, 240_000)

afterAll(async () => {
  await target?.destroy()
  await source?.destroy()
})

describe('backup and restore', () => {
  it('writes one archive holding every collection, version, global and file', () => {
    expect(fs.statSync(archive).isFile()).toBe(true)
    const counts = countsOf(manifest)
    console.log(`[backup] ${JSON.stringify(counts)}, archive ${fs.statSync(archive).size} bytes`)
    expect(counts.documents).toBeGreaterThan(30)
    // Every published content document has at least its publish as a version.
    for (const slug of ['articles', 'resolutions', 'monuments'])
      expect(manifest.collections[slug].versions).toBeGreaterThanOrEqual(
        manifest.collections[slug].documents,
      )
    expect(counts.files).toBeGreaterThanOrEqual(manifest.collections.media.documents)
    expect(manifest.collections.users.documents).toBe(2)
    expect(manifest.missingFiles).toEqual([])
  })

  it('restores every document in every locale, the published and the latest draft, with the same ids', async () => {
    let compared = 0
    for (const config of backedUpCollections(source.payload)) {
      const slug = config.slug as CollectionSlug
      for (const draft of [false, true]) {
        const before = await allDocs(source.payload, slug, draft)
        expect(await allDocs(target.payload, slug, draft), `${slug} draft=${draft}`).toEqual(before)
        if (!draft) compared += before.length
      }
    }
    expect(compared).toBe(countsOf(manifest).documents)
    const [article] = await allDocs(target.payload, 'articles', true)
    expect((article.title as Record<string, string>).en).toBe('Draft title only in the versions')
    const [published] = await allDocs(target.payload, 'articles', false)
    expect((published.title as Record<string, string>).en).not.toBe(
      'Draft title only in the versions',
    )
  })

  it('restores every version, in order, with its latest flag', async () => {
    let compared = 0
    for (const config of backedUpCollections(source.payload).filter((c) => c.versions)) {
      const slug = config.slug as CollectionSlug
      const before = await allVersions(source.payload, slug)
      expect(await allVersions(target.payload, slug), slug).toEqual(before)
      compared += before.length
    }
    expect(compared).toBe(countsOf(manifest).versions)
  })

  it('restores every global and its versions', async () => {
    for (const config of backedUpGlobals(source.payload)) {
      const slug = config.slug as GlobalSlug
      const read = (payload: Payload) =>
        payload.findGlobal({
          slug,
          locale: 'all',
          depth: 0,
          overrideAccess: true,
          showHiddenFields: true,
        })
      expect(await read(target.payload), slug).toEqual(await read(source.payload))
      expect(await allGlobalVersions(target.payload, slug), slug).toEqual(
        await allGlobalVersions(source.payload, slug),
      )
    }
  })

  it('restores every upload file byte for byte', () => {
    const mediaDir = (t: TestPayload) => path.join(t.dir, 'media')
    const before = hashFiles(mediaDir(source))
    const after = hashFiles(mediaDir(target))
    const matches = Object.keys(before).filter((name) => after[name] === before[name]).length
    console.log(
      `[backup] files: ${Object.keys(before).length} on disk, ${matches} SHA-256 matches after restore`,
    )
    expect(Object.keys(before).length).toBe(manifest.files.length)
    expect(after).toEqual(before)
  })

  it('keeps password hashes: the restored admin signs in with the original password, a wrong one is refused', async () => {
    const { user, token } = await target.payload.login({
      collection: 'users',
      data: { email: 'admin@example.org', password: adminPassword },
    })
    expect(token).toBeTruthy()
    expect(user?.roles).toEqual(['admin'])
    await expect(
      target.payload.login({
        collection: 'users',
        data: { email: 'admin@example.org', password: 'wrong-password-here' },
      }),
    ).rejects.toThrow()
  })

  it('refuses to restore into a database that is not empty, and changes nothing', async () => {
    const before = await target.payload.count({ collection: 'articles' })
    await expect(restoreBackup(target.payload, archive)).rejects.toThrow(RestoreError)
    await expect(restoreBackup(target.payload, archive)).rejects.toThrow(/not empty/)
    expect(await target.payload.count({ collection: 'articles' })).toEqual(before)
  })
})
