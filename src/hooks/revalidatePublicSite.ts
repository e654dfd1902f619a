import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidatePublicSite } from '@/lib/cache/revalidate'

type Changed = {
  doc: { _status?: string | null }
  previousDoc?: { _status?: string | null } | null
  context: { disableRevalidate?: unknown }
  req: Parameters<typeof revalidatePublicSite>[0]
}

/**
 * After a save that visitors can see: a publish, a change to something published, an unpublish.
 * Every public page reads through one cache tag (src/lib/queries/cachedRead.ts), so any such change
 * clears it. Draft saves change nothing visitors see. Seeds, scripts and tests pass
 * `context.disableRevalidate`: Next's cache API throws outside a request.
 */
async function afterChange<T extends Changed>({ doc, previousDoc, context, req }: T) {
  if (context.disableRevalidate) return doc
  if (doc._status === 'draft' && previousDoc?._status !== 'published') return doc
  await revalidatePublicSite(req)
  return doc
}

export const revalidateAfterChange: CollectionAfterChangeHook & GlobalAfterChangeHook = afterChange

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, context, req }) => {
  if (!context.disableRevalidate) await revalidatePublicSite(req)
  return doc
}
