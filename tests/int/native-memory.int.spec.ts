import { describe, expect, it } from 'vitest'

import { rebuildSearchIndex } from '@/lib/search/rebuildIndex'
import { createSeededTestPayload, testPayloadForFile } from '@tests/helpers/testPayload'

const t = testPayloadForFile(createSeededTestPayload)

/** Counts the event loop's turns (setImmediate callbacks) while `work` runs. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0
  let running = true
  const tick = () => {
    turns++
    if (running) setImmediate(tick)
  }
  setImmediate(tick)
  try {
    await work()
  } finally {
    running = false
  }
  return turns
}

// libsql is synchronous, so a loop of Local API calls never returns to the event loop, and Node frees
// native statements only from there: without these turns the archive generator held ~1 MB per
// document (docs/benchmarks.md, archive generator). The turns are the fix; memory itself is too
// noisy to assert on here.
describe('long in-process loops let native memory go', () => {
  it('rebuildSearchIndex turns the event loop between pages', async () => {
    let documents = 0
    const turns = await turnsDuring(() =>
      rebuildSearchIndex(t.payload, { pageSize: 1, onProgress: () => void documents++ }),
    )
    // A turn between any two pages (of one document) of a collection: at least one a document less
    // one per searchable collection (six). Without them: none at all.
    expect(documents).toBeGreaterThan(12)
    expect(turns).toBeGreaterThanOrEqual(documents - 6)
  })
})
