import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  Field,
  GlobalAfterChangeHook,
} from 'payload'

import { isTranslationLocale } from '@/i18n/locales'
import { dataFields, isLocalized } from '@/lib/content/fieldTree'
import { revalidatePublicSite } from '@/lib/cache/revalidate'

type Changed = {
  doc: Record<string, unknown> & { _status?: string | null }
  previousDoc?: (Record<string, unknown> & { _status?: string | null }) | null
  context: { disableRevalidate?: unknown; publishedLocale?: unknown }
  req: Parameters<typeof revalidatePublicSite>[0]
  collection?: { fields: Field[] }
}

/** Kept by Payload or by the translation status: they change with any locale's save. */
const bookkeeping = new Set(['updatedAt', 'createdAt', '_status', 'translationSources'])

/** Did a save change anything every locale shows: a field that is not localized? */
function sharedChanged({ doc, previousDoc, collection }: Changed): boolean {
  if (!previousDoc || !collection) return true
  return dataFields(collection.fields).some((field) => {
    if (isLocalized(field) || bookkeeping.has(field.name)) return false
    // The status of en or ru matters to its own locale's pages only.
    if (/^translation(En|Ru)?$/.test(field.name)) return false
    return JSON.stringify(doc[field.name]) !== JSON.stringify(previousDoc[field.name])
  })
}

/**
 * Notes the locale a write publishes, for `afterChange`: the one asked for (`publishSpecificLocale`,
 * or the request's locale, which Payload publishes alone where each locale has its own state), or
 * none when every locale is published or unpublished at once.
 */
export const notePublishedLocale: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const write = (args ?? {}) as {
    publishSpecificLocale?: string
    publishAllLocales?: boolean
    unpublishAllLocales?: boolean
  }
  req.context.publishedLocale =
    write.publishAllLocales || write.unpublishAllLocales
      ? undefined
      : (write.publishSpecificLocale ?? req.locale)
  return args
}

/**
 * After a save that visitors can see: a publish, a change to something published, an unpublish.
 * Public reads carry a tag per locale (src/lib/queries/cachedRead.ts): a published translation
 * published again alone, with no shared field changed, clears its locale's; anything else clears
 * every locale's (an az text shows wherever a translation is missing, and every page links the
 * locales a document is published in). Draft saves change nothing visitors see. Seeds,
 * scripts and tests pass `context.disableRevalidate`: Next's cache API throws outside a request.
 */
async function afterChange<T extends Changed>(changed: T) {
  const { doc, previousDoc, context, req } = changed
  if (context.disableRevalidate) return doc
  if (doc._status === 'draft' && previousDoc?._status !== 'published') return doc
  const locale = context.publishedLocale
  // A translation published before and published again changes its own locale's pages only; a
  // first publish (or an unpublish) also changes the other locales' links to it (hreflang, the
  // language switcher, the sitemap).
  const stillPublished = previousDoc?._status === 'published' && doc._status === 'published'
  const alone = isTranslationLocale(locale) && stillPublished && !sharedChanged(changed)
  await revalidatePublicSite(req, alone ? [locale] : undefined)
  return doc
}

export const revalidateAfterChange: CollectionAfterChangeHook & GlobalAfterChangeHook =
  afterChange as never

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, context, req }) => {
  if (!context.disableRevalidate) await revalidatePublicSite(req)
  return doc
}
