/**
 * `npm run people:export -- <file.csv>`: every person, drafts included, in the import format
 * (docs/people.md, "Import and export"). Staff data: privacy and living people's birth dates.
 */
import fs from 'node:fs'

import config from '@payload-config'
import { getPayload } from 'payload'

import { exportPeopleCsv } from '@/lib/people/exportCsv'

const file = process.argv[2]
if (!file) {
  console.error('usage: npm run people:export -- <file.csv>')
  process.exit(2)
}
const payload = await getPayload({ config })
let code = 0
try {
  const { csv, count } = await exportPeopleCsv(payload)
  fs.writeFileSync(file, csv, { mode: 0o600 })
  console.log(`[people:export] ${count} people written to ${file}`)
} catch (error) {
  console.error(`[people:export] failed: ${error instanceof Error ? error.message : String(error)}`)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
