import type { GlobalAfterChangeHook } from 'payload'

import { localeCodes, type Locale } from '@/i18n/locales'
import { revalidatePaths } from '@/lib/revalidate'

/**
 * Globals (site name, navigation, figures, home) show on many pages: a change revalidates the
 * whole site layout in every locale. Draft saves change nothing visitors see.
 */
export const revalidateGlobal =
  (paths: (locale: Locale) => string[]): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, context, req }) => {
    if (context.disableRevalidate) return doc
    if (doc._status === 'draft' && previousDoc?._status !== 'published') return doc
    await revalidatePaths(localeCodes.flatMap(paths), req)
    return doc
  }
