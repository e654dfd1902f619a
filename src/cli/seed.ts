/**
 * `npm run seed`: builds the demo archive in az, en and ru (idempotent).
 * `npm run seed -- --reset`: deletes the seeded collections' documents first and starts over.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { resetContent, seed } from '@/seed'

const reset = process.argv.includes('--reset')
const payload = await getPayload({ config })
try {
  if (reset) await resetContent(payload, (line) => console.log(line))
  const counts = await seed(payload, { log: (line) => console.log(line), overwriteGlobals: reset })
  console.log(
    `[seed] done: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
