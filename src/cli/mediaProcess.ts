/**
 * `npm run media:process [-- --all]`: reads media files again with the media job (PDF text, OCR,
 * IIIF tiles), those not yet read or every one, with a progress bar (docs/deploy.md).
 */
import config from '@payload-config'
import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { processMediaAgain } from '@/lib/documents/processMedia'

const payload = await getPayload({ config })
const bar = new cliProgress.SingleBar(
  { format: 'media [{bar}] {percentage}% | {value}/{total} files', hideCursor: true },
  cliProgress.Presets.shades_classic,
)
let code = 0
try {
  const started = Date.now()
  const { read, failed } = await processMediaAgain(payload, {
    all: process.argv.includes('--all'),
    onStart: (total) => bar.start(total, 0),
    onProgress: (done) => bar.update(done),
  })
  bar.stop()
  console.log(
    `[media] ${read} read, ${failed} failed (their reason is on each media document) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  code = failed ? 1 : 0
} finally {
  bar.stop()
  await payload.destroy()
}
process.exit(code)
