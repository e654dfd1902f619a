/**
 * `npm run people:import -- <file.csv> [--dry-run]`: reads a people CSV (docs/people.md, "Import
 * and export"), prints what each row would do and why, and unless `--dry-run` writes all of it in
 * one go, or nothing when a row is refused. Exit code 1 when anything is refused or fails.
 */
import fs from 'node:fs'

import config from '@payload-config'
import { getPayload } from 'payload'

import { progressBars } from '@/cli/progressBars'
import { parsePeopleCsv } from '@/lib/people/importCsv'
import { applyImport, planImport } from '@/lib/people/importPeople'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const file = args.find((a) => !a.startsWith('--'))
if (!file) {
  console.error('usage: npm run people:import -- <file.csv> [--dry-run]')
  process.exit(2)
}

const parsed = parsePeopleCsv(fs.readFileSync(file, 'utf8'))
if (!parsed.ok) {
  console.error(`[people:import] ${parsed.error.en}`)
  process.exit(1)
}

const payload = await getPayload({ config })
let code = 0
const bars = progressBars()
try {
  const plan = await planImport(payload, parsed.rows)
  for (const row of plan.rows) {
    const target = row.id === null ? '' : ` #${row.id}`
    const why = row.reasons.length ? `: ${row.reasons.map((r) => r.en).join(' ')}` : ''
    console.log(`row ${row.row} ${row.action}${target} ${row.fullName}${why}`)
  }
  const { create, update, refuse } = plan.counts
  console.log(`[people:import] ${create} to create, ${update} to update, ${refuse} refused`)
  if (refuse > 0) {
    console.error('[people:import] nothing written: fix the refused rows and run again')
    code = 1
  } else if (dryRun) {
    console.log('[people:import] dry run: nothing written')
  } else {
    let bar: ReturnType<typeof bars.progress> | undefined
    const result = await applyImport(payload, plan, {
      context: { disableRevalidate: true },
      onProgress: (done, total) => {
        bar ??= bars.progress('people', total)
        if (done > 0) bar.tick()
        if (done === total) bar.done()
      },
    })
    bars.stop()
    console.log(
      `[people:import] ${result.created.length} created, ${result.updated.length} updated`,
    )
  }
} catch (error) {
  bars.stop()
  console.error(
    `[people:import] failed, nothing written: ${error instanceof Error ? error.message : String(error)}`,
  )
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
