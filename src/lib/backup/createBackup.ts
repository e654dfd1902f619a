import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import * as tar from 'tar'

import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupManifest,
  MANIFEST,
  collectionPath,
  filePath,
  globalPath,
  globalVersionsPath,
  versionsPath,
} from '@/lib/backup/format'
import { type Progress, silentProgress } from '@/lib/backup/progress'
import { readDocuments, readGlobalVersions, readVersions } from '@/lib/backup/readAll'
import {
  backedUpCollections,
  backedUpGlobals,
  filesOf,
  hasVersions,
  uploadDir,
} from '@/lib/backup/scope'

type Doc = Record<string, unknown>

/**
 * Fields that are not kept: sign-in sessions (a restored site asks everyone to sign in again;
 * password hashes and salts are kept, so the same passwords work).
 */
const dropFields: Record<string, string[]> = { users: ['sessions'] }

const withoutDropped = (slug: string, doc: Doc): Doc => {
  const drop = dropFields[slug]
  if (!drop) return doc
  const copy = { ...doc }
  for (const name of drop) delete copy[name]
  return copy
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/**
 * Writes every collection (all locales, hidden fields included), every version, every global and
 * its versions, and every upload file into one gzip tar archive at `file`. Reads through the Local
 * API only, so it works the same on SQLite and MongoDB. Returns the manifest stored in the archive.
 */
export async function createBackup(
  payload: Payload,
  file: string,
  { progress = silentProgress }: { progress?: Progress } = {},
): Promise<BackupManifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-backup-'))
  try {
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      payloadVersion: payloadVersion(),
      database: payload.db.name,
      locales: payload.config.localization ? payload.config.localization.localeCodes : [],
      collections: {},
      globals: {},
      files: [],
      missingFiles: [],
    }
    const write = (relative: string, text: string) => {
      const target = path.join(staging, relative)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.appendFileSync(target, text)
    }

    for (const config of backedUpCollections(payload)) {
      const slug = config.slug as CollectionSlug
      const { totalDocs } = await payload.count({ collection: slug, overrideAccess: true })
      const bar = progress(`${slug}`, totalDocs)
      let documents = 0
      const dir = uploadDir(config)
      write(collectionPath(slug), '')
      for await (const docs of readDocuments(payload, slug)) {
        write(
          collectionPath(slug),
          docs.map((d) => JSON.stringify(withoutDropped(slug, d)) + '\n').join(''),
        )
        documents += docs.length
        bar.tick(docs.length)
        if (dir) for (const doc of docs) copyFiles(slug, dir, doc)
      }
      bar.done()

      let versions = 0
      if (hasVersions(config)) {
        const { totalDocs: totalVersions } = await payload.countVersions({
          collection: slug,
          overrideAccess: true,
        })
        const vbar = progress(`${slug} versions`, totalVersions)
        write(versionsPath(slug), '')
        for await (const docs of readVersions(payload, slug)) {
          write(versionsPath(slug), docs.map((d) => JSON.stringify(d) + '\n').join(''))
          versions += docs.length
          vbar.tick(docs.length)
        }
        vbar.done()
      }
      manifest.collections[slug] = { documents, versions }
    }

    const globals = backedUpGlobals(payload)
    const gbar = progress('globals', globals.length)
    for (const config of globals) {
      const slug = config.slug as GlobalSlug
      // The adapter's own read tells a stored global from one never saved (Payload's findGlobal
      // would answer defaults for both).
      const stored = await payload.db.findGlobal({ slug, locale: 'all' })
      const isStored = Boolean(stored && Object.keys(stored).length > 0)
      if (isStored) {
        const doc = await payload.findGlobal({
          slug,
          locale: 'all',
          depth: 0,
          draft: false,
          showHiddenFields: true,
          overrideAccess: true,
        })
        write(globalPath(slug), JSON.stringify(doc))
      }
      let versions = 0
      if (hasVersions(config)) {
        write(globalVersionsPath(slug), '')
        for await (const docs of readGlobalVersions(payload, slug)) {
          write(globalVersionsPath(slug), docs.map((d) => JSON.stringify(d) + '\n').join(''))
          versions += docs.length
        }
      }
      manifest.globals[slug] = { stored: isStored, versions }
      gbar.tick()
    }
    gbar.done()

    write(MANIFEST, JSON.stringify(manifest, null, 2))
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    await tar.create(
      { gzip: true, file: path.resolve(file), cwd: staging, portable: true },
      fs.readdirSync(staging),
    )
    return manifest

    function copyFiles(collection: string, dir: string, doc: Doc) {
      for (const filename of filesOf(doc)) {
        const source = path.join(dir, filename)
        if (path.dirname(source) !== path.resolve(dir) || !fs.existsSync(source)) {
          manifest.missingFiles.push(`${collection}/${filename}`)
          continue
        }
        const data = fs.readFileSync(source)
        const entry: BackupFile = { collection, filename, bytes: data.length, sha256: sha256(data) }
        write(filePath(collection, filename), '')
        fs.writeFileSync(path.join(staging, filePath(collection, filename)), data)
        manifest.files.push(entry)
      }
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** The installed Payload version, recorded so a restore can say where an archive came from. */
function payloadVersion(): string {
  try {
    return (
      JSON.parse(fs.readFileSync(path.resolve('node_modules/payload/package.json'), 'utf8')) as {
        version: string
      }
    ).version
  } catch {
    return 'unknown'
  }
}
