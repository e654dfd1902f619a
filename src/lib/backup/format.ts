/** Archive layout (one .tar.gz): what `createBackup` writes and `restoreBackup` reads. */
export const BACKUP_FORMAT = 'khojaly-backup'
export const BACKUP_FORMAT_VERSION = 1

export const MANIFEST = 'manifest.json'
export const collectionPath = (slug: string) => `collections/${slug}.ndjson`
export const versionsPath = (slug: string) => `versions/${slug}.ndjson`
export const globalPath = (slug: string) => `globals/${slug}.json`
export const globalVersionsPath = (slug: string) => `global-versions/${slug}.ndjson`
/** Upload files live under files/<collection>/<filename>, as on disk. */
export const filePath = (collection: string, filename: string) => `files/${collection}/${filename}`

export type BackupFile = { collection: string; filename: string; bytes: number; sha256: string }

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_FORMAT_VERSION
  createdAt: string
  payloadVersion: string
  database: string
  locales: string[]
  collections: Record<string, { documents: number; versions: number }>
  globals: Record<string, { stored: boolean; versions: number }>
  files: BackupFile[]
  /** Upload files a document names but the disk does not have (e.g. kept in object storage). */
  missingFiles: string[]
}

export type BackupCounts = {
  documents: number
  versions: number
  globals: number
  globalVersions: number
  files: number
  bytes: number
}

export const countsOf = (manifest: BackupManifest): BackupCounts => ({
  documents: Object.values(manifest.collections).reduce((n, c) => n + c.documents, 0),
  versions: Object.values(manifest.collections).reduce((n, c) => n + c.versions, 0),
  globals: Object.values(manifest.globals).filter((g) => g.stored).length,
  globalVersions: Object.values(manifest.globals).reduce((n, g) => n + g.versions, 0),
  files: manifest.files.length,
  bytes: manifest.files.reduce((n, f) => n + f.bytes, 0),
})

/** What an archive holds, in the words both command lines print. */
export function describeCounts(manifest: BackupManifest): string {
  const c = countsOf(manifest)
  return `${c.documents} documents, ${c.versions} versions, ${c.globals} globals (${c.globalVersions} versions), ${c.files} files`
}
