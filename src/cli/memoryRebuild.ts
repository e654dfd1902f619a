/**
 * `npm run memory:rebuild`: rebuilds translation memory from every published document, with a
 * progress bar (docs/translation.md, "Translation memory").
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { progressBars } from '@/cli/progressBars'
import { rebuildMemory } from '@/lib/translation/memory'

const payload = await getPayload({ config })
const { progress, stop } = progressBars()
let exitCode = 0
try {
  const started = Date.now()
  let bar: ReturnType<typeof progress> | undefined
  const result = await rebuildMemory(payload, {
    onStart: (total) => (bar = progress('published documents', total)),
    onProgress: () => bar?.tick(),
  })
  bar?.done()
  stop()
  console.log(
    `[memory] rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.documents} documents, ${result.segments} segments (${result.created} new, ${result.updated} updated, ${result.removed} removed)`,
  )
} catch (error) {
  stop()
  console.error('[memory] rebuild failed:', error)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
