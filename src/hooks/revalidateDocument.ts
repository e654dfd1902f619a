import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { localeCodes, type Locale } from '@/i18n/locales'
import { revalidatePaths } from '@/lib/revalidate'

type Doc = { id: number | string; _status?: string | null }

type Options<T extends Doc> = {
  /** The public paths that show the document in one locale (its own page, lists, home). */
  paths: (doc: T, locale: Locale) => string[]
}

/**
 * One factory for every collection's revalidation. It clears the pages of the document in every
 * locale (a translation changes what all of them show through fallback), for the version before
 * and after the change (so a slug change or an unpublish clears the old URL), and on delete.
 * Seeds, scripts and tests pass `context.disableRevalidate`: Next's cache API throws outside a request.
 */
export function revalidateDocument<T extends Doc>({ paths }: Options<T>) {
  const pathsOf = (docs: (T | undefined)[]) => {
    const all = new Set<string>()
    for (const doc of docs) {
      if (!doc) continue
      for (const locale of localeCodes) for (const path of paths(doc, locale)) all.add(path)
    }
    return [...all]
  }

  const afterChange: CollectionAfterChangeHook<T> = async ({ doc, previousDoc, context, req }) => {
    if (context.disableRevalidate) return doc
    // Saving a draft changes nothing visitors see.
    if (doc._status === 'draft' && previousDoc?._status !== 'published') return doc
    await revalidatePaths(pathsOf([doc, previousDoc]), req)
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook<T> = async ({ doc, context, req }) => {
    if (!context.disableRevalidate) await revalidatePaths(pathsOf([doc]), req)
    return doc
  }

  return { afterChange, afterDelete }
}
