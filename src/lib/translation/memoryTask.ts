import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { rememberDocument } from '@/lib/translation/memory'

/** Translation memory's own queue, so recording a long document never holds up a scheduled publish. */
export const MEMORY_QUEUE = 'translation-memory'
export const MEMORY_TASK = 'rememberTranslations'

/**
 * Records what a published document confirms (docs/translation.md, "Translation memory"), outside
 * the editor's request: a first publish of a long article writes a row per sentence pair (60
 * paragraphs in en: 1.3 s). The job reads the document as published when it runs, so a later
 * publish queued meanwhile only repeats the same work.
 */
export const rememberTranslationsTask = (): TaskConfig<'rememberTranslations'> => ({
  slug: MEMORY_TASK,
  label: 'Translation memory: record a published document',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'written', type: 'number' }],
  retries: 2,
  handler: async ({ input, req }) => {
    const collection = input.collection as CollectionSlug
    // Deleted since: nothing to record.
    if (!req.payload.collections[collection]) return { output: { written: 0 } }
    // Without the job's transaction: each row is written on its own, so a pair another job wrote
    // at the same moment fails alone (a unique-key error would abort a MongoDB transaction).
    const written = await rememberDocument(req.payload, collection, input.id)
    return { output: { written } }
  },
})

/** Queues the recording of a document (the publish hooks). */
export const queueRemember = (req: PayloadRequest, collection: string, id: number | string) =>
  req.payload.jobs.queue({
    task: MEMORY_TASK,
    queue: MEMORY_QUEUE,
    input: { collection, id: String(id) },
    req,
  })
