import type { CollectionAfterChangeHook } from 'payload'

import { queueRemember } from '@/lib/translation/memoryTask'

type Doc = { id: number | string; _status?: string | null }

/**
 * Keeps translation memory current (docs/translation.md, "Translation memory"): a publish, or a
 * save of a collection without drafts, queues the recording of the pairs the published document
 * confirms (one job row; the work runs on the job queue, not in the editor's request). Drafts and
 * autosaves queue nothing. The job re-reads the published document per locale, so a publish of one
 * locale (per-locale publishing) records only what is published. Bulk writes (imports) may pass
 * `context.skipTranslationMemory` and run `npm run memory:rebuild` once.
 */
export const recordTranslationMemory: CollectionAfterChangeHook<Doc> = async ({
  collection,
  doc,
  context,
  req,
}) => {
  if (context.skipTranslationMemory) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await queueRemember(req, collection.slug, doc.id)
  return doc
}
