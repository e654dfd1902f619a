/**
 * `npm run restore -- <file>`: loads an archive written by `npm run backup` into an EMPTY
 * database (DATABASE_URI), keeping ids, password hashes, versions and files. Refuses a database
 * that already holds data.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { progressBars } from '@/cli/progressBars'
import { describeCounts } from '@/lib/backup/format'
import { RestoreError, restoreBackup } from '@/lib/backup/restoreBackup'

const file = process.argv[2]
if (!file) {
  console.error('Usage: npm run restore -- <backup.tar.gz>')
  process.exit(2)
}
const payload = await getPayload({ config })
const bars = progressBars()
let code = 0
try {
  const manifest = await restoreBackup(payload, file, { progress: bars.progress })
  bars.stop()
  console.log(`[restore] ${file}: ${describeCounts(manifest)}`)
} catch (error) {
  bars.stop()
  console.error(
    `[restore] ${error instanceof RestoreError ? error.message : `failed: ${error instanceof Error ? error.stack : String(error)}`}`,
  )
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
