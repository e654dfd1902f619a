/**
 * `npm run search:rebuild`: rewrites the search index from every published document, in every
 * locale, with a progress bar (docs/search.md).
 */
import config from '@payload-config'
import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { rebuildSearchIndex } from '@/lib/search/rebuildIndex'

const payload = await getPayload({ config })
const bar = new cliProgress.SingleBar(
  {
    format: 'search index [{bar}] {percentage}% | {value}/{total} documents | {collection}',
    hideCursor: true,
  },
  cliProgress.Presets.shades_classic,
)
try {
  const started = Date.now()
  const counts = await rebuildSearchIndex(payload, {
    onStart: (total) => bar.start(total, 0, { collection: '' }),
    onProgress: ({ done, collection }) => bar.update(done, { collection }),
  })
  bar.stop()
  const summary = Object.entries(counts)
    .map(([collection, n]) => `${collection} ${n}`)
    .join(', ')
  console.log(`[search] rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`)
} finally {
  bar.stop()
  await payload.destroy()
}
process.exit(0)
