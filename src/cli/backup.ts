/**
 * `npm run backup [-- <file>]`: writes one .tar.gz with every collection and global in every
 * locale, their versions, the accounts with their password hashes, and the upload files.
 * Default file: data/backups/khojaly-<date>.tar.gz.
 */
import fs from 'node:fs'

import config from '@payload-config'
import { getPayload } from 'payload'

import { progressBars } from '@/cli/progressBars'
import { createBackup } from '@/lib/backup/createBackup'
import { describeCounts } from '@/lib/backup/format'

const file =
  process.argv[2] ?? `data/backups/khojaly-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`
const payload = await getPayload({ config })
const bars = progressBars()
let code = 0
try {
  const manifest = await createBackup(payload, file, { progress: bars.progress })
  bars.stop()
  console.log(`[backup] ${file} (${fs.statSync(file).size} bytes): ${describeCounts(manifest)}`)
  if (manifest.missingFiles.length)
    console.warn(`[backup] not on disk, not in the archive: ${manifest.missingFiles.join(', ')}`)
} catch (error) {
  bars.stop()
  console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
