import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type CollectionSlug, createLocalReq, type GlobalSlug, type Payload } from 'payload'
import * as tar from 'tar'

import {
  BACKUP_FORMAT,
  type BackupManifest,
  MANIFEST,
  collectionPath,
  filePath,
  globalPath,
  globalVersionsPath,
  versionsPath,
} from '@/lib/backup/format'
import { type Progress, silentProgress } from '@/lib/backup/progress'
import { backedUpCollections, backedUpGlobals, hasVersions, uploadDir } from '@/lib/backup/scope'
import { splitRelations } from '@/lib/backup/splitRelations'
import { refreshSqliteStatistics } from '@/lib/env/database'

type Doc = Record<string, unknown>

/** Thrown when the target database already holds data, or the archive is not ours or is damaged. */
export class RestoreError extends Error {}

const readLines = (file: string): Doc[] =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Doc)
    : []

/** Collections and globals with any data; a restore goes only into a database where this is empty. */
export async function nonEmptyCollections(payload: Payload): Promise<string[]> {
  const found: string[] = []
  for (const config of backedUpCollections(payload)) {
    const { totalDocs } = await payload.count({
      collection: config.slug as CollectionSlug,
      overrideAccess: true,
    })
    if (totalDocs > 0) found.push(`${config.slug} (${totalDocs})`)
  }
  for (const config of backedUpGlobals(payload)) {
    const stored = await payload.db.findGlobal({ slug: config.slug, locale: 'all' })
    if (stored && Object.keys(stored).length > 0) found.push(`global ${config.slug}`)
  }
  return found
}

/**
 * Loads an archive written by createBackup into an EMPTY database, keeping document ids,
 * timestamps, password hashes and salts, versions (in order, so the latest stays the latest) and
 * upload files (checked against their SHA-256). It writes through the database adapter's own
 * methods (`payload.db.create`, `createVersion`, …): the same on SQLite and MongoDB, and without
 * re-running hooks that would re-hash passwords, renumber, re-index or re-upload. Everything runs
 * in one transaction where the adapter has them: a failed restore leaves the database empty.
 */
export async function restoreBackup(
  payload: Payload,
  file: string,
  { progress = silentProgress }: { progress?: Progress } = {},
): Promise<BackupManifest> {
  const busy = await nonEmptyCollections(payload)
  if (busy.length > 0) {
    throw new RestoreError(
      `Refusing to restore: the database is not empty (${busy.join(', ')}). Restore into a new, empty database.`,
    )
  }
  if (!fs.existsSync(file)) throw new RestoreError(`No such archive: ${file}`)

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-restore-'))
  const written: string[] = []
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  try {
    await tar.extract({ file, cwd: staging, strict: true })
    const manifestFile = path.join(staging, MANIFEST)
    if (!fs.existsSync(manifestFile))
      throw new RestoreError(`${file} is not a backup archive (no ${MANIFEST}).`)
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
    if (manifest.format !== BACKUP_FORMAT)
      throw new RestoreError(`${file} is not a backup archive of this site.`)

    const collections = backedUpCollections(payload).filter((c) => manifest.collections[c.slug])
    const blocks = payload.config.blocks ?? []

    // Files first, checked against the manifest, so a damaged archive stops before any write.
    const fbar = progress('files', manifest.files.length)
    for (const entry of manifest.files) {
      const config = payload.collections[entry.collection as CollectionSlug]?.config
      const dir = config && uploadDir(config)
      if (!dir)
        throw new RestoreError(
          `The archive has files for "${entry.collection}", which has no upload folder here.`,
        )
      const data = fs.readFileSync(path.join(staging, filePath(entry.collection, entry.filename)))
      if (createHash('sha256').update(data).digest('hex') !== entry.sha256) {
        throw new RestoreError(
          `${entry.collection}/${entry.filename} does not match its checksum: the archive is damaged.`,
        )
      }
      const target = path.join(dir, path.basename(entry.filename))
      fs.mkdirSync(dir, { recursive: true })
      fs.writeFileSync(target, data, { flag: 'wx' })
      written.push(target)
      fbar.tick()
    }
    fbar.done()

    // Pass 1: every document without its references; pass 2: the references (see splitRelations).
    const later: { slug: CollectionSlug; doc: Doc }[] = []
    for (const config of collections) {
      const slug = config.slug as CollectionSlug
      const docs = readLines(path.join(staging, collectionPath(slug)))
      const bar = progress(slug, docs.length)
      for (const doc of docs) {
        const { data, stripped } = splitRelations(config.flattenedFields, doc, blocks)
        await payload.db.create({
          collection: slug,
          data,
          customID: doc.id as number | string,
          req,
          returning: false,
        })
        if (stripped) later.push({ slug, doc })
        bar.tick()
      }
      bar.done()
    }
    const rbar = progress('references', later.length)
    for (const { slug, doc } of later) {
      await payload.db.updateOne({
        collection: slug,
        id: doc.id as number | string,
        data: doc,
        req,
        returning: false,
      })
      rbar.tick()
    }
    rbar.done()

    for (const config of collections.filter(hasVersions)) {
      const slug = config.slug as CollectionSlug
      const versions = readLines(path.join(staging, versionsPath(slug)))
      const bar = progress(`${slug} versions`, versions.length)
      for (const v of versions) {
        await payload.db.createVersion({
          collectionSlug: slug,
          parent: v.parent as number | string,
          ...versionArgs(v),
          req,
          returning: false,
        })
        bar.tick()
      }
      bar.done()
    }

    const globals = backedUpGlobals(payload).filter((g) => manifest.globals[g.slug])
    const gbar = progress('globals', globals.length)
    for (const config of globals) {
      const slug = config.slug as GlobalSlug
      const docFile = path.join(staging, globalPath(slug))
      if (fs.existsSync(docFile)) {
        const data = JSON.parse(fs.readFileSync(docFile, 'utf8')) as Doc
        // The SQL adapter stamps a new createdAt on create; the update puts the original back.
        await payload.db.createGlobal({ slug, data: { ...data }, req, returning: false })
        await payload.db.updateGlobal({
          slug,
          data: { createdAt: data.createdAt, updatedAt: data.updatedAt },
          req,
          returning: false,
        })
      }
      for (const v of readLines(path.join(staging, globalVersionsPath(slug)))) {
        await payload.db.createGlobalVersion({
          globalSlug: slug,
          ...versionArgs(v),
          req,
          returning: false,
        })
      }
      gbar.tick()
    }
    gbar.done()

    if (transactionID) await payload.db.commitTransaction(transactionID)
    // The statistics taken when the server started describe empty tables.
    await refreshSqliteStatistics(payload.db)
    return manifest
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    for (const target of written) fs.rmSync(target, { force: true })
    throw error
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

const versionArgs = (v: Doc) => ({
  versionData: v.version as Doc,
  autosave: Boolean(v.autosave),
  createdAt: v.createdAt as string,
  updatedAt: v.updatedAt as string,
  publishedLocale: (v.publishedLocale as string | undefined) ?? undefined,
  snapshot: v.snapshot === true ? (true as const) : undefined,
})
